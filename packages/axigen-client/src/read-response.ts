import type { OperationName, SendResult } from './client-types';
import type {
  Mail,
  MailBodyResponse,
  MailIdResponse,
  SearchMailsResponse,
  UndoSendResponse,
  VersionResponse,
} from './wire';
import { invalidResponse } from './transport';

// Light checks on 2xx bodies: the fields the client and its callers rely on (ids above all) must be there with
// the documented JSON type; anything else passes through untouched.

type Json = Record<string, unknown>;

export function readObject(value: unknown, operation: OperationName): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidResponse(operation, 'expected a JSON object');
  }
  return value as Json;
}

export function readMail(value: unknown, operation: OperationName): Mail {
  const mail = readObject(value, operation);
  requireString(mail, 'id', operation);
  return mail as unknown as Mail;
}

export function readMailId(value: unknown, operation: OperationName): MailIdResponse {
  const body = readObject(value, operation);
  return { ...body, mailId: requireString(body, 'mailId', operation) };
}

/** `{folderId, totalItems}` of a search: the temporary folder to list, and how many mails matched. */
export function readSearchResult(value: unknown, operation: OperationName): SearchMailsResponse {
  const body = readObject(value, operation);
  const totalItems = body.totalItems;
  if (typeof totalItems !== 'number' || !Number.isSafeInteger(totalItems) || totalItems < 0) {
    throw invalidResponse(operation, '"totalItems" is not a non-negative integer');
  }
  return { ...body, folderId: requireString(body, 'folderId', operation), totalItems };
}

export function readSessionId(value: unknown, operation: OperationName): string {
  return requireString(readObject(value, operation), 'sessid', operation);
}

export function readVersion(value: unknown, operation: OperationName): VersionResponse {
  const body = readObject(value, operation);
  return {
    ...body,
    apiVersion: requireString(body, 'apiVersion', operation),
    serverVersion: requireString(body, 'serverVersion', operation),
  };
}

/** X5+: `{processingId, mailId?}`. X4: empty body or `{}` — sent, but not undoable. */
export function readSendResult(value: unknown, operation: OperationName): SendResult {
  if (value === undefined) return { undoable: false };
  const body = readObject(value, operation);
  if (body.processingId === undefined || body.processingId === null) return { undoable: false };
  const processingId = readNumericId(body.processingId, 'processingId', operation);
  const mailId = typeof body.mailId === 'string' && body.mailId !== '' ? body.mailId : undefined;
  return mailId === undefined ? { undoable: true, processingId } : { undoable: true, processingId, mailId };
}

/** `{mailId?}`; an empty body means the draft could not be rebuilt (§3 Undo Send). */
export function readUndoSend(value: unknown, operation: OperationName): UndoSendResponse {
  if (value === undefined) return {};
  const body = readObject(value, operation);
  if (body.mailId === undefined || body.mailId === null || body.mailId === '') return {};
  return { mailId: requireString(body, 'mailId', operation) };
}

export function readMailBody(value: unknown, operation: OperationName): MailBodyResponse {
  const body = readObject(value, operation);
  requireString(body, 'data', operation, { allowEmpty: true });
  if (body.isTruncated !== undefined && typeof body.isTruncated !== 'boolean') {
    throw invalidResponse(operation, '"isTruncated" is not a boolean');
  }
  return body as unknown as MailBodyResponse;
}

/** `{items: [...]}`, each item an object checked by `checkItem`. */
export function readItems<T>(
  value: unknown,
  operation: OperationName,
  checkItem?: (item: Json) => void,
): { items: T[] } {
  const body = readObject(value, operation);
  if (!Array.isArray(body.items)) throw invalidResponse(operation, '"items" is not an array');
  for (const item of body.items) checkItem?.(readObject(item, operation));
  return body as { items: T[] };
}

/** Item check for temporary-attachment and attachment-instance lists: a numeric `id` (0 is valid). */
export function checkNumericItemId(operation: OperationName) {
  return (item: Json): void => {
    item.id = readNumericId(item.id, 'items[].id', operation);
  };
}

function requireString(
  body: Json,
  field: string,
  operation: OperationName,
  opts: { allowEmpty?: boolean } = {},
): string {
  const value = body[field];
  if (typeof value !== 'string' || (value === '' && !opts.allowEmpty)) {
    throw invalidResponse(operation, `"${field}" is missing or not a string`);
  }
  return value;
}

// The reference types these ids as JSON numbers; a numeric string (as path parameters are typed) is accepted.
function readNumericId(value: unknown, field: string, operation: OperationName): number {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) {
    throw invalidResponse(operation, `"${field}" is not a non-negative integer`);
  }
  return id;
}
