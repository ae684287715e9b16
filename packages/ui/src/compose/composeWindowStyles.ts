import { token } from '../theme/tokens';

// The window's default look. Logical properties mirror it right to left; every colour, radius, space and font is
// a theme token. `all: revert`-style resets stay off: hosts style the `.ink-compose-*` classes instead.
export const COMPOSE_WINDOW_CSS = `
.ink-compose{box-sizing:border-box;display:flex;flex-direction:column;min-width:0;max-width:100%;
  font-family: ${token('font-family')};font-size:${token('font-size')};line-height:${token('line-height')};
  color: ${token('color-fg')};background:${token('color-bg')};border:1px solid ${token('color-border')};
  border-radius: ${token('radius')};overflow:hidden}
.ink-compose *,.ink-compose *::before,.ink-compose *::after{box-sizing:border-box}
.ink-compose :is(button,input,select,textarea){font:inherit;text-transform:none;letter-spacing:normal}
.ink-compose[data-layout="docked"],.ink-compose[data-layout="minimized"]{width:min(560px,100vw);box-shadow:${token('shadow')}}
.ink-compose[data-layout="docked"]{height:min(640px,calc(100dvh - 24px))}
.ink-compose[data-layout="fullscreen"]{position:fixed;inset:16px;z-index:1000;box-shadow:${token('shadow')}}
.ink-compose[data-layout="minimized"]{height:auto}
.ink-compose-header{display:flex;align-items:center;gap:${token('space-2')};padding:${token('space-2')} ${token('space-3')};
  background: ${token('color-surface')};border-block-end:1px solid ${token('color-border')}}
.ink-compose-title{flex:1;min-width:0;margin:0;font-size:1em;font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.ink-compose-header-actions{display:flex;gap:${token('space-1')}}
.ink-compose-attachments-root,.ink-compose-body{flex:1;min-height:0}
.ink-compose-body{display:flex;flex-direction:column;overflow:auto}
.ink-compose-body[hidden]{display:none}
.ink-compose-fields{display:flex;flex-direction:column}
.ink-compose-row{display:flex;flex-wrap:wrap;align-items:center;gap:${token('space-2')};padding:${token('space-1')} ${token('space-3')};
  border-block-end: 1px solid ${token('color-border')};min-width:0}
.ink-compose-label{flex:none;min-width:4.5em;color:${token('color-muted')}}
.ink-compose-recipients{flex:1;min-width:0}
.ink-compose-copies{display:flex;gap:${token('space-2')};margin-inline-start:auto}
.ink-compose-input,.ink-compose-select{flex:1;min-width:0;max-width:100%;padding:${token('space-1')} ${token('space-2')};font:inherit;
  color: inherit;background:${token('color-bg')};border:1px solid transparent;border-radius:${token('radius')}}
.ink-compose-select[data-part="signature"]{flex:0 1 auto}
.ink-compose-input:focus-visible,.ink-compose-select:focus-visible,.ink-compose-button:focus-visible,
.ink-compose-icon-button:focus-visible,.ink-compose-link:focus-visible{outline:${token('focus-ring')};outline-offset:${token('focus-ring-offset')}}
.ink-compose .inkwell-composer{border:0;border-radius:0;flex:1 0 auto;min-height:180px;display:flex;flex-direction:column}
.ink-compose .inkwell-toolbar{border-block-end:1px solid ${token('color-border')}}
.ink-compose .inkwell-toolbar-button,.ink-compose .inkwell-toolbar-menuitem{color:${token('color-fg')}}
.ink-compose .inkwell-toolbar-button:hover{background:${token('color-surface')}}
.ink-compose .inkwell-toolbar-button[aria-pressed="true"]{background:${token('color-accent-soft')};border-color:${token('color-accent')}}
.ink-compose .inkwell-toolbar-button[aria-disabled="true"]{color:${token('color-muted')};opacity:0.6}
.ink-compose .inkwell-toolbar-button:focus-visible,.ink-compose .inkwell-toolbar-menuitem:focus{outline:${token('focus-ring')}}
.ink-compose .inkwell-prosemirror a{color:${token('color-accent')}}
.ink-compose [data-inkwell-signature]{color:${token('color-muted')}}
.ink-compose .inkwell-prosemirror p.is-editor-empty:first-child::before{color:${token('color-muted')}}
.ink-compose .inkwell-link-editor,.ink-compose .inkwell-confirm{border-color:${token('color-border')}}
.ink-compose .inkwell-toolbar-menu{background:${token('color-surface-raised')};border-color:${token('color-border')}}
.ink-compose .inkwell-prosemirror{min-height:140px}
.ink-compose-note{margin:${token('space-2')} ${token('space-3')};color:${token('color-muted')}}
.ink-compose-note[data-tone="danger"]{color:${token('color-danger')}}
.ink-compose-footer{position:sticky;bottom:0;z-index:1;display:flex;flex-wrap:wrap;align-items:center;gap:${token('space-2')};padding:${token('space-2')} ${token('space-3')};
  border-block-start: 1px solid ${token('color-border')};background:${token('color-surface')}}
.ink-compose-status{flex:1 1 0;min-width:0;margin:0;color:${token('color-muted')};overflow:hidden;text-overflow:ellipsis}
.ink-compose-footer>.ink-compose-status:not([data-state=idle]){min-width:8em}
.ink-compose-send{display:inline-flex}
.ink-compose .ink-compose-attach{align-self:center}
.ink-compose-send>.ink-compose-button:first-child{border-start-end-radius:0;border-end-end-radius:0}
.ink-compose-send>.ink-menu-root>.ink-compose-button{border-start-start-radius:0;border-end-start-radius:0;
  border-inline-start: 1px solid ${token('color-accent-soft')};padding-inline:${token('space-1')}}
.ink-compose-button{display:inline-flex;align-items:center;gap:${token('space-1')};min-height:32px;padding:0 ${token('space-3')};
  font: inherit;color:${token('color-fg')};background:${token('color-bg')};border:1px solid ${token('color-border')};
  border-radius: ${token('radius')};cursor:pointer}
.ink-compose-button[data-variant="primary"]{color:${token('color-accent-fg')};background:${token('color-accent')};border-color:${token('color-accent')}}
.ink-compose-button[data-variant="danger"]{color:${token('color-bg')};background:${token('color-danger')};border-color:${token('color-danger')}}
.ink-compose-button[aria-disabled="true"]{opacity:0.6;cursor:default}
.ink-compose-icon-button{display:inline-grid;place-items:center;width:32px;height:32px;padding:0;color:${token('color-fg')};
  background: none;border:1px solid transparent;border-radius:${token('radius')};cursor:pointer}
.ink-compose-icon-button:hover:not(:disabled){background:${token('color-accent-soft')}}
.ink-compose-icon-button:disabled{opacity:0.5;cursor:default}
.ink-compose-icon-button[data-importance="high"]{color:${token('color-danger')}}
.ink-compose-link{padding:0 ${token('space-1')};font:inherit;color:${token('color-accent')};background:none;border:0;cursor:pointer}
.ink-compose-menu{z-index:1001;min-width:200px;padding:${token('space-1')};font-family:${token('font-family')};
  font-size: ${token('font-size')};color:${token('color-fg')};background:${token('color-surface-raised')};
  border: 1px solid ${token('color-border')};border-radius:${token('radius')};box-shadow:${token('shadow')}}
.ink-compose-menu-item{display:flex;align-items:center;gap:${token('space-2')};padding:${token('space-1')} ${token('space-2')};
  border-radius: ${token('radius')};cursor:pointer;outline:none}
.ink-compose-menu-item[data-highlighted]{background:${token('color-accent-soft')}}
.ink-compose-menu-label{padding:${token('space-1')} ${token('space-2')};color:${token('color-muted')};font-size:0.9em}
.ink-compose-menu-check{display:inline-grid;width:14px}
.ink-compose-menu-separator{height:1px;margin:${token('space-1')} 0;background:${token('color-border')}}
@media (max-width: 480px){
  .ink-compose[data-layout="fullscreen"]{inset:0;border-radius:0}
  .ink-compose-label{min-width:3.5em}
}
`;
