import { lucideIcon } from '@inkwell/editor';
import { ChevronDown as chevronDownNode, Clock as clockNode, Send as sendNode } from 'lucide';
import { useMessages } from '../i18n/useMessages';
import { Menu } from '../menu/Menu';
import { composeMessages } from './composeMessages';

const ChevronDown = lucideIcon('chevron-down', chevronDownNode);
const Clock = lucideIcon('clock', clockNode);
const Send = lucideIcon('send', sendNode);

interface Props {
  sending: boolean;
  disabled: boolean;
  onSend: () => void;
  onSchedule: () => void;
}

/** "Send", and beside it a menu with "Schedule send" (our APG menu button: keyboard, focus return, typeahead). */
export function SendMenu({ sending, disabled, onSend, onSchedule }: Props) {
  const t = useMessages(composeMessages);
  return (
    <div className="ink-compose-send" role="group" aria-label={t('compose.send')}>
      <button
        type="button"
        className="ink-compose-button"
        data-variant="primary"
        aria-disabled={disabled || undefined}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        onClick={() => {
          if (!disabled) onSend();
        }}
      >
        <Send aria-hidden="true" size={16} />
        <span>{sending ? t('compose.sending') : t('compose.send')}</span>
      </button>
      <Menu.Root>
        <Menu.Trigger
          disabled={disabled}
          className="ink-compose-button"
          data-variant="primary"
          data-part="send-options"
          aria-label={t('compose.sendOptions')}
        >
          <ChevronDown aria-hidden="true" size={16} />
        </Menu.Trigger>
        <Menu.Content className="ink-compose-menu" side="top" align="start">
          <Menu.Item className="ink-compose-menu-item" onSelect={onSchedule}>
            <Clock aria-hidden="true" size={16} />
            <span>{t('compose.scheduleSend')}</span>
          </Menu.Item>
        </Menu.Content>
      </Menu.Root>
    </div>
  );
}
