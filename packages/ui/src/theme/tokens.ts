// The theme's custom properties and their light defaults. Widget CSS reads them through `token()`, so a widget
// looks right with no theme set and a host restyles every widget by setting the properties on any ancestor.
export const lightTokens = {
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif',
  'font-size': '14px',
  'line-height': '1.45',
  'color-bg': '#ffffff',
  'color-surface': '#f6f7f9',
  'color-surface-raised': '#ffffff',
  'color-fg': '#1f2328',
  'color-muted': '#59636e',
  'color-border': '#c9ced6',
  'color-accent': '#0b57d0',
  'color-accent-fg': '#ffffff',
  'color-accent-soft': '#e3ecfd',
  'color-danger': '#b3261e',
  'color-danger-soft': '#fce8e6',
  'color-warning': '#8a5300',
  'color-warning-soft': '#fff4e0',
  'color-success': '#1e6b34',
  radius: '8px',
  'radius-pill': '999px',
  'space-1': '4px',
  'space-2': '8px',
  'space-3': '12px',
  'space-4': '16px',
  shadow: '0 4px 16px rgb(0 0 0 / 0.16)',
  'focus-ring': '2px solid #0b57d0',
  'focus-ring-offset': '2px',
} as const;

export type TokenName = keyof typeof lightTokens;

/** `var(--ink-<name>, <light default>)`, for widget stylesheets. */
export function token(name: TokenName): string {
  return `var(--ink-${name}, ${lightTokens[name]})`;
}
