import type { Recipient } from '@inkwell/axigen-client';
import type { Draft } from '../draft';
import { dedupeRecipients } from '../recipients/dedupeRecipients';
import type { ConflictFields, ConflictResolution } from './types';

const sameList = (a: readonly Recipient[], b: readonly Recipient[]) => JSON.stringify(a) === JSON.stringify(b);

/** The fields on which two versions of one draft differ. */
export function conflictFields(mine: Draft, theirs: Draft): ConflictFields {
  const fields: ConflictFields = {};
  for (const key of ['to', 'cc', 'bcc'] as const) {
    if (!sameList(mine[key], theirs[key])) fields[key] = { mine: mine[key], theirs: theirs[key] };
  }
  if (mine.subject !== theirs.subject) fields.subject = { mine: mine.subject, theirs: theirs.subject };
  if (mine.bodyHtml !== theirs.bodyHtml) fields.body = { mine: mine.bodyHtml, theirs: theirs.bodyHtml };
  return fields;
}

/** Both bodies: this tab's, then what only the other tab has (a body that contains the other is kept whole). */
function mergeBodies(mine: string, theirs: string): string {
  if (mine.includes(theirs)) return mine;
  if (theirs.includes(mine)) return theirs;
  return `${mine}${theirs}`;
}

/** The draft that `resolution` describes, field by field; attachments are the caller's (the queue owns them). */
export function resolveFields(mine: Draft, theirs: Draft, resolution: ConflictResolution): Draft {
  const base = resolution.rest === 'theirs' ? theirs : mine;
  const pick = <K extends 'to' | 'cc' | 'bcc'>(key: K, how: 'mine' | 'theirs' | 'merge' | undefined) => {
    if (how === 'theirs') return theirs[key];
    if (how === 'merge') return dedupeRecipients([...mine[key], ...theirs[key]]);
    return mine[key];
  };
  const body = resolution.body;
  return {
    ...base,
    to: pick('to', resolution.to),
    cc: pick('cc', resolution.cc),
    bcc: pick('bcc', resolution.bcc),
    subject: resolution.subject === 'theirs' ? theirs.subject : mine.subject,
    bodyHtml:
      body === 'theirs'
        ? theirs.bodyHtml
        : body === 'merge'
          ? mergeBodies(mine.bodyHtml, theirs.bodyHtml)
          : mine.bodyHtml,
  };
}
