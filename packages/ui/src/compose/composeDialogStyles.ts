import { token } from '../theme/tokens';

// The look of the window's dialogs (discard, schedule). Only their on-demand chunks import it, so the window's first
// chunk does not carry it; each dialog renders it (WidgetStyles: once in the document head).
export const COMPOSE_DIALOG_CSS = `
.ink-compose-confirm{max-width:min(520px,calc(100vw - 32px));padding:${token('space-4')};color:${token('color-fg')};
  background: ${token('color-surface-raised')};border:1px solid ${token('color-border')};border-radius:${token('radius')};
  font-family: ${token('font-family')}}
.ink-compose-confirm h2{margin:0 0 ${token('space-2')};font-size:1.1em}
.ink-compose-confirm-actions{display:flex;flex-wrap:wrap;gap:${token('space-2')};justify-content:flex-end;margin-block-start:${token('space-3')}}
`;
