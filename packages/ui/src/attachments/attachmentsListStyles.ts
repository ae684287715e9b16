import { token } from '../theme';

// Default look of the attachments list and image prompt, loaded with them (AttachmentsList); single-class selectors
// so a host's classes win. The focus ring of their buttons is in attachmentsStyles.
export const attachmentsListStyles = `
.ink-attachments-list{display:flex;flex-direction:column;gap:${token('space-1')};margin:0;padding:0;list-style:none}
.ink-attachments-item{display:grid;grid-template-columns:auto minmax(0,1fr) auto auto;align-items:center;gap:0 ${token('space-2')};padding:${token('space-1')} ${token('space-2')};border:1px solid ${token('color-border')};border-radius:${token('radius')};background:${token('color-surface')}}
.ink-attachments-item[data-state="failed"],.ink-attachments-item[data-state="rejected"]{border-color:${token('color-danger')};background:${token('color-danger-soft')}}
.ink-attachments-icon{grid-row:span 3;color:${token('color-muted')}}
.ink-attachments-name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.ink-attachments-size{color:${token('color-muted')};white-space:nowrap}
.ink-attachments-actions{grid-row:span 3;display:inline-flex;gap:2px}
.ink-attachments-status{grid-column:2 / 4;color:${token('color-muted')};font-size:.9em}
.ink-attachments-item[data-state="failed"] .ink-attachments-status,.ink-attachments-item[data-state="rejected"] .ink-attachments-status{color:${token('color-danger')}}
.ink-attachments-progress{grid-column:2 / 4;display:block;height:4px;overflow:hidden;border-radius:${token('radius-pill')};background:${token('color-border')}}
.ink-attachments-progress-bar{display:block;height:100%;background:${token('color-accent')}}
.ink-attachments-button{display:inline-grid;place-items:center;width:28px;height:28px;padding:0;border:0;border-radius:${token('radius-pill')};background:transparent;color:inherit;cursor:pointer}
.ink-attachments-button:hover{background:${token('color-border')}}
.ink-attachments-prompt{display:flex;flex-wrap:wrap;align-items:center;gap:${token('space-2')};padding:${token('space-2')};border:1px solid ${token('color-accent')};border-radius:${token('radius')};background:${token('color-accent-soft')}}
.ink-attachments-choice{padding:${token('space-1')} ${token('space-3')};border:1px solid ${token('color-accent')};border-radius:${token('radius')};background:${token('color-bg')};color:${token('color-accent')};font:inherit;cursor:pointer}
.ink-attachments-remember{display:inline-flex;align-items:center;gap:${token('space-1')}}
.ink-attachments-placement{margin:0;color:${token('color-muted')}}
`;
