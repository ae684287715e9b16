'use client';
import { createContext, useContext, useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import type { SchedulePreset } from '@inkwell/compose-core/schedule';
import { useLocale, useMessages } from '../i18n';
import { WidgetStyles } from '../theme';
import { schedulePickerMessages } from './messages';
import { ScheduledSendPanel } from './ScheduledSendPanel';
import { schedulePickerStyles } from './schedulePickerStyles';
import { useSchedulePicker, type SchedulePickerBehaviour, type UseSchedulePickerOptions } from './useSchedulePicker';
import { useScheduledItem } from './useScheduledItem';

const SchedulePickerContext = createContext<SchedulePickerBehaviour | null>(null);

function usePickerContext(part: string): SchedulePickerBehaviour {
  const value = useContext(SchedulePickerContext);
  if (!value) throw new Error(`SchedulePicker.${part} must be inside SchedulePicker.Root`);
  return value;
}

const cx = (base: string, extra: string | undefined) => (extra ? `${base} ${extra}` : base);

export interface SchedulePickerRootProps
  extends UseSchedulePickerOptions, Omit<ComponentPropsWithRef<'div'>, 'defaultValue' | 'onChange'> {
  children?: ReactNode;
}

/**
 * The picker's group; its behaviour is shared with the parts inside.
 * @selector [data-state="loading|load-failed|empty|incomplete|invalid|refused|ok|scheduling"]
 */
function Root({
  value,
  defaultValue,
  onValueChange,
  timeZone,
  now,
  temporal,
  onSchedule,
  className,
  children,
  ...rest
}: SchedulePickerRootProps) {
  const behaviour = useSchedulePicker({
    ...(value === undefined ? {} : { value }),
    ...(defaultValue === undefined ? {} : { defaultValue }),
    ...(onValueChange ? { onValueChange } : {}),
    ...(timeZone === undefined ? {} : { timeZone }),
    ...(now ? { now } : {}),
    ...(temporal ? { temporal } : {}),
    ...(onSchedule ? { onSchedule } : {}),
  });
  const { dir } = useLocale();
  return (
    <SchedulePickerContext value={behaviour}>
      <WidgetStyles id="schedule-picker" css={schedulePickerStyles} />
      <div {...rest} {...behaviour.rootProps} dir={dir} className={cx('ink-schedule-picker-root', className)}>
        {children}
      </div>
    </SchedulePickerContext>
  );
}

/** The picker's name ("Schedule send"); the root is labelled by it. */
function Label({ className, children, ...rest }: ComponentPropsWithRef<'p'>) {
  const { labelProps } = usePickerContext('Label');
  const t = useMessages(schedulePickerMessages);
  return (
    <p {...rest} {...labelProps} className={cx('ink-schedule-picker-label', className)}>
      {children ?? t('schedulePicker.label')}
    </p>
  );
}

/** The quick choices; renders a `Preset` for each unless given children. */
function Presets({ className, children, ...rest }: ComponentPropsWithRef<'div'>) {
  const { presetsProps, state } = usePickerContext('Presets');
  if (state.status !== 'ready' || state.presets.length === 0) return null;
  return (
    <div {...rest} {...presetsProps} className={cx('ink-schedule-picker-presets', className)}>
      {children ?? state.presets.map((preset) => <Preset key={preset.id} preset={preset} />)}
    </div>
  );
}

export interface SchedulePickerPresetProps extends Omit<ComponentPropsWithRef<'button'>, 'value'> {
  preset: SchedulePreset;
}

/**
 * One quick choice, a toggle button: its name and when it sends.
 * @selector [data-state="selected|idle"] [data-preset="later-today|this-morning|tomorrow-morning|next-monday-morning"]
 */
function Preset({ preset, className, children, ...rest }: SchedulePickerPresetProps) {
  const { getPresetProps, presetText } = usePickerContext('Preset');
  const { label, when } = presetText(preset);
  return (
    <button {...rest} {...getPresetProps(preset)} className={cx('ink-schedule-picker-preset', className)}>
      {children ?? (
        <>
          <span className="ink-schedule-picker-preset-label">{label}</span>{' '}
          <span className="ink-schedule-picker-preset-when">{when}</span>
        </>
      )}
    </button>
  );
}

/** The custom date and time, in the zone shown by `Zone`. */
function Custom({ className, children, ...rest }: ComponentPropsWithRef<'div'>) {
  const { customProps, dateInputProps, timeInputProps } = usePickerContext('Custom');
  const t = useMessages(schedulePickerMessages);
  return (
    <div {...rest} {...customProps} className={cx('ink-schedule-picker-custom', className)}>
      {children ?? (
        <>
          <label className="ink-schedule-picker-field">
            <span>{t('schedulePicker.date')}</span>
            <input {...dateInputProps} className="ink-schedule-picker-input" />
          </label>
          <label className="ink-schedule-picker-field">
            <span>{t('schedulePicker.time')}</span>
            <input {...timeInputProps} className="ink-schedule-picker-input" />
          </label>
        </>
      )}
    </div>
  );
}

/** The zone the date and time are in: the user's by default, any IANA zone. */
function Zone({ className, ...rest }: Omit<ComponentPropsWithRef<'select'>, 'value' | 'onChange' | 'children'>) {
  const { zoneSelectProps, zones } = usePickerContext('Zone');
  const t = useMessages(schedulePickerMessages);
  return (
    <label className={cx('ink-schedule-picker-field ink-schedule-picker-zone', className)}>
      <span>{t('schedulePicker.zone')}</span>
      <select {...rest} {...zoneSelectProps} className="ink-schedule-picker-input">
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * When the mail will go out, which time a DST gap or overlap chose, or why the time is refused; a polite live region.
 * @selector [data-tone="info|warning|error"]
 */
function Message({ className, ...rest }: Omit<ComponentPropsWithRef<'div'>, 'children'>) {
  const { messageProps, message, state, occurrenceToggle } = usePickerContext('Message');
  const t = useMessages(schedulePickerMessages);
  // The buttons stay outside the live region, which announces only the message.
  return (
    <div {...rest} data-tone={messageProps['data-tone']} className={cx('ink-schedule-picker-message', className)}>
      <div {...messageProps} className="ink-schedule-picker-message-status">
        <p className="ink-schedule-picker-message-text">{message.text}</p>
        {message.detail ? <p className="ink-schedule-picker-message-detail">{message.detail}</p> : null}
      </div>
      {occurrenceToggle ? (
        <button {...occurrenceToggle.props} className="ink-schedule-picker-button">
          {occurrenceToggle.label}
        </button>
      ) : null}
      {state.status === 'load-failed' ? (
        <button type="button" className="ink-schedule-picker-button" onClick={state.retryLoad}>
          {t('schedulePicker.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** Schedules the picked time; disabled until it is inside the schedule window. */
function Confirm({ className, children, ...rest }: ComponentPropsWithRef<'button'>) {
  const { confirmProps, confirmLabel } = usePickerContext('Confirm');
  return (
    <button
      {...rest}
      {...confirmProps}
      data-variant="primary"
      className={cx('ink-schedule-picker-button ink-schedule-picker-confirm', className)}
    >
      {children ?? confirmLabel}
    </button>
  );
}

export interface SchedulePickerProps extends SchedulePickerRootProps {
  /**
   * An existing schedule of this message (its `useScheduledSend` item id, `scheduled:<mailId>`): while the outbox
   * holds it the picker shows it with "Cancel schedule" instead of the choices. Needs an `InkwellProvider`.
   */
  scheduledId?: string;
  /** After a cancel: the id of the mail, back in Drafts, for the host to reopen as a draft. */
  onScheduleCancelled?: (draftMailId: string) => void;
}

/** The ready-made picker: name, presets, custom date and time, zone, message and confirm (or an existing schedule). */
export function SchedulePicker({ scheduledId, onScheduleCancelled, ...props }: SchedulePickerProps) {
  const picker = (
    <Root {...props}>
      <Label />
      <Presets />
      <Custom />
      <Zone />
      <Message />
      <div className="ink-schedule-picker-actions">
        <Confirm />
      </div>
    </Root>
  );
  if (scheduledId === undefined) return picker;
  return (
    <ExistingOrPicker
      scheduledId={scheduledId}
      picker={picker}
      {...(props.timeZone ? { timeZone: props.timeZone } : {})}
      {...(onScheduleCancelled ? { onCancelled: onScheduleCancelled } : {})}
    />
  );
}

function ExistingOrPicker({
  scheduledId,
  picker,
  timeZone,
  onCancelled,
}: {
  scheduledId: string;
  picker: ReactNode;
  timeZone?: string;
  onCancelled?: (draftMailId: string) => void;
}) {
  const { item } = useScheduledItem(scheduledId);
  const [cancelled, setCancelled] = useState(false);
  const t = useMessages(schedulePickerMessages);
  if (item) {
    return (
      <ScheduledSendPanel
        scheduledId={scheduledId}
        {...(timeZone ? { timeZone } : {})}
        onCancelled={(mailId) => {
          setCancelled(true);
          onCancelled?.(mailId);
        }}
      />
    );
  }
  return (
    <>
      {cancelled ? (
        <p role="status" className="ink-schedule-picker-notice">
          {t('schedulePicker.cancelled')}
        </p>
      ) : null}
      {picker}
    </>
  );
}

SchedulePicker.Root = Root;
SchedulePicker.Label = Label;
SchedulePicker.Presets = Presets;
SchedulePicker.Preset = Preset;
SchedulePicker.Custom = Custom;
SchedulePicker.Zone = Zone;
SchedulePicker.Message = Message;
SchedulePicker.Confirm = Confirm;
SchedulePicker.Scheduled = ScheduledSendPanel;
