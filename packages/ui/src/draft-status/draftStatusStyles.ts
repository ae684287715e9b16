import { token } from '../theme';

export const draftStatusStyles = `
.ink-draft-status-root{
  display: inline-flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${token('space-1')} ${token('space-2')};
  font-family: ${token('font-family')};
  font-size: 0.92em;
  color: ${token('color-muted')};
  min-inline-size: 0;
}
.ink-draft-status-text{overflow-wrap:anywhere}
.ink-draft-status-root[data-state="failed"],
.ink-draft-status-root[data-state="expired"],
.ink-draft-status-root[data-state="offline"][data-storage="unavailable"]{color:${token('color-danger')}}
.ink-draft-status-root[data-state="offline"],
.ink-draft-status-root[data-state="conflict"]{color:${token('color-warning')}}
.ink-draft-status-action{
  font: inherit;
  padding: 0 ${token('space-2')};
  border-radius: ${token('radius')};
  border: 1px solid currentColor;
  background: transparent;
  color: inherit;
  cursor: pointer;
}
.ink-draft-status-action[aria-disabled=true]{opacity:.7}
.ink-draft-status-action:focus-visible{outline:${token('focus-ring')};outline-offset:${token('focus-ring-offset')}}
`;
