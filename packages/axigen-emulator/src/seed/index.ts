// The demo seed: accounts, folders and mails, deterministic from run to run.
import type { AccountRecord, MailRecord } from '../core/types';
import { mailIdOf } from '../core/ids';
import { seedAccounts } from './accounts';
import { seedRaw, type SeedMail } from './seed-mail';
import { replyChain } from './reply-chain';
import { hostileMails } from './hostile-mails';
import { richMails } from './rich-mails';
import { ordinaryMails, worldMails } from './world-mails';
import { aliceDrafts, bobMails } from './drafts-and-bob';

export { DEMO_ACCOUNTS, DEMO_DOMAIN, newAccount } from './accounts';
export { seedRaw, type SeedMail } from './seed-mail';

/** Appends seed mails to an account, oldest first so uids grow with dates (as IMAP appends would). */
export function addSeedMails(account: AccountRecord, mails: SeedMail[], into: MailRecord[]): Map<string, MailRecord> {
  const added = new Map<string, MailRecord>();
  for (const m of [...mails].sort((a, b) => a.date - b.date)) {
    const folder =
      m.folder === 'scheduled'
        ? account.folders.find((f) => f.name === 'Scheduled')
        : account.folders.find((f) => f.role === m.folder);
    if (!folder) throw new Error(`Seed: account ${account.name} has no ${m.folder} folder`);
    const record: MailRecord = {
      account: `${account.name}@${account.domain}`,
      folderId: folder.id,
      uid: folder.uidNext++,
      raw: seedRaw(m),
      date: m.date,
      isUnread: m.unread ?? false,
      isFlagged: m.flagged ?? false,
      refwFlags: m.refwFlags ?? '',
    };
    into.push(record);
    added.set(m.id, record);
  }
  return added;
}

/** The demo accounts with their mails; without `withMails`, empty mailboxes. */
export function seedData(withMails = true): { accounts: AccountRecord[]; mails: MailRecord[] } {
  const accounts = seedAccounts();
  if (!withMails) return { accounts, mails: [] };
  const [alice, bob] = accounts as [AccountRecord, AccountRecord];
  const mails: MailRecord[] = [];
  const aliceMails = [...richMails(), ...worldMails(), ...ordinaryMails(), ...hostileMails(), ...replyChain()];
  const added = addSeedMails(alice, aliceMails, mails);
  // The reply draft answers the last message of the chain, by its real id.
  const last = added.get('seed-chain-9');
  if (!last) throw new Error('Seed: reply chain missing');
  addSeedMails(alice, aliceDrafts(mailIdOf(last)), mails);
  addSeedMails(bob, bobMails(), mails);
  return { accounts, mails };
}
