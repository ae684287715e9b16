import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { ChevronDown, Clock, Send } from 'lucide-react';
import { useMessages } from '../i18n/useMessages';
import { composeMessages } from './composeMessages';

interface Props {
  sending: boolean;
  disabled: boolean;
  onSend: () => void;
  onSchedule: () => void;
  /** Where the menu's content renders; inside the window so themes and direction apply. */
  container: HTMLElement | null;
}

/** "Send", and beside it a menu with "Schedule send" (Radix menu: keyboard, focus return, typeahead). */
export function SendMenu({ sending, disabled, onSend, onSchedule, container }: Props) {
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
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger asChild disabled={disabled}>
          <button
            type="button"
            className="ink-compose-button"
            data-variant="primary"
            data-part="send-options"
            aria-label={t('compose.sendOptions')}
          >
            <ChevronDown aria-hidden="true" size={16} />
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal container={container}>
          <DropdownMenu.Content className="ink-compose-menu" side="top" align="start" sideOffset={4}>
            <DropdownMenu.Item className="ink-compose-menu-item" onSelect={onSchedule}>
              <Clock aria-hidden="true" size={16} />
              <span>{t('compose.scheduleSend')}</span>
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </div>
  );
}
