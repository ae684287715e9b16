// Whether a href may be a link: Tiptap's Link rule with its default protocols. A known scheme, or no scheme at all
// (relative URLs, "#top", "www.example.com"); `javascript:`, `vbscript:`, `data:`, `file:` and any other scheme are
// not, however they are cased or split by whitespace.
import { UNICODE_WHITESPACE_REGEX_GLOBAL } from './unicodeWhitespace';

const PROTOCOLS = ['http', 'https', 'ftp', 'ftps', 'mailto', 'tel', 'callto', 'sms', 'cid', 'xmpp'];
const ALLOWED = new RegExp(`^(?:(?:${PROTOCOLS.join('|')}):|[^a-z]|[a-z0-9+.\\-]+(?:[^a-z+.\\-:]|$))`, 'i');

/** An empty or missing href is allowed (it links nowhere), as in Tiptap's Link. */
export function isAllowedUri(uri: string | null | undefined): boolean {
  return !uri || ALLOWED.test(uri.replace(UNICODE_WHITESPACE_REGEX_GLOBAL, ''));
}
