// Lets through only a serialized message that differs from the last one reported (or from the content the composer
// started with): editor transactions that change nothing the message holds (mount-time normalizing, focus, turning
// read-only) are not the user's changes, and a compose session must not treat them as edits.
import type { SerializedComposer } from '../serialize/types';

export interface ChangeFilter {
  /** True when `next` differs from the last message passed (or the baseline), which it then becomes. */
  changed(next: SerializedComposer): boolean;
}

export function createChangeFilter(baseline: SerializedComposer): ChangeFilter {
  // The body is compared as a string (value comparison, no copy); the rest as a small key.
  let body = baseline.bodyHtml;
  let rest = restKey(baseline);
  return {
    changed(next) {
      const nextRest = restKey(next);
      if (next.bodyHtml === body && nextRest === rest) return false;
      body = next.bodyHtml;
      rest = nextRest;
      return true;
    },
  };
}

function restKey(s: SerializedComposer): string {
  return JSON.stringify([s.temporaryAttachments, s.pendingAttachments, s.unresolvedContentIds, s.isPlainText]);
}
