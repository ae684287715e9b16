import { token } from '../theme';

// Default look of the attachments widget; single-class selectors so a host's classes win.
export const attachmentsStyles = `
.ink-attachments-root{display:flex;flex-direction:column;gap:${token('space-2')};min-width:0;color:${token('color-fg')};font-family:${token('font-family')};font-size:${token('font-size')};line-height:${token('line-height')}}
.ink-attachments-dropzone{position:relative;display:flex;flex-direction:column;gap:${token('space-2')};min-width:0;border-radius:${token('radius')}}
.ink-attachments-dropzone[data-state="dragging"]{outline:2px dashed ${token('color-accent')};outline-offset:2px}
.ink-attachments-dropzone[data-state="rejected"]{outline:2px dashed ${token('color-danger')};outline-offset:2px}
.ink-attachments-overlay{position:absolute;inset:0;z-index:5;display:grid;place-items:center;padding:${token('space-4')};border-radius:${token('radius')};background:${token('color-accent-soft')};color:${token('color-accent')};font-weight:600;text-align:center;pointer-events:none}
.ink-attachments-dropzone[data-state="rejected"] .ink-attachments-overlay{background:${token('color-danger-soft')};color:${token('color-danger')}}
.ink-attachments-trigger{display:inline-flex;align-items:center;gap:${token('space-1')};align-self:flex-start;padding:${token('space-1')} ${token('space-3')};border:1px solid ${token('color-border')};border-radius:${token('radius')};background:${token('color-surface')};color:${token('color-fg')};font:inherit;cursor:pointer}
.ink-attachments-trigger:hover{background:${token('color-accent-soft')}}
.ink-attachments-trigger:disabled{opacity:.6;cursor:default}
.ink-attachments-trigger:focus-visible,.ink-attachments-button:focus-visible,.ink-attachments-choice:focus-visible,.ink-attachments-link:focus-visible{outline:${token('focus-ring')};outline-offset:${token('focus-ring-offset')}}
.ink-attachments-link{padding:0;border:0;background:none;color:${token('color-accent')};font:inherit;text-decoration:underline;cursor:pointer}
.ink-attachments-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
