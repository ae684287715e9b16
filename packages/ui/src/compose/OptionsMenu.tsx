import type { Importance } from '@inkwell/axigen-client';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Check, SlidersHorizontal } from 'lucide-react';
import { useMessages } from '../i18n/useMessages';
import { composeMessages } from './composeMessages';

interface Props {
  importance: Importance;
  readReceipt: boolean;
  deliveryReceipt: boolean;
  disabled: boolean;
  onImportance: (importance: Importance) => void;
  onReadReceipt: (on: boolean) => void;
  onDeliveryReceipt: (on: boolean) => void;
  container: HTMLElement | null;
}

const LEVELS: {
  value: Importance;
  key: 'compose.importanceHigh' | 'compose.importanceNormal' | 'compose.importanceLow';
}[] = [
  { value: 'high', key: 'compose.importanceHigh' },
  { value: 'normal', key: 'compose.importanceNormal' },
  { value: 'low', key: 'compose.importanceLow' },
];

/** Importance and receipt requests, in one menu so the footer stays one row at 360 px. */
export function OptionsMenu(props: Props) {
  const t = useMessages(composeMessages);
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild disabled={props.disabled}>
        <button
          type="button"
          className="ink-compose-icon-button"
          aria-label={t('compose.options')}
          data-state={props.importance === 'normal' ? 'default' : props.importance}
        >
          <SlidersHorizontal aria-hidden="true" size={16} />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={props.container}>
        <DropdownMenu.Content className="ink-compose-menu" side="top" align="end" sideOffset={4}>
          <DropdownMenu.Label className="ink-compose-menu-label">{t('compose.importance')}</DropdownMenu.Label>
          <DropdownMenu.RadioGroup
            value={props.importance}
            onValueChange={(value) => props.onImportance(value as Importance)}
          >
            {LEVELS.map(({ value, key }) => (
              <DropdownMenu.RadioItem key={value} value={value} className="ink-compose-menu-item">
                <span className="ink-compose-menu-check">
                  <DropdownMenu.ItemIndicator>
                    <Check aria-hidden="true" size={14} />
                  </DropdownMenu.ItemIndicator>
                </span>
                {t(key)}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
          <DropdownMenu.Separator className="ink-compose-menu-separator" />
          <DropdownMenu.CheckboxItem
            className="ink-compose-menu-item"
            checked={props.readReceipt}
            onCheckedChange={props.onReadReceipt}
          >
            <span className="ink-compose-menu-check">
              <DropdownMenu.ItemIndicator>
                <Check aria-hidden="true" size={14} />
              </DropdownMenu.ItemIndicator>
            </span>
            {t('compose.readReceipt')}
          </DropdownMenu.CheckboxItem>
          <DropdownMenu.CheckboxItem
            className="ink-compose-menu-item"
            checked={props.deliveryReceipt}
            onCheckedChange={props.onDeliveryReceipt}
          >
            <span className="ink-compose-menu-check">
              <DropdownMenu.ItemIndicator>
                <Check aria-hidden="true" size={14} />
              </DropdownMenu.ItemIndicator>
            </span>
            {t('compose.deliveryReceipt')}
          </DropdownMenu.CheckboxItem>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
