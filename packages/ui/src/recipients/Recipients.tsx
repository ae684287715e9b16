import { lucideIcon } from '@inkwell/editor';
import { ChevronDown as chevronDownNode, X as xNode } from 'lucide';
import { createContext, useContext, useEffect, useRef, type ComponentPropsWithRef, type ReactNode } from 'react';
import { Menu } from '../menu/Menu';
import { WidgetStyles } from '../theme';
import type { RecipientEntry } from './recipientEntries';
import { recipientsStyles } from './recipientsStyles';
import { RecipientsGroup } from './RecipientsGroup';
import { useContactSuggestions } from './useContactSuggestions';
import {
  chipLabel,
  useRecipientField,
  type RecipientFieldApi,
  type UseRecipientFieldOptions,
} from './useRecipientField';

const ChevronDown = lucideIcon('chevron-down', chevronDownNode);
const X = lucideIcon('x', xNode);

const FieldContext = createContext<RecipientFieldApi | null>(null);

/** The field a part belongs to; parts must sit inside `Recipients.Root`. */
export function useRecipientFieldContext(): RecipientFieldApi {
  const api = useContext(FieldContext);
  if (!api) throw new Error('Recipients parts must be inside <Recipients.Root>.');
  return api;
}

const cx = (base: string, extra?: string) => (extra ? `${base} ${extra}` : base);

export interface RecipientsRootProps
  extends UseRecipientFieldOptions, Omit<ComponentPropsWithRef<'div'>, 'defaultValue' | 'dir' | 'onDrop'> {
  children?: ReactNode;
}

/**
 * One field (To, Cc, Bcc or Reply-To): holds its chips and behaviour, renders the live region for announcements.
 * @selector [data-state="empty|filled|invalid"] [data-drop="idle|over"] [data-disabled]
 */
function Root({
  field,
  label,
  value,
  defaultValue,
  onValueChange,
  disabled,
  className,
  children,
  ...rest
}: RecipientsRootProps) {
  const api = useRecipientField({ field, label, value, defaultValue, onValueChange, disabled });
  return (
    <FieldContext value={api}>
      <WidgetStyles id="recipients" css={recipientsStyles} />
      <div {...rest} {...api.getRootProps()} className={cx('ink-recipients-root', className)}>
        {children}
        <span {...api.getLiveProps()} className="ink-recipients-hidden" />
      </div>
    </FieldContext>
  );
}

/** The field's visible label; it names the input. */
function Label({ className, children, ...rest }: ComponentPropsWithRef<'label'>) {
  const api = useRecipientFieldContext();
  return (
    <label {...rest} {...api.getLabelProps()} className={cx('ink-recipients-label', className)}>
      {children ?? api.label}
    </label>
  );
}

export interface RecipientsChipsProps extends Omit<ComponentPropsWithRef<'ul'>, 'children'> {
  /** Renders one chip; default `<Recipients.Chip>`. */
  children?: (entry: RecipientEntry, index: number) => ReactNode;
}

/** The list of chips. */
function Chips({ className, children, ...rest }: RecipientsChipsProps) {
  const api = useRecipientFieldContext();
  if (api.entries.length === 0) return null;
  return (
    <ul {...rest} {...api.getListProps()} className={cx('ink-recipients-chips', className)}>
      {api.entries.map((entry, index) =>
        children ? children(entry, index) : <Chip key={entry.id} entry={entry} index={index} />,
      )}
    </ul>
  );
}

export interface RecipientsChipProps extends Omit<ComponentPropsWithRef<'li'>, 'children'> {
  entry: RecipientEntry;
  index: number;
}

/**
 * One recipient: name and address, a remove button and a menu (edit, move to another field, remove).
 * @selector [data-state="valid|invalid"] [data-dragging]
 */
