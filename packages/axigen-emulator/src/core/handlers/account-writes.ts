// Writes of reference §7: settings PATCH (partial) and signature create/update/delete.
import type { Signature } from '@inkwell/axigen-client';
import type { AuthedContext } from '../router';
import { badRequest, notFound } from '../errors';
import { emptyResponse, json, readJsonObject } from '../http';
import { rejectUnknownFields } from '../compose-payload';

const RECEIPT_VALUES: Record<string, (v: unknown) => boolean> = {
  sendReadReceipts: (v) => v === 'ask' || v === 'always' || v === 'never',
  requestReadReceipts: (v) => typeof v === 'boolean',
  requestDeliveryReceipts: (v) => typeof v === 'boolean',
};

/** `PATCH /account/settings`: only fields the account has, each with its current JSON type. */
export async function patchSettings({ store, account, request }: AuthedContext): Promise<Response> {
  const body = await readJsonObject(request, store.options.maxBodyBytes);
  const current = account.settings;
  rejectUnknownFields(body, Object.keys(current));
  for (const [key, value] of Object.entries(body)) {
    if (key === 'receipts') {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw badRequest('INVALID_FIELD', 'receipts must be an object');
      rejectUnknownFields(value as Record<string, unknown>, Object.keys(RECEIPT_VALUES));
      for (const [k, v] of Object.entries(value)) {
        if (!RECEIPT_VALUES[k]?.(v)) throw badRequest('INVALID_FIELD', `receipts.${k} has an invalid value`);
      }
    } else if (typeof value !== typeof current[key]) {
      throw badRequest('INVALID_FIELD', `${key} must be a ${typeof current[key]}`);
    }
  }
  const receipts = body.receipts ? { ...current.receipts, ...(body.receipts as object) } : current.receipts;
  account.settings = { ...current, ...body, receipts };
  store.touch();
  return emptyResponse();
}

function checkSignatureFields(body: Record<string, unknown>, required: boolean): Partial<Signature> {
  rejectUnknownFields(body, ['name', 'type', 'body']);
  for (const key of ['name', 'type', 'body'] as const) {
    if (body[key] === undefined) {
      if (required) throw badRequest('MISSING_FIELD', `${key} is required`);
    } else if (typeof body[key] !== 'string') throw badRequest('INVALID_FIELD', `${key} must be a string`);
  }
  if (body.type !== undefined && body.type !== 'html' && body.type !== 'text')
    throw badRequest('INVALID_FIELD', 'type must be html or text');
  if (typeof body.name === 'string' && !body.name.trim()) throw badRequest('INVALID_FIELD', 'name must not be empty');
  return body as Partial<Signature>;
}

export async function createSignature({ store, account, request }: AuthedContext): Promise<Response> {
  const fields = checkSignatureFields(await readJsonObject(request, store.options.maxBodyBytes), true) as Signature;
  const next = Math.max(0, ...account.signatures.map((s) => Number(/\d+$/.exec(s.id)?.[0] ?? 0))) + 1;
  const sig: Signature = { id: `sig-${next}`, name: fields.name, type: fields.type, body: fields.body };
  account.signatures.push(sig);
  store.touch();
  return json({ id: sig.id, name: sig.name, type: sig.type });
}

export async function updateSignature({ store, account, request, params }: AuthedContext): Promise<Response> {
  const sig = account.signatures.find((s) => s.id === params.id);
  if (!sig) throw notFound(`Signature ${params.id ?? ''}`);
  Object.assign(sig, checkSignatureFields(await readJsonObject(request, store.options.maxBodyBytes), false));
  store.touch();
  return emptyResponse();
}

export function deleteSignature({ store, account, params }: AuthedContext): Response {
  if (!account.signatures.some((s) => s.id === params.id)) throw notFound(`Signature ${params.id ?? ''}`);
  account.signatures = account.signatures.filter((s) => s.id !== params.id);
  store.touch();
  return emptyResponse();
}
