// Folders, account info, aliases, signatures, settings, contacts autocomplete (reference §4, §7).
import type { ContactSuggestion } from '@inkwell/axigen-client';
import type { AuthedContext } from '../router';
import { badRequest, notFound } from '../errors';
import { json } from '../http';
import { parseAddressList } from '../../mime/encode-header';

export function listFolders({ store, account, url }: AuthedContext): Response {
  const type = url.searchParams.get('type');
  if (type !== null && type !== 'mails') throw badRequest('INVALID_FIELD', 'type must be mails');
  return json({
    syncToken: String(store.state.serial),
    items: account.folders.map((f) => {
      const mails = store.mailsIn(account, f.id);
      return {
        id: f.id,
        name: f.name,
        role: f.role,
        parentId: String(account.containerId),
        // Folder instance counters ([DOC-SCH]); the unread count follows every Update.
        totalItems: mails.length,
        unreadItems: mails.filter((m) => m.isUnread).length,
      };
    }),
  });
}

export function accountInfo({ store, account }: AuthedContext): Response {
  const owner = store.addressOf(account);
  const usedBytes = store.state.mails.filter((m) => m.account === owner).reduce((n, m) => n + m.raw.length, 0);
  const totalQuota = 1024 * 1024; // KB
  const usedQuota = Math.ceil(usedBytes / 1024);
  return json({
    accountName: account.name,
    domainName: account.domain,
    fullName: account.fullName,
    folderContainerId: String(account.containerId),
    totalQuota,
    usedQuota,
    remainingQuota: Math.max(0, totalQuota - usedQuota),
  });
}

export function listAliases({ store, account }: AuthedContext): Response {
  return json({
    items: [
      { emailAddress: store.addressOf(account), type: 'mainAddress' },
      ...account.aliases.map((emailAddress) => ({ emailAddress, type: 'accountAlias' })),
    ],
  });
}

export function listSignatures({ account }: AuthedContext): Response {
  return json({ items: account.signatures.map(({ id, name, type }) => ({ id, name, type })) });
}

export function getSignature({ account, params }: AuthedContext): Response {
  const sig = account.signatures.find((s) => s.id === params.id);
  if (!sig) throw notFound(`Signature ${params.id ?? ''}`);
  return json(sig);
}

export function getSettings({ account }: AuthedContext): Response {
  return json(account.settings);
}

/** Address book plus recent recipients, matched on name or address (case-insensitive), limit 1–50 (default 10). */
export function autocomplete({ account, url }: AuthedContext): Response {
  const query = (url.searchParams.get('query') ?? '').trim().toLowerCase();
  const rawLimit = url.searchParams.get('limit');
  const limit = rawLimit === null || rawLimit === '' ? 10 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50)
    throw badRequest('INVALID_FIELD', 'limit must be an integer from 1 to 50');
  const contacts: ContactSuggestion[] = account.addressBook.map((c) => ({
    id: c.id,
    folderId: `${account.containerId}_addressbook`,
    isDistributionList: false,
    name: c.name,
    email: c.email,
    firstName: c.firstName,
    lastName: c.lastName,
    nickName: c.nickName,
    reversedName: [c.lastName, c.firstName].filter(Boolean).join(', '),
  }));
  const known = new Set(contacts.map((c) => c.email.toLowerCase()));
  account.recentRecipients.forEach((value, i) => {
    const m = parseAddressList(value)[0];
    if (!m || known.has(m.address.toLowerCase())) return;
    known.add(m.address.toLowerCase());
    contacts.push({
      id: `recent-${i}`,
      folderId: '',
      isDistributionList: false,
      name: m.name,
      email: m.address,
      firstName: '',
      lastName: '',
      nickName: '',
      reversedName: m.name,
    });
  });
  const matches = contacts.filter((c) =>
    [c.name, c.email, c.nickName, c.firstName, c.lastName].some((f) => f.toLowerCase().includes(query)),
  );
  return json({ totalItems: matches.length, items: matches.slice(0, limit) });
}
