// Reads a deleted image's bytes back from its preview URL, for parts this session did not upload itself (a
// reopened draft's images). `fetch` resolves a blob: URL when called, so removing the entry right after is safe.
import type { DraftAttachment } from '@inkwell/compose-core';
import type { InlineImageStorage } from './types';

export function keepBytes(
  storage: InlineImageStorage,
  contentId: string,
  entry: DraftAttachment,
  url: string | undefined,
  onKept: (contentId: string) => void,
): void {
  if (!url || storage.pendingBytes.has(contentId) || typeof fetch !== 'function') return;
  const pending = fetch(url)
    .then((response) => (response.ok ? response.blob() : null))
    .catch(() => null)
    .then((blob) => {
      storage.pendingBytes.delete(contentId);
      if (!blob) return;
      storage.blobByContentId.set(contentId, new File([blob], entry.name, { type: blob.type || entry.contentType }));
      onKept(contentId);
    });
  storage.pendingBytes.set(contentId, pending);
}
