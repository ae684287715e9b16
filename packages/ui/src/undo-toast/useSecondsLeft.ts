'use client';
import { useEffect, useReducer } from 'react';

/**
 * Whole seconds until `deadline` (rounded up, so "1 s" lasts until the deadline itself), re-rendering exactly at
 * each second boundary of the deadline rather than on a free-running interval that drifts against it.
 */
export function useSecondsLeft(deadline: number | undefined, now: () => number): number {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const current = now();
  const left = deadline === undefined ? 0 : Math.max(0, deadline - current);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(rerender, left % 1000 || 1000);
    return () => clearTimeout(timer);
  });
  return Math.ceil(left / 1000);
}
