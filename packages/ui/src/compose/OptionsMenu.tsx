import type { Importance } from '@inkwell/axigen-client';
import { Check, SlidersHorizontal } from 'lucide-react';
import { useId } from 'react';
import { useMessages } from '../i18n/useMessages';
import { Menu } from '../menu/Menu';
import { composeMessages } from './composeMessages';

interface Props {
  importance: Importance;
  readReceipt: boolean;
  deliveryReceipt: boolean;
  disabled: boolean;
  onImportance: (importance: Importance) => void;
  onReadReceipt: (on: boolean) => void;
  onDeliveryReceipt: (on: boolean) => void;
}

const LEVELS: {
  value: Importance;
  key: 'compose.importanceHigh' | 'compose.importanceNormal' | 'compose.importanceLow';
}[] = [
  { value: 'high', key: 'compose.importanceHigh' },
  { value: 'normal', key: 'compose.importanceNormal' },
  { value: 'low', key: 'compose.importanceLow' },
];

const RECEIPTS = [
  { key: 'compose.readReceipt', checked: 'readReceipt', onChange: 'onReadReceipt' },
  { key: 'compose.deliveryReceipt', checked: 'deliveryReceipt', onChange: 'onDeliveryReceipt' },
] as const;

/** Importance and receipt requests, in one menu so the footer stays one row at 360 px. */
export function OptionsMenu(props: Props) {
  const t = useMessages(composeMessages);
  const labelId = useId();
  return (
    <Menu.Root>
      <Menu.Trigger
        disabled={props.disabled}
        className="ink-compose-icon-button"
        aria-label={t('compose.options')}
        data-importance={props.importance === 'normal' ? 'default' : props.importance}
      >
        <SlidersHorizontal aria-hidden="true" size={16} />
      </Menu.Trigger>
      <Menu.Content className="ink-compose-menu" side="top" align="end">
        <Menu.Label id={labelId} className="ink-compose-menu-label">
          {t('compose.importance')}
        </Menu.Label>
        <Menu.RadioGroup
          aria-labelledby={labelId}
          value={props.importance}
          onValueChange={(value) => props.onImportance(value as Importance)}
        >
          {LEVELS.map(({ value, key }) => (
            <Menu.RadioItem key={value} value={value} className="ink-compose-menu-item">
              <span className="ink-compose-menu-check">
                <Menu.ItemIndicator>
                  <Check aria-hidden="true" size={14} />
                </Menu.ItemIndicator>
              </span>
              {t(key)}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
        <Menu.Separator className="ink-compose-menu-separator" />
        {RECEIPTS.map(({ key, checked, onChange }) => (
          <Menu.CheckboxItem
            key={key}
            className="ink-compose-menu-item"
            checked={props[checked]}
            onCheckedChange={props[onChange]}
          >
            <span className="ink-compose-menu-check">
              <Menu.ItemIndicator>
                <Check aria-hidden="true" size={14} />
              </Menu.ItemIndicator>
            </span>
            {t(key)}
          </Menu.CheckboxItem>
        ))}
      </Menu.Content>
    </Menu.Root>
  );
}
