import { useCallback, useRef, useState } from 'react';

/**
 * One state for controlled (`value` + `onChange`) and uncontrolled (`defaultValue`) use, as in Radix: a value
 * given by the host wins, changes are always reported.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  const latest = useRef(onChange);
  latest.current = onChange;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      latest.current?.(next);
    },
    [controlled],
  );
  return [current, set];
}
