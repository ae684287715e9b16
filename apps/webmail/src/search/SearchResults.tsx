import type { Mail } from '@inkwell/axigen-client';
import { useInkwellClient } from '@inkwell/react';
import { searchQueries } from '@inkwell/react/mailbox';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { MessageList } from '../mailbox/MessageList';
import type { MailFolder } from '../mailbox/orderFolders';
import type { SearchScope } from './SearchBox';
import { toSearchQuery } from './toSearchQuery';

export interface SearchResultsProps {
  /** What the user searched for, as typed (settled). */
  text: string;
  scope: SearchScope;
  folder: MailFolder;
  folders: readonly MailFolder[];
  selectedId: string | undefined;
  onSelect: (mail: Mail) => void;
  onOpen: (mail: Mail) => void;
  onClear: () => void;
}

/**
 * The matches in the same windowed list as a folder: the server puts them in a temporary folder, which is paged
 * like any other. A new search replaces the old one, whose request is cancelled.
 */
export function SearchResults({
  text,
  scope,
  folder,
  folders,
  selectedId,
  onSelect,
  onOpen,
  onClear,
}: SearchResultsProps) {
  const client = useInkwellClient();
  const folderIds = useMemo(
    () => (scope === 'all' ? folders.map((f) => f.id) : [folder.id]),
    [scope, folders, folder.id],
  );
  const input = useMemo(() => ({ folderIds, query: toSearchQuery(text) }), [folderIds, text]);
  const search = useQuery(searchQueries.search(client, input));
  const where = scope === 'all' ? 'all folders' : folder.name;
  const clear = (
    <button type="button" className="wm-button" onClick={onClear}>
      Clear search
    </button>
  );
  if (search.isError) {
    return (
      <div className="wm-search-results">
        <p role="alert" className="wm-error">
          The search could not be done just now. Check your connection and try again.{' '}
          <button type="button" className="wm-button" onClick={() => void search.refetch()}>
            Try again
          </button>{' '}
          {clear}
        </p>
      </div>
    );
  }
  if (!search.data) {
    return (
      <div className="wm-search-results">
        <p role="status" className="wm-empty">
          Searching {where}…
        </p>
      </div>
    );
  }
  const n = search.data.totalItems;
  const heading = `${n} ${n === 1 ? 'result' : 'results'} for “${text}” in ${where}`;
  const hint = scope === 'folder' ? ' Try other words, or search all folders.' : ' Try other words.';
  return (
    <div className="wm-search-results">
      <div className="wm-search-bar">{clear}</div>
      <MessageList
        folder={{ id: search.data.folderId, name: heading, role: '' }}
        heading={heading}
        emptyText={`Nothing in ${where} matches “${text}”.${hint}`}
        selectedId={selectedId}
        onSelect={onSelect}
        onOpen={onOpen}
      />
    </div>
  );
}
