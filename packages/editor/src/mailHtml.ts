// `@inkwell/editor/mail-html`: a received mail's HTML on screen, isolated (MailHtml, renderMailHtml). Not in the
// main entry: the composer's own use (the quote) loads with its sanitizer, and a re-export from the main entry put
// renderMailHtml in the compose window's initial chunk (docs/decisions/0007).
export { MailHtml } from './mail-html/MailHtml';
export type { MailHtmlProps } from './mail-html/MailHtml';
export { renderMailHtml, MAIL_HTML_BODY_CLASS } from './mail-html/renderMailHtml';
export type { RenderMailHtmlOptions, RenderedMailHtml } from './mail-html/renderMailHtml';
export { MAIL_HTML_STYLES } from './mail-html/mailHtmlStyles';
