import type { Mail } from '@inkwell/axigen-client';
import { useInkwellClient } from '@inkwell/react';
import { mailQueries } from '@inkwell/react/mailbox';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { ComposeArea, type ComposeAreaHandle } from '../compose/ComposeArea';
import { MessageView } from '../message/MessageView';
import type { MailboxNotice } from '../message/ScheduledActions';
import { OutboxView } from '../outbox/OutboxView';
import { SearchBox, type SearchScope } from '../search/SearchBox';
import { SearchResults } from '../search/SearchResults';
import { useDebouncedValue } from '../search/useDebouncedValue';
import type { Account } from '../session/accountSession';
import type { SessionFetch } from '../session/sessionFetch';
import { FolderNav } from './FolderNav';
import { MessageList } from './MessageList';
import { orderFolders } from './orderFolders';

export interface MailboxShellProps {
  account: Account;
  fetchWithSession: SessionFetch;
  onSignOut: () => void;
}

/** How long typing pauses before the search runs. */
const SEARCH_PAUSE_MS = 300;

/** Header, folders, the message list and the reading pane; compose opens over them. */
export function MailboxShell({ account, fetchWithSession, onSignOut }: MailboxShellProps) {
  const client = useInkwellClient();
  const compose = useRef<ComposeAreaHandle>(null);
  const folders = useQuery({ ...mailQueries.folders(client), select: (r) => orderFolders(r.items) });
  const [folderId, setFolderId] = useState<string>();
  const [outbox, setOutbox] = useState(false);
  const [selected, setSelected] = useState<string>();
  // The selected mail's own folder: a search result may live in another folder than the one shown.
  const [selectedFolderId, setSelectedFolderId] = useState<string>();
  const [focusRequest, setFocusRequest] = useState<string>();
  const [searchText, setSearchText] = useState('');
  const [searchScope, setSearchScope] = useState<SearchScope>('folder');
  const [settledSearch, flushSearch] = useDebouncedValue(searchText.trim(), SEARCH_PAUSE_MS);
  const searching = searchText.trim() !== '' && settledSearch !== '';
  // The list takes focus on first sign-in only; not again when a search is cleared from the search box.
  const searchedOnce = useRef(false);
  const listPane = useRef<HTMLElement>(null);
  if (searching) searchedOnce.current = true;
  const folder = folders.data?.find((f) => f.id === folderId) ?? folders.data?.find((f) => f.role === 'inbox');
  const selectedFolder = folders.data?.find((f) => f.id === selectedFolderId) ?? folder;
  const onSelect = useCallback((mail: Mail) => {
    setSelected(mail.originalMailId || mail.id);
    setSelectedFolderId(mail.originalFolderId || mail.folderId);
    setNotice(undefined);
  }, []);
  const onOpen = useCallback((mail: Mail) => {
    setSelected(mail.originalMailId || mail.id);
    setSelectedFolderId(mail.originalFolderId || mail.folderId);
    setFocusRequest(mail.originalMailId || mail.id);
  }, []);
  const onFocused = useCallback(() => setFocusRequest(undefined), []);
  const [notice, setNotice] = useState<MailboxNotice>();
  const onNotice = useCallback((next: MailboxNotice) => {
    setSelected(undefined);
    setNotice(next);
  }, []);
  const { from } = account.identity;
  return (
    <div className="wm-shell" data-pane={selected || outbox ? 'message' : 'list'}>
      <header className="wm-header">
        <p className="wm-brand">Inkwell</p>
        <button type="button" className="wm-button wm-primary" onClick={() => compose.current?.open({ kind: 'new' })}>
          New message
        </button>
        <p className="wm-account">
          <span className="wm-visually-hidden">Signed in as </span>
          {from.name ? `${from.name} <${from.address}>` : from.address}
        </p>
        <button type="button" className="wm-button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      {folders.isError ? (
        <p role="alert" className="wm-error">
          Your folders could not be loaded.{' '}
          <button type="button" className="wm-button" onClick={() => void folders.refetch()}>
            Try again
          </button>
        </p>
      ) : null}
      {folders.data && folder ? (
        <>
          <FolderNav
            folders={folders.data}
            selectedId={folder.id}
            onSelect={(id) => {
              setFolderId(id);
              setOutbox(false);
              setSelected(undefined);
              setSearchText('');
            }}
            showOutbox={import.meta.env.VITE_INKWELL_EMULATOR === 'true'}
            outboxSelected={outbox}
            onSelectOutbox={() => {
              setOutbox(true);
              setSelected(undefined);
            }}
          />
          <main className="wm-main">
            {outbox ? (
              <OutboxView />
            ) : (
              <>
                <section ref={listPane} className="wm-list-pane" aria-label="Message list">
                  <SearchBox
                    value={searchText}
                    onValueChange={setSearchText}
                    onSubmit={flushSearch}
                    scope={searchScope}
                    onScopeChange={setSearchScope}
                    folderName={folder.name}
                    onMoveToList={() =>
                      listPane.current?.querySelector<HTMLElement>('[role="listbox"][tabindex="0"]')?.focus()
                    }
                  />
                  {searching ? (
                    <SearchResults
                      text={settledSearch}
                      scope={searchScope}
                      folder={folder}
                      folders={folders.data}
                      selectedId={selected}
                      onSelect={onSelect}
                      onOpen={onOpen}
                      onClear={() => setSearchText('')}
                    />
                  ) : (
                    <MessageList
                      folder={folder}
                      selectedId={selected}
                      onSelect={onSelect}
                      onOpen={onOpen}
                      autoFocus={folderId === undefined && !searchedOnce.current}
                    />
                  )}
                </section>
                <section className="wm-reading-pane" aria-label="Reading pane">
                  {selected ? (
                    <MessageView
                      key={selected}
                      mailId={selected}
                      folder={selectedFolder ?? folder}
                      fetchWithSession={fetchWithSession}
                      autoFocus={focusRequest === selected}
                      onFocused={onFocused}
                      onNotice={onNotice}
                      onBack={() => setSelected(undefined)}
                      onCompose={(intent) => compose.current?.open(intent)}
                    />
                  ) : notice ? (
                    <p role={notice.kind === 'error' ? 'alert' : 'status'} className="wm-notice">
                      {notice.text}{' '}
                      {notice.draftId ? (
                        <button
                          type="button"
                          className="wm-button"
                          onClick={() => compose.current?.open({ kind: 'draft', mailId: notice.draftId ?? '' })}
                        >
                          Edit the draft
                        </button>
                      ) : null}
                    </p>
                  ) : (
                    <p className="wm-empty">Select a message to read it.</p>
                  )}
                </section>
              </>
            )}
          </main>
        </>
      ) : folders.isPending ? (
        <p role="status">Loading your folders…</p>
      ) : null}
      <ComposeArea ref={compose} identity={account.identity} />
    </div>
  );
}
