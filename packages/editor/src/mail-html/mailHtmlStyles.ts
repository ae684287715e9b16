// The containment stylesheet of a mail rendered in a shadow root. The host clips and scrolls what it holds and
// is its own stacking context; inside, nothing may be positioned, offset, transformed, masked or layered, so no
// part of a mail can leave its box or cover the page. The sanitizer drops the same declarations from inline styles
// (and their `!important`, which would beat these rules); this sheet is the second line.
export const MAIL_HTML_STYLES = `
:host { display: block; position: relative; z-index: 0; isolation: isolate; contain: layout paint;
  overflow: auto; max-width: 100%; min-width: 0; }
.inkwell-mail-body { overflow-wrap: anywhere; }
.inkwell-mail-body, .inkwell-mail-body * {
  position: static !important; inset: auto !important; z-index: auto !important;
  transform: none !important; translate: none !important; rotate: none !important; scale: none !important;
  offset-path: none !important; clip-path: none !important; clip: auto !important;
  mask: none !important; -webkit-mask: none !important; }
img { max-width: 100%; height: auto; }
img:not([src]) { display: inline-block; min-width: 1em; min-height: 1em; outline: 1px dashed #aaa; }
`;
