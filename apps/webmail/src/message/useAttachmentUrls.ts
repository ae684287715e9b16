import type { AttachmentInstance } from '@inkwell/axigen-client';
import { mailKeys } from '@inkwell/react';
import { useQueries } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SessionFetch } from '../session/sessionFetch';

export function attachmentBlobQuery(fetchWithSession: SessionFetch, mailId: string, attachmentId: number) {
  return {
    queryKey: [...mailKeys.attachments(mailId), attachmentId, 'bytes'] as const,
    queryFn: async ({ signal }: { signal: AbortSignal }) =>
      (
        await fetchWithSession(
          `/api/v1/mails/${encodeURIComponent(mailId)}/attachments/${attachmentId}`,
          {},
          { signal },
        )
      ).blob(),
    staleTime: Infinity,
  };
}

/**
 * `cid:` → a `blob:` URL of the part's bytes, fetched through the attachment endpoint (with the session, in either
 * login mode). One URL per blob for as long as the component lives: a part whose bytes arrived keeps its URL when
 * the next part's arrive (revoking it then broke an image still loading from it), and URLs no longer used are
 * revoked only once the page shows the new ones.
 */
export function useCidUrls(
  fetchWithSession: SessionFetch,
  mailId: string,
  attachments: readonly AttachmentInstance[],
): ReadonlyMap<string, string> {
  const parts = useMemo(
    () => attachments.filter((a) => a.contentId !== '' && a.contentType.startsWith('image/')),
    [attachments],
  );
  const blobs = useQueries({
    queries: parts.map((a) => attachmentBlobQuery(fetchWithSession, mailId, a.id)),
  }).map((result) => result.data);
  // The URLs are remade only when a part's bytes arrive (the query results are new objects on every render).
  const signature = `${mailId}|${parts.map((p, i) => `${p.id}:${blobs[i] ? blobs[i].size : '-'}`).join(',')}`;
  const latest = useRef({ parts, blobs });
  latest.current = { parts, blobs };
  const made = useRef(new Map<Blob, string>());
  /** The map last handed to `setUrls`: its URLs may not be on the page yet, but are about to be. */
  const wanted = useRef<ReadonlyMap<string, string>>(new Map());
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(() => new Map());
  useEffect(() => {
    const next = new Map<string, string>();
    latest.current.parts.forEach((part, i) => {
      const blob = latest.current.blobs[i];
      if (!blob) return;
      let url = made.current.get(blob);
      if (!url) {
        url = URL.createObjectURL(blob);
        made.current.set(blob, url);
      }
      next.set(part.contentId.replace(/^<|>$/g, '').toLowerCase(), url);
    });
    wanted.current = next;
    setUrls(next);
  }, [signature]);
  // After the page shows `urls`: the URLs neither it nor the next map uses can go.
  useEffect(() => {
    const used = new Set([...urls.values(), ...wanted.current.values()]);
    for (const [blob, url] of made.current) {
      if (used.has(url)) continue;
      URL.revokeObjectURL(url);
      made.current.delete(blob);
    }
  }, [urls]);
  useEffect(() => {
    const all = made.current;
    return () => {
      for (const url of all.values()) URL.revokeObjectURL(url);
      all.clear();
    };
  }, []);
  return urls;
}
