// `POST /__emulator/seed`: extra accounts and mails from JSON.
import type { AccountRecord, SeedInput } from './types';
import type { Store } from './store';
import { ApiError, badRequest } from './errors';
import { newAccount } from '../seed';
import { idBaseAt } from './state';
import { randomToken } from './ids';

function folderFor(store: Store, account: AccountRecord, folder: string | undefined): string {
  const f = folder ?? 'inbox';
  if (f === 'scheduled') return store.scheduledFolder(account).id;
  const byRole = account.folders.find((x) => x.role === f && f !== '');
  if (byRole) return byRole.id;
  if (store.folderOf(account, f)) return f;
  throw badRequest('INVALID_FIELD', `Unknown folder "${f}" for ${store.addressOf(account)}`);
}

export async function applySeed(store: Store, input: SeedInput): Promise<{ accounts: string[]; mailIds: string[] }> {
  if (typeof input !== 'object' || input === null) throw badRequest('INVALID_JSON', 'Seed must be an object');
  const accounts: string[] = [];
  for (const a of input.accounts ?? []) {
    if (typeof a?.name !== 'string' || !/^[a-z0-9._-]+$/i.test(a.name) || typeof a.password !== 'string') {
      throw badRequest('INVALID_FIELD', 'Each account needs a name (letters, digits, . _ -) and a password');
    }
    const domain = a.domain ?? store.primaryDomain() ?? 'inkwell.test';
    if (store.accountByAddress(`${a.name}@${domain}`))
      throw badRequest('INVALID_FIELD', `Account ${a.name}@${domain} exists`);
    const containerId = Math.max(79, ...store.state.accounts.map((x) => x.containerId)) + 1;
    const account = newAccount({
      name: a.name,
      domain,
      password: a.password,
      fullName: a.fullName ?? a.name,
      containerId,
      aliases: a.aliases ?? [],
    });
    // As in the initial state: ids of this account's new mails are never those of an earlier run.
    const base = idBaseAt(store.options.now());
    for (const folder of account.folders) folder.uidNext = Math.max(folder.uidNext, base);
    store.state.accounts.push(account);
    store.touch();
    accounts.push(store.addressOf(account));
  }
  const mailIds: string[] = [];
  for (const m of input.mails ?? []) {
    const account = typeof m?.account === 'string' ? store.accountByLogin(m.account) : undefined;
    if (!account) throw badRequest('INVALID_FIELD', `Seed mail: unknown account "${String(m?.account)}"`);
    const folderId = folderFor(store, account, m.folder);
    const raw =
      m.raw ??
      (await store.options.composeMime({
        from: m.from,
        to: m.to ?? store.addressOf(account),
        cc: m.cc,
        subject: m.subject ?? '',
        text: m.text,
        html: m.html,
        messageId: `<${randomToken(12)}@${account.domain}>`,
        date: new Date((m.date ?? store.nowSeconds()) * 1000),
        headers: {},
        attachments: [],
      }));
    if (typeof raw !== 'string') throw new ApiError(400, 'INVALID_FIELD', 'Seed mail raw must be a string');
    const mail = store.addMail(account, folderId, raw, {
      date: m.date,
      isUnread: m.isUnread ?? true,
      isFlagged: m.isFlagged ?? false,
    });
    mailIds.push(store.idOf(mail));
  }
  return { accounts, mailIds };
}
