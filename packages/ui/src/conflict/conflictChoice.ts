import type { Draft } from '@inkwell/compose-core';
import { dedupeRecipients } from '@inkwell/compose-core';
import {
  RECIPIENT_FIELDS,
  TEXT_FIELDS,
  type ConflictField,
  type ConflictResolutionChoice,
  type ConflictVersions,
} from './conflictTypes';

/** The fields that differ, in the order the resolver shows them. */
export function conflictFieldsOf(versions: ConflictVersions): ConflictField[] {
  return [...RECIPIENT_FIELDS, ...TEXT_FIELDS].filter((field) => versions[field] !== undefined);
}

/** This tab's version for every differing field: the choice that changes nothing the user sees. */
export function defaultConflictChoice(versions: ConflictVersions): ConflictResolutionChoice {
  return Object.fromEntries(conflictFieldsOf(versions).map((field) => [field, 'mine']));
}

/**
 * The draft fields the choice produces (only the differing ones). For a session without per-field resolution: take
 * this tab's draft, then apply these.
 */
export function resolvedFields(
  versions: ConflictVersions,
  choice: ConflictResolutionChoice,
): Partial<Pick<Draft, 'to' | 'cc' | 'bcc' | 'subject' | 'bodyHtml'>> {
  const out: Partial<Pick<Draft, 'to' | 'cc' | 'bcc' | 'subject' | 'bodyHtml'>> = {};
  for (const field of RECIPIENT_FIELDS) {
    const side = versions[field];
    if (!side) continue;
    const pick = choice[field] ?? 'mine';
    out[field] = pick === 'merge' ? dedupeRecipients([...side.mine, ...side.theirs]) : side[pick];
  }
  if (versions.subject) out.subject = versions.subject[choice.subject ?? 'mine'];
  if (versions.body) out.bodyHtml = versions.body[choice.body ?? 'mine'];
  return out;
}
