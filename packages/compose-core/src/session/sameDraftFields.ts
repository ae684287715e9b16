import type { Draft } from '../draft';

/** True when two drafts agree on every field but attachments (the queue owns those): an update that is no change. */
export function sameDraftFields(a: Draft, b: Draft): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Draft)[]);
  keys.delete('attachments');
  for (const key of keys) {
    if (a[key] === b[key]) continue;
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  }
  return true;
}
