'use client';
import { useCallback, useSyncExternalStore } from 'react';
import type { ComposeSession, ComposeSnapshot } from '@inkwell/compose-core';
import type { ConflictResolutionChoice, ConflictVersions } from './conflictTypes';

const noop = () => () => {};

/** The differing fields of a snapshot's conflict with another tab (compose-core's `conflict.fields`). */
export function conflictVersionsOf(snapshot: ComposeSnapshot): ConflictVersions | undefined {
  return snapshot.conflict?.fields;
}

export interface ConflictResolutionResult {
  /** Undefined while there is no conflict. */
  versions: ConflictVersions | undefined;
  /** Settles the conflict with the user's per-field choice (`session.resolveConflict`). */
  resolve: (choice: ConflictResolutionChoice) => void;
}

/** Binds `ConflictResolver` to a compose session: `<ConflictResolver versions={versions} onResolve={resolve} />`. */
export function useConflictResolution(session: ComposeSession | null | undefined): ConflictResolutionResult {
  const subscribe = useCallback((listener: () => void) => (session ? session.subscribe(listener) : noop()), [session]);
  const getSnapshot = useCallback(() => session?.getSnapshot(), [session]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
  const resolve = useCallback(
    (choice: ConflictResolutionChoice) => {
      if (session?.getSnapshot().conflict) session.resolveConflict(choice);
    },
    [session],
  );
  return { versions: snapshot ? conflictVersionsOf(snapshot) : undefined, resolve };
}
