// `@inkwell/compose-core/checks`: what to tell the user before a send (no recipient, invalid addresses, uploads,
// empty subject, an attachment mentioned but missing). Kept out of the main entry: a session loads them with its send
// code and puts them in `snapshot.checks`; call them here to check a draft outside a session.
export { checkBeforeSend } from './checks/checkBeforeSend';
export type { SendCheck, SendCheckCode } from './checks/checkBeforeSend';
export { findAttachmentMention } from './checks/findAttachmentMention';
