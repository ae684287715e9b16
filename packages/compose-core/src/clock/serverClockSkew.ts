/** Skew at or below this is normal drift; above it, scheduled-send times shown to the user may be off. */
export const LARGE_CLOCK_SKEW_MS = 2 * 60 * 1000;

export interface ClockSkew {
  /** Server clock minus local clock, in ms (positive: the server is ahead). */
  skewMs: number;
  /** `|skewMs|` over two minutes. */
  large: boolean;
  /** How far off the estimate may be: half a second (the header's resolution) plus half the round trip. */
  uncertaintyMs: number;
}

/**
 * Estimates the server's clock offset from one response. The server stamped `Date` somewhere between sending our
 * request and us receiving the answer, so it is compared with the midpoint of `requestStart`..`responseEnd` (local
 * epoch ms). The header has one-second resolution and is truncated, so the server's time is taken as the middle of
 * that second (+500 ms); the estimate is only good to about ±(500 ms + half the round trip).
 */
export function estimateClockSkew({
  dateHeader,
  requestStart,
  responseEnd,
}: {
  dateHeader: string;
  requestStart: number;
  responseEnd: number;
}): ClockSkew {
  if (!Number.isFinite(requestStart) || !Number.isFinite(responseEnd) || responseEnd < requestStart) {
    throw new RangeError(
      `estimateClockSkew: need requestStart <= responseEnd (epoch ms), got ${requestStart} and ${responseEnd}`,
    );
  }
  // HTTP dates are always GMT; the obsolete asctime form does not say so, and Date.parse would read it as local.
  const zoned = /\b(?:GMT|UTC?)\b|[+-]\d{4}\b/i.test(dateHeader) ? dateHeader : `${dateHeader} GMT`;
  const serverSecond = Date.parse(zoned);
  if (!/\d{2}:\d{2}:\d{2}/.test(dateHeader) || Number.isNaN(serverSecond)) {
    throw new RangeError(`estimateClockSkew: the Date header ${JSON.stringify(dateHeader)} is not an HTTP date`);
  }
  const roundTrip = responseEnd - requestStart;
  const skewMs = Math.round(serverSecond + 500 - (requestStart + roundTrip / 2));
  return { skewMs, large: Math.abs(skewMs) > LARGE_CLOCK_SKEW_MS, uncertaintyMs: 500 + roundTrip / 2 };
}
