// Validation of the compose payloads of reference §3: unknown fields, JSON types, refw pairing, enums.
import type { ScheduleSendBody, TempAttachmentRef } from '@inkwell/axigen-client';
import { badRequest } from './errors';
import { latestDeliveryTime } from './schedule-window';

export type PayloadKind = 'create' | 'replace' | 'send' | 'schedule';

const COMMON = [
  'from',
  'to',
  'cc',
  'bcc',
  'replyTo',
  'refwType',
  'refwMailId',
  'subject',
  'importance',
  'bodyText',
  'bodyHtml',
  'temporaryAttachments',
];
const EXTRA: Record<PayloadKind, string[]> = {
  create: ['folderId', 'isUnread', 'isFlagged'],
  replace: ['isUnread', 'isFlagged'],
  send: ['requestReadReceipt', 'requestDeliveryReceipt'],
  schedule: ['requestReadReceipt', 'requestDeliveryReceipt', 'deliveryTime'],
};
const STRINGS = [...COMMON.filter((k) => k !== 'temporaryAttachments'), 'folderId'];
const BOOLEANS = ['isUnread', 'isFlagged', 'requestReadReceipt', 'requestDeliveryReceipt'];

/** Every field any payload may carry; the per-endpoint subset is enforced by `validatePayload`. */
export type ComposeFields = Partial<Omit<ScheduleSendBody, 'deliveryTime'>> & {
  folderId?: string;
  isUnread?: boolean;
  isFlagged?: boolean;
  deliveryTime?: number;
};

export function rejectUnknownFields(body: Record<string, unknown>, allowed: readonly string[]): void {
  const unknown = Object.keys(body).filter((k) => !allowed.includes(k));
  if (unknown.length) throw badRequest('UNKNOWN_FIELD', `Unexpected field(s): ${unknown.join(', ')}`);
}

function checkTempRefs(value: unknown): TempAttachmentRef[] {
  if (!Array.isArray(value)) throw badRequest('INVALID_FIELD', 'temporaryAttachments must be an array');
  const seen = new Set<number>();
  return value.map((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw badRequest('INVALID_FIELD', `temporaryAttachments[${i}] must be an object`);
    }
    const ref = item as Record<string, unknown>;
    const extra = Object.keys(ref).filter((k) => !['id', 'contentId', 'isInline'].includes(k));
    if (extra.length)
      throw badRequest('UNKNOWN_FIELD', `Unexpected field(s) in temporaryAttachments[${i}]: ${extra.join(', ')}`);
    if (typeof ref.id !== 'number' || !Number.isInteger(ref.id)) {
      throw badRequest('INVALID_FIELD', `temporaryAttachments[${i}].id must be an integer`);
    }
    if (ref.contentId !== undefined && typeof ref.contentId !== 'string') {
      throw badRequest('INVALID_FIELD', `temporaryAttachments[${i}].contentId must be a string`);
    }
    if (ref.isInline !== undefined && typeof ref.isInline !== 'boolean') {
      throw badRequest('INVALID_FIELD', `temporaryAttachments[${i}].isInline must be a boolean`);
    }
    if (ref.isInline === true && !ref.contentId) {
      throw badRequest('INVALID_FIELD', `temporaryAttachments[${i}] is inline but has no contentId`);
    }
    if (typeof ref.contentId === 'string' && /[<>\s]/.test(ref.contentId)) {
      throw badRequest('INVALID_FIELD', `temporaryAttachments[${i}].contentId must not contain '<', '>' or spaces`);
    }
    if (seen.has(ref.id)) throw badRequest('INVALID_FIELD', `temporaryAttachments lists id ${ref.id} twice`);
    seen.add(ref.id);
    return ref as unknown as TempAttachmentRef;
  });
}

/** Checks a payload for `kind` and returns it typed. `nowSeconds` bounds deliveryTime. */
export function validatePayload(body: Record<string, unknown>, kind: PayloadKind, nowSeconds: number): ComposeFields {
  rejectUnknownFields(body, [...COMMON, ...EXTRA[kind]]);
  for (const k of STRINGS) {
    if (body[k] !== undefined && typeof body[k] !== 'string')
      throw badRequest('INVALID_FIELD', `${k} must be a string`);
  }
  for (const k of BOOLEANS) {
    if (body[k] !== undefined && typeof body[k] !== 'boolean')
      throw badRequest('INVALID_FIELD', `${k} must be a boolean`);
  }
  if (body.importance !== undefined && !['normal', 'low', 'high'].includes(body.importance as string)) {
    throw badRequest('INVALID_FIELD', `importance must be one of normal, low, high`);
  }
  const hasType = body.refwType !== undefined;
  const hasMail = body.refwMailId !== undefined;
  if (hasType && body.refwType !== 're' && body.refwType !== 'fw') {
    throw badRequest('INVALID_REFW', `refwType must be "re" or "fw"`);
  }
  if (hasType !== hasMail) {
    throw badRequest(
      'INVALID_REFW',
      hasType ? 'refwType requires refwMailId' : 'refwMailId must be left out when refwType is not set',
    );
  }
  if (hasMail && body.refwMailId === '') throw badRequest('INVALID_REFW', 'refwMailId must not be empty');
  if (body.temporaryAttachments !== undefined) checkTempRefs(body.temporaryAttachments);
  if (kind === 'schedule') checkDeliveryTime(body.deliveryTime, nowSeconds);
  return body as ComposeFields;
}

/** deliveryTime: required integer unix seconds, not in the past, at most one year (365 days) ahead. */
export function checkDeliveryTime(value: unknown, nowSeconds: number): number {
  if (value === undefined) throw badRequest('MISSING_FIELD', 'deliveryTime is required');
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw badRequest('INVALID_DELIVERY_TIME', 'deliveryTime must be an integer number of unix seconds');
  }
  if (value < nowSeconds) throw badRequest('INVALID_DELIVERY_TIME', 'deliveryTime is in the past');
  if (value > latestDeliveryTime(nowSeconds))
    throw badRequest('INVALID_DELIVERY_TIME', 'deliveryTime is more than one year ahead');
  return value;
}
