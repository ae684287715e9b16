'use client';
import { useSyncExternalStore, type CSSProperties } from 'react';
import { useMessages } from '../i18n/useMessages';
import { themeStyle, type InkwellTheme } from '../theme/themes';
import { WidgetStyles } from '../theme/WidgetStyles';
import { token } from '../theme/tokens';
import { ComposeWindow, type ComposeWindowProps } from './ComposeWindow';
import { composeMessages } from './composeMessages';
import { dockedIntent, type ComposeDockStore, type DockedCompose } from './createComposeDockStore';

export interface ComposeDockProps {
  store: ComposeDockStore;
  /** Props for every window (identity, theme…); layout and lifecycle come from the store. */
  windowProps?: Omit<
    ComposeWindowProps,
    'intent' | 'clientId' | 'layout' | 'defaultLayout' | 'onLayoutChange' | 'onClose' | 'onDraftSaved'
  >;
  /** After a window sent or scheduled its message. */
  onSent?: (window: DockedCompose, how: 'sent' | 'scheduled') => void;
  theme?: InkwellTheme;
  className?: string;
  style?: CSSProperties;
}

const DOCK_CSS = `
.ink-compose-dock { position: fixed; inset-block-end: 0; inset-inline-end: ${token('space-4')}; z-index: 900; display: flex;
  flex-direction: row; align-items: flex-end; gap: ${token('space-3')}; max-width: calc(100vw - 2 * ${token('space-4')});
  overflow-x: auto; pointer-events: none; }
.ink-compose-dock > .ink-compose { pointer-events: auto; flex: 0 1 auto; min-width: min(360px, 100%); border-end-start-radius: 0; border-end-end-radius: 0; }
.ink-compose-dock > .ink-compose[data-layout="minimized"] { width: min(280px, 100vw); min-width: 12em; flex-shrink: 4; }
.ink-compose-dock:empty { display: none; }
@media (max-width: 600px) {
  .ink-compose-dock { inset-inline: 0; max-width: 100vw; }
  .ink-compose-dock > .ink-compose[data-layout="docked"] { width: 100vw; height: 100dvh; border-radius: 0; }
}
`;

/** Docked compose windows at the bottom inline-end corner (bottom left in right-to-left languages). When they do not
 * fit side by side, minimised ones narrow first, down to a readable title, and open ones down to 360 px; only then
 * does the dock scroll. On a screen at most 600 px wide an open one takes the whole screen, as a phone's mail app does. */
export function ComposeDock({ store, windowProps, onSent, theme, className, style }: ComposeDockProps) {
  const t = useMessages(composeMessages);
  const windows = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return (
    <div
      role="region"
      aria-label={t('compose.dock')}
      className={className ? `ink-compose-dock ${className}` : 'ink-compose-dock'}
      style={theme ? { ...themeStyle(theme), ...style } : style}
    >
      <WidgetStyles id="compose-dock" css={DOCK_CSS} />
      {windows.map((item) => (
        <ComposeWindow
          key={item.id}
          {...windowProps}
          intent={dockedIntent(item)}
          clientId={item.id}
          onDraftSaved={(draftId) => store.linkDraft(item.id, draftId)}
          layout={item.layout}
          onLayoutChange={(layout) => store.setLayout(item.id, layout === 'inline' ? 'docked' : layout)}
          onClose={() => store.close(item.id)}
          onSent={(how) => {
            store.close(item.id);
            onSent?.(item, how);
          }}
          onDiscarded={() => store.close(item.id)}
        />
      ))}
    </div>
  );
}
