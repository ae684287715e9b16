'use client';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { ComposeSession, ComposeSnapshot } from '@inkwell/compose-core';
import { saveStatusOf, type SaveStatus } from './saveStatusOf';

export interface SaveStatusResult extends SaveStatus {
  /** Saves now; a failure shows in the status rather than rejecting. Named as `DraftStatus`'s prop, so a spread
   * passes it on and nothing else reaches the DOM. */
  onRetry: () => void;
}

const noop = () => {};

/**
 * A compose session's save status, shaped like `DraftStatus`'s props:
 * `<DraftStatus {...useSaveStatus(session)} onSignIn={…} onResolveConflict={…} />`.
 * Like `@inkwell/react`'s `useDraftStatus`, plus conflict and signed-out states and a reason code.
 */
export function useSaveStatus(session: ComposeSession | null | undefined): SaveStatusResult {
  const subscribe = useCallback((listener: () => void) => (session ? session.subscribe(listener) : noop), [session]);
  const getSnapshot = useCallback((): ComposeSnapshot | undefined => session?.getSnapshot(), [session]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
  const onRetry = useCallback(() => {
    session?.save().catch(noop);
  }, [session]);
  return useMemo(
    () => ({ ...(snapshot ? saveStatusOf(snapshot) : { state: 'idle' as const }), onRetry }),
    [snapshot, onRetry],
  );
}
