import type { AttachmentInstance } from '@inkwell/axigen-client';
import { extractCids } from '../cid/extractCids';
import { generateContentId } from '../cid/generateContentId';
import { rewriteCids } from '../cid/rewriteCids';

export interface PartBinding {
  part: AttachmentInstance;
  isInline: boolean;
  /** The new content id the rewritten HTML refers to (inline parts only). */
  contentId?: string;
}

export interface BoundParts {
  /** The HTML with every `cid:` of a stored part pointing at its queue entry's new content id. */
  html: string;
  bindings: PartBinding[];
  /** Parts copied into the queue that the message does not need (a reply keeps only quoted images). */
  unused: AttachmentInstance[];
}

const stripBrackets = (cid: string) => cid.trim().replace(/^<|>$/g, '');

/**
 * Binds the parts Store in Queue copied to the HTML that refers to them, in one `rewriteCids` pass. Every inline
 * part gets a fresh content id (so two quoted mails with equal cids cannot collide); `keep: 'all'` (forward, reopened
 * draft) keeps unreferenced parts as regular attachments, `keep: 'referenced'` (reply) returns them as unused.
 */
export function bindStoredParts(
  html: string,
  parts: readonly AttachmentInstance[],
  { domain, keep }: { domain: string; keep: 'all' | 'referenced' },
): BoundParts {
  const referenced = new Set([...extractCids(html)].map(stripBrackets));
  const mapping = new Map<string, string>();
  const bindings: PartBinding[] = [];
  const unused: AttachmentInstance[] = [];
  for (const part of parts) {
    const oldCid = part.contentId ? stripBrackets(part.contentId) : '';
    if (oldCid && referenced.has(oldCid)) {
      const contentId = mapping.get(oldCid) ?? generateContentId(domain);
      mapping.set(oldCid, contentId);
      bindings.push({ part, isInline: true, contentId });
    } else if (keep === 'all') {
      bindings.push({ part, isInline: false });
    } else {
      unused.push(part);
    }
  }
  return { html: mapping.size > 0 ? rewriteCids(html, mapping) : html, bindings, unused };
}
