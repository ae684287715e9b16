/**
 * Milliseconds until the next whole-second boundary of any deadline, so a countdown re-renders exactly when one
 * of its "N s left" labels changes rather than on a free-running interval that drifts against the deadlines.
 */
export function msUntilNextSecond(deadlines: readonly number[], now: number): number | undefined {
  let next: number | undefined;
  for (const deadline of deadlines) {
    const left = deadline - now;
    if (left <= 0) continue;
    const step = left % 1000 || 1000;
    if (next === undefined || step < next) next = step;
  }
  return next;
}

/** Whole seconds left, rounded up: "1 s" until the deadline itself, never "0 s" while undo is still possible. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}
