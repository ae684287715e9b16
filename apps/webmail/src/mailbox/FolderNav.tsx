import { useInkwellClient } from '@inkwell/react';
import { mailQueries } from '@inkwell/react/mailbox';
import { mailListQueries } from '@inkwell/react/mailbox';
import { useQuery } from '@tanstack/react-query';
import type { MailFolder } from './orderFolders';

export interface FolderNavProps {
  folders: MailFolder[];
  selectedId: string;
  onSelect: (folderId: string) => void;
  /** Emulator only: the delivered messages as recipients see them. */
  showOutbox: boolean;
  outboxSelected: boolean;
  onSelectOutbox: () => void;
}

export function FolderNav({
  folders,
  selectedId,
  onSelect,
  showOutbox,
  outboxSelected,
  onSelectOutbox,
}: FolderNavProps) {
  return (
    <nav aria-label="Folders" className="wm-folders">
      <ul>
        {folders.map((folder) => (
          <li key={folder.id}>
            <FolderButton folder={folder} current={!outboxSelected && folder.id === selectedId} onSelect={onSelect} />
          </li>
        ))}
        {showOutbox ? (
          <li className="wm-folder-outbox">
            <button
              type="button"
              className="wm-folder"
              aria-current={outboxSelected ? 'page' : undefined}
              onClick={onSelectOutbox}
            >
              <span>Delivered (emulator)</span>
            </button>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function FolderButton({
  folder,
  current,
  onSelect,
}: {
  folder: MailFolder;
  current: boolean;
  onSelect: (id: string) => void;
}) {
  const client = useInkwellClient();
  const count = useQuery(mailListQueries.count(client, folder.id));
  // The folder list's own counter (Folder instance `unreadItems`); marking a mail read moves it at once.
  const unread = useQuery({
    ...mailQueries.folders(client),
    select: (r) => r.items.find((f) => f.id === folder.id)?.unreadItems,
  });
  return (
    <button
      type="button"
      className="wm-folder"
      data-role={folder.role || 'user'}
      aria-current={current ? 'page' : undefined}
      onClick={() => onSelect(folder.id)}
    >
      <span>{folder.name}</span>
      {unread.data ? (
        <span className="wm-unread-count">
          {unread.data}
          <span className="wm-visually-hidden"> unread,</span>
        </span>
      ) : null}
      {count.data !== undefined ? (
        <span className="wm-count">
          {count.data}
          <span className="wm-visually-hidden"> messages</span>
        </span>
      ) : null}
    </button>
  );
}
