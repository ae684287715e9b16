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
 * login mode). The URLs live as long as the component.
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
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(() => new Map());
  useEffect(() => {
    const made = new Map<string, string>();
    latest.current.parts.forEach((part, i) => {
      const blob = latest.current.blobs[i];
      if (blob) made.set(part.contentId.replace(/^<|>$/g, '').toLowerCase(), URL.createObjectURL(blob));
    });
    setUrls(made);
    return () => {
      for (const url of made.values()) URL.revokeObjectURL(url);
    };
  }, [signature]);
  return urls;
}
