import { createAttachmentQueue } from '../attachments/createAttachmentQueue';
import { checkBeforeSend, type SendCheck } from '../checks/checkBeforeSend';
import { emptyDraft, type Draft, type DraftAttachment } from '../draft';
import type { JournalEntry } from '../journal/types';
import { getDefaultOutbox } from '../outbox/createSendOutbox';
import { loadPrefill } from '../prefill/loadPrefill';
import { queueBindings } from '../prefill/queueBindings';
import { ComposeStateError } from './ComposeStateError';
import { createAutosave, type Autosave } from './createAutosave';
import { createJournalSync } from './createJournalSync';
import { createReopenFlow } from './createReopenFlow';
import { createSendFlow } from './createSendFlow';
import { defaultChannel, defaultClientId, defaultJournal, randomId, TAB_CHANNEL_NAME } from './defaults';
import { describeError } from './describeError';
import { sameDraftFields } from './sameDraftFields';
import { EDITING, ignore, persistentKey, type SessionCore, type SessionFields } from './sessionCore';
import { assertTransition } from './transitions';
import type { ComposeSession, ComposeSessionOptions, ComposeSnapshot, ComposeState } from './types';
import { watchOnline } from './watchOnline';

/**
 * Creates the compose session: the whole lifecycle of one message (prefill, autosave, journal, attachments, send,
 * undo, schedule) as a framework-free store for `useSyncExternalStore`. See README "Compose session".
 *
 * This file wires the parts: the fields and snapshot, the journal and tab sync, the attachment queue, edits,
 * conflict resolution and start-up; `createAutosave`, `createSendFlow` and `createReopenFlow` hold the flows.
 */
