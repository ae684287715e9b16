/** Exponential backoff with "full jitter" in [base/2, base): 1 s, 2 s, 4 s … capped at 60 s. */
export function backoffDelay(attempt: number, random: () => number, { baseMs = 1000, maxMs = 60_000 } = {}): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
