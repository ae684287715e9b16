import { token } from '../theme';

export const undoToastStyles = `
.ink-undo-toast-region {
  position: fixed;
  inset-block-end: ${token('space-4')};
  inset-inline-start: ${token('space-4')};
  z-index: 1000;
  max-inline-size: min(24rem, calc(100vw - 2 * ${token('space-4')}));
  max-block-size: calc(100vh - 2 * ${token('space-4')});
  overflow: auto;
  font-family: ${token('font-family')};
  font-size: ${token('font-size')};
  line-height: ${token('line-height')};
}
.ink-undo-toast-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: ${token('space-2')}; }
.ink-undo-toast-toast {
  display: grid;
  grid-template-columns: 1fr auto;
  gap: ${token('space-1')} ${token('space-2')};
  align-items: center;
  padding: ${token('space-3')};
  border-radius: ${token('radius')};
  background: ${token('color-fg')};
  color: ${token('color-bg')};
  box-shadow: ${token('shadow')};
  overflow-wrap: anywhere;
}
.ink-undo-toast-toast:focus-visible { outline: ${token('focus-ring')}; outline-offset: ${token('focus-ring-offset')}; }
.ink-undo-toast-toast[data-state="too-late"],
.ink-undo-toast-toast[data-state="unknown"],
.ink-undo-toast-toast[data-state="not-sent"] {
  background: ${token('color-danger-soft')};
  color: ${token('color-fg')};
  border-inline-start: 4px solid ${token('color-danger')};
}
.ink-undo-toast-title { margin: 0; font-weight: 600; }
.ink-undo-toast-description { margin: 0; grid-column: 1; opacity: 0.85; font-size: 0.92em; }
.ink-undo-toast-countdown { grid-column: 1; font-variant-numeric: tabular-nums; font-size: 0.92em; }
.ink-undo-toast-bar { display: block; block-size: 3px; margin-block-start: ${token('space-1')}; background: currentColor; opacity: 0.6; transform-origin: left; transform: scaleX(var(--ink-undo-fraction, 1)); transition: transform 1s linear; }
.ink-undo-toast-bar:dir(rtl) { transform-origin: right; }
@media (prefers-reduced-motion: reduce) { .ink-undo-toast-bar { transition: none; } }
.ink-undo-toast-hint { grid-column: 1 / -1; margin: 0; font-size: 0.85em; }
.ink-undo-toast-hint[data-state="hidden"] { visibility: hidden; }
.ink-undo-toast-actions { grid-column: 2; grid-row: 1 / span 3; display: flex; gap: ${token('space-1')}; align-items: center; }
.ink-undo-toast-button {
  font: inherit;
  padding: ${token('space-1')} ${token('space-3')};
  border-radius: ${token('radius')};
  border: 1px solid currentColor;
  background: transparent;
  color: inherit;
  cursor: pointer;
}
.ink-undo-toast-button[data-variant="primary"] { font-weight: 600; }
.ink-undo-toast-button:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
.ink-undo-toast-kbd { font: inherit; font-size: 0.8em; opacity: 0.8; margin-inline-start: ${token('space-1')}; }
.ink-undo-toast-announcer { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
