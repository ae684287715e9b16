'use client';
import { useCallback, useState } from 'react';
import { conflictFieldsOf, defaultConflictChoice } from './conflictChoice';
import type { ConflictField, ConflictResolutionChoice, ConflictVersions, RecipientPick } from './conflictTypes';

export interface UseConflictResolverOptions {
  versions: ConflictVersions;
  /** Controlled choice. */
  value?: ConflictResolutionChoice;
  /** Uncontrolled initial choice. @default this tab's version everywhere */
  defaultValue?: ConflictResolutionChoice;
  onValueChange?: (choice: ConflictResolutionChoice) => void;
  /** "Apply": settle the conflict (`session.resolveConflict(choice)`, or `useConflictResolution().resolve`). */
  onResolve: (choice: ConflictResolutionChoice) => void;
  /** "Decide later"; absent: no such button. */
  onCancel?: () => void;
}

export interface ConflictResolverBehaviour {
  fields: ConflictField[];
  choice: ConflictResolutionChoice;
  pick: (field: ConflictField, value: RecipientPick) => void;
  apply: () => void;
  cancel: (() => void) | undefined;
}

/** The per-field choice of the resolver, controlled or not. */
export function useConflictResolver(options: UseConflictResolverOptions): ConflictResolverBehaviour {
  const { versions, value, defaultValue, onValueChange, onResolve, onCancel } = options;
  const [own, setOwn] = useState<ConflictResolutionChoice>(() => defaultValue ?? defaultConflictChoice(versions));
  const choice = value ?? own;
  const pick = useCallback(
    (field: ConflictField, next: RecipientPick) => {
      // Subject and body have no merge: the radio for it is never rendered.
      const updated = { ...choice, [field]: next };
      if (value === undefined) setOwn(updated);
      onValueChange?.(updated);
    },
    [choice, value, onValueChange],
  );
  const fields = conflictFieldsOf(versions);
  const apply = useCallback(() => {
    onResolve({ ...defaultConflictChoice(versions), ...choice });
  }, [onResolve, versions, choice]);
  return { fields, choice, pick, apply, cancel: onCancel };
}
