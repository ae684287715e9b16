// `POST /api/v1/mails/search` ([DOC-SEARCH]; docs/decisions/0008): matches go into a temporary search folder.
import type { AuthedContext } from '../router';
import { badRequest, notFound } from '../errors';
import { json, readJsonObject } from '../http';
import { rejectUnknownFields } from '../compose-payload';
import { matches, readCriterion } from '../search-criteria';
import { addSearchFolder } from '../search-folders';
import type { MailRecord } from '../types';

export async function searchMails({ store, account, request }: AuthedContext): Promise<Response> {
  const body = await readJsonObject(request, store.options.maxBodyBytes);
  rejectUnknownFields(body, ['folderIds', 'query', 'recursive']);
  const { folderIds, query, recursive } = body;
  if (folderIds === undefined) throw badRequest('MISSING_FIELD', 'folderIds is required');
  if (!Array.isArray(folderIds) || folderIds.some((id) => typeof id !== 'string')) {
    throw badRequest('INVALID_FIELD', 'folderIds must be an array of folder ids');
  }
  if (query === undefined) throw badRequest('MISSING_FIELD', 'query is required');
  if (!Array.isArray(query)) throw badRequest('INVALID_FIELD', 'query must be an array of criteria');
  // Emulator folders have no subfolders, so `recursive` changes nothing here; it is still checked.
  if (recursive !== undefined && typeof recursive !== 'boolean') {
    throw badRequest('INVALID_FIELD', 'recursive must be a boolean');
  }
  const criteria = query.map(readCriterion);
  for (const id of folderIds as string[]) if (!store.folderOf(account, id)) throw notFound(`Folder ${id}`);
  const found: MailRecord[] = [];
  for (const id of new Set(folderIds as string[])) {
    for (const mail of store.mailsIn(account, id)) {
      if (matches(criteria, mail, await store.parse(mail))) found.push(mail);
    }
  }
  const folder = addSearchFolder(store, account, found);
  return json({ folderId: folder.id, totalItems: found.length });
}
