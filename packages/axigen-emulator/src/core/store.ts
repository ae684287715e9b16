// The in-memory store: state plus the lookups and moves every handler needs. No HTTP here.
import type {
  AccountRecord,
  EmulatorOptions,
  EmulatorState,
  FolderRecord,
  MailKey,
  MailRecord,
  MimeComposer,
} from './types';
import { notFound } from './errors';
import { mailIdOf, parseMailId } from './ids';
import { parseRaw, type Email } from './parse-mail';

export interface ResolvedOptions {
  serverVersion: 'X5' | 'X4';
  now: () => number;
  composeMime: MimeComposer;
  maxUploadBytes: number;
  maxBodyBytes: number;
  maxAttachmentsPerMail: number;
  sessionTtlMs: number;
  onDelivered?: EmulatorOptions['onDelivered'];
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const UNDO_WINDOW_MS = 10_000;

export class Store {
  state: EmulatorState;
  private parsed = new WeakMap<MailRecord, Promise<Email>>();

  constructor(
    readonly options: ResolvedOptions,
    state: EmulatorState,
  ) {
    this.state = state;
  }

  /** Emulator clock, ms. */
  now(): number {
    return this.options.now() + this.state.clockOffsetMs;
  }
  nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }

  /** Marks a state change; the emulator notifies subscribers when a call changed the serial. */
  touch(): void {
    this.state.serial++;
  }

  // Accounts

  addressOf(account: AccountRecord): string {
    return `${account.name}@${account.domain}`;
  }

  /** By login name: `alice` (primary domain) or `alice@inkwell.test`, case-insensitive. */
  accountByLogin(login: string): AccountRecord | undefined {
    const l = login.trim().toLowerCase();
    return this.state.accounts.find(
      (a) => this.addressOf(a).toLowerCase() === l || (a.name.toLowerCase() === l && a.domain === this.primaryDomain()),
    );
  }

  primaryDomain(): string | undefined {
    return this.state.accounts[0]?.domain;
  }

  /** By an address it receives on: main address or alias, case-insensitive. */
  accountByAddress(address: string): AccountRecord | undefined {
    const l = address.trim().toLowerCase();
    return this.state.accounts.find(
      (a) => this.addressOf(a).toLowerCase() === l || a.aliases.some((x) => x.toLowerCase() === l),
    );
  }

  accountByName(id: string): AccountRecord {
    const a = this.state.accounts.find((x) => this.addressOf(x) === id);
    if (!a) throw new Error(`No account ${id}`);
    return a;
  }

  // Folders

  folderByRole(account: AccountRecord, role: 'inbox' | 'drafts' | 'sent' | 'trash'): FolderRecord {
    const f = account.folders.find((x) => x.role === role);
    if (!f) throw new Error(`Account ${account.name} has no ${role} folder`);
    return f;
  }

  scheduledFolder(account: AccountRecord): FolderRecord {
    const f = account.folders.find((x) => x.role === '' && x.name === 'Scheduled');
    if (!f) throw new Error(`Account ${account.name} has no Scheduled folder`);
    return f;
  }

  folderOf(account: AccountRecord, folderId: string): FolderRecord | undefined {
    return account.folders.find((f) => f.id === folderId);
  }

  // Mails

  findMail(account: AccountRecord, key: MailKey): MailRecord | undefined {
    const owner = this.addressOf(account);
    return this.state.mails.find((m) => m.account === owner && m.folderId === key.folderId && m.uid === key.uid);
  }

  /** The caller's mail by id, else 404: another account's id reads as missing. */
  mailById(account: AccountRecord, id: string): MailRecord {
    const key = parseMailId(id);
    const mail = key && this.findMail(account, key);
    if (!mail) throw notFound(`Mail ${id}`);
    return mail;
  }

  idOf(mail: MailKey): string {
    return mailIdOf(mail);
  }

  addMail(
    account: AccountRecord,
    folderId: string,
    raw: string,
    flags: Partial<Pick<MailRecord, 'isUnread' | 'isFlagged' | 'refwFlags' | 'date'>> = {},
  ): MailRecord {
    const folder = this.folderOf(account, folderId);
    if (!folder) throw notFound(`Folder ${folderId}`);
    const mail: MailRecord = {
      account: this.addressOf(account),
      folderId,
      uid: folder.uidNext++,
      raw,
      date: flags.date ?? this.nowSeconds(),
      isUnread: flags.isUnread ?? false,
      isFlagged: flags.isFlagged ?? false,
      refwFlags: flags.refwFlags ?? '',
    };
    this.state.mails.push(mail);
    this.touch();
    return mail;
  }

  removeMail(mail: MailRecord): void {
    this.state.mails = this.state.mails.filter((m) => m !== mail);
    this.touch();
  }

  /** IMAP-style move: a new uid in the target folder, so the id changes. */
  moveMail(mail: MailRecord, folderId: string): MailRecord {
    const account = this.accountByName(mail.account);
    this.removeMail(mail);
    return this.addMail(account, folderId, mail.raw, mail);
  }

  parse(mail: MailRecord): Promise<Email> {
    let p = this.parsed.get(mail);
    if (!p) {
      p = parseRaw(mail.raw);
      this.parsed.set(mail, p);
    }
    return p;
  }

  mailsIn(account: AccountRecord, folderId: string): MailRecord[] {
    const owner = this.addressOf(account);
    return this.state.mails.filter((m) => m.account === owner && m.folderId === folderId);
  }
}
