// `@inkwell/compose-core/recipients`: reading what the user types or pastes into a recipient field (RFC 5322 address
// lists, through the client's address parser). Kept out of the main entry: a headless app that takes recipients from
// its own UI does not download the parser. Comparing recipients (`recipientKey`, `dedupeRecipients`) is in the main
// entry.
export { parseRecipientInput } from './recipients/parseRecipientInput';
export type { RecipientInputEntry, RecipientInputProblem } from './recipients/parseRecipientInput';
