import type { Importance } from '@inkwell/axigen-client';
import { lucideIcon } from '@inkwell/editor';
import { Check as checkNode, SlidersHorizontal as slidersHorizontalNode } from 'lucide';
import { useId } from 'react';
import { useMessages } from '../i18n/useMessages';
import { Menu } from '../menu/Menu';
import { composeMessages } from './composeMessages';

const Check = lucideIcon('check', checkNode);
const SlidersHorizontal = lucideIcon('sliders-horizontal', slidersHorizontalNode);

interface Props {
  importance: Importance;
  disabled: boolean;
  onImportance: (importance: Importance) => void;
}

const LEVELS: {
  value: Importance;
  key: 'compose.importanceHigh' | 'compose.importanceNormal' | 'compose.importanceLow';
}[] = [
  { value: 'high', key: 'compose.importanceHigh' },
  { value: 'normal', key: 'compose.importanceNormal' },
  { value: 'low', key: 'compose.importanceLow' },
];

/**
 * Importance, in a menu so the footer stays one row at 360 px. No receipt requests: Send Draft takes no fields, and
 * sending the fields instead is not safe from a browser repeating it (docs/decisions/0009).
 */
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
      </Menu.Content>
    </Menu.Root>
  );
}
