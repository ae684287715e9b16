import { token } from '../theme';

export const conflictStyles = `
.ink-conflict-root {
  font-family: ${token('font-family')};
  font-size: ${token('font-size')};
  line-height: ${token('line-height')};
  color: ${token('color-fg')};
  background: ${token('color-surface-raised')};
  border: 1px solid ${token('color-border')};
  border-radius: ${token('radius')};
  padding: ${token('space-4')};
  display: grid;
  gap: ${token('space-3')};
  min-inline-size: 0;
  box-sizing: border-box;
}
.ink-conflict-title { margin: 0; font-size: 1.1em; }
.ink-conflict-description { margin: 0; color: ${token('color-muted')}; }
.ink-conflict-field { border: 1px solid ${token('color-border')}; border-radius: ${token('radius')}; padding: ${token('space-3')}; margin: 0; min-inline-size: 0; }
.ink-conflict-legend { font-weight: 600; padding-inline: ${token('space-1')}; }
.ink-conflict-sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr)); gap: ${token('space-2')}; }
.ink-conflict-side { background: ${token('color-surface')}; border-radius: ${token('radius')}; padding: ${token('space-2')}; overflow-wrap: anywhere; white-space: pre-wrap; }
.ink-conflict-side-label { display: block; font-size: 0.85em; color: ${token('color-muted')}; margin-block-end: ${token('space-1')}; white-space: normal; }
.ink-conflict-options { display: flex; flex-wrap: wrap; gap: ${token('space-1')} ${token('space-4')}; margin-block-start: ${token('space-2')}; }
.ink-conflict-option { display: inline-flex; align-items: center; gap: ${token('space-1')}; cursor: pointer; }
.ink-conflict-option input:focus-visible { outline: ${token('focus-ring')}; outline-offset: ${token('focus-ring-offset')}; }
.ink-conflict-actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: ${token('space-2')}; }
.ink-conflict-button {
  font: inherit;
  padding: ${token('space-2')} ${token('space-4')};
  border-radius: ${token('radius')};
  border: 1px solid ${token('color-border')};
  background: ${token('color-bg')};
  color: ${token('color-fg')};
  cursor: pointer;
}
.ink-conflict-button[data-variant="primary"] { background: ${token('color-accent')}; border-color: ${token('color-accent')}; color: ${token('color-accent-fg')}; }
.ink-conflict-button:focus-visible { outline: ${token('focus-ring')}; outline-offset: ${token('focus-ring-offset')}; }
`;
