'use client';
import { createContext, useContext, useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import type { Draft } from '@inkwell/compose-core';
import { htmlToPlainText } from '@inkwell/compose-core/text';
import { useLocale, useMessages, type Translate } from '../i18n';
import { WidgetStyles } from '../theme';
import { conflictStyles } from './conflictStyles';
import type { ConflictField, ConflictVersions, RecipientPick } from './conflictTypes';
import { conflictMessages, type ConflictMessageKey } from './messages';
import {
  useConflictResolver,
  type ConflictResolverBehaviour,
  type UseConflictResolverOptions,
} from './useConflictResolver';

const BODY_PREVIEW_CHARS = 400;

const Ctx = createContext<(ConflictResolverBehaviour & { versions: ConflictVersions }) | null>(null);
function usePart(part: string) {
  const value = useContext(Ctx);
  if (!value) throw new Error(`Conflict.${part} must be inside Conflict.Root`);
  return value;
}
const cx = (base: string, extra: string | undefined) => (extra ? `${base} ${extra}` : base);

export interface ConflictRootProps
  extends UseConflictResolverOptions, Omit<ComponentPropsWithRef<'section'>, 'defaultValue' | 'onResolve'> {
  children?: ReactNode;
}

/** @selector [data-fields="to subject …"] */
function Root({
  versions,
  value,
  defaultValue,
  onValueChange,
  onResolve,
  onCancel,
  className,
  children,
  ...rest
}: ConflictRootProps) {
  const behaviour = useConflictResolver({
    versions,
    onResolve,
    ...(value ? { value } : {}),
    ...(defaultValue ? { defaultValue } : {}),
    ...(onValueChange ? { onValueChange } : {}),
    ...(onCancel ? { onCancel } : {}),
  });
  const { dir } = useLocale();
  return (
    <Ctx value={{ ...behaviour, versions }}>
      <WidgetStyles id="conflict" css={conflictStyles} />
      <section
        dir={dir}
        {...rest}
        className={cx('ink-conflict-root', className)}
        data-fields={behaviour.fields.join(' ')}
      >
        {children}
      </section>
    </Ctx>
  );
}

const recipientsText = (list: Draft['to'], t: Translate<ConflictMessageKey>) =>
  list.length ? list.map((r) => (r.name ? `${r.name} <${r.address}>` : r.address)).join(', ') : t('conflict.empty');

function sideText(field: ConflictField, value: Draft['to'] | string, t: Translate<ConflictMessageKey>): string {
  if (typeof value !== 'string') return recipientsText(value, t);
  const text = (field === 'body' ? htmlToPlainText(value) : value).trim();
  if (!text) return t('conflict.empty');
  if (text.length <= BODY_PREVIEW_CHARS) return text;
  return `${text.slice(0, BODY_PREVIEW_CHARS)}${t('conflict.more', { count: text.length - BODY_PREVIEW_CHARS })}`;
}

export interface ConflictFieldProps extends Omit<ComponentPropsWithRef<'fieldset'>, 'children'> {
  field: ConflictField;
}

/**
 * One differing field: both versions side by side and a radio group (arrow keys move between the options).
 * @selector [data-field] [data-value="mine|theirs|merge"]
 */
function Field({ field, className, ...rest }: ConflictFieldProps) {
  const { versions, choice, pick } = usePart('Field');
  const t = useMessages(conflictMessages);
  const id = useId();
  const side = versions[field];
  if (!side) return null;
  const current = choice[field] ?? 'mine';
  const options: RecipientPick[] =
    field === 'subject' || field === 'body' ? ['mine', 'theirs'] : ['mine', 'theirs', 'merge'];
  const label = { mine: t('conflict.keepMine'), theirs: t('conflict.keepTheirs'), merge: t('conflict.merge') };
  return (
    <fieldset {...rest} className={cx('ink-conflict-field', className)} data-field={field} data-value={current}>
      <legend className="ink-conflict-legend">{t('conflict.field', { field })}</legend>
      <div className="ink-conflict-sides">
        <div className="ink-conflict-side" id={`${id}-mine`} data-side="mine">
          <span className="ink-conflict-side-label">{t('conflict.mine')}</span>
          {sideText(field, side.mine, t)}
        </div>
        <div className="ink-conflict-side" id={`${id}-theirs`} data-side="theirs">
          <span className="ink-conflict-side-label">{t('conflict.theirs')}</span>
          {sideText(field, side.theirs, t)}
        </div>
      </div>
      <div className="ink-conflict-options">
        {options.map((option) => (
          <label key={option} className="ink-conflict-option">
            <input
              type="radio"
              name={`${id}-pick`}
              value={option}
              checked={current === option}
              onChange={() => pick(field, option)}
              {...(option === 'merge' ? {} : { 'aria-describedby': `${id}-${option}` })}
            />
            {label[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Title({ className, children, ...rest }: ComponentPropsWithRef<'h2'>) {
  const t = useMessages(conflictMessages);
  return (
    <h2 {...rest} className={cx('ink-conflict-title', className)}>
      {children ?? t('conflict.title')}
    </h2>
  );
}

function Description({ className, children, ...rest }: ComponentPropsWithRef<'p'>) {
  const t = useMessages(conflictMessages);
  return (
    <p {...rest} className={cx('ink-conflict-description', className)}>
      {children ?? t('conflict.description')}
    </p>
  );
}

/** Every differing field, in order. */
function Fields() {
  const { fields } = usePart('Fields');
  return fields.map((field) => <Field key={field} field={field} />);
}

function Actions({ className, ...rest }: ComponentPropsWithRef<'div'>) {
  return <div {...rest} className={cx('ink-conflict-actions', className)} />;
}

function Apply({ className, children, ...rest }: Omit<ComponentPropsWithRef<'button'>, 'onClick'>) {
  const { apply } = usePart('Apply');
  const t = useMessages(conflictMessages);
  return (
    <button
      type="button"
      {...rest}
      className={cx('ink-conflict-button', className)}
      data-variant="primary"
      onClick={apply}
    >
      {children ?? t('conflict.apply')}
    </button>
  );
}

/** "Decide later": shown when the host passes `onCancel`. */
function Cancel({ className, children, ...rest }: Omit<ComponentPropsWithRef<'button'>, 'onClick'>) {
  const { cancel } = usePart('Cancel');
  const t = useMessages(conflictMessages);
  if (!cancel) return null;
  return (
    <button type="button" {...rest} className={cx('ink-conflict-button', className)} onClick={cancel}>
      {children ?? t('conflict.cancel')}
    </button>
  );
}

/** The resolver in parts: `Root`, `Title`, `Description`, `Fields`, `Field`, `Actions`, `Apply`, `Cancel`. */
export const Conflict = { Root, Title, Description, Fields, Field, Actions, Apply, Cancel };

export type ConflictResolverProps = Omit<ConflictRootProps, 'children'>;

/** Both versions of every differing field, a per-field choice (recipients may merge), and Apply. */
export function ConflictResolver(props: ConflictResolverProps) {
  const titleId = useId();
  return (
    <Root aria-labelledby={titleId} {...props}>
      <Title id={titleId} />
      <Description />
      <Fields />
      <Actions>
        <Cancel />
        <Apply />
      </Actions>
    </Root>
  );
}
