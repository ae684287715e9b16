import type { ComposeIntent } from '@inkwell/compose-core';
import { MailHtml } from '@inkwell/editor/mail-html';
import { useInkwellClient } from '@inkwell/react';
import { mailQueries } from '@inkwell/react/mailbox';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatFullDate } from '../mailbox/formatMailDate';
import type { MailFolder } from '../mailbox/orderFolders';
import type { SessionFetch } from '../session/sessionFetch';
import { AttachmentDownloads } from './AttachmentDownloads';
import { useScheduledTime } from '../outbox/useScheduledTimes';
import { ScheduledActions, type MailboxNotice } from './ScheduledActions';
import { useCidUrls } from './useAttachmentUrls';
import { useReadState } from './useReadState';

export interface MessageViewProps {
  mailId: string;
  folder: MailFolder;
  fetchWithSession: SessionFetch;
  onCompose: (intent: ComposeIntent) => void;
  /** Narrow screens show one pane at a time. */
  onBack: () => void;
  /** Move focus to the message once shown (Enter in the list); `onFocused` says it happened. */
  autoFocus: boolean;
  onFocused: () => void;
  /** The mail left this folder (e.g. cancelled from Scheduled): the mailbox says what happened. */
  onNotice: (notice: MailboxNotice) => void;
}

function plainTextHtml(text: string): string {
  const pre = document.createElement('pre');
  pre.textContent = text;
  return pre.outerHTML;
}

/** One mail: headers, sanitized body with remote images held back, inline images, files, and what to do next. */
export function MessageView({
  mailId,
  folder,
  fetchWithSession,
  onCompose,
  onBack,
  autoFocus,
  onFocused,
  onNotice,
}: MessageViewProps) {
  const id = useId();
  const client = useInkwellClient();
  const [showRemote, setShowRemote] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => setShowRemote(false), [mailId]);
  const mail = useQuery(mailQueries.mail(client, mailId));
  const due = useScheduledTime(mailId);
  const loaded = mail.data !== undefined;
  useEffect(() => {
    if (!autoFocus || !loaded) return;
    heading.current?.focus();
    onFocused();
  }, [autoFocus, loaded, onFocused]);
  const readState = useReadState(mail.data, folder.role !== 'drafts' && folder.role !== 'scheduled');
  const body = useQuery(mailQueries.body(client, mailId, 'html', { showExternalImages: showRemote }));
  const attachments = mail.data?.attachments ?? [];
  const cidUrls = useCidUrls(fetchWithSession, mailId, attachments);
  const html = useMemo(() => {
    if (!body.data) return undefined;
    return body.data.contentType.startsWith('text/html') ? body.data.content : plainTextHtml(body.data.content);
  }, [body.data]);
  const [remoteBlocked, setRemoteBlocked] = useState(false);
  useEffect(() => setRemoteBlocked(false), [mailId]);
  const onRemoteBlocked = useCallback(() => setRemoteBlocked(true), []);
  const resolveCid = useCallback((contentId: string) => cidUrls.get(contentId.toLowerCase()), [cidUrls]);

  if (mail.isError || body.isError) {
    return (
      <p role="alert" className="wm-error">
        This message could not be opened. It may have been moved or deleted.
      </p>
    );
  }
  if (!mail.data) return <p role="status">Loading the message…</p>;
  const m = mail.data;
  const isDraft = folder.role === 'drafts';
  const isScheduled = folder.role === 'scheduled';
  return (
    <article className="wm-message" aria-labelledby={`${id}-subject`}>
      <button type="button" className="wm-button wm-back" onClick={onBack}>
        Back to {folder.name}
      </button>
      <h2 id={`${id}-subject`} ref={heading} tabIndex={-1}>
        {m.subject || '(no subject)'}
      </h2>
      <dl className="wm-headers">
        <dt>From</dt>
        <dd>{m.from}</dd>
        {m.to ? (
          <>
            <dt>To</dt>
            <dd>{m.to}</dd>
          </>
        ) : null}
        {m.cc ? (
          <>
            <dt>Cc</dt>
            <dd>{m.cc}</dd>
          </>
        ) : null}
        {/* A scheduled mail's date is when it was scheduled, not when it goes. */}
        <dt>{isScheduled ? 'Scheduled on' : 'Date'}</dt>
        <dd>{formatFullDate(m.date)}</dd>
        {isScheduled ? (
          <>
            <dt>Sends</dt>
            <dd>
              {due === undefined
                ? 'Not known on this device: it was scheduled elsewhere, and the server does not say when it goes'
                : formatFullDate(due)}
            </dd>
          </>
        ) : null}
      </dl>
      <div className="wm-actions" role="toolbar" aria-label="Message actions">
        {isDraft ? (
          <button type="button" className="wm-button wm-primary" onClick={() => onCompose({ kind: 'draft', mailId })}>
            Edit draft
          </button>
        ) : isScheduled ? null : (
          <>
            <button type="button" className="wm-button" onClick={() => onCompose({ kind: 'reply', mailId })}>
              Reply
            </button>
            <button type="button" className="wm-button" onClick={() => onCompose({ kind: 'replyAll', mailId })}>
              Reply all
            </button>
            <button type="button" className="wm-button" onClick={() => onCompose({ kind: 'forward', mailId })}>
              Forward
            </button>
            <button type="button" className="wm-button" onClick={() => readState.setUnread(!m.isUnread)}>
              {m.isUnread ? 'Mark as read' : 'Mark as unread'}
            </button>
          </>
        )}
      </div>
      {readState.error ? (
        <p role="alert" className="wm-error">
          {readState.error}
        </p>
      ) : null}
      {isScheduled ? <ScheduledActions mailId={mailId} onNotice={onNotice} /> : null}
      {remoteBlocked && !showRemote ? (
        <p className="wm-remote" role="note">
          Remote images are hidden, so the sender cannot tell you opened this message.{' '}
          <button type="button" className="wm-button" onClick={() => setShowRemote(true)}>
            Show remote images
          </button>
        </p>
      ) : null}
      {html !== undefined ? (
        <MailHtml
          className="wm-mail-body"
          html={html}
          allowRemote={showRemote}
          onRemoteBlocked={onRemoteBlocked}
          resolveCid={resolveCid}
          label="Message body"
        />
      ) : (
        <p role="status">Loading the message…</p>
      )}
      <AttachmentDownloads mailId={mailId} attachments={attachments} fetchWithSession={fetchWithSession} />
    </article>
  );
}
