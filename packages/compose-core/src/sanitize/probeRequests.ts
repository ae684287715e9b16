import { PROBE_PATH } from './bypassCorpus';

/** Every request the page made to a probe URL so far (any origin, the page's own included), by resource timing. */
export function probeRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes(PROBE_PATH) || decodeURIComponent(name).includes(PROBE_PATH));
}

/**
 * Gives a rendered mail the time to start whatever it would load: two frames (style and layout, so CSS images are
 * requested), then a short real-time pause for the responses, whose timing entries appear when they complete.
 */
export async function settleRequests(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 150));
}
