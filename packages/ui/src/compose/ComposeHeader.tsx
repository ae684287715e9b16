import { lucideIcon } from '@inkwell/editor';
import { Maximize2 as maximize2Node, Minimize2 as minimize2Node, Minus as minusNode, X as xNode } from 'lucide';
import { useMessages } from '../i18n/useMessages';
import { composeMessages } from './composeMessages';
import type { ComposeLayout } from './composeLayout';

const Maximize2 = lucideIcon('maximize-2', maximize2Node);
const Minimize2 = lucideIcon('minimize-2', minimize2Node);
const Minus = lucideIcon('minus', minusNode);
const X = lucideIcon('x', xNode);

interface Props {
  titleId: string;
  title: string;
  layout: ComposeLayout;
  onLayoutChange: (layout: ComposeLayout) => void;
  onClose?: (() => void) | undefined;
  /** The layout to come back to from minimised or full screen. */
  restoreTo: ComposeLayout;
}

/** Title bar: the subject (or "New message"), minimise or restore, full screen, close. */
export function ComposeHeader({ titleId, title, layout, onLayoutChange, onClose, restoreTo }: Props) {
  const t = useMessages(composeMessages);
  const minimized = layout === 'minimized';
  return (
    <header className="ink-compose-header">
      <h2 id={titleId} className="ink-compose-title">
        {title}
      </h2>
      <div className="ink-compose-header-actions">
        {layout === 'inline' ? null : (
          <button
            type="button"
            className="ink-compose-icon-button"
            aria-label={minimized ? t('compose.restore') : t('compose.minimize')}
            aria-expanded={!minimized}
            onClick={() => onLayoutChange(minimized ? restoreTo : 'minimized')}
          >
            {minimized ? <Maximize2 aria-hidden="true" size={16} /> : <Minus aria-hidden="true" size={16} />}
          </button>
        )}
        {minimized ? null : (
          <button
            type="button"
            className="ink-compose-icon-button"
            aria-label={layout === 'fullscreen' ? t('compose.exitFullscreen') : t('compose.fullscreen')}
            aria-pressed={layout === 'fullscreen'}
            onClick={() => onLayoutChange(layout === 'fullscreen' ? restoreTo : 'fullscreen')}
          >
            {layout === 'fullscreen' ? (
              <Minimize2 aria-hidden="true" size={16} />
            ) : (
              <Maximize2 aria-hidden="true" size={16} />
            )}
          </button>
        )}
        {onClose ? (
          <button type="button" className="ink-compose-icon-button" aria-label={t('compose.close')} onClick={onClose}>
            <X aria-hidden="true" size={16} />
          </button>
        ) : null}
      </div>
    </header>
  );
}
