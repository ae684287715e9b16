// `@inkwell/compose-core/reply`: what only a reply, a forward or a reopened draft needs (prefill, quoted original,
// subject prefixes, reply recipients). Kept out of the main entry so a new-message app does not download it; the
// session loads `loadPrefill` itself, on demand, when an intent needs it.
export { loadPrefill } from './prefill/loadPrefill';
export type { Prefill, PrefillContext } from './prefill/loadPrefill';
export { buildQuotedOriginal } from './quote/buildQuotedOriginal';
// Rewriting cid: references is what binding a forwarded or reopened mail's parts does; a new message never needs it.
export { rewriteCids } from './cid/rewriteCids';
export type { BuildQuotedOriginalInput } from './quote/buildQuotedOriginal';
export { replySubject, forwardSubject, stripSubjectPrefixes } from './subject/prefixSubject';
export { replyRecipients } from './recipients/replyRecipients';
export type { ReplyMode } from './recipients/replyRecipients';
