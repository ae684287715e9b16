'use client';
import { useCallback, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { ScheduledInstant, SchedulePreset } from '@inkwell/compose-core/schedule';
import { useLocale, useMessages } from '../i18n';
import type { ScheduleValue } from './evaluateSchedule';
import { formatPlainTime, formatShortDateIn, formatTimeIn } from './formatScheduleTime';
import { schedulePickerMessages } from './messages';
import { scheduleMessageText, type ScheduleMessage } from './scheduleMessageText';
import { useScheduleState, type ScheduleState, type UseScheduleStateOptions } from './useScheduleState';

export interface UseSchedulePickerOptions extends UseScheduleStateOptions {
  /**
   * Called with the resolved instant when the user confirms a time inside the schedule window (re-checked against
   * the clock at that moment). While a returned promise runs the picker is `scheduling`.
   */
  onSchedule?: (instant: ScheduledInstant) => void | Promise<unknown>;
}

/**
 * `loading` / `load-failed` (Temporal), then the evaluation (`empty`, `incomplete`, `invalid`, `refused`, `ok`),
 * or `scheduling` while `onSchedule` runs.
 */
export type SchedulePickerState =
  'loading' | 'load-failed' | 'empty' | 'incomplete' | 'invalid' | 'refused' | 'ok' | 'scheduling';

export interface SchedulePickerBehaviour {
  state: ScheduleState;
  pickerState: SchedulePickerState;
  message: ScheduleMessage;
  /** Every IANA zone the engine knows, plus the user's and the value's. */
  zones: readonly string[];
  rootProps: { role: 'group'; 'aria-labelledby': string; 'aria-busy': boolean; 'data-state': SchedulePickerState };
  labelProps: { id: string };
  presetsProps: { role: 'group'; 'aria-label': string };
  /** The preset's name and when it sends ("Tue, 1 Dec, 08:00"). */
  presetText: (preset: SchedulePreset) => { label: string; when: string };
  getPresetProps: (preset: SchedulePreset) => {
    type: 'button';
    'aria-pressed': boolean;
    'data-state': 'selected' | 'idle';
    'data-preset': string;
    onClick: () => void;
  };
  customProps: { role: 'group'; 'aria-label': string };
  dateInputProps: FieldProps & { type: 'date'; min: string; max: string };
  timeInputProps: FieldProps & { type: 'time'; step: number };
  zoneSelectProps: {
    value: string;
    'aria-label': string;
    onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  };
  messageProps: { id: string; role: 'status'; 'aria-live': 'polite'; 'data-tone': ScheduleMessage['tone'] };
  confirmProps: { type: 'button'; disabled: boolean; 'aria-describedby': string; onClick: () => void };
  confirmLabel: string;
  /** When the picked time happens twice (the clocks go back): switches to the other occurrence. */
  occurrenceToggle: { props: { type: 'button'; onClick: () => void }; label: string } | undefined;
}

interface FieldProps {
  value: string;
  'aria-label': string;
  'aria-invalid': boolean;
  'aria-describedby': string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** A new date, time or zone asks afresh which of two occurrences is meant. */
function edited(value: ScheduleValue, change: Partial<ScheduleValue>): ScheduleValue {
  const next = { ...value, ...change };
  delete next.occurrence;
  return next;
}

let zoneList: string[] | undefined;
const supportedZones = () => (zoneList ??= Intl.supportedValuesOf('timeZone'));

/** The schedule picker's behaviour: prop bags for presets, date, time, zone, message and confirm. */
export function useSchedulePicker({ onSchedule, ...options }: UseSchedulePickerOptions = {}): SchedulePickerBehaviour {
  const state = useScheduleState(options);
  const t = useMessages(schedulePickerMessages);
  const { locale } = useLocale();
  const labelId = useId();
  const messageId = useId();
  const [scheduling, setScheduling] = useState(false);
  const busy = useRef(false);
  const { value, setValue, evaluation, status } = state;

  const pickerState: SchedulePickerState = status !== 'ready' ? status : scheduling ? 'scheduling' : evaluation.kind;
  const message: ScheduleMessage =
    status === 'loading'
      ? { tone: 'info', text: t('schedulePicker.loading') }
      : status === 'load-failed'
        ? { tone: 'error', text: t('schedulePicker.loadFailed') }
        : scheduleMessageText(evaluation, value, { t, locale, userTimeZone: state.userTimeZone });

  const zones = useMemo(() => {
    const all = new Set(supportedZones());
    all.add(state.userTimeZone);
    all.add(value.timeZone);
    return [...all].sort();
  }, [state.userTimeZone, value.timeZone]);

  const onSchedule_ = useRef(onSchedule);
  onSchedule_.current = onSchedule;
  const { reevaluate } = state;
  const confirm = useCallback(() => {
    if (busy.current) return;
    const fresh = reevaluate();
    if (fresh.kind !== 'ok') return;
    const pending = onSchedule_.current?.(fresh.instant);
    if (!(pending instanceof Promise)) return;
    busy.current = true;
    setScheduling(true);
    // The host reports failures of the send itself; the picker only stops being busy.
    void pending
      .catch(() => undefined)
      .finally(() => {
        busy.current = false;
        setScheduling(false);
      });
  }, [reevaluate]);

  const invalid = evaluation.kind === 'invalid' || evaluation.kind === 'refused';
  const field = (name: 'date' | 'time'): FieldProps => ({
    value: value[name],
    'aria-label': t(name === 'date' ? 'schedulePicker.date' : 'schedulePicker.time'),
    'aria-invalid': invalid,
    'aria-describedby': messageId,
    onChange: (event) => setValue(edited(value, { [name]: event.target.value })),
  });
  const overlap =
    evaluation.kind === 'ok' && evaluation.instant.adjustment?.kind === 'overlap'
      ? evaluation.instant.adjustment
      : undefined;
  const second = overlap?.occurrence === 'second';

  return {
    state,
    pickerState,
    message,
    zones,
    rootProps: {
      role: 'group',
      'aria-labelledby': labelId,
      'aria-busy': status === 'loading',
      'data-state': pickerState,
    },
    labelProps: { id: labelId },
    presetsProps: { role: 'group', 'aria-label': t('schedulePicker.presets') },
    presetText: (preset) => ({
      label: t('schedulePicker.preset', { id: preset.id }),
      when: `${formatShortDateIn(preset.epochSeconds * 1000, preset.wallTime.timeZone, locale)}, ${formatTimeIn(
        preset.epochSeconds * 1000,
        preset.wallTime.timeZone,
        locale,
      )}`,
    }),
    getPresetProps: (preset) => {
      const selected = state.selectedPresetId === preset.id;
      return {
        type: 'button',
        'aria-pressed': selected,
        'data-state': selected ? 'selected' : 'idle',
        'data-preset': preset.id,
        onClick: () => setValue(preset.wallTime),
      };
    },
    customProps: { role: 'group', 'aria-label': t('schedulePicker.custom') },
    dateInputProps: { ...field('date'), type: 'date', min: state.minDate, max: state.maxDate },
    timeInputProps: { ...field('time'), type: 'time', step: 60 },
    zoneSelectProps: {
      value: value.timeZone,
      'aria-label': t('schedulePicker.zone'),
      onChange: (event) => setValue(edited(value, { timeZone: event.target.value })),
    },
    messageProps: { id: messageId, role: 'status', 'aria-live': 'polite', 'data-tone': message.tone },
    confirmProps: {
      type: 'button',
      disabled: pickerState !== 'ok',
      'aria-describedby': messageId,
      onClick: confirm,
    },
    confirmLabel: t(scheduling ? 'schedulePicker.scheduling' : 'schedulePicker.confirm'),
    occurrenceToggle: overlap && {
      props: { type: 'button', onClick: () => setValue({ ...value, occurrence: second ? 'first' : 'second' }) },
      label: t(second ? 'schedulePicker.useFirst' : 'schedulePicker.useSecond', {
        time: formatPlainTime(value.time.slice(0, 5), locale),
        offset: `UTC${(second ? overlap.earlierOffset : overlap.laterOffset) ?? ''}`,
      }),
    },
  };
}
