// The styles of the composer's on-demand parts (the inline image's controls, the link form, the plain-text
// confirmation) and of the quote's buttons: they come with those parts' chunk, and the Composer adds them once it has
// arrived. Buttons take the text colour and a grey that reads on light and dark themes alike.
export const EXTRAS_CSS = `
.inkwell-image{position:relative;display:inline-block;max-width:100%;vertical-align:bottom}
.inkwell-image[data-selected] img{outline:2px solid #1b5fc1}
.inkwell-image[data-state="uploading"] img{opacity:0.6}
.inkwell-image[data-state="failed"] img{opacity:0.4;outline:2px solid #b3261e}
.inkwell-image-progress{position:absolute;left:0;right:0;bottom:0;height:4px;background:#e0e0e0}
.inkwell-image-progress::after{content:"";display:block;height:100%;width:calc(var(--progress,0) * 100%);background:#1b5fc1}
.inkwell-image-error,.inkwell-image-controls{display:flex;flex-wrap:wrap;gap:4px;align-items:center;font-size:0.85em}
.inkwell-image-error [role="alert"]{color:#b3261e}
.inkwell-image-resize{position:absolute;right:-4px;bottom:-4px;width:12px;height:12px;background:#1b5fc1;cursor:nwse-resize;border-radius:2px}
.inkwell-image-missing,.inkwell-image-blocked{display:inline-flex;gap:4px;padding:2px 6px;border:1px dashed #8a8a8a;color:#4a4a4a}
.inkwell-link-editor,.inkwell-confirm{display:flex;flex-wrap:wrap;gap:6px;align-items:center;padding:6px 12px;border-bottom:1px solid #e0e0e0}
.inkwell-link-editor [role="alert"],.inkwell-confirm p{margin:0}
:is(.inkwell-quote-bar,.inkwell-link-editor,.inkwell-confirm) button,.inkwell-link-editor input{min-height:28px;padding:0 10px;font:inherit;color:inherit;background:none;border:1px solid #8a8a8a99;border-radius:4px;cursor:pointer}
.inkwell-link-editor input{flex:1;min-width:12em;cursor:text}
:is(.inkwell-quote-bar,.inkwell-link-editor,.inkwell-confirm) button:hover{background:#8a8a8a29}
:is(.inkwell-quote-bar,.inkwell-link-editor,.inkwell-confirm) button:focus-visible,.inkwell-link-editor input:focus-visible{outline:2px solid #1b5fc1;outline-offset:1px}
`;
