// Added to the containment sheet of renderMailHtml inside the quote's shadow root: the quote bar look, and
// `content-visibility` so the off-screen parts of a long quote skip rendering while the user types above it.
export const QUOTE_SHADOW_STYLES = `
.inkwell-mail-body { border-left: 2px solid #ccc; margin: 0; padding-left: 12px; color: inherit; }
.inkwell-mail-body > *, blockquote > * { content-visibility: auto; contain-intrinsic-size: auto 120px; }
`;
