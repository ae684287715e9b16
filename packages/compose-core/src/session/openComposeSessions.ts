// The compose views that were open when the page went away (reload, closed tab, crash), for an app to bring back.
import {
  defaultPageStorage,
  listPageRecords,
  onPageRecordsChange,
  PAGE_RECORD_PREFIX,
  removePageRecord,
  type PageStorage,
} from '../journal/pageRecords';
import type { ComposeIntent } from './types';

export interface OpenComposeSession {
  /** Pass as `clientId` (with `intent`) to `createComposeSession` / `useCompose` to bring the view back. */
  clientId: string;
  intent: ComposeIntent;
  /** The server draft, once saved; the restored view loads it when this device holds nothing newer. */
  serverId?: string;
  subject: string;
  /** Epoch ms of the last write. */
  updatedAt: number;
  /** Text the server does not have yet is kept on this device (it comes back with the view). */
  unsaved: boolean;
}

export interface OpenComposeSessionsOptions {
  /**
   * The signed-in account (the `identity.from.address` its sessions were made with): only its views are listed.
   * Someone else signing in on this browser never sees another account's open drafts or their subjects.
   */
  account: string;
  /** Default: `localStorage` (the sessions' default `pageStorage`). */
  storage?: PageStorage | null;
}

const storageOf = (options: Pick<OpenComposeSessionsOptions, 'storage'>) =>
  options.storage === undefined ? defaultPageStorage() : options.storage;

/**
 * The account's compose views still open in this browser profile, newest first: after a reload, each one that the app
 * does not show yet can be reopened (`{ clientId, intent }`). Views closed by the user, sent, scheduled or discarded
 * are not listed, nor another account's. A view open in another live tab is listed too; reopening it there gives a
 * two-tab conflict, not a loss.
 */
export function listOpenComposeSessions(options: OpenComposeSessionsOptions): OpenComposeSession[] {
  const account = options.account.toLowerCase();
  const own = listPageRecords(storageOf(options)).filter((record) => record.account === account);
  return own.map((record) => ({
    clientId: record.clientId,
    intent: record.intent,
    ...(record.serverId === undefined ? {} : { serverId: record.serverId }),
    subject: record.subject,
    updatedAt: record.updatedAt,
    unsaved: record.entry !== undefined,
  }));
}

/** The user does not want this view back: it is no longer listed (its journal entry and server draft stay). */
export function forgetOpenComposeSession(
  clientId: string,
  options: Pick<OpenComposeSessionsOptions, 'storage'> = {},
): void {
  removePageRecord(storageOf(options), clientId);
}

/** Tells `listener` when the list may have changed: in this tab, or in another (`storage` events). */
export function subscribeOpenComposeSessions(listener: () => void): () => void {
  const off = onPageRecordsChange(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PAGE_RECORD_PREFIX)) listener();
  };
  const hasWindow = typeof window !== 'undefined';
  if (hasWindow) window.addEventListener('storage', onStorage);
  return () => {
    off();
    if (hasWindow) window.removeEventListener('storage', onStorage);
  };
}
