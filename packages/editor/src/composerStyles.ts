// Minimal structural styles, shipped as a string so the package needs no CSS pipeline; themes override them.
export const COMPOSER_CSS = `
.inkwell-composer{border:1px solid #c4c4c4;border-radius:6px}
.inkwell-toolbar{display:flex;flex-wrap:nowrap;gap:2px;padding:4px;border-bottom:1px solid #e0e0e0;min-width:0}
.inkwell-toolbar-button{position:relative;flex:none;display:inline-grid;place-items:center;width:32px;height:32px;padding:0;background:none;border:1px solid transparent;border-radius:4px;color:#1a1a1a;cursor:pointer}
.inkwell-toolbar-button[data-group-start]{margin-inline-start:9px}
.inkwell-toolbar-button[data-group-start]::before{content:"";position:absolute;inset-inline-start:-6px;top:6px;bottom:6px;border-inline-start:1px solid #d0d0d0}
.inkwell-toolbar-button:hover{background:#eef1f5}
.inkwell-toolbar-button[aria-pressed="true"]{background:#dde7f7;border-color:#7a9cd3}
.inkwell-toolbar-button[aria-disabled="true"]{color:#6b6b6b;cursor:default}
.inkwell-toolbar-button:focus-visible{outline:2px solid #1b5fc1;outline-offset:1px}
.inkwell-toolbar-button[data-tooltip]:is(:hover,:focus-visible)::after{content:attr(data-tooltip);position:absolute;top:calc(100% + 4px);inset-inline-start:0;z-index:2;padding:2px 6px;border-radius:4px;background:#1f2328;color:#fff;font-size:12px;white-space:nowrap;pointer-events:none}
.inkwell-toolbar-more{position:relative;flex:none}
.inkwell-toolbar-menu{position:absolute;top:calc(100% + 4px);inset-inline-end:0;z-index:3;min-width:180px;padding:4px;background:#fff;border:1px solid #c4c4c4;border-radius:6px;box-shadow:0 4px 16px rgb(0 0 0 / 0.16)}
.inkwell-toolbar-menuitem{display:flex;gap:8px;align-items:center;padding:6px 8px;border-radius:4px;color:#1a1a1a;cursor:pointer}
.inkwell-toolbar-menuitem:focus{outline:2px solid #1b5fc1;outline-offset:-2px;background:#eef1f5}
.inkwell-toolbar-menuitem[aria-checked="true"]{background:#dde7f7}
.inkwell-toolbar-menuitem[aria-disabled="true"]{color:#6b6b6b}
.inkwell-prosemirror{min-height:160px;padding:8px 12px;outline:none}
.inkwell-prosemirror p.is-editor-empty:first-child::before{content:attr(data-placeholder);color:#6b6b6b;float:left;height:0;pointer-events:none}
.inkwell-quote{margin:8px 0}
.inkwell-quote-host{will-change:transform}
.inkwell-quote-bar{display:flex;gap:6px;align-items:center}
[data-inkwell-signature]{color:#4a4a4a}
`;