export function createComposeSession(options: ComposeSessionOptions): ComposeSession {
  const { client, intent, identity } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const outbox = options.outbox ?? getDefaultOutbox(client);
  const journal = options.journal === undefined ? defaultJournal() : options.journal;
  const domain = identity.from.address.split('@').pop() || 'localhost';
  const clientId = options.clientId ?? defaultClientId(intent, random);
  const tabId = randomId(random);
  const channel =
    options.broadcastChannel === null ? null : (options.broadcastChannel ?? defaultChannel)(TAB_CHANNEL_NAME);

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
  };

  // --- snapshot ----------------------------------------------------------------------------------------------------
  const listeners = new Set<() => void>();
  let checksFor: Draft | undefined;
  let checks: readonly SendCheck[] = [];
  const computeChecks = () => {
    if (checksFor !== f.draft) {
      checksFor = f.draft;
      checks = checkBeforeSend(f.draft, options.locale ? { locale: options.locale } : undefined);
    }
    return checks;
  };

  const online = watchOnline(() => {
    publish();
    if (core.autosave.canAutosave() && core.autosave.needsSave(false)) core.autosave.run().catch(ignore);
  });

  const build = (): ComposeSnapshot => {
    const skew = options.serverClock?.getSkew();
    const { conflict } = f;
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
            conflict: { theirVersion: conflict.theirVersion, theirTabId: conflict.theirTabId, theirs: conflict.theirs },
          }
        : {}),
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
    snapshot = build();
    for (const listener of [...listeners]) listener();
  }

  // --- core --------------------------------------------------------------------------------------------------------
  const queue = createAttachmentQueue({ client, domain, ...(options.limits ? { limits: options.limits } : {}) });
  const journalEntry = (): JournalEntry => ({
    clientId,
    ...(f.serverId === undefined ? {} : { serverId: f.serverId }),
    version: f.version,
    savedVersion: f.savedVersion,
    tabId,
    updatedAt: now(),
    draft: f.draft,
  });
  const journalSync = createJournalSync({
    journal,
    channel,
    clientId,
    tabId,
    read: () => {
      f.knownVersion = Math.max(f.knownVersion, f.version);
      return journalEntry();
    },
    onConflict: (entry) => {
      if (f.disposed || !EDITING.includes(f.state)) return;
      f.knownVersion = Math.max(f.knownVersion, entry.version);
      f.conflict = { theirVersion: entry.version, theirTabId: entry.tabId, theirs: entry.draft, entry };
      core.autosave.clearTimers();
      publish();
    },
    onError: (error) => {
      f.journalError = `The draft cannot be kept on this device: ${describeError(error).message}`;
      publish();
    },
    onWritten: () => {
      if (f.journalError === undefined) return;
      f.journalError = undefined;
      publish();
    },
  });

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
  };
  late.autosave = createAutosave(core, { delayMs: options.autosaveDelayMs ?? 2000, random });
  const sendFlow = createSendFlow(core);
  const reopenFlow = createReopenFlow(core);

  const unsubscribeOutbox = outbox.onSettled(reopenFlow.onOutboxEvent);
  const unsubscribeClock = options.serverClock?.subscribe(publish);

  queue.subscribe(() => {
    const attachments = queue.getSnapshot() as DraftAttachment[];
    const key = persistentKey(attachments);
    f.draft = { ...f.draft, attachments };
    // Progress ticks are not changes; an added, uploaded, failed or removed part is. Outside editing (a send in
    // flight) the key stays old, so the change still counts at the next queue event once editing again.
    if (key !== f.attachmentKey && EDITING.includes(f.state)) {
      f.attachmentKey = key;
      markChanged();
      return;
    }
    publish();
  });

  // --- edits -------------------------------------------------------------------------------------------------------
  function markChanged() {
    f.version = Math.max(f.version, f.knownVersion) + 1;
    if (f.state === 'pristine' || f.state === 'saved' || f.state === 'save-failed' || f.state === 'send-failed') {
      transition('dirty');
    }
    // In conflict the edit stays in memory only, until the user picks a version.
    if (!f.conflict) {
      journalSync.schedule();
      core.autosave.schedule();
    }
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
  function resolveConflict(choice: 'mine' | 'theirs') {
    const current = f.conflict;
    if (!current) return;
    f.conflict = undefined;
    journalSync.adopt(current.entry);
    if (choice === 'mine') {
      // Keep this tab's text, but write to the server draft the other tab saved last.
      if (current.entry.serverId !== undefined) f.serverId = current.entry.serverId;
      f.version = Math.max(f.version, current.theirVersion) + 1;
      f.knownVersion = f.version;
      core.setSaveState('dirty');
    } else {
      queue.clear({ deleteRemote: false });
      queue.restore(current.theirs.attachments);
      core.setDraft(current.theirs);
      f.version = current.entry.version;
      f.knownVersion = f.version;
      f.savedVersion = current.entry.savedVersion;
      f.serverId = current.entry.serverId;
      if (f.version > f.savedVersion) core.setSaveState('dirty');
      else if (f.serverId !== undefined) core.setSaveState('saved');
    }
    journalSync.schedule();
    if (core.autosave.needsSave(false)) core.autosave.schedule();
    publish();
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
    await journalSync.remove();
  }

  function notify(event: 'blur' | 'hidden' | 'close') {
    void event; // every hint means the same: the user may be gone, save now.
    if (f.disposed) return;
    void journalSync.flush();
    if (core.autosave.canAutosave() && core.autosave.needsSave(false)) core.autosave.run('flush').catch(ignore);
  }

  function dispose() {
    if (f.disposed) return;
    core.autosave.clearTimers();
    journalSync.dispose();
    f.disposed = true;
    queue.dispose();
    online.dispose();
    unsubscribeOutbox();
    unsubscribeClock?.();
    listeners.clear();
  }

  // --- start -------------------------------------------------------------------------------------------------------
  async function start() {
    const entry =
      intent.kind === 'scheduled' || !journal ? undefined : await journal.get(clientId).catch(() => undefined);
    if (f.disposed) return;
    if (entry) {
      // Unsaved edits of an earlier session (crash, closed tab): they win over the server copy.
      queue.restore(entry.draft.attachments);
      core.setDraft(entry.draft);
      f.version = entry.version;
      f.knownVersion = entry.version;
      f.savedVersion = entry.savedVersion;
      f.serverId = entry.serverId;
      f.recovered = true;
      journalSync.adopt(entry);
      if (f.version > f.savedVersion) {
        transition('dirty');
        core.autosave.schedule();
      } else {
        transition(f.serverId === undefined ? 'pristine' : 'saved');
      }
      publish();
      return;
    }
    try {
      const prefill = await loadPrefill(intent, core.prefillContext());
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
    send: sendFlow.send,
    undo: reopenFlow.undo,
    schedule: sendFlow.schedule,
    cancelSchedule: reopenFlow.cancelSchedule,
    discard,
    notify,
    resolveConflict,
    dispose,
  };
}
