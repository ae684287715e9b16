// Inside the shadow root: the original's own styles apply only there, and `contain` keeps fixed or absolutely
// positioned content from escaping the box.
export const QUOTE_SHADOW_STYLES = `
:host { display: block; contain: layout paint; overflow: auto; max-width: 100%; }
.inkwell-quote-body { border-left: 2px solid #ccc; margin: 0; padding-left: 12px; color: inherit; }
img { max-width: 100%; height: auto; }
.inkwell-quote-body > *, blockquote > * { content-visibility: auto; contain-intrinsic-size: auto 120px; }
img:not([src]) { display: inline-block; min-width: 1em; min-height: 1em; outline: 1px dashed #aaa; }
`;
