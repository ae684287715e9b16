// Dates and times of the schedule picker, formatted with Intl in the UI locale. A wall date or time that does not
// exist in the zone (a DST gap, a skipped day) is formatted as plain calendar values, in UTC, so it reads as typed.

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formats.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formats.set(key, cached);
  }
  return cached;
}

const DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const SHORT_DATE: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** The date of an instant (epoch ms) in `timeZone`: "Sunday, 29 March 2026". */
export const formatDateIn = (epochMs: number, timeZone: string, locale: string) =>
  format(locale, { ...DATE, timeZone }).format(epochMs);

/** The short date of an instant in `timeZone`, for presets: "Sun, 29 Mar". */
export const formatShortDateIn = (epochMs: number, timeZone: string, locale: string) =>
  format(locale, { ...SHORT_DATE, timeZone }).format(epochMs);

/** The time of an instant in `timeZone`: "08:00". */
export const formatTimeIn = (epochMs: number, timeZone: string, locale: string) =>
  format(locale, { ...TIME, timeZone }).format(epochMs);

/** A calendar date as typed (`YYYY-MM-DD`), whether or not it exists in some zone. */
export function formatPlainDate(date: string, locale: string): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return format(locale, { ...DATE, timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** A wall time as typed (`HH:mm`), whether or not it exists on some day. */
export function formatPlainTime(time: string, locale: string): string {
  const [h = 0, min = 0] = time.split(':').map(Number);
  return format(locale, { ...TIME, timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, h, min));
}

/** The calendar date (`YYYY-MM-DD`) of an instant in `timeZone`, for `<input type="date">` bounds. */
export function isoDateIn(epochMs: number, timeZone: string): string {
  const parts = format('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).formatToParts(epochMs);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
