import { token } from '../theme/tokens';

// Placed with CSS beside its button (no measuring library): above or below, aligned to the inline start or end,
// so right-to-left mirrors by itself. It renders inside the host's tree, so the host's theme applies.
export const menuStyles = `
.ink-menu-root{position:relative;display:inline-flex}
.ink-menu-content{position:absolute;z-index:1001;min-width:max-content;box-sizing:border-box;outline:0;background:${token('color-surface-raised')};color:${token('color-fg')}}
.ink-menu-content[data-side="top"]{bottom:calc(100% + 4px)}
.ink-menu-content[data-side="bottom"]{top:calc(100% + 4px)}
.ink-menu-content[data-align="start"]{inset-inline-start:0}
.ink-menu-content[data-align="end"]{inset-inline-end:0}
.ink-menu-item{cursor:pointer;outline:0}
.ink-menu-item[data-highlighted]{background:${token('color-accent-soft')}}
.ink-menu-item[data-disabled]{opacity:.5;cursor:default}
.ink-menu-content[role="alert"]{padding:${token('space-2')};max-width:16rem;min-width:12rem;white-space:normal}
.ink-menu-retry{padding:0;border:0;background:none;color:${token('color-accent')};font:inherit;text-decoration:underline;cursor:pointer}
`;
