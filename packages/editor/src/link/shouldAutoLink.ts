// Tiptap Link's default filter for URLs found in typed or pasted text: anything with a scheme, otherwise a host
// with a dot that is not a bare IPv4 address (so "10.0.0.1" and "localhost" stay text).
export function shouldAutoLink(url: string): boolean {
  const hasProtocol = /^[a-z][a-z0-9+.-]*:\/\//i.test(url);
  const hasMaybeProtocol = /^[a-z][a-z0-9+.-]*:/i.test(url);
  if (hasProtocol || (hasMaybeProtocol && !url.includes('@'))) return true;
  const hostname = (url.includes('@') ? (url.split('@').pop() ?? '') : url).split(/[/?#:]/)[0] ?? '';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(hostname)) return false;
  return /\./.test(hostname);
}
