// What the user typed in the link field, as a safe href: e-mail addresses become mailto:, bare domains get
// https://, and only http(s), mailto and tel are accepted. Errors are codes; the form words them in the user's language.
export type LinkHrefResult =
  | { ok: true; href: string }
  | { ok: false; error: 'empty' }
  | { ok: false; error: 'invalid'; value: string }
  | { ok: false; error: 'scheme'; scheme: string };

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

export function normalizeLinkHref(input: string): LinkHrefResult {
  const value = input.trim();
  if (!value) return { ok: false, error: 'empty' };
  if (EMAIL.test(value)) return { ok: true, href: `mailto:${value}` };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return /^[^\s/]+\.[^\s/]+/.test(value)
      ? { ok: true, href: `https://${value}` }
      : { ok: false, error: 'invalid', value };
  }
  if (['http', 'https', 'mailto', 'tel'].includes(scheme) && !/\s/.test(value)) return { ok: true, href: value };
  return { ok: false, error: 'scheme', scheme };
}
