'use client';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { ComposeSession, ComposeSnapshot } from '@inkwell/compose-core';
import { resolvedFields } from './conflictChoice';
import { RECIPIENT_FIELDS, TEXT_FIELDS, type ConflictResolutionChoice, type ConflictVersions } from './conflictTypes';

const noop = () => () => {};

/** The differing fields of a snapshot's conflict: compose-core's `conflict.fields` when it has them, else compared here. */
export function conflictVersionsOf(snapshot: ComposeSnapshot): ConflictVersions | undefined {
  const conflict = snapshot.conflict;
  if (!conflict) return undefined;
  const given = (conflict as { fields?: ConflictVersions }).fields;
  if (given) return given;
  const mine = snapshot.draft;
  const theirs = conflict.theirs;
  const versions: ConflictVersions = {};
  for (const field of RECIPIENT_FIELDS) {
    if (JSON.stringify(mine[field]) !== JSON.stringify(theirs[field]))
      versions[field] = { mine: mine[field], theirs: theirs[field] };
  }
  if (mine.subject !== theirs.subject) versions.subject = { mine: mine.subject, theirs: theirs.subject };
  if (mine.bodyHtml !== theirs.bodyHtml) versions.body = { mine: mine.bodyHtml, theirs: theirs.bodyHtml };
  return versions;
}

export interface ConflictResolutionResult {
  /** Undefined while there is no conflict. */
  versions: ConflictVersions | undefined;
  /** Settles the conflict with the user's per-field choice. */
  resolve: (choice: ConflictResolutionChoice) => void;
}

/**
 * Binds `ConflictResolver` to a compose session: `<ConflictResolver versions={versions} onResolve={resolve} />`.
 * A session that resolves field by field (its conflict carries `fields`) gets the choice as it is; an older one keeps
 * this tab's draft, or takes the other tab's, and then gets the chosen fields as an update.
 */
export function useConflictResolution(session: ComposeSession | null | undefined): ConflictResolutionResult {
  const subscribe = useCallback((listener: () => void) => (session ? session.subscribe(listener) : noop()), [session]);
  const getSnapshot = useCallback(() => session?.getSnapshot(), [session]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
  const versions = useMemo(() => (snapshot ? conflictVersionsOf(snapshot) : undefined), [snapshot]);
  const resolve = useCallback(
    (choice: ConflictResolutionChoice) => {
      const conflict = session?.getSnapshot().conflict;
      if (!session || !conflict || !versions) return;
      const settle = session.resolveConflict as (choice: unknown) => void;
      if ('fields' in conflict) return settle(choice);
      const picks = [...RECIPIENT_FIELDS, ...TEXT_FIELDS].flatMap((f) => (versions[f] ? [choice[f] ?? 'mine'] : []));
      if (picks.length > 0 && picks.every((p) => p === 'theirs')) return settle('theirs');
      settle('mine');
      if (picks.some((p) => p !== 'mine')) session.update(resolvedFields(versions, choice));
    },
    [session, versions],
  );
  return { versions, resolve };
}
