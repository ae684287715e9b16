import { invalidInput } from './axigen-error';

/** Punycode form of an (IDN) domain, e.g. `bücher.de` → `xn--bcher-kva.de`, via the WHATWG URL parser. */
export function toAsciiDomain(domain: string): string {
  // Characters the URL parser would read as a port, path, userinfo or escape rather than as part of the host.
  if (domain === '' || /[\s/?#@\\:[\]%]/.test(domain)) {
    throw invalidInput('toAsciiDomain', 'domain', `is not a domain name: ${JSON.stringify(domain)}`);
  }
  try {
    return new URL(`http://${domain}`).hostname;
  } catch (cause) {
    throw invalidInput('toAsciiDomain', 'domain', `is not a domain name: ${JSON.stringify(domain)}`, cause);
  }
}
