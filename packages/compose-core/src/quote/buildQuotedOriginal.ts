import type { Mail, Recipient } from '@inkwell/axigen-client';
import { parseAddressList } from '@inkwell/axigen-client/addresses';
import { producedFacts, rememberProducedHtml } from '../sanitize/producedHtml';
import { sanitizeMailHtml } from '../sanitize/sanitizeMailHtml';
import { escapeHtml } from './escapeHtml';
import { quoteLabels } from './quoteLabels';
import { textToQuotedHtml } from './textToQuotedHtml';

export interface BuildQuotedOriginalInput {
  mail: Pick<Mail, 'from' | 'to' | 'cc' | 'subject' | 'date'>;
  /** The original's HTML body (sanitized here); `''` when it has only a text body. */
  html: string;
  /** The original's text body, used when `html` is blank. */
  text?: string;
  mode: 'reply' | 'forward';
  /** BCP 47; picks the date format and the attribution/header language (en, de, fr, es; else English). */
  locale?: string;
  /** IANA zone for the date; the runtime's zone when omitted. */
  timeZone?: string;
  /**
   * Keep remote image URLs in the quote. Default `true`: the quote is sent, and recipients get the original's
   * images; screens block them (the composer's quote and `MailHtml` park them until the user allows). `false`
   * parks them in `data-inkwell-remote-*` attributes instead.
   */
  allowRemoteImages?: boolean;
}

/**
 * The original mail as it goes under a reply or forward: one `<blockquote type="cite" data-inkwell-quote>` holding
 * first the attribution (reply: "On {date}, {name} <{address}> wrote:"; forward: a "Forwarded message" block with
 * From/Date/Subject/To/Cc), then the sanitized original. Keeping both in one element lets the editor treat the quote
 * as one unit and lets checks skip it.
 */
export function buildQuotedOriginal(input: BuildQuotedOriginalInput): string {
  const { mail, mode } = input;
  if (mode !== 'reply' && mode !== 'forward')
    throw new RangeError(`buildQuotedOriginal: unknown mode "${String(mode)}"`);
  const labels = quoteLabels(input.locale);
  const date = formatMailDate(mail.date, input.locale, input.timeZone);
  const from = parseAddressList(mail.from);

  let header: string;
  if (mode === 'reply') {
    const sender = from.length > 0 ? displayList(from) : escapeHtml(mail.from.trim() || '?');
    header = `<p data-inkwell-attribution="">${labels.wrote(sender, date === undefined ? undefined : escapeHtml(date))}</p>`;
  } else {
    const lines = [escapeHtml(labels.forwarded), `${labels.from}: ${displayList(from)}`];
    if (date !== undefined) lines.push(`${labels.date}: ${escapeHtml(date)}`);
    lines.push(`${labels.subject}: ${escapeHtml(mail.subject)}`);
    const to = parseAddressList(mail.to);
    if (to.length > 0) lines.push(`${labels.to}: ${displayList(to)}`);
    const cc = parseAddressList(mail.cc);
    if (cc.length > 0) lines.push(`${labels.cc}: ${displayList(cc)}`);
    header = `<p data-inkwell-attribution="">${lines.join('<br>')}</p>`;
  }

  const fromHtml = input.html.trim() !== '';
  const body = fromHtml
    ? sanitizeMailHtml(input.html, { allowRemoteImages: input.allowRemoteImages !== false }).html
    : textToQuotedHtml(input.text ?? '');
  // Escaped header + sanitizer output: remembered, so the composer shows this quote without sanitizing it again.
  if (fromHtml) rememberProducedHtml(`${header}${body}`, producedFacts(body));
  return `<blockquote type="cite" data-inkwell-quote="">${header}${body}</blockquote>`;
}

/** `Name <address>` for each, escaped; the bare address when there is no name. */
function displayList(recipients: readonly Recipient[]): string {
  return recipients.map((r) => escapeHtml(r.name ? `${r.name} <${r.address}>` : r.address)).join(', ');
}

/** The Mail `date` (unix seconds, as a string) in the reader's locale and zone; undefined when missing. */
function formatMailDate(
  date: string | number,
  locale: string | undefined,
  timeZone: string | undefined,
): string | undefined {
  const seconds = typeof date === 'number' ? date : date.trim() === '' ? Number.NaN : Number(date);
  if (!Number.isFinite(seconds)) return undefined;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale ?? 'en', {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(timeZone ? { timeZone } : {}),
    });
  } catch (cause) {
    const what = [locale && `locale "${locale}"`, timeZone && `time zone "${timeZone}"`].filter(Boolean).join(' or ');
    throw new RangeError(`buildQuotedOriginal: invalid ${what}`, { cause });
  }
  return format.format(new Date(seconds * 1000));
}
