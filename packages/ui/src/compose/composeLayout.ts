/**
 * Where a compose window sits: `inline` in the page's flow, `docked` at the bottom corner (several side by side in
 * a `ComposeDock`), `fullscreen` over the page, `minimized` to its title bar.
 */
export type ComposeLayout = 'inline' | 'docked' | 'fullscreen' | 'minimized';
