// The docked compose windows as a store outside React (like a toast queue): which are open, in which layout.
// Kept in storage so that the windows come back after a reload; each window's id is its compose session's
// clientId, so its text comes back from the session's journal.
import { draftClientId, type ComposeIntent } from '@inkwell/compose-core';
import type { ComposeLayout } from './composeLayout';

export interface DockedCompose {
  id: string;
  intent: ComposeIntent;
  layout: Exclude<ComposeLayout, 'inline'>;
  /** The server draft the window saved to: shown again from it when nothing newer is kept on this device. */
  draftId?: string;
}

export interface ComposeDockStore {
  getSnapshot(): readonly DockedCompose[];
  subscribe(listener: () => void): () => void;
  /** Opens a window, or brings back the one already open for the same mail. Returns its id. */
  open(intent: ComposeIntent, options?: { id?: string }): string;
  close(id: string): void;
  setLayout(id: string, layout: DockedCompose['layout']): void;
  /** The window saved its message as this server draft (a save gives the draft a new id each time). */
  linkDraft(id: string, draftId: string): void;
}

export interface ComposeDockStoreOptions {
  /** Default: `localStorage` where it exists; `null` keeps the windows in memory only. */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  /**
   * The signed-in account. Windows are kept per account (another account signing in on this browser sees none of
   * them), and a saved draft's window gets the id its compose session would (`mail:<account>:<id>`).
   */
  account?: string;
  /** @default "inkwell.dock", followed by `:<account>` when `account` is given */
  key?: string;
  /** New ids; default `crypto.randomUUID()`. */
  createId?: () => string;
}

function defaultStorage(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function sameMail(item: DockedCompose, b: ComposeIntent): boolean {
  const a = item.intent;
  if (b.kind === 'draft' && item.draftId === b.mailId) return true;
  return a.kind !== 'new' && a.kind === b.kind && 'mailId' in a && 'mailId' in b && a.mailId === b.mailId;
}

/** What a window shows: its saved draft, once it has one, else what it was opened for. */
export function dockedIntent(item: DockedCompose): ComposeIntent {
  return item.draftId === undefined ? item.intent : { kind: 'draft', mailId: item.draftId };
}

function isDocked(value: unknown): value is DockedCompose {
  if (!value || typeof value !== 'object') return false;
  const item = value as Partial<DockedCompose>;
  return (
    typeof item.id === 'string' &&
    typeof item.intent === 'object' &&
    item.intent !== null &&
    (item.layout === 'docked' || item.layout === 'minimized' || item.layout === 'fullscreen')
  );
}

export function createComposeDockStore(options: ComposeDockStoreOptions = {}): ComposeDockStore {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const account = options.account?.toLowerCase();
  const key = `${options.key ?? 'inkwell.dock'}${account === undefined ? '' : `:${account}`}`;
  const createId = options.createId ?? (() => crypto.randomUUID());
  const listeners = new Set<() => void>();
  let items: readonly DockedCompose[] = read();

  function read(): DockedCompose[] {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isDocked) : [];
    } catch {
      return [];
    }
  }

  function commit(next: readonly DockedCompose[]) {
    items = next;
    try {
      storage?.setItem(key, JSON.stringify(next));
    } catch {
      // A full or disabled storage only costs the restore after a reload.
    }
    for (const listener of listeners) listener();
  }

  return {
    getSnapshot: () => items,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    open(intent, { id } = {}) {
      const existing = items.find((item) => (id ? item.id === id : sameMail(item, intent)));
      if (existing) {
        commit(items.map((item) => (item === existing ? { ...item, layout: 'docked' } : item)));
        return existing.id;
      }
      // A saved draft gets the id compose sessions give it by default, so two tabs that open the same draft share
      // one journal entry and see each other's edits as a conflict.
      const saved = intent.kind === 'draft' || intent.kind === 'scheduled';
      const ownId = !saved ? createId() : account ? draftClientId(account, intent.mailId) : `mail:${intent.mailId}`;
      const created: DockedCompose = { id: id ?? ownId, intent, layout: 'docked' };
      commit([...items, created]);
      return created.id;
    },
    close(id) {
      commit(items.filter((item) => item.id !== id));
    },
    setLayout(id, layout) {
      commit(items.map((item) => (item.id === id ? { ...item, layout } : item)));
    },
    linkDraft(id, draftId) {
      if (!items.some((item) => item.id === id && item.draftId !== draftId)) return;
      commit(items.map((item) => (item.id === id ? { ...item, draftId } : item)));
    },
  };
}
