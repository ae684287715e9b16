// Temporary search folders ([DOC-SEARCH] via docs/decisions/0008): `POST /mails/search` answers a folder id whose
// mails are read with the ordinary list. Kept beside the store, in memory only: a search folder is temporary.
import type { AccountRecord, MailKey, MailRecord } from './types';
import type { Store } from './store';

export interface SearchFolder {
  id: string;
  owner: string;
  /** The matches when the search ran; flags are read live, a mail moved since drops out. */
  keys: MailKey[];
}

interface Registry {
  next: number;
  folders: Map<string, SearchFolder>;
}

const registries = new WeakMap<Store, Registry>();
/** Above any real folder number, so a search folder id never names a stored folder. */
const FIRST_SEARCH_FOLDER = 1_000_000;
/** Searches kept per emulator; the oldest go first (a webmail makes one per keystroke pause). */
const MAX_SEARCH_FOLDERS = 200;

function registryOf(store: Store): Registry {
  let r = registries.get(store);
  if (!r) {
    r = { next: FIRST_SEARCH_FOLDER, folders: new Map() };
    registries.set(store, r);
  }
  return r;
}

export function addSearchFolder(store: Store, account: AccountRecord, mails: readonly MailRecord[]): SearchFolder {
  const r = registryOf(store);
  const folder: SearchFolder = {
    id: `${account.containerId}_${r.next++}`,
    owner: store.addressOf(account),
    keys: mails.map((m) => ({ folderId: m.folderId, uid: m.uid })),
  };
  r.folders.set(folder.id, folder);
  if (r.folders.size > MAX_SEARCH_FOLDERS) {
    const oldest = r.folders.keys().next().value;
    if (oldest !== undefined) r.folders.delete(oldest);
  }
  return folder;
}

/** The caller's search folder by id; another account's reads as missing. */
export function searchFolderOf(store: Store, account: AccountRecord, id: string): SearchFolder | undefined {
  const folder = registryOf(store).folders.get(id);
  return folder?.owner === store.addressOf(account) ? folder : undefined;
}

/** The folder's mails that still exist where they were found. */
export function mailsOfSearchFolder(store: Store, account: AccountRecord, folder: SearchFolder): MailRecord[] {
  return folder.keys.flatMap((key) => store.findMail(account, key) ?? []);
}