function Chip({ entry, index, className, ...rest }: RecipientsChipProps) {
  const api = useRecipientFieldContext();
  const { t } = api;
  if (api.editingId === entry.id) {
    return (
      <li {...rest} className={cx('ink-recipients-chip', className)} data-state="editing">
        <ChipEditor entry={entry} />
      </li>
    );
  }
  const { children: description, ...descriptionProps } = api.getChipDescriptionProps(entry);
  const name = chipLabel(entry);
  return (
    <li {...rest} {...api.getChipProps(entry)} className={cx('ink-recipients-chip', className)}>
      <span {...api.getChipButtonProps(entry, index)} className="ink-recipients-chip-label" title={entry.raw}>
        {entry.name && entry.address ? (
          <>
            {entry.name} <span className="ink-recipients-chip-address">{entry.address}</span>
          </>
        ) : (
          entry.address || entry.raw
        )}
      </span>
      <span {...descriptionProps} className="ink-recipients-hidden">
        {description}
      </span>
      {api.disabled ? null : (
        <>
          <Menu.Root
            open={api.menuId === entry.id}
            onOpenChange={(open) => api.setMenuId(open ? entry.id : null)}
            onReturnFocus={() => api.focusChip(entry.id)}
          >
            <Menu.Trigger
              className="ink-recipients-chip-button"
              aria-label={t('recipients.more', { label: name })}
              tabIndex={-1}
            >
              <ChevronDown size={14} aria-hidden="true" />
            </Menu.Trigger>
            <Menu.Content
              className="ink-recipients-menu"
              side="bottom"
              align="start"
              // The menu sits inside the draggable chip: a press on an item must not drag the chip.
              draggable={false}
              onDragStart={(event) => {
                event.preventDefault();
                event.stopPropagation();
              }}
            >
              <Menu.Item className="ink-recipients-menu-item" onSelect={() => api.actions.startEdit(entry.id)}>
                {t('recipients.edit')}
              </Menu.Item>
              {entry.problem === 'comma-in-name' ? (
                <Menu.Item className="ink-recipients-menu-item" onSelect={() => api.actions.accept(entry.id)}>
                  {t('recipients.keepAsOne')}
                </Menu.Item>
              ) : null}
              {api.moveTargets.map((target) => (
                <Menu.Item
                  key={target.id}
                  className="ink-recipients-menu-item"
                  onSelect={() => api.actions.moveTo(entry.id, target)}
                >
                  {t('recipients.moveTo', { field: target.label })}
                </Menu.Item>
              ))}
              <Menu.Item className="ink-recipients-menu-item" onSelect={() => api.actions.remove(entry.id, 'previous')}>
                {t('recipients.delete')}
              </Menu.Item>
            </Menu.Content>
          </Menu.Root>
          <button {...api.getRemoveProps(entry)} className="ink-recipients-chip-button">
            <X size={14} aria-hidden="true" />
          </button>
        </>
      )}
    </li>
  );
}

/** A chip being edited: its text in an input; Enter or leaving commits, Escape cancels. */
function ChipEditor({ entry }: { entry: RecipientEntry }) {
  const api = useRecipientFieldContext();
  const done = useRef(false);
  const finish = (value: string | null) => {
    if (done.current) return;
    done.current = true;
    api.actions.finishEdit(entry.id, value);
  };
  return (
    <input
      className="ink-recipients-edit"
      aria-label={api.t('recipients.editInput')}
      defaultValue={entry.raw}
      size={Math.max(8, entry.raw.length)}
      autoFocus
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(event.currentTarget.value);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          finish(null);
        }
      }}
      onBlur={(event) => finish(event.currentTarget.value)}
    />
  );
}

/** The text input (an ARIA combobox when suggestions are shown). */
function Input({ className, ...rest }: Omit<ComponentPropsWithRef<'input'>, 'value' | 'defaultValue'>) {
  const api = useRecipientFieldContext();
  return <input {...rest} {...api.getInputProps()} className={cx('ink-recipients-input', className)} />;
}

export interface RecipientsSuggestionsProps extends Omit<ComponentPropsWithRef<'ul'>, 'children'> {
  /** Suggestions asked per request. @default 8 */
  limit?: number;
}

/**
 * Contact suggestions for the typed text, from the contacts autocomplete endpoint (needs an `InkwellProvider`).
 * @selector [data-state="open|closed"]; options: [data-state="active|inactive"]
 */
function Suggestions({ limit, className, ...rest }: RecipientsSuggestionsProps) {
  const api = useRecipientFieldContext();
  const { suggestions } = useContactSuggestions(api.text, { limit });
  const { reportSuggestions, reportListbox } = api;
  useEffect(() => reportSuggestions(suggestions), [reportSuggestions, suggestions]);
  useEffect(() => {
    reportListbox(true);
    return () => reportListbox(false);
  }, [reportListbox]);
  return (
    <ul {...rest} {...api.getListboxProps()} className={cx('ink-recipients-listbox', className)}>
      {api.options.map((option, index) => (
        <li key={option.id || option.email} {...api.getOptionProps(option, index)} className="ink-recipients-option">
          <span>{option.name || option.email}</span>
          {option.name ? (
            <>
              {' '}
              <span className="ink-recipients-option-address">{option.email}</span>
            </>
          ) : null}
          {option.isDistributionList ? <span> ({api.t('recipients.suggestion.list')})</span> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * Parts of the recipients widget. Most hosts use `RecipientField`; compose these to change the layout.
 * @example <Recipients.Root field="cc" value={draft.cc} onValueChange={(cc) => update({ cc })}>…</Recipients.Root>
 */
export const Recipients = { Group: RecipientsGroup, Root, Label, Chips, Chip, Input, Suggestions };
