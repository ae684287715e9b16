// `@inkwell/compose-core/text`: HTML to the plain text of a mail's text/plain part (quotes as `>`, links with their
// targets, lists and tables laid out). Kept out of the main entry: the session loads it on its own when it first
// saves (see text/loadBodyPlainText), and an editor or a conflict view imports it here.
export { htmlToPlainText } from './text/htmlToPlainText';
