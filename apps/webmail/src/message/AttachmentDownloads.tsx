import type { AttachmentInstance } from '@inkwell/axigen-client';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SessionFetch } from '../session/sessionFetch';
import { formatSize } from './formatSize';
import { attachmentBlobQuery } from './useAttachmentUrls';

/** The mail's files (not its inline images), each downloadable; bytes come with the session in either login mode. */
export function AttachmentDownloads({
  mailId,
  attachments,
  fetchWithSession,
}: {
  mailId: string;
  attachments: readonly AttachmentInstance[];
  fetchWithSession: SessionFetch;
}) {
  const queryClient = useQueryClient();
  const [failed, setFailed] = useState<string>();
  const files = attachments.filter((a) => !a.isInline);
  if (files.length === 0) return null;
  const download = async (attachment: AttachmentInstance) => {
    setFailed(undefined);
    try {
      const blob = await queryClient.fetchQuery(attachmentBlobQuery(fetchWithSession, mailId, attachment.id));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = attachment.name || 'attachment';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setFailed(attachment.name);
    }
  };
  return (
    <section className="wm-attachments" aria-label="Attachments">
      <h3>
        {files.length} {files.length === 1 ? 'attachment' : 'attachments'}
      </h3>
      <ul>
        {files.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className="wm-button"
              aria-label={`Download ${a.name || 'attachment'}, ${formatSize(a.size)}`}
              onClick={() => void download(a)}
            >
              <span className="wm-attachment-name">{a.name || 'attachment'}</span>{' '}
              <span className="wm-attachment-size">{formatSize(a.size)}</span>
            </button>
          </li>
        ))}
      </ul>
      {failed !== undefined ? (
        <p role="alert" className="wm-error">
          {failed || 'The attachment'} could not be downloaded. Try again.
        </p>
      ) : null}
    </section>
  );
}
