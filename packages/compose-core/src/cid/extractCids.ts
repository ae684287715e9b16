import { forEachCidReference } from './forEachCidReference';

/** The content ids (without `<>`) an HTML body refers to with `cid:`, in order of first appearance. */
export function extractCids(html: string): Set<string> {
  const ids = new Set<string>();
  if (!/cid:/i.test(html)) return ids;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  forEachCidReference(doc, (id) => {
    ids.add(id);
    return undefined;
  });
  return ids;
}
