'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  latestDeliveryTime,
  loadTemporal,
  schedulePresets,
  type SchedulePreset,
  type SchedulePresetId,
  type TemporalApi,
} from '@inkwell/compose-core/schedule';
import { evaluateSchedule, type ScheduleEvaluation, type ScheduleValue } from './evaluateSchedule';
import { isoDateIn } from './formatScheduleTime';

/** How often the picker re-reads the clock, so "later today" goes away and "too soon" appears on time. */
export const SCHEDULE_CLOCK_TICK_MS = 30_000;

export interface UseScheduleStateOptions {
  /** Controlled value. */
  value?: ScheduleValue;
  /** Initial value when uncontrolled; default: nothing picked, in `timeZone`. */
  defaultValue?: ScheduleValue;
  onValueChange?: (value: ScheduleValue) => void;
  /** The user's zone, the picker's default. Default: the browser's. */
  timeZone?: string;
  /** Epoch ms; pass a server-corrected clock when the skew is large. Default: `Date.now`. */
  now?: () => number;
  /** A Temporal namespace to use instead of `loadTemporal()` (tests, or a host that already has one). */
  temporal?: TemporalApi;
}

export interface ScheduleState {
  /** `loading` until Temporal is there (native, or the polyfill's own chunk). */
  status: 'loading' | 'ready' | 'load-failed';
  retryLoad: () => void;
  /** The clock reading the state was computed at (epoch ms). */
  now: number;
  userTimeZone: string;
  value: ScheduleValue;
  setValue: (value: ScheduleValue) => void;
  /** The quick choices, in the value's zone. */
  presets: readonly SchedulePreset[];
  /** The preset the value equals, if any. */
  selectedPresetId: SchedulePresetId | undefined;
  evaluation: ScheduleEvaluation;
  /** Bounds for a date input, in the value's zone (`YYYY-MM-DD`). */
  minDate: string;
  maxDate: string;
  /** Re-reads the clock now and returns the fresh evaluation (before confirming). */
  reevaluate: () => ScheduleEvaluation;
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function isKnownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The schedule picker's state: value (controlled or not), clock, Temporal, presets and verdict; no DOM. */
export function useScheduleState({
  value,
  defaultValue,
  onValueChange,
  timeZone,
  now: readClock = Date.now,
  temporal,
}: UseScheduleStateOptions = {}): ScheduleState {
  const userTimeZone = timeZone ?? browserZone();
  const [own, setOwn] = useState<ScheduleValue>(() => defaultValue ?? { date: '', time: '', timeZone: userTimeZone });
  const current = value ?? own;
  const onChange = useRef(onValueChange);
  onChange.current = onValueChange;
  const setValue = useCallback(
    (next: ScheduleValue) => {
      if (value === undefined) setOwn(next);
      onChange.current?.(next);
    },
    [value],
  );

  const [loaded, setLoaded] = useState<{ api?: TemporalApi; failed?: boolean }>({});
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (temporal) return;
    let live = true;
    loadTemporal().then(
      (api) => live && setLoaded({ api }),
      () => live && setLoaded({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, [temporal, attempt]);
  const api = temporal ?? loaded.api;

  const clock = useRef(readClock);
  clock.current = readClock;
  const [now, setNow] = useState(() => readClock());
  useEffect(() => {
    const timer = setInterval(() => setNow(clock.current()), SCHEDULE_CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, []);

  // A controlled value may carry a zone this engine does not know: no presets or bounds, and the value is invalid.
  const zoneKnown = useMemo(() => isKnownZone(current.timeZone), [current.timeZone]);
  const presets = useMemo(
    () => (api && zoneKnown ? schedulePresets({ now, timeZone: current.timeZone }, api) : []),
    [api, zoneKnown, now, current.timeZone],
  );
  const evaluation = useMemo<ScheduleEvaluation>(
    () => (api ? evaluateSchedule(current, now, api) : { kind: 'empty' }),
    [api, current, now],
  );
  const selectedPresetId = presets.find(
    (p) => p.wallTime.date === current.date && p.wallTime.time === current.time.slice(0, 5),
  )?.id;

  const reevaluate = useCallback((): ScheduleEvaluation => {
    const fresh = clock.current();
    setNow(fresh);
    return api ? evaluateSchedule(current, fresh, api) : { kind: 'empty' };
  }, [api, current]);

  return {
    status: api ? 'ready' : loaded.failed ? 'load-failed' : 'loading',
    retryLoad: useCallback(() => {
      setLoaded({});
      setAttempt((n) => n + 1);
    }, []),
    now,
    userTimeZone,
    value: current,
    setValue,
    presets,
    selectedPresetId,
    evaluation,
    minDate: zoneKnown ? isoDateIn(now, current.timeZone) : '',
    maxDate: zoneKnown ? isoDateIn(latestDeliveryTime(now) * 1000, current.timeZone) : '',
    reevaluate,
  };
}
