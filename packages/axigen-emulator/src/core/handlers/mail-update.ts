// `PATCH /api/v1/mails/{mailId}` ([DOC-MAILS] "Update"; docs/decisions/0008): read/unread and flagged.
import type { AuthedContext } from '../router';
import { badRequest } from '../errors';
import { json, readJsonObject } from '../http';
import { rejectUnknownFields } from '../compose-payload';
import { toMail } from '../mail-view';

export async function updateMail({ store, account, params, request }: AuthedContext): Promise<Response> {
  const mail = store.mailById(account, params.id ?? '');
  const body = await readJsonObject(request, store.options.maxBodyBytes);
  rejectUnknownFields(body, ['isUnread', 'isFlagged']);
  for (const field of ['isUnread', 'isFlagged'] as const) {
    if (body[field] !== undefined && typeof body[field] !== 'boolean') {
      throw badRequest('INVALID_FIELD', `${field} must be a boolean`);
    }
  }
  const { isUnread, isFlagged } = body as { isUnread?: boolean; isFlagged?: boolean };
  if (isUnread !== undefined) mail.isUnread = isUnread;
  if (isFlagged !== undefined) mail.isFlagged = isFlagged;
  store.touch();
  return json(await toMail(store, mail));
}
