import type { Draft } from '@inkwell/compose-core';

type Recipients = Draft['to'];

/** One field as it is in this tab and in the other one. */
export interface ConflictSide<T> {
  mine: T;
  theirs: T;
}

/** The fields that differ between the two versions (absent: the same in both). `body` is HTML. */
export interface ConflictVersions {
  to?: ConflictSide<Recipients>;
  cc?: ConflictSide<Recipients>;
  bcc?: ConflictSide<Recipients>;
  subject?: ConflictSide<string>;
  body?: ConflictSide<string>;
}

export type RecipientPick = 'mine' | 'theirs' | 'merge';
export type TextPick = 'mine' | 'theirs';

/** What to keep, field by field (recipients may merge: both lists, without duplicates). */
export interface ConflictResolutionChoice {
  to?: RecipientPick;
  cc?: RecipientPick;
  bcc?: RecipientPick;
  subject?: TextPick;
  body?: TextPick;
}

export const RECIPIENT_FIELDS = ['to', 'cc', 'bcc'] as const;
export const TEXT_FIELDS = ['subject', 'body'] as const;
export type ConflictField = (typeof RECIPIENT_FIELDS)[number] | (typeof TEXT_FIELDS)[number];
