// Create (POST /mails) and Replace Draft (PUT /drafts/{id}).
import type { AccountRecord, MailRecord } from '../types';
import type { AuthedContext } from '../router';
import type { Store } from '../store';
import type { MessageInput } from '../message-input';
import { badRequest, notFound } from '../errors';
import { json, readJsonObject } from '../http';
import { validatePayload } from '../compose-payload';
import { buildOutgoing, inputFromFields } from '../message-input';
import { toMail } from '../mail-view';

/** The source of a reply/forward, which must be the caller's mail. */
export function refwSource(store: Store, account: AccountRecord, input: MessageInput): MailRecord | undefined {
  if (!input.refw) return undefined;
  return store.mailById(account, input.refw.mailId);
}

export interface SendableRefw {
  input: MessageInput;
  /** The queue's link to the source, for flagging it (and unflagging on undo). */
  refw?: { type: 're' | 'fw'; source: { folderId: string; uid: number } };
}

/**
 * The reply/forward link of a message about to be sent. A stored draft may outlive the mail it
 * answers (`sourceOptional`): then the send still goes out, unlinked and unflagged.
 */
export function sendableRefw(
  store: Store,
  account: AccountRecord,
  input: MessageInput,
  sourceOptional: boolean,
): SendableRefw {
  let source: MailRecord | undefined;
  try {
    source = refwSource(store, account, input);
  } catch (e) {
    if (!sourceOptional) throw e;
    return { input: { ...input, refw: undefined } };
  }
  const refw =
    input.refw && source
      ? { type: input.refw.type, source: { folderId: source.folderId, uid: source.uid } }
      : undefined;
  return { input, refw };
}

/**
 * Takes a draft out of Drafts once the work that needed awaiting is done. Another request may have
 * sent, replaced or deleted it meanwhile: then this one is a 404 rather than a second send.
 */
export function claimDraft(store: Store, draft: MailRecord): void {
  if (!store.state.mails.includes(draft)) throw notFound(`Mail ${store.idOf(draft)}`);
  store.removeMail(draft);
}

/** Composes a message for storing: Bcc and the refw link kept, body exactly as given. */
export async function composeStored(
  store: Store,
  account: AccountRecord,
  input: MessageInput,
  ensureText = false,
): Promise<string> {
  const source = refwSource(store, account, input);
  const outgoing = await buildOutgoing(store, account, input, {
    keepBcc: true,
    keepRefwHeaders: true,
    ensureText,
    source,
  });
  return store.options.composeMime(outgoing);
}

export async function createMail(ctx: AuthedContext): Promise<Response> {
  const { store, account, request } = ctx;
  const fields = validatePayload(
    await readJsonObject(request, store.options.maxBodyBytes),
    'create',
    store.nowSeconds(),
  );
  const folderId = fields.folderId ?? store.folderByRole(account, 'drafts').id;
  if (!store.folderOf(account, folderId)) throw notFound(`Folder ${folderId}`);
  const input = inputFromFields(store, account, fields);
  const raw = await composeStored(store, account, input);
  const mail = store.addMail(account, folderId, raw, {
    isUnread: fields.isUnread ?? false,
    isFlagged: fields.isFlagged ?? false,
  });
  return json(await toMail(store, mail));
}

export function draftById(store: Store, account: AccountRecord, id: string): MailRecord {
  const mail = store.mailById(account, id);
  if (mail.folderId !== store.folderByRole(account, 'drafts').id) {
    throw badRequest('NOT_A_DRAFT', `Mail ${id} is not in Drafts`);
  }
  return mail;
}

/** Saves under a NEW id (an IMAP append plus delete of the old one); the old id then 404s. */
export async function replaceDraft(ctx: AuthedContext): Promise<Response> {
  const { store, account, request, params } = ctx;
  const old = draftById(store, account, params.id ?? '');
  const fields = validatePayload(
    await readJsonObject(request, store.options.maxBodyBytes),
    'replace',
    store.nowSeconds(),
  );
  const input = inputFromFields(store, account, fields);
  const raw = await composeStored(store, account, input);
  // Compose first: if that fails the old draft stays untouched.
  claimDraft(store, old);
  const mail = store.addMail(account, old.folderId, raw, {
    isUnread: fields.isUnread ?? old.isUnread,
    isFlagged: fields.isFlagged ?? old.isFlagged,
    refwFlags: old.refwFlags,
  });
  return json(await toMail(store, mail));
}
