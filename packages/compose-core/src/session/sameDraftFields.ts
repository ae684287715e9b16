import type { Draft } from '../draft';

/** True when two drafts agree on every field but attachments (the queue owns those): an update that is no change. */
export function sameDraftFields(a: Draft, b: Draft): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Draft)[]);
  keys.delete('attachments');
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    // Strings (a 1 MB body with its quote) compare by value already; stringifying them per keystroke is slow.
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}
