import { createAttachmentQueue } from '../attachments/createAttachmentQueue';
import type { SendCheck } from '../checks/checkBeforeSend';
import { emptyDraft, type Draft, type DraftAttachment } from '../draft';
import {
  defaultPageStorage,
  listPageRecords,
  readPageRecord,
  removePageRecord,
  writePageRecord,
  type PageRecord,
} from '../journal/pageRecords';
import type { JournalEntry } from '../journal/types';
import { conflictFields, resolveFields } from './conflictFields';
import { getDefaultOutbox } from '../outbox/createSendOutbox';
import { loadPrefillOnDemand } from '../prefill/loadPrefillOnDemand';
import { queueBindings } from '../prefill/queueBindings';
import { ComposeStateError } from './ComposeStateError';
import { createAutosave, type Autosave } from './createAutosave';
import { createJournalSync } from './createJournalSync';
import { loadBodyPlainText } from '../text/loadBodyPlainText';
import type { ReopenFlow } from './createReopenFlow';
import type { SendFlow } from './createSendFlow';
import { loadSessionFlows, sessionFlowsLoaded } from './loadSessionFlows';
import { defaultChannel, defaultClientId, defaultJournal, defaultLocks, randomId, TAB_CHANNEL_NAME } from './defaults';
import { describeError, isNotFound } from './describeError';
import { findInFolder } from './serverLookup';
import { sameDraftFields } from './sameDraftFields';
import { invalidRecipientsOf } from './toDraftInput';
import { EDITING, ignore, persistentKey, type SessionCore, type SessionFields } from './sessionCore';
import { assertTransition } from './transitions';
import type {
  ComposeSession,
  ComposeSessionOptions,
  ComposeSnapshot,
  ComposeState,
  ConflictChoice,
  UnsentEdits,
} from './types';
import { userMessage } from './userMessage';
import { watchOnline } from './watchOnline';

/** How long a view that met its draft gone waits for another view of it to answer (a tab's message takes ms). */
const OTHER_VIEWS_ANSWER_MS = 500;

/**
 * Creates the compose session: the whole lifecycle of one message (prefill, autosave, journal, attachments, send,
 * undo, schedule) as a framework-free store for `useSyncExternalStore`. See README "Compose session".
 *
 * This file wires the parts: the fields and snapshot, the journal and tab sync, the attachment queue, edits,
 * conflict resolution and start-up; `createAutosave`, `createSendFlow` and `createReopenFlow` hold the flows (the last
 * two load on demand: loadSessionFlows).
 */
