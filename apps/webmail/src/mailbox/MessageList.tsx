import type { Mail } from '@inkwell/axigen-client';
import { useInkwellClient } from '@inkwell/react';
import { MAIL_LIST_PAGE_SIZE as PAGE_SIZE, mailListQueries } from '@inkwell/react/mailbox';
import { useQueries } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useScheduledTime } from '../outbox/useScheduledTimes';
import { formatDeliveryTime, formatListDate } from './formatMailDate';
import type { MailFolder } from './orderFolders';
import { senderName } from './senderName';

export interface MessageListProps {
  folder: MailFolder;
  selectedId: string | undefined;
  onSelect: (mail: Mail) => void;
  /** Enter on a row: go to the message. */
  onOpen: (mail: Mail) => void;
  /** Take focus once the first page is shown (right after signing in). */
  autoFocus?: boolean;
  /** The list's name instead of the folder's and its count (search results say what was searched). */
  heading?: string;
  /** Said when the list is empty, instead of "No messages in …". */
  emptyText?: string;
}

/** The mail a row stands for: a search result names its original (docs/decisions/0008). */
const mailIdOf = (mail: Mail) => mail.originalMailId || mail.id;

const ROW_HEIGHT = 68;

/**
 * The folder's mails as a listbox: only the rows on screen are in the DOM, and only their pages are fetched.
 * Arrow keys, Home/End and Page Up/Down move the selection (it follows focus, as in desktop mail clients).
 */
export function MessageList({
  folder,
  selectedId,
  onSelect,
  onOpen,
  autoFocus = false,
  heading,
  emptyText,
}: MessageListProps) {
  const id = useId();
  const client = useInkwellClient();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [firstPage] = useQueries({ queries: [mailListQueries.page(client, folder.id, 0)] });
  const total = firstPage?.data?.totalItems ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const rows = virtualizer.getVirtualItems();
  const pageNumbers = [...new Set([0, ...rows.map((r) => Math.floor(r.index / PAGE_SIZE))])];
  const pages = useQueries({
    queries: pageNumbers.map((page) => mailListQueries.page(client, folder.id, page)),
  });
  const mailAt = (index: number): Mail | undefined => {
    const p = pageNumbers.indexOf(Math.floor(index / PAGE_SIZE));
    return pages[p]?.data?.items[index % PAGE_SIZE];
  };

  // A new folder starts at the top.
  useEffect(() => {
    setActive(0);
    virtualizer.scrollToOffset(0);
  }, [folder.id, virtualizer]);

  const move = (index: number) => {
    if (total === 0) return;
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    const mail = mailAt(next);
    if (mail) onSelect(mail);
  };
  // Selection follows the active row once its page arrives (keys can outrun the network).
  const activeMail = mailAt(active);
  const pendingSelect = useRef(false);
  useEffect(() => {
    if (pendingSelect.current && activeMail) {
      pendingSelect.current = false;
      onSelect(activeMail);
    }
  }, [activeMail, onSelect]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const perPage = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT * 8) / ROW_HEIGHT) - 1);
    const keys: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: total - 1,
      PageDown: active + perPage,
      PageUp: active - perPage,
    };
    const target = keys[event.key];
    if (target !== undefined) {
      event.preventDefault();
      pendingSelect.current = mailAt(Math.max(0, Math.min(total - 1, target))) === undefined;
      move(target);
    } else if ((event.key === 'Enter' || event.key === ' ') && activeMail) {
      event.preventDefault();
      onSelect(activeMail);
      onOpen(activeMail);
    }
  };

  const hasRows = total > 0;
  useEffect(() => {
    if (autoFocus && hasRows) scroller.current?.focus();
  }, [autoFocus, hasRows]);

  const labelId = `${id}-label`;
  if (firstPage?.isError) {
    return (
      <p role="alert" className="wm-error">
        The messages could not be loaded.{' '}
        <button type="button" className="wm-button" onClick={() => void firstPage.refetch()}>
          Try again
        </button>
      </p>
    );
  }
  return (
    <div className="wm-list">
      <h2 id={labelId} className="wm-list-heading">
        {heading ?? folder.name}
        {firstPage?.data && heading === undefined ? <span className="wm-count">{total}</span> : null}
      </h2>
      {firstPage?.isPending ? <p role="status">Loading messages…</p> : null}
      {firstPage?.data && total === 0 ? (
        <p className="wm-empty">{emptyText ?? `No messages in ${folder.name}.`}</p>
      ) : null}
      <div
        ref={scroller}
        className="wm-list-scroller"
        role="listbox"
        tabIndex={total === 0 ? -1 : 0}
        aria-labelledby={labelId}
        aria-activedescendant={total > 0 ? `${id}-row-${active}` : undefined}
        onKeyDown={onKeyDown}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {rows.map((row) => {
            const mail = mailAt(row.index);
            return (
              <div
                key={row.key}
                id={`${id}-row-${row.index}`}
                role="option"
                aria-selected={mail !== undefined && mailIdOf(mail) === selectedId}
                aria-posinset={row.index + 1}
                aria-setsize={total}
                data-active={row.index === active ? 'true' : undefined}
                data-state={mail?.isUnread ? 'unread' : 'read'}
                className="wm-row"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: row.size,
                  transform: `translateY(${row.start}px)`,
                }}
                onClick={() => {
                  setActive(row.index);
                  if (mail) onSelect(mail);
                }}
              >
                {mail ? <MessageRow mail={mail} folder={folder} /> : <span className="wm-row-loading">Loading…</span>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function MessageRow({ mail, folder }: { mail: Mail; folder: MailFolder }) {
  // Sent, Drafts and Scheduled show whom the mail is for; the others who it is from.
  const outgoing = folder.role === 'sent' || folder.role === 'drafts' || folder.role === 'scheduled';
  const who = outgoing ? senderName(mail.to) : senderName(mail.from);
  return (
    <>
      <span className="wm-row-who">
        {mail.isUnread ? <span className="wm-visually-hidden">Unread, </span> : null}
        {outgoing ? <span className="wm-visually-hidden">To </span> : null}
        {who || '(no recipients)'}
      </span>
      {folder.role === 'scheduled' ? (
        <ScheduledDate mailId={mail.id} saved={mail.date} />
      ) : (
        <span className="wm-row-date">{formatListDate(mail.date)}</span>
      )}
      <span className="wm-row-subject">
        {mail.hasAttachments ? <PaperclipIcon /> : null}
        {mail.subject || '(no subject)'}
      </span>
      <span className="wm-row-snippet">{mail.snippet}</span>
    </>
  );
}

// Drawn, not a glyph: emoji need a font that may be missing.
function PaperclipIcon() {
  return (
    <svg className="wm-clip" role="img" aria-label="Has attachments" width="14" height="14" viewBox="0 0 24 24">
      <path
        d="m21 11-8.6 8.6a5.5 5.5 0 0 1-7.8-7.8l8.6-8.6a3.7 3.7 0 0 1 5.2 5.2l-8.6 8.6a1.8 1.8 0 0 1-2.6-2.6l8-8"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** When a scheduled mail goes, where this device scheduled it; else the date it was saved, as for other mails. */
function ScheduledDate({ mailId, saved }: { mailId: string; saved: string }) {
  const due = useScheduledTime(mailId);
  if (due === undefined) return <span className="wm-row-date">{formatListDate(saved)}</span>;
  return (
    <span className="wm-row-date">
      <span className="wm-visually-hidden">Sends </span>
      {formatDeliveryTime(due)}
    </span>
  );
}
