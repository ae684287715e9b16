/** `date` is the server's internal date in unix seconds, sent as a string (reference §4); a scheduled time is a number. */
export function mailDate(date: string | number): Date | undefined {
  const seconds = Number(date);
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : undefined;
}

/** Today's mails by time, older ones by date, in the user's locale. */
export function formatListDate(date: string, now = new Date()): string {
  const d = mailDate(date);
  if (!d) return '';
  const sameDay = d.toDateString() === now.toDateString();
  return sameDay
    ? d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleDateString(undefined, {
        day: 'numeric',
        month: 'short',
        year: d.getFullYear() === now.getFullYear() ? undefined : 'numeric',
      });
}

export function formatFullDate(date: string | number): string {
  const d = mailDate(date);
  return d ? d.toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' }) : '';
}

/** When a scheduled mail goes (unix seconds), short enough for a list row, as the schedule's notice says it:
 * "Thu, Dec 3, 8:00 AM". */
export function formatDeliveryTime(seconds: number): string {
  return new Date(seconds * 1000).toLocaleString(undefined, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}
