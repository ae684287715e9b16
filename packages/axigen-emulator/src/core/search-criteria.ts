// Evaluates the `query` of `POST /mails/search` ([DOC-SEARCH]; docs/decisions/0008). Criteria are ANDed. Text
// values are terms, either `"quoted"` (the page's examples, with a trailing `*`) or bare words; every term must be
// contained in the field, case-insensitively (INFERRED: the page documents "contains" and prefix `*`).
import type { MailRecord } from './types';
import type { Email } from './parse-mail';
import { badRequest } from './errors';
import { formatAddresses } from './parse-mail';
import { textOf } from './mail-view';

export interface Criterion {
  field: string;
  value: string | number | undefined;
  negate: boolean;
}

const TEXT_FIELDS = ['from', 'to', 'cc', 'bcc', 'subject', 'body', 'anyfield'] as const;
const OTHER_FIELDS = ['unread', 'hasatt', 'flag', 'before', 'after', 'smaller', 'larger'] as const;

/** Checks one entry of `query`; fields the emulator cannot evaluate are a 400, never silently ignored. */
export function readCriterion(value: unknown, i: number): Criterion {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('INVALID_FIELD', `query[${i}] must be an object`);
  }
  const c = value as Record<string, unknown>;
  const extra = Object.keys(c).filter((k) => !['field', 'value', 'negate'].includes(k));
  if (extra.length) throw badRequest('UNKNOWN_FIELD', `Unexpected field(s) in query[${i}]: ${extra.join(', ')}`);
  if (typeof c.field !== 'string') throw badRequest('MISSING_FIELD', `query[${i}].field is required`);
  const field = c.field.toLowerCase();
  if (![...TEXT_FIELDS, ...OTHER_FIELDS].includes(field as never)) {
    throw badRequest('INVALID_FIELD', `query[${i}].field "${c.field}" is not supported by the emulator`);
  }
  if (c.value !== undefined && typeof c.value !== 'string' && typeof c.value !== 'number') {
    throw badRequest('INVALID_FIELD', `query[${i}].value must be a string or a number`);
  }
  // The format line types negate as Boolean; the page's examples send "yes" / "no". Both are accepted.
  const n = c.negate;
  if (n !== undefined && n !== true && n !== false && n !== 'yes' && n !== 'no') {
    throw badRequest('INVALID_FIELD', `query[${i}].negate must be a boolean, "yes" or "no"`);
  }
  const criterion: Criterion = { field, value: c.value, negate: n === true || n === 'yes' };
  checkValue(criterion, i);
  return criterion;
}

function checkValue({ field, value }: Criterion, i: number): void {
  const needsText = (TEXT_FIELDS as readonly string[]).includes(field);
  if (needsText && (typeof value !== 'string' || terms(value).length === 0)) {
    throw badRequest('INVALID_FIELD', `query[${i}].value must be a non-empty string for "${field}"`);
  }
  if (field === 'flag' && value !== 'followup') {
    throw badRequest('INVALID_FIELD', `query[${i}]: the emulator evaluates flag "followup" only`);
  }
  if ((field === 'before' || field === 'after') && dayStart(value) === undefined) {
    throw badRequest('INVALID_FIELD', `query[${i}].value must be a date as dd-mm-yyyy`);
  }
  if ((field === 'smaller' || field === 'larger') && bytesOf(value) === undefined) {
    throw badRequest('INVALID_FIELD', `query[${i}].value must be a size in bytes`);
  }
}

/** `"John Doe"* Mary` → ['john doe', 'mary']. */
export function terms(value: string): string[] {
  const out: string[] = [];
  for (const m of value.matchAll(/"([^"]*)"\*?|(\S+)/g)) {
    const term = (m[1] ?? m[2]?.replace(/\*+$/, '') ?? '').trim().toLowerCase();
    if (term) out.push(term);
  }
  return out;
}

/** Unix seconds at 00:00 UTC of a `dd-mm-yyyy` (or `d-mm-yyyy`) date. */
function dayStart(value: unknown): number | undefined {
  const m = typeof value === 'string' ? /^(\d{1,2})-(\d{2})-(\d{4})$/.exec(value) : null;
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
  return Number.isNaN(ms) ? undefined : ms / 1000;
}

function bytesOf(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function textOfField(field: string, email: Email): string {
  const from = formatAddresses(email.from);
  const to = formatAddresses(email.to);
  const cc = formatAddresses(email.cc);
  const bcc = formatAddresses(email.bcc);
  const subject = email.subject ?? '';
  const body = textOf(email);
  const byField: Record<string, string> = { from, to, cc, bcc, subject, body };
  return (byField[field] ?? [from, to, cc, subject, body].join('\n')).toLowerCase();
}

const DAY = 24 * 60 * 60;

function holds(c: Criterion, mail: MailRecord, email: Email): boolean {
  switch (c.field) {
    case 'unread':
      return mail.isUnread;
    case 'hasatt':
      return email.attachments.length > 0;
    case 'flag':
      return mail.isFlagged;
    // "After" and "Before" dates are exclusive, in UTC ([DOC-SEARCH]).
    case 'before':
      return mail.date < (dayStart(c.value) ?? 0);
    case 'after':
      return mail.date >= (dayStart(c.value) ?? 0) + DAY;
    case 'smaller':
      return new TextEncoder().encode(mail.raw).byteLength < (bytesOf(c.value) ?? 0);
    case 'larger':
      return new TextEncoder().encode(mail.raw).byteLength > (bytesOf(c.value) ?? 0);
    default: {
      const haystack = textOfField(c.field, email);
      return terms(String(c.value)).every((t) => haystack.includes(t));
    }
  }
}

export function matches(criteria: readonly Criterion[], mail: MailRecord, email: Email): boolean {
  return criteria.every((c) => holds(c, mail, email) !== c.negate);
}
