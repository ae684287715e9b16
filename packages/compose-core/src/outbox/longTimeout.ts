// setTimeout fires at once for delays over 2^31-1 ms (~24.8 days); a scheduled send may be a year away.
const MAX_DELAY = 2_147_483_647;

/** Calls `fn` at epoch ms `at` (by `now()`), in hops no longer than setTimeout allows. Returns a canceller. */
export function setLongTimeout(fn: () => void, at: number, now: () => number): () => void {
  let handle: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    const delay = at - now();
    if (delay <= MAX_DELAY) {
      handle = setTimeout(fn, Math.max(0, delay));
    } else {
      handle = setTimeout(arm, MAX_DELAY);
    }
  };
  arm();
  return () => clearTimeout(handle);
}