export function createComposeSession(options: ComposeSessionOptions): ComposeSession {
  const { client, intent, identity } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const outbox = options.outbox ?? getDefaultOutbox(client);
  const journal = options.journal === undefined ? defaultJournal() : options.journal;
  const domain = identity.from.address.split('@').pop() || 'localhost';
  const clientId = options.clientId ?? defaultClientId(intent, random, identity.from.address);
  const account = identity.from.address.toLowerCase();
  const tabId = randomId(random);
  const channel =
    options.broadcastChannel === null ? null : (options.broadcastChannel ?? defaultChannel)(TAB_CHANNEL_NAME);
  const pageStorage = options.pageStorage === undefined ? defaultPageStorage() : options.pageStorage;

  const f: SessionFields = {
    state: 'loading',
    draft: emptyDraft({ from: identity.from }),
    version: 0,
    knownVersion: 0,
    savedVersion: 0,
    serverId: undefined,
    lastSavedAt: undefined,
    saveError: undefined,
    sendError: undefined,
    recovered: false,
    conflict: undefined,
    undo: undefined,
    scheduled: undefined,
    loadError: undefined,
    journalError: undefined,
    readOnly: false,
    pending: undefined,
    disposed: false,
    undoing: false,
    attachmentKey: '[]',
    pendingCreate: undefined,
    pageHidden: false,
    unsentEdits: undefined,
  };

  // --- snapshot ----------------------------------------------------------------------------------------------------
  const listeners = new Set<() => void>();
  let checksFor: Draft | undefined;
  let checks: readonly SendCheck[] = [];
  // The checks come with the send code (they matter only to a Send, which waits for it): none until it is here.
  const computeChecks = () => {
    const check = sessionFlowsLoaded()?.checkBeforeSend;
    if (check && checksFor !== f.draft) {
      checksFor = f.draft;
      checks = check(f.draft, options.locale ? { locale: options.locale } : undefined);
    }
    return checks;
  };

  const online = watchOnline(() => {
    publish();
    if (core.autosave.canAutosave() && core.autosave.needsSave(false)) core.autosave.run().catch(ignore);
  });

  let invalidFor: Draft | undefined;
  let invalid: ReturnType<typeof invalidRecipientsOf> = [];
  const computeInvalid = () => {
    if (invalidFor !== f.draft) {
      invalidFor = f.draft;
      invalid = invalidRecipientsOf(f.draft);
    }
    return invalid;
  };

  const partsNotUploaded = () => f.draft.attachments.some((a) => a.state !== 'uploaded');
  const keptOnlyHere = () => computeInvalid().length > 0 || partsNotUploaded();

  const build = (): ComposeSnapshot => {
    const skew = options.serverClock?.getSkew();
    const { conflict } = f;
    const invalidRecipients = computeInvalid();
    return {
      state: f.state,
      draft: f.draft,
      clientId,
      offline: !online.online(),
      recovered: f.recovered,
      checks: computeChecks(),
      readOnly: f.readOnly,
      version: f.version,
      ...(f.serverId === undefined ? {} : { serverId: f.serverId }),
      ...(f.lastSavedAt === undefined ? {} : { lastSavedAt: f.lastSavedAt }),
      ...(f.saveError ? { saveError: f.saveError } : {}),
      ...(f.sendError ? { sendError: f.sendError } : {}),
      ...(conflict
        ? {
            conflict: {
              theirVersion: conflict.theirVersion,
              theirTabId: conflict.theirTabId,
              theirs: conflict.theirs,
              fields: conflictFields(f.draft, conflict.theirs),
            },
          }
        : {}),
      ...(invalidRecipients.length > 0 ? { invalidRecipients } : {}),
      ...(f.unsentEdits ? { unsentEdits: f.unsentEdits } : {}),
      ...(f.undo ? { undo: f.undo } : {}),
      ...(f.scheduled ? { scheduled: f.scheduled } : {}),
      ...(f.loadError ? { loadError: f.loadError } : {}),
      ...(f.journalError ? { journalError: f.journalError } : {}),
      ...(skew ? { clockSkew: skew } : {}),
    };
  };
  let snapshot: ComposeSnapshot = build();
  function publish() {
    if (f.disposed) return;
    syncPageRecord();
    snapshot = build();
    for (const listener of [...listeners]) listener();
  }

  // --- page record (synchronous fallback, open views) ---------------------------------------------------------------
  /** What the last page-record write held: rewritten only when ids change, or on page hide with the text. */
  let written: { serverId: string | undefined; pendingCreate: unknown } | undefined;
  const CLOSED: readonly ComposeState[] = ['sent', 'undoable', 'scheduled', 'discarded'];
  function recordNow() {
    if (f.disposed || f.state === 'loading' || CLOSED.includes(f.state)) return;
    const unsaved = f.version > f.savedVersion || f.conflict !== undefined || keptOnlyHere();
    const record: PageRecord & { account: string } = {
      clientId,
      account,
      intent,
      subject: f.draft.subject,
      updatedAt: now(),
      ...(f.serverId === undefined ? {} : { serverId: f.serverId }),
      ...(f.pendingCreate ? { pendingCreate: f.pendingCreate } : {}),
      // The text only when the server lacks it.
      ...(unsaved ? { entry: journalEntry() } : {}),
    };
    writePageRecord(pageStorage, record);
    written = { serverId: f.serverId, pendingCreate: f.pendingCreate };
  }
  function syncPageRecord() {
    if (!pageStorage || f.state === 'loading') return;
    if (CLOSED.includes(f.state)) {
      if (written) removePageRecord(pageStorage, clientId);
      written = undefined;
      return;
    }
    if (!written || written.serverId !== f.serverId || written.pendingCreate !== f.pendingCreate) recordNow();
  }

  // --- core --------------------------------------------------------------------------------------------------------
  /** Whose journal entry holds the parts this view shows: its own, or the other view's it follows. */
  let partsOf = clientId;
  /** Taking in another view's list of parts (`takeTheirs`). */
  let following = false;
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  const queue = createAttachmentQueue({
    client,
    domain,
    ...(options.limits ? { limits: options.limits } : {}),
    // Each added file is kept on the device with the draft's journal entry, so an upload lost with the page runs again.
    ...(journal?.putFile && {
      files: {
        keep: (localId, file) => journal.putFile?.(clientId, localId, file),
        drop: (localId) => void journal.removeFile?.(clientId, localId).catch(ignore),
        get: async (localId) => journal.getFile?.(partsOf, localId),
      },
      ...(locks && {
        views: {
          locks,
          recorded: () => journalSync.written(),
          // Its entry gone (the view was closed with the part not up, or sent): nobody else will finish the part.
          unfinished: async (localId) => {
            const entry = await journal.get(partsOf);
            const part = entry?.draft.attachments.find((a) => a.localId === localId);
            return !entry || (part !== undefined && (part.state === 'queued' || part.state === 'uploading'));
          },
        },
      }),
    }),
  });
  const journalEntry = (): JournalEntry => ({
    clientId,
    ...(f.serverId === undefined ? {} : { serverId: f.serverId }),
    version: f.version,
    savedVersion: f.savedVersion,
    tabId,
    updatedAt: now(),
    draft: f.draft,
    ...(f.pendingCreate ? { pendingCreate: f.pendingCreate } : {}),
  });
  /** Every server id this draft has had here, oldest first: a replace gives the draft a new id. */
  const lineage: string[] = [];
  const lineageNow = () => {
    if (f.serverId !== undefined && lineage[lineage.length - 1] !== f.serverId) {
      lineage.push(f.serverId);
      if (lineage.length > 20) lineage.shift();
    }
    return lineage;
  };
  const journalSync = createJournalSync({
    journal,
    channel,
    clientId,
    tabId,
    read: () => {
      f.knownVersion = Math.max(f.knownVersion, f.version);
      return journalEntry();
    },
    lineage: lineageNow,
    version: () => f.version,
    isClean: () => f.state === 'saved' && f.version <= f.savedVersion && !f.conflict && !f.pending,
    onConflict: enterConflict,
    onSupersede: (entry) => {
      if (f.disposed || !EDITING.includes(f.state)) return;
      // A save of this view's version is on its way: both would write the server draft, so the user chooses.
      if (f.state === 'saving') return enterConflict(entry);
      f.conflict = undefined;
      // The journal holds their entry already: writing it back would only have them take it again, and so on.
      takeTheirs(entry);
      publish();
    },
    onError: (error) => {
      f.journalError = `The draft cannot be kept on this device: ${describeError(error).message}`;
      publish();
    },
    // Another view that missed this one's news asks: it hears this view's state (it may be about to make a second
    // draft of a message this view already saved under a new id).
    onAsked: (to) => {
      if (!f.disposed && EDITING.includes(f.state)) journalSync.announce(to);
    },
    onWritten: () => {
      if (f.journalError === undefined) return;
      f.journalError = undefined;
      publish();
    },
  });

  function enterConflict(entry: JournalEntry) {
    if (f.disposed || !EDITING.includes(f.state)) return;
    if (entry.clientId === clientId) f.knownVersion = Math.max(f.knownVersion, entry.version);
    f.conflict = { theirVersion: entry.version, theirTabId: entry.tabId, theirs: entry.draft, entry };
    core.autosave.clearTimers();
    publish();
  }

  const transition = (next: ComposeState) => {
    assertTransition(f.state, next);
    f.state = next;
  };
  // Autosave needs the core and the core hands out autosave: tied after both exist.
  const late: { autosave?: Autosave } = {};
  const core: SessionCore = {
    f,
    options,
    client,
    outbox,
    queue,
    journalSync,
    get autosave() {
      if (!late.autosave) throw new Error('autosave used before it was created');
      return late.autosave;
    },
    clientId,
    now,
    isOnline: () => online.online(),
    transition,
    setSaveState: (next) => {
      if (EDITING.includes(f.state) && f.state !== next) transition(next);
    },
    publish,
    checks: computeChecks,
    keptOnlyHere,
    markChanged,
    journalEntry,
    setDraft: (base) => {
      const attachments = queue.getSnapshot() as DraftAttachment[];
      f.draft = { ...base, attachments };
      f.attachmentKey = persistentKey(attachments);
    },
    prefillContext: () => ({
      client,
      identity,
      domain,
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
    }),
    writePageRecord: recordNow,
    askOtherViews: async () => {
      if (!channel) return;
      journalSync.ask();
      await new Promise((resolve) => setTimeout(resolve, OTHER_VIEWS_ANSWER_MS));
    },
    otherSessionServerIds: () =>
      new Set(
        listPageRecords(pageStorage).flatMap((r) =>
          r.clientId !== clientId && r.serverId !== undefined ? [r.serverId] : [],
        ),
      ),
    reuploadStale: (localIds) => queue.reupload(localIds),
    keepAsNewDraft,
  };
  late.autosave = createAutosave(core, {
    delayMs: options.autosaveDelayMs ?? 2000,
    random,
    timeoutMs: options.saveTimeoutMs ?? 30_000,
  });
  let flows: { send: SendFlow; reopen: ReopenFlow } | undefined;
  /** Runs `act` with the flows, made once their chunk is here (at once when it is). A chunk that cannot load ends the
   * call like a request that could not be sent: in words, nothing sent, the draft kept; the next press loads it again. */
  async function withFlows<T>(act: (ready: NonNullable<typeof flows>) => Promise<T>, onFail: (error: unknown) => T) {
    let loaded = sessionFlowsLoaded();
    if (!loaded) {
      try {
        loaded = await loadSessionFlows();
      } catch (error) {
        return onFail(error);
      }
    }
    flows ??= { send: loaded.createSendFlow(core), reopen: loaded.createReopenFlow(core) };
    return act(flows);
  }
  /** The send code could not load: the failure, in words, as the send's outcome. */
  const notLoaded = (message: string) => {
    f.sendError = { code: 'send-failed', message, retryable: true };
    publish();
    return { ok: false as const, error: f.sendError, checks: core.checks() };
  };
  const sendNotLoaded = (kind: 'send' | 'schedule' | 'undo') => (error: unknown) => notLoaded(userMessage(error, kind));

  // Only a session that sent (its flows loaded) can be undoable; events before that are not this session's.
  const unsubscribeOutbox = outbox.onSettled((event) => flows?.reopen.onOutboxEvent(event));
  const unsubscribeClock = options.serverClock?.subscribe(publish);

  queue.subscribe(() => {
    const attachments = queue.getSnapshot() as DraftAttachment[];
    const key = persistentKey(attachments);
    f.draft = { ...f.draft, attachments };
    // Progress ticks are not changes; an added, uploaded, failed or removed part is. Outside editing (a send in
    // flight) the key stays old, so the change still counts at the next queue event once editing again.
    if (key !== f.attachmentKey && EDITING.includes(f.state)) {
      f.attachmentKey = key;
      // Another view's list taken in is that view's change: it journals and saves it, as it does its text.
      if (!following) {
        markChanged();
        return;
      }
    }
    publish();
  });

  // --- edits -------------------------------------------------------------------------------------------------------
  function markChanged() {
    f.version = Math.max(f.version, f.knownVersion) + 1;
    if (f.state === 'pristine' || f.state === 'saved' || f.state === 'save-failed' || f.state === 'send-failed') {
      transition('dirty');
    }
    // In conflict the edit is not saved until the user picks a version. It is journaled (and so shown to the other
    // view, whose comparison stays current) unless both views share one journal entry, which would overwrite theirs.
    if (!f.conflict || f.conflict.entry.clientId !== clientId) journalSync.schedule();
    if (!f.conflict) core.autosave.schedule();
    publish();
  }

  function update(patch: Partial<Omit<Draft, 'attachments'>>) {
    if (f.readOnly) throw new ComposeStateError('This message is scheduled: cancel the schedule to edit it.');
    if (!EDITING.includes(f.state)) throw new ComposeStateError(`The message cannot be edited while ${f.state}.`);
    const next: Draft = { ...f.draft, ...patch, attachments: f.draft.attachments };
    if (sameDraftFields(f.draft, next)) return;
    f.draft = next;
    markChanged();
  }

  // --- conflict, discard, notify, dispose ---------------------------------------------------------------------------

  /**
   * Takes another tab's version of this draft as this view's own. True when this view now journals and saves it;
   * false when the other view does (this one only follows it).
   */
  function takeTheirs(entry: JournalEntry): boolean {
    journalSync.adopt(entry);
    partsOf = entry.clientId;
    following = true;
    try {
      queue.follow(entry.draft.attachments);
    } finally {
      following = false;
    }
    core.setDraft(entry.draft);
    if (entry.clientId === clientId) {
      f.version = entry.version;
      f.knownVersion = f.version;
      f.savedVersion = entry.savedVersion;
      f.serverId = entry.serverId;
      if (f.version > f.savedVersion) core.setSaveState('dirty');
      else if (f.serverId !== undefined) core.setSaveState('saved');
      // Its author saves it; two views replacing one server draft at once would each meet the other's new id.
      core.autosave.defer();
      return true;
    }
    // Another view of the same draft (its own counter): that view saves what it wrote and this one follows it, so
    // two views never replace one server draft at once; this view's journal entry (its own text) is dropped.
    core.autosave.clearTimers();
    f.version += 1;
    f.savedVersion = f.version;
    if (entry.serverId !== undefined && !lineageNow().includes(entry.serverId)) f.serverId = entry.serverId;
    if (f.serverId !== undefined) core.setSaveState('saved');
    void journalSync.remove();
    return false;
  }

  function resolveConflict(choice: ConflictChoice) {
    const current = f.conflict;
    if (!current) return;
    f.conflict = undefined;
    let journals = true;
    if (choice === 'theirs') {
      journals = takeTheirs(current.entry);
    } else {
      journalSync.adopt(current.entry);
      // This tab's text, or a field-by-field mix; written to the server draft the other tab saved last.
      if (choice !== 'mine') {
        const merged = resolveFields(f.draft, current.theirs, choice);
        if (choice.rest === 'theirs') queue.follow(current.theirs.attachments);
        core.setDraft(merged);
      }
      // Written to the newest server copy: theirs, unless this view already replaced it.
      const theirId = current.entry.serverId;
      if (theirId !== undefined && !lineageNow().includes(theirId)) f.serverId = theirId;
      f.version = Math.max(f.version, current.entry.clientId === clientId ? current.theirVersion : 0) + 1;
      f.knownVersion = f.version;
      core.setSaveState('dirty');
    }
    if (journals) journalSync.schedule();
    if (core.autosave.needsSave(false)) core.autosave.schedule();
    publish();
  }

  /** Keeps a draft as a new unsent message under a new local id, journaled and listed as an open view. */
  function keepAsNewDraft(draft: Draft): UnsentEdits {
    const newId = randomId(random);
    const kept: Draft = { ...draft, attachments: draft.attachments.filter((a) => a.state === 'uploaded') };
    const entry: JournalEntry = { clientId: newId, version: 1, savedVersion: 0, tabId, updatedAt: now(), draft: kept };
    writePageRecord(pageStorage, {
      clientId: newId,
      account,
      intent: { kind: 'new' },
      subject: kept.subject,
      updatedAt: now(),
      entry,
    });
    journal?.put(entry).catch(() => undefined);
    return { clientId: newId, draft: kept };
  }

  async function discard() {
    if (f.state === 'discarded') return;
    if (!EDITING.includes(f.state) && f.state !== 'loading') {
      throw new ComposeStateError(`The message cannot be discarded while ${f.state}.`);
    }
    core.autosave.clearTimers();
    await core.autosave.idle();
    transition('discarded');
    queue.clear({ deleteRemote: true });
    publish();
    removePageRecord(pageStorage, clientId);
    await Promise.all([journalSync.remove(), deleteServerDraft()]);
  }

  /** Discard leaves nothing on the server: the draft, or one a lost create made. */
  async function deleteServerDraft() {
    const remove = (client as { deleteMail?: (id: string) => Promise<void> }).deleteMail?.bind(client);
    if (!remove) return;
    let id = f.serverId;
    if (id === undefined && f.pendingCreate) {
      const lost = f.pendingCreate;
      const found = await findInFolder(client, 'drafts', lost.fingerprint, {
        since: lost.startedAt,
        skewMs: options.serverClock?.getSkew()?.skewMs ?? 0,
        exclude: core.otherSessionServerIds(),
      }).catch(() => undefined);
      id = found?.id;
    }
    if (id === undefined) return;
    await remove(id).catch((error: unknown) => {
      // Already gone is what discard wants; anything else leaves a draft the user can delete from Drafts.
      if (!isNotFound(error)) f.loadError = 'The draft could not be deleted from the server; delete it from Drafts.';
    });
    f.serverId = undefined;
  }

  function notify(event: 'blur' | 'hidden' | 'close') {
    if (f.disposed) return;
    // The page may die before an IndexedDB write or a request ends: the text goes to sync storage first.
    if (event !== 'blur') recordNow();
    void journalSync.flush();
    if (!core.autosave.canAutosave() || !core.autosave.needsSave(false)) return;
    // A create started while the page unloads would make a draft whose id never arrives: the restored view creates
    // it instead (from the page record). A hidden tab (switched away) lives on: its create goes, and were the answer
    // lost, the page record's `pendingCreate` lets the restored view find the draft. A replace is always safe.
    if (event === 'hidden' && f.pageHidden && f.serverId === undefined) return;
    core.autosave.run('flush').catch(ignore);
  }

  const onPageHide = () => {
    f.pageHidden = true;
    notify('hidden');
  };
  const onPageShow = () => {
    f.pageHidden = false;
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') notify('hidden');
  };
  const watchPage = options.watchPage !== false && typeof window !== 'undefined' && typeof document !== 'undefined';
  if (watchPage) {
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    document.addEventListener('visibilitychange', onVisibility);
  }

  function dispose() {
    if (f.disposed) return;
    core.autosave.clearTimers();
    // The user closed the view with parts not uploaded (their uploads end here) and the server holds the rest: the
    // entry was kept only for them, so it goes with their files. A page going away keeps it: the view comes back.
    if (!f.pageHidden && f.state === 'saved' && !f.conflict && computeInvalid().length === 0 && partsNotUploaded()) {
      void journalSync.remove();
    }
    journalSync.dispose();
    f.disposed = true;
    queue.dispose();
    online.dispose();
    unsubscribeOutbox();
    unsubscribeClock?.();
    listeners.clear();
    if (watchPage) {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      document.removeEventListener('visibilitychange', onVisibility);
    }
    // The user closed the view: it is no longer open (its unsaved text, if any, stays in the journal). A page being
    // unloaded keeps the record, so the view comes back.
    if (!f.pageHidden) removePageRecord(pageStorage, clientId);
  }

  // --- start -------------------------------------------------------------------------------------------------------
  async function start() {
    // Loaded ahead of the first save (which waits for it); a failure here is tried again by that save.
    loadBodyPlainText().catch(ignore);
    // The same for the send code: a Send finds it here (and a failure is tried again by that Send). Its arrival
    // brings the pre-send checks into the snapshot.
    loadSessionFlows().then(publish, ignore);
    const record = intent.kind === 'scheduled' ? undefined : readPageRecord(pageStorage, clientId);
    const stored =
      intent.kind === 'scheduled' || !journal ? undefined : await journal.get(clientId).catch(() => undefined);
    if (f.disposed) return;
    const entry = newerEntry(stored, record?.entry);
    f.pendingCreate = record?.pendingCreate ?? entry?.pendingCreate;
    if (entry) {
      // Unsaved edits of an earlier session (crash, closed tab): they win over the server copy, with the files kept
      // on this device for parts whose upload had not finished.
      const { attachments } = entry.draft;
      const files = new Map<string, Blob>();
      await Promise.all(
        attachments.map(async ({ localId }) => {
          const file = await journal?.getFile?.(clientId, localId).catch(ignore);
          if (file) files.set(localId, file);
        }),
      );
      if (f.disposed) return;
      queue.restore(attachments, files);
      core.setDraft(entry.draft);
      f.version = entry.version;
      f.knownVersion = entry.version;
      f.savedVersion = entry.savedVersion;
      f.serverId = entry.serverId;
      f.recovered = true;
      // What the journal holds now is known to this tab (the page-hide copy may be newer than it).
      journalSync.adopt(stored ?? entry);
      if (f.version > f.savedVersion) {
        transition('dirty');
        core.autosave.schedule();
      } else {
        transition(f.serverId === undefined ? 'pristine' : 'saved');
      }
      publish();
      return;
    }
    // Saved before the reload and nothing newer here: the view comes back with the server's draft.
    const reopen =
      record?.serverId !== undefined && intent.kind !== 'scheduled'
        ? { kind: 'draft' as const, mailId: record.serverId }
        : intent;
    try {
      const prefill = await loadPrefillOnDemand(reopen, core.prefillContext());
      if (f.disposed) return;
      queueBindings(queue, prefill.bindings);
      // Attachments handed in with a new message (e.g. already in the queue) are kept; without a file or queue id
      // they come back failed with a reason rather than vanish.
      if (intent.kind === 'new' && intent.initial?.attachments?.length) queue.restore(intent.initial.attachments);
      core.setDraft(prefill.draft);
      if (intent.kind === 'scheduled') {
        f.scheduled = { mailId: intent.mailId };
        f.readOnly = true;
        transition('scheduled');
      } else {
        f.serverId = prefill.serverId;
        transition(f.serverId === undefined ? 'pristine' : 'saved');
      }
    } catch (error) {
      f.loadError = `The message could not be loaded: ${describeError(error).message}`;
      core.setDraft(emptyDraft({ from: identity.from }));
      transition('pristine');
    }
    publish();
  }

  const ready = start().catch((error: unknown) => {
    f.loadError = describeError(error).message;
    if (f.state === 'loading') transition('pristine');
    publish();
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    ready,
    update,
    setBodyHtml: (bodyHtml) => update({ bodyHtml }),
    attachments: queue,
    save: () => {
      if (f.conflict) return Promise.reject(new ComposeStateError('Resolve the conflict with the other tab first.'));
      if (f.pending) return Promise.reject(new ComposeStateError('Press Send again to settle the last send first.'));
      return EDITING.includes(f.state) ? core.autosave.run('flush') : Promise.resolve();
    },
    send: (sendOptions) => withFlows((ready) => ready.send.send(sendOptions), sendNotLoaded('send')),
    undo: () => withFlows((ready) => ready.reopen.undo(), sendNotLoaded('undo')),
    schedule: (epochSeconds, sendOptions) =>
      withFlows((ready) => ready.send.schedule(epochSeconds, sendOptions), sendNotLoaded('schedule')),
    cancelSchedule: () =>
      withFlows(
        (ready) => ready.reopen.cancelSchedule(),
        (error) => {
          notLoaded(`The schedule could not be cancelled: ${describeError(error).message}`);
          throw error;
        },
      ),
    discard,
    notify,
    resolveConflict,
    dispose,
  };
}

/** The later of the IndexedDB entry and the page-hide copy (written synchronously, so often the newer one). */
function newerEntry(a: JournalEntry | undefined, b: JournalEntry | undefined): JournalEntry | undefined {
  if (!a || !b) return a ?? b;
  if (a.version !== b.version) return a.version > b.version ? a : b;
  return a.updatedAt >= b.updatedAt ? a : b;
}
