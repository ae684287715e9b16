import type { CSSProperties } from 'react';
import { lightTokens, type TokenName } from './tokens';

/** A theme: values for any of the `--ink-*` custom properties. */
export type InkwellTheme = Partial<Record<TokenName, string>>;

export const lightTheme: InkwellTheme = lightTokens;

export const darkTheme: InkwellTheme = {
  'color-bg': '#16181c',
  'color-surface': '#1f2228',
  'color-surface-raised': '#272b32',
  'color-fg': '#e6e8eb',
  'color-muted': '#a4acb7',
  'color-border': '#4a515c',
  'color-accent': '#8ab4f8',
  'color-accent-fg': '#0b1a33',
  'color-accent-soft': '#23344f',
  'color-danger': '#f2b8b5',
  'color-danger-soft': '#4a2321',
  'color-warning': '#f6c77a',
  'color-warning-soft': '#3d2e12',
  'color-success': '#8fd6a2',
  'focus-ring': '2px solid #8ab4f8',
  shadow: '0 4px 16px rgb(0 0 0 / 0.5)',
};

/** A second brand, to prove a white-label restyle needs nothing but properties. */
export const brandTheme: InkwellTheme = {
  'font-family': 'Georgia, "Noto Serif", "Noto Naskh Arabic", serif',
  'color-bg': '#fffdf8',
  'color-surface': '#f7f1e6',
  'color-surface-raised': '#ffffff',
  'color-fg': '#2b2118',
  'color-muted': '#6b5a48',
  'color-border': '#cdbba3',
  'color-accent': '#8a2c0d',
  'color-accent-fg': '#ffffff',
  'color-accent-soft': '#f8e3d9',
  radius: '2px',
  'radius-pill': '4px',
  'focus-ring': '3px solid #8a2c0d',
};

/** Inline style that applies a theme to an element and everything inside it. */
export function themeStyle(theme: InkwellTheme): CSSProperties {
  const style: Record<string, string> = {};
  for (const [name, value] of Object.entries(theme)) style[`--ink-${name}`] = value;
  return style as CSSProperties;
}
