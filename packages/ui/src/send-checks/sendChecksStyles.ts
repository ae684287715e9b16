import { token } from '../theme';

export const sendChecksStyles = `
.ink-send-checks-root {
  font-family: ${token('font-family')};
  font-size: ${token('font-size')};
  line-height: ${token('line-height')};
  color: ${token('color-fg')};
  background: ${token('color-surface-raised')};
  border: 1px solid ${token('color-border')};
  border-radius: ${token('radius')};
  box-shadow: ${token('shadow')};
  padding: ${token('space-4')};
  inline-size: min(28rem, calc(100vw - 2 * ${token('space-4')}));
  box-sizing: border-box;
}
.ink-send-checks-root::backdrop { background: color-mix(in srgb, ${token('color-fg')} 40%, transparent); }
.ink-send-checks-title { margin: 0 0 ${token('space-2')}; font-size: 1.15em; }
.ink-send-checks-description { margin: 0 0 ${token('space-3')}; color: ${token('color-muted')}; }
.ink-send-checks-list { margin: 0 0 ${token('space-4')}; padding: 0; list-style: none; display: grid; gap: ${token('space-2')}; }
.ink-send-checks-item {
  padding: ${token('space-2')} ${token('space-3')};
  border-radius: ${token('radius')};
  border-inline-start: 4px solid ${token('color-warning')};
  background: ${token('color-warning-soft')};
  overflow-wrap: anywhere;
}
.ink-send-checks-item[data-severity="error"] {
  border-inline-start-color: ${token('color-danger')};
  background: ${token('color-danger-soft')};
}
.ink-send-checks-severity { font-weight: 600; margin-inline-end: ${token('space-1')}; }
.ink-send-checks-actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: ${token('space-2')}; }
.ink-send-checks-button {
  font: inherit;
  padding: ${token('space-2')} ${token('space-4')};
  border-radius: ${token('radius')};
  border: 1px solid ${token('color-border')};
  background: ${token('color-bg')};
  color: ${token('color-fg')};
  cursor: pointer;
}
.ink-send-checks-button[data-variant="primary"] {
  background: ${token('color-accent')};
  border-color: ${token('color-accent')};
  color: ${token('color-accent-fg')};
}
.ink-send-checks-button:focus-visible { outline: ${token('focus-ring')}; outline-offset: ${token('focus-ring-offset')}; }
`;
