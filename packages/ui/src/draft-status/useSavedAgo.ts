'use client';
import { useEffect, useReducer } from 'react';

/** What "Saved …" says: under a minute "just now", then minutes, hours, days through `Intl.RelativeTimeFormat`. */
export type SavedAgo = { kind: 'just-now' } | { kind: 'ago'; value: number; unit: 'minute' | 'hour' | 'day' };

export function savedAgo(savedAt: number, now: number): SavedAgo {
  const seconds = Math.max(0, Math.floor((now - savedAt) / 1000));
  if (seconds < 60) return { kind: 'just-now' };
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { kind: 'ago', value: minutes, unit: 'minute' };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { kind: 'ago', value: hours, unit: 'hour' };
  return { kind: 'ago', value: Math.floor(hours / 24), unit: 'day' };
}

/** `savedAgo`, re-rendered when its words change (on the next whole minute since the save, or hour). */
export function useSavedAgo(savedAt: Date | undefined, now: () => number): SavedAgo | undefined {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const at = savedAt?.getTime();
  const current = now();
  useEffect(() => {
    if (at === undefined) return;
    const elapsed = Math.max(0, current - at);
    const step = elapsed < 3_600_000 ? 60_000 : 3_600_000;
    const timer = setTimeout(rerender, step - (elapsed % step));
    return () => clearTimeout(timer);
  });
  return at === undefined ? undefined : savedAgo(at, current);
}
