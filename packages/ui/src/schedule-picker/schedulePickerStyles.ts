import { token } from '../theme';

export const schedulePickerStyles = `
.ink-schedule-picker-root, .ink-schedule-picker-scheduled {
  font-family: ${token('font-family')};
  font-size: ${token('font-size')};
  line-height: ${token('line-height')};
  color: ${token('color-fg')};
  background: ${token('color-surface-raised')};
  border: 1px solid ${token('color-border')};
  border-radius: ${token('radius')};
  padding: ${token('space-3')};
  display: grid;
  gap: ${token('space-3')};
  inline-size: min(26rem, 100%);
  box-sizing: border-box;
}
.ink-schedule-picker-label { margin: 0; font-weight: 600; }
.ink-schedule-picker-presets { display: grid; gap: ${token('space-1')}; }
.ink-schedule-picker-preset {
  font: inherit;
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: ${token('space-2')};
  text-align: start;
  padding: ${token('space-2')} ${token('space-3')};
  border: 1px solid ${token('color-border')};
  border-radius: ${token('radius')};
  background: ${token('color-bg')};
  color: ${token('color-fg')};
  cursor: pointer;
}
.ink-schedule-picker-preset[data-state="selected"] {
  border-color: ${token('color-accent')};
  background: ${token('color-accent-soft')};
}
.ink-schedule-picker-preset-when { color: ${token('color-muted')}; }
.ink-schedule-picker-custom { display: flex; flex-wrap: wrap; gap: ${token('space-2')}; }
.ink-schedule-picker-field { display: grid; gap: ${token('space-1')}; flex: 1 1 9rem; min-inline-size: 0; }
.ink-schedule-picker-input {
  font: inherit;
  color: ${token('color-fg')};
  background: ${token('color-bg')};
  border: 1px solid ${token('color-border')};
  border-radius: ${token('radius')};
  padding: ${token('space-1')} ${token('space-2')};
  min-inline-size: 0;
  max-inline-size: 100%;
  box-sizing: border-box;
}
.ink-schedule-picker-input[aria-invalid="true"] { border-color: ${token('color-danger')}; }
.ink-schedule-picker-message { display: grid; gap: ${token('space-1')}; justify-items: start; }
.ink-schedule-picker-message-text, .ink-schedule-picker-message-detail, .ink-schedule-picker-notice { margin: 0; overflow-wrap: anywhere; }
.ink-schedule-picker-message-detail { color: ${token('color-muted')}; }
.ink-schedule-picker-message[data-tone="warning"] {
  padding: ${token('space-2')};
  border-radius: ${token('radius')};
  background: ${token('color-warning-soft')};
  color: ${token('color-fg')};
}
.ink-schedule-picker-message[data-tone="error"], .ink-schedule-picker-message-text[data-tone="error"] {
  padding: ${token('space-2')};
  border-radius: ${token('radius')};
  background: ${token('color-danger-soft')};
  color: ${token('color-danger')};
}
.ink-schedule-picker-actions { display: flex; justify-content: flex-end; }
.ink-schedule-picker-button {
  font: inherit;
  padding: ${token('space-2')} ${token('space-4')};
  border-radius: ${token('radius')};
  border: 1px solid ${token('color-border')};
  background: ${token('color-bg')};
  color: ${token('color-fg')};
  cursor: pointer;
  justify-self: start;
}
.ink-schedule-picker-button[data-variant="primary"] {
  background: ${token('color-accent')};
  border-color: ${token('color-accent')};
  color: ${token('color-accent-fg')};
}
.ink-schedule-picker-button:disabled { opacity: 0.6; cursor: not-allowed; }
.ink-schedule-picker-preset:focus-visible, .ink-schedule-picker-input:focus-visible, .ink-schedule-picker-button:focus-visible {
  outline: ${token('focus-ring')};
  outline-offset: ${token('focus-ring-offset')};
}
`;
