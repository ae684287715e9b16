// What handles mail HTML, loaded together on demand (composerSanitizer): the sanitizer, and the views that put mail
// HTML on screen (the quote's node view, renderMailHtml), and the clean-up of what Word and Google Docs paste (an
// HTML paste waits for the sanitizer anyway: SafeContent holds it), and turning `data:` images in that HTML into
// uploads. A new message without a signature loads none of it.
export * as sanitize from '@inkwell/compose-core/sanitize';
export { QuotedOriginalView } from '../quoted-original/QuotedOriginalView';
export { renderMailHtml } from '../mail-html/renderMailHtml';
export { cleanOfficeHtml } from '../paste-cleanup/cleanOfficeHtml';
export { dataImagesToCid } from '../inline-image/dataImagesToCid';
