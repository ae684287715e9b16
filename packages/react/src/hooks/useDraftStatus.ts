'use client';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { ComposeSession, ComposeSnapshot } from '@inkwell/compose-core';
import { draftStatusOf, type DraftStatusInfo } from './draft-status-of';

export interface DraftStatusResult extends DraftStatusInfo {
  /** Saves now; failures show in `state`/`reason` rather than rejecting. Pass as `<DraftStatus onRetry>`. */
  retry: () => void;
}

const noop = () => {};
const idle: DraftStatusInfo = { state: 'idle' };

/**
 * The autosave status of a compose session, shaped like `@inkwell/ui`'s `DraftStatus` props:
 * `const { retry, ...status } = useDraftStatus(session)`, then `<DraftStatus {...status} onRetry={retry} />`.
 * An absent session reads as idle.
 */
export function useDraftStatus(session: ComposeSession | null | undefined): DraftStatusResult {
  const subscribe = useCallback((listener: () => void) => (session ? session.subscribe(listener) : noop), [session]);
  const getSnapshot = useCallback((): ComposeSnapshot | undefined => session?.getSnapshot(), [session]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
  const retry = useCallback(() => {
    // The session records the failure in its snapshot; the rejection carries nothing more for this caller.
    session?.save().catch(noop);
  }, [session]);
  return useMemo(() => ({ ...(snapshot ? draftStatusOf(snapshot) : idle), retry }), [snapshot, retry]);
}
