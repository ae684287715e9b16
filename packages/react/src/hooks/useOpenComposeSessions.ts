'use client';
import { useCallback, useContext, useRef, useSyncExternalStore } from 'react';
import {
  forgetOpenComposeSession,
  listOpenComposeSessions,
  subscribeOpenComposeSessions,
  type OpenComposeSession,
  type OpenComposeSessionsOptions,
} from '@inkwell/compose-core/open-sessions';
import { InkwellContext } from '../provider/inkwell-context';

export interface UseOpenComposeSessionsOptions extends Partial<OpenComposeSessionsOptions> {
  /** Default: the provider's identity (`identity.from.address`). One of the two is required. */
  account?: string;
}

export interface UseOpenComposeSessionsResult {
  /** Compose views that were open when the page went away (or are open in another tab), newest first. */
  sessions: readonly OpenComposeSession[];
  /** The user does not want this one back: it leaves the list (its server draft stays in Drafts). */
  forget: (clientId: string) => void;
}

const none: readonly OpenComposeSession[] = [];

/**
 * The account's compose views to bring back after a reload: render one `useCompose({ clientId, intent })` view per
 * entry that the page does not show yet. A view whose draft was saved comes back with the server's draft; one with
 * unsaved text comes back with that text. Updates when this tab or another one opens, saves or closes a view.
 * Another account's views are never listed.
 */
export function useOpenComposeSessions(options: UseOpenComposeSessionsOptions = {}): UseOpenComposeSessionsResult {
  const { storage } = options;
  const context = useContext(InkwellContext);
  const account = options.account ?? context?.identity?.from.address;
  if (account === undefined) {
    throw new Error(
      'useOpenComposeSessions needs the account whose views to list: pass `account` to it, or `identity` to InkwellProvider.',
    );
  }
  const cache = useRef<{ key: string; sessions: readonly OpenComposeSession[] }>({ key: '[]', sessions: none });
  const getSnapshot = useCallback(() => {
    const sessions = listOpenComposeSessions(storage === undefined ? { account } : { account, storage });
    const key = JSON.stringify(sessions);
    // The same array until something changes, as useSyncExternalStore needs.
    if (key !== cache.current.key) cache.current = { key, sessions };
    return cache.current.sessions;
  }, [account, storage]);
  const sessions = useSyncExternalStore(subscribeOpenComposeSessions, getSnapshot, () => none);
  const forget = useCallback(
    (clientId: string) => forgetOpenComposeSession(clientId, storage === undefined ? {} : { storage }),
    [storage],
  );
  return { sessions, forget };
}
