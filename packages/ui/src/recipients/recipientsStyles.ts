import { token } from '../theme';

// Default look of the recipients widget; single-class selectors so a host's classes win.
export const recipientsStyles = `
.ink-recipients-root{position:relative;display:flex;flex-wrap:wrap;align-items:center;gap:${token('space-1')};min-width:0;padding:${token('space-1')} ${token('space-2')};border:1px solid ${token('color-border')};border-radius:${token('radius')};background:${token('color-bg')};color:${token('color-fg')};font-family:${token('font-family')};font-size:${token('font-size')};line-height:${token('line-height')}}
.ink-recipients-root:focus-within{outline:${token('focus-ring')};outline-offset:${token('focus-ring-offset')}}
.ink-recipients-root[data-drop="over"]{background:${token('color-accent-soft')};border-color:${token('color-accent')}}
.ink-recipients-label{color:${token('color-muted')};margin-inline-end:${token('space-1')};white-space:nowrap}
.ink-recipients-chips{display:contents;list-style:none;margin:0;padding:0}
.ink-recipients-chip{display:inline-flex;align-items:center;max-width:100%;min-width:0;gap:2px;padding-inline:${token('space-2')} 2px;border:1px solid ${token('color-border')};border-radius:${token('radius-pill')};background:${token('color-surface')}}
.ink-recipients-chip[data-state="invalid"]{border-color:${token('color-danger')};background:${token('color-danger-soft')};color:${token('color-danger')};border-style:dashed}
.ink-recipients-chip[data-dragging]{opacity:.5}
.ink-recipients-chip-label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;cursor:default;border-radius:${token('radius')}}
.ink-recipients-chip-label:focus-visible{outline:${token('focus-ring')};outline-offset:1px}
.ink-recipients-chip-address{color:${token('color-muted')};margin-inline-start:${token('space-1')}}
.ink-recipients-chip-button{display:inline-grid;place-items:center;width:22px;height:22px;padding:0;border:0;border-radius:${token('radius-pill')};background:transparent;color:inherit;cursor:pointer}
.ink-recipients-chip-button:hover{background:${token('color-border')}}
.ink-recipients-chip-button:focus-visible{outline:${token('focus-ring')}}
.ink-recipients-edit{min-width:8ch;padding:2px ${token('space-1')};border:1px solid ${token('color-accent')};border-radius:${token('radius')};font:inherit;color:inherit;background:${token('color-bg')}}
.ink-recipients-input{flex:1 1 8ch;min-width:8ch;padding:2px 0;border:0;outline:0;background:transparent;font:inherit;color:inherit}
.ink-recipients-listbox{position:absolute;z-index:10;inset-inline:0;top:100%;margin:2px 0 0;padding:${token('space-1')};list-style:none;max-height:16rem;overflow:auto;border:1px solid ${token('color-border')};border-radius:${token('radius')};background:${token('color-surface-raised')};box-shadow:${token('shadow')}}
.ink-recipients-listbox[hidden]{display:none}
.ink-recipients-option{display:flex;flex-wrap:wrap;gap:0 ${token('space-2')};padding:${token('space-1')} ${token('space-2')};border-radius:${token('radius')};cursor:pointer}
.ink-recipients-option[data-state="active"]{background:${token('color-accent-soft')};outline:1px solid ${token('color-accent')}}
.ink-recipients-option-address{color:${token('color-muted')}}
.ink-recipients-menu{min-width:10rem;padding:${token('space-1')};border:1px solid ${token('color-border')};border-radius:${token('radius')};background:${token('color-surface-raised')};color:${token('color-fg')};box-shadow:${token('shadow')};font-family:${token('font-family')};font-size:${token('font-size')}}
.ink-recipients-menu-item{padding:${token('space-1')} ${token('space-2')};border-radius:${token('radius')};cursor:pointer;outline:0}
.ink-recipients-menu-item[data-highlighted]{background:${token('color-accent-soft')}}
.ink-recipients-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
