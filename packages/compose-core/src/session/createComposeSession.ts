import type { Mail, SendResult } from '@inkwell/axigen-client';
import { createAttachmentQueue } from '../attachments/createAttachmentQueue';
import { checkBeforeSend, type SendCheck } from '../checks/checkBeforeSend';
import { emptyDraft, type Draft, type DraftAttachment } from '../draft';
import type { JournalEntry } from '../journal/types';
import { getDefaultOutbox } from '../outbox/createSendOutbox';
import { OutboxError, type OutboxSettledEvent } from '../outbox/types';
import { loadPrefill } from '../prefill/loadPrefill';
import { validateDeliveryTime } from '../schedule/validateDeliveryTime';
import { backoffDelay } from './backoffDelay';
import { ComposeStateError } from './ComposeStateError';
import { createJournalSync } from './createJournalSync';
import { defaultChannel, defaultClientId, defaultJournal, randomId, TAB_CHANNEL_NAME } from './defaults';
import { describeError, isNotFound } from './describeError';
import { sameDraftFields } from './sameDraftFields';
import { toDraftInput } from './toDraftInput';
import { assertTransition } from './transitions';
import type {
  ComposeSession,
  ComposeSessionOptions,
  ComposeSnapshot,
  ComposeState,
  ConflictInfo,
  SaveError,
  ScheduledInfo,
  SendError,
  SendOptions,
  SendOutcome,
  UndoWindow,
} from './types';
import { watchOnline } from './watchOnline';

/** The server's undo window (reference §3). */
const UNDO_WINDOW_MS = 10_000;
/** Undo is offered this much (or the request's round trip, if longer) before the server's window ends. */
const UNDO_SAFETY_MS = 1_000;

/** States in which autosave drives the state (during a send the send flow owns it). */
const EDITING: readonly ComposeState[] = ['pristine', 'dirty', 'saving', 'saved', 'save-failed', 'send-failed'];
const SENDABLE: readonly ComposeState[] = ['pristine', 'dirty', 'saving', 'saved', 'save-failed', 'send-failed'];

type SaveMode = 'auto' | 'flush' | 'send';

/** A send whose answer was lost: the message may or may not be on its way. */
interface PendingOutcome {
  kind: 'send' | 'schedule';
  serverId: string;
  version: number;
}

/**
 * Creates the compose session: the whole lifecycle of one message (prefill, autosave, journal, attachments, send,
 * undo, schedule) as a framework-free store. See README "Compose session".
 */
export function createComposeSession(options: ComposeSessionOptions): ComposeSession {
  const { client, intent, identity } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const autosaveDelayMs = options.autosaveDelayMs ?? 2000;
  const outbox = options.outbox ?? getDefaultOutbox(client);
  const journal = options.journal === undefined ? defaultJournal() : options.journal;
  const domain = identity.from.address.split('@').pop() || 'localhost';
  const clientId = options.clientId ?? defaultClientId(intent, random);
  const tabId = randomId(random);
  const channel =
    options.broadcastChannel === null ? null : (options.broadcastChannel ?? defaultChannel)(TAB_CHANNEL_NAME);

  // --- state -------------------------------------------------------------------------------------------------------
  let state: ComposeState = 'loading';
  let draft: Draft = emptyDraft({ from: identity.from });
  /** Local change counter; shared across tabs through the journal. */
  let version = 0;
  /** Highest version this tab wrote to or adopted from the journal. */
  let knownVersion = 0;
  /** The version the server holds. */
  let savedVersion = 0;
  let serverId: string | undefined;
  let lastSavedAt: number | undefined;
  let saveError: SaveError | undefined;
  let sendError: SendError | undefined;
  let recovered = false;
  let conflict: (ConflictInfo & { entry: JournalEntry }) | undefined;
  let undo: UndoWindow | undefined;
  let scheduled: ScheduledInfo | undefined;
  let loadError: string | undefined;
  let readOnly = false;
  let pending: PendingOutcome | undefined;
  let disposed = false;
  let undoing = false;

  let autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryAttempt = 0;
  let inFlight: Promise<void> | undefined;

  const listeners = new Set<() => void>();
  let snapshot: ComposeSnapshot;
  let checksFor: Draft | undefined;
  let checks: readonly SendCheck[] = [];

  const computeChecks = () => {
    if (checksFor !== draft) {
      checksFor = draft;
      checks = checkBeforeSend(draft, options.locale ? { locale: options.locale } : undefined);
    }
    return checks;
  };

  const build = (): ComposeSnapshot => {
    const skew = options.serverClock?.getSkew();
    return {
      state,
      draft,
      clientId,
      offline: !online.online(),
      recovered,
      checks: computeChecks(),
      readOnly,
      version,
      ...(serverId === undefined ? {} : { serverId }),
      ...(lastSavedAt === undefined ? {} : { lastSavedAt }),
      ...(saveError ? { saveError } : {}),
      ...(sendError ? { sendError } : {}),
      ...(conflict
        ? {
            conflict: { theirVersion: conflict.theirVersion, theirTabId: conflict.theirTabId, theirs: conflict.theirs },
          }
        : {}),
      ...(undo ? { undo } : {}),
      ...(scheduled ? { scheduled } : {}),
      ...(loadError ? { loadError } : {}),
      ...(skew ? { clockSkew: skew } : {}),
    };
  };

  const publish = () => {
    if (disposed) return;
    snapshot = build();
    for (const listener of [...listeners]) listener();
  };

  const transition = (next: ComposeState) => {
    assertTransition(state, next);
    state = next;
  };
  /** Autosave moves the state only while the user is editing; a send flow in progress owns the state. */
  const setSaveState = (next: ComposeState) => {
    if (EDITING.includes(state) && state !== next) transition(next);
  };

  // --- collaborators -----------------------------------------------------------------------------------------------
  const online = watchOnline((isOnline) => {
    if (isOnline) {
      publish();
      if (canAutosave() && needsSave(false)) runSave().catch(ignore);
    } else {
      publish();
    }
  });

  const queue = createAttachmentQueue({ client, domain, ...(options.limits ? { limits: options.limits } : {}) });
  let attachmentKey = '';
  queue.subscribe(() => {
    const attachments = queue.getSnapshot() as DraftAttachment[];
    const key = persistentKey(attachments);
    draft = { ...draft, attachments };
    // Progress ticks are not changes; an added, uploaded, failed or removed part is.
    if (key !== attachmentKey) {
      attachmentKey = key;
      if (state !== 'loading' && EDITING.includes(state)) {
        markChanged();
        return;
      }
    }
    publish();
  });

  const journalSync = createJournalSync({
    journal,
    channel,
    clientId,
    tabId,
    read: () => {
      knownVersion = Math.max(knownVersion, version);
      return journalEntry();
    },
    onConflict: (entry) => {
      if (disposed || !EDITING.includes(state)) return;
      knownVersion = Math.max(knownVersion, entry.version);
      conflict = { theirVersion: entry.version, theirTabId: entry.tabId, theirs: entry.draft, entry };
      clearTimeout(autosaveTimer);
      publish();
    },
    onError: ignore,
  });

  function journalEntry(): JournalEntry {
    return {
      clientId,
      ...(serverId === undefined ? {} : { serverId }),
      version,
      savedVersion,
      tabId,
      updatedAt: now(),
      draft,
    };
  }

  const unsubscribeOutbox = outbox.onSettled((event) => handleOutboxEvent(event));
  const unsubscribeClock = options.serverClock?.subscribe(publish);

  // --- changes -----------------------------------------------------------------------------------------------------
  const assertEditable = () => {
    if (readOnly) throw new ComposeStateError('This message is scheduled: cancel the schedule to edit it.');
    if (!EDITING.includes(state)) {
      throw new ComposeStateError(`The message cannot be edited while ${state}.`);
    }
  };

  function markChanged() {
    version = Math.max(version, knownVersion) + 1;
    if (state === 'pristine' || state === 'saved' || state === 'save-failed' || state === 'send-failed') {
      transition('dirty');
    }
    if (!conflict) {
      journalSync.schedule();
      scheduleAutosave();
    }
    publish();
  }

  function update(patch: Partial<Omit<Draft, 'attachments'>>) {
    assertEditable();
    const next: Draft = { ...draft, ...patch, attachments: draft.attachments };
    if (sameDraftFields(draft, next)) return;
    draft = next;
    markChanged();
  }

  // --- autosave ----------------------------------------------------------------------------------------------------
  function needsSave(force: boolean) {
    return version > savedVersion || (force && serverId === undefined);
  }
  function canAutosave() {
    return !disposed && !conflict && !pending && EDITING.includes(state);
  }
  function scheduleAutosave() {
    clearTimeout(autosaveTimer);
    autosaveTimer = setTimeout(() => {
      autosaveTimer = undefined;
      if (canAutosave()) runSave().catch(ignore);
    }, autosaveDelayMs);
  }

  /** Saves until the server has the latest version; one request in flight, later changes in one follow-up. */
  /**
   * `auto`: the debounce fired. `flush` (explicit save, blur, hidden, close): until the server has the latest version.
   * `send`: like flush, and creates the draft even when nothing changed (a pristine reply being sent needs one).
   */
  function runSave(mode: SaveMode = 'auto'): Promise<void> {
    if (inFlight) return inFlight.catch(ignore).then(() => runSave(mode));
    clearTimeout(autosaveTimer);
    clearTimeout(retryTimer);
    if (!needsSave(mode === 'send')) return Promise.resolve();
    if (!online.online()) {
      saveError = { message: 'You are offline; the draft will be saved when the connection is back.', retryable: true };
      if (state === 'saving') setSaveState('save-failed');
      publish();
      return Promise.reject(new Error(saveError.message));
    }
    inFlight = saveLoop(mode).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  async function saveLoop(mode: SaveMode) {
    while (needsSave(mode === 'send') && !disposed) {
      const savingVersion = version;
      const input = toDraftInput(draft);
      setSaveState('saving');
      publish();
      let mail: Mail;
      try {
        mail = await persist(input);
      } catch (error) {
        onSaveFailed(error);
        throw error;
      }
      // Replace may return a new id (the server appends a new message): always adopt it.
      serverId = mail.id;
      savedVersion = Math.max(savedVersion, savingVersion);
      lastSavedAt = now();
      saveError = undefined;
      retryAttempt = 0;
      if (version === savingVersion) {
        setSaveState('saved');
        void journalSync.settle(journalEntry());
      } else {
        // Changed during the save: one follow-up with the latest state — now when flushing, else when the user
        // pauses (the debounce that the change re-armed).
        setSaveState('dirty');
        journalSync.schedule();
        if (mode === 'auto' && autosaveTimer !== undefined) {
          publish();
          return;
        }
      }
      publish();
    }
  }

  async function persist(input: ReturnType<typeof toDraftInput>): Promise<Mail> {
    if (serverId !== undefined) {
      try {
        return await client.replaceDraft(serverId, input);
      } catch (error) {
        // The draft is gone (deleted elsewhere): recreate it rather than lose the text.
        if (!isNotFound(error)) throw error;
        serverId = undefined;
      }
    }
    // A create whose answer was lost may have landed: the pinned client cannot list drafts to find it, so the
    // create is repeated and at worst an older copy stays in Drafts (never the loss of the text). See README.
    return client.createDraft(input);
  }

  function onSaveFailed(error: unknown) {
    const info = describeError(error);
    const retryable =
      info.retryable ||
      info.network ||
      info.outcomeUnknown ||
      (info.status !== undefined && (info.status >= 500 || info.status === 429 || info.status === 408));
    if (retryable && online.online() && !disposed) {
      const delay = backoffDelay(retryAttempt, random);
      retryAttempt += 1;
      saveError = { message: info.message, retryable: true, nextRetryAt: now() + delay };
      retryTimer = setTimeout(() => {
        if (canAutosave()) runSave().catch(ignore);
      }, delay);
    } else {
      saveError = { message: info.message, retryable };
    }
    setSaveState('save-failed');
    publish();
  }

  // --- send --------------------------------------------------------------------------------------------------------
  const blocked = (error: SendError): SendOutcome => {
    sendError = error;
    publish();
    return { ok: false, error, checks: computeChecks() };
  };

  function preflight(sendOptions: SendOptions): SendOutcome | undefined {
    if (!SENDABLE.includes(state) || readOnly) {
      return blocked({ code: 'blocked', message: `The message cannot be sent while ${state}.`, retryable: false });
    }
    if (conflict) {
      return blocked({
        code: 'blocked',
        message: 'This draft was changed in another tab: choose a version first.',
        retryable: false,
      });
    }
    const current = computeChecks();
    const errors = current.filter((c) => c.severity === 'error');
    if (errors.length > 0 || queue.hasPending()) {
      const message = errors.map((c) => c.message).join(' ') || 'Attachments are still uploading.';
      return blocked({ code: 'blocked', message, retryable: false });
    }
    if (!sendOptions.acknowledgeWarnings && current.some((c) => c.severity === 'warning')) {
      return blocked({
        code: 'needs-confirmation',
        message: current.map((c) => c.message).join(' '),
        retryable: true,
      });
    }
    return undefined;
  }

  /**
   * Settles a send or schedule whose answer was lost, before anything else touches the server draft.
   * Returns 'done' when the earlier attempt is known to have gone through.
   */
  async function resolvePending(retry?: () => Promise<void>): Promise<'done' | 'not-sent'> {
    const p = pending;
    if (!p) return 'not-sent';
    if (retry && p.kind === 'send' && version === p.version) {
      // Nothing changed since: repeating sendDraft is safe, a 404 means the first attempt took the draft.
      try {
        await retry();
        return 'done';
      } catch (error) {
        if (!isNotFound(error)) throw error;
        pending = undefined;
        finishSent({ undoable: false });
        return 'done';
      }
    }
    // Edited since (or a schedule): look, don't repeat. A draft still in Drafts was not sent.
    try {
      const mail = await client.getMail(p.serverId);
      if (mail.isDraft) {
        pending = undefined;
        return 'not-sent';
      }
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    pending = undefined;
    if (p.kind === 'send') finishSent({ undoable: false });
    else finishScheduled(undefined, undefined);
    return 'done';
  }

  async function send(sendOptions: SendOptions = {}): Promise<SendOutcome> {
    const stop = preflight(sendOptions);
    if (stop) return stop;
    transition('sending');
    sendError = undefined;
    clearTimeout(autosaveTimer);
    publish();
    try {
      const requestStart = now();
      if ((await resolvePending(() => sendDraftNow(requestStart))) === 'done') {
        return { ok: true, state: state === 'undoable' ? 'undoable' : 'sent' };
      }
      try {
        await runSave('send');
      } catch (error) {
        return failSend({
          code: 'save-failed',
          message: `The draft could not be saved: ${describeError(error).message}`,
          retryable: true,
        });
      }
      await sendDraftNow(now());
      return { ok: true, state: state === 'undoable' ? 'undoable' : 'sent' };
    } catch (error) {
      return failSendFrom(error, 'send');
    }
  }

  async function sendDraftNow(requestStart: number) {
    const id = serverId;
    if (id === undefined) throw new Error('No draft to send.');
    pending = { kind: 'send', serverId: id, version };
    const result = await client.sendDraft(id);
    pending = undefined;
    finishSent(result, requestStart);
  }

  function failSend(error: SendError): SendOutcome {
    sendError = error;
    if (state === 'sending') transition('send-failed');
    publish();
    return { ok: false, error, checks: computeChecks() };
  }

  function failSendFrom(error: unknown, kind: 'send' | 'schedule'): SendOutcome {
    const info = describeError(error);
    if (pending && (info.outcomeUnknown || info.network)) {
      return failSend({
        code: 'outcome-unknown',
        message:
          kind === 'send'
            ? 'The server did not answer: the message may have been sent. Press Send again to check; it will not be sent twice.'
            : 'The server did not answer: the message may have been scheduled. Schedule again to check; it will not be scheduled twice.',
        retryable: true,
      });
    }
    pending = undefined;
    return failSend({ code: 'send-failed', message: info.message, retryable: info.retryable });
  }

  function finishSent(result: SendResult, requestStart = now()) {
    const answeredAt = now();
    clearTimers();
    void journalSync.remove();
    saveError = undefined;
    sendError = undefined;
    if (result.undoable) {
      const margin = Math.max(UNDO_SAFETY_MS, answeredAt - requestStart);
      undo = {
        processingId: result.processingId,
        deadline: answeredAt + UNDO_WINDOW_MS - margin,
        ...(result.mailId === undefined ? {} : { mailId: result.mailId }),
      };
      transition('undoable');
      outbox.add({
        kind: 'undoable',
        processingId: undo.processingId,
        deadline: undo.deadline,
        subject: draft.subject,
        recipients: [...draft.to, ...draft.cc, ...draft.bcc].map((r) => r.name || r.address),
        clientId,
        ...(undo.mailId === undefined ? {} : { mailId: undo.mailId }),
      });
    } else {
      undo = undefined;
      transition('sent');
    }
    publish();
  }

  // --- undo --------------------------------------------------------------------------------------------------------
  async function undoSend(): Promise<SendOutcome | { ok: true; state: 'saved' | 'dirty' }> {
    const window = undo;
    if (state !== 'undoable' || !window) {
      const error: SendError = {
        code: 'undo-expired',
        message: 'Too late to undo: the message has been sent.',
        retryable: false,
      };
      sendError = error;
      publish();
      return { ok: false, error, checks: computeChecks() };
    }
    undoing = true;
    try {
      const result = await outbox.undo(`undo:${window.processingId}`);
      return await reopenAfterUndo(result.mailId);
    } catch (error) {
      const code = error instanceof OutboxError && error.code === 'undo-failed' ? 'undo-failed' : 'undo-expired';
      const failure: SendError = {
        code,
        message: error instanceof Error ? error.message : 'Too late to undo: the message has been sent.',
        retryable: false,
      };
      sendError = failure;
      undo = undefined;
      if (state === 'undoable') transition('sent');
      publish();
      return { ok: false, error: failure, checks: computeChecks() };
    } finally {
      undoing = false;
    }
  }

  async function reopenAfterUndo(draftMailId: string | undefined): Promise<{ ok: true; state: 'saved' | 'dirty' }> {
    const local = draft;
    undo = undefined;
    transition('loading');
    publish();
    if (draftMailId !== undefined) {
      try {
        await reload(draftMailId);
        // A draft rebuilt from the queued message loses Bcc (reference §3): put back what the user had.
        if (draft.bcc.length === 0 && local.bcc.length > 0) {
          draft = { ...draft, bcc: local.bcc };
          version = Math.max(version, knownVersion) + 1;
          transition('dirty');
          journalSync.schedule();
          scheduleAutosave();
        } else {
          transition('saved');
        }
        publish();
        return { ok: true, state: state === 'dirty' ? 'dirty' : 'saved' };
      } catch (error) {
        loadError = `The draft came back but could not be reloaded: ${describeError(error).message}`;
      }
    }
    // No draft on the server (or it could not be read): the local copy is the draft again; autosave recreates it.
    serverId = undefined;
    queue.clear({ deleteRemote: false });
    queue.restore(local.attachments);
    draft = { ...local, attachments: queue.getSnapshot() as DraftAttachment[] };
    attachmentKey = persistentKey(draft.attachments);
    version = Math.max(version, knownVersion) + 1;
    transition('dirty');
    journalSync.schedule();
    scheduleAutosave();
    publish();
    return { ok: true, state: 'dirty' };
  }

  /** Loads a server draft into the session (after undo or cancelled schedule), its parts re-queued. */
  async function reload(mailId: string) {
    const prefill = await loadPrefill({ kind: 'draft', mailId }, prefillContext());
    queue.clear({ deleteRemote: false });
    applyPrefill(prefill.draft, prefill.bindings);
    serverId = prefill.serverId;
    version = Math.max(version, knownVersion);
    savedVersion = version;
    lastSavedAt = now();
    readOnly = false;
  }

  function handleOutboxEvent(event: OutboxSettledEvent) {
    if (disposed || event.item.clientId !== clientId) return;
    if (event.type === 'expired' && event.item.kind === 'undoable' && state === 'undoable' && !undoing) {
      undo = undefined;
      transition('sent');
      publish();
    } else if (event.type === 'undone' && state === 'undoable' && !undoing) {
      // Undone from a toast while this view is still open: reopen here too.
      void reopenAfterUndo(event.draftMailId).catch(ignore);
    }
  }

  // --- schedule ----------------------------------------------------------------------------------------------------
  async function schedule(epochSeconds: number, sendOptions: SendOptions = {}): Promise<SendOutcome> {
    const skew = options.serverClock?.getSkew()?.skewMs ?? 0;
    const verdict = validateDeliveryTime(epochSeconds, {
      now: now() + skew,
      timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    if (!verdict.ok) return blocked({ code: 'invalid-time', message: verdict.message, retryable: false });
    const stop = preflight(sendOptions);
    if (stop) return stop;
    transition('sending');
    sendError = undefined;
    clearTimeout(autosaveTimer);
    publish();
    try {
      if ((await resolvePending()) === 'done') {
        return { ok: true, state: state === 'scheduled' ? 'scheduled' : 'sent' };
      }
      try {
        await runSave('send');
      } catch (error) {
        return failSend({
          code: 'save-failed',
          message: `The draft could not be saved: ${describeError(error).message}`,
          retryable: true,
        });
      }
      const id = serverId;
      if (id === undefined) throw new Error('No draft to schedule.');
      pending = { kind: 'schedule', serverId: id, version };
      const result = await client.scheduleSendDraft(id, epochSeconds);
      pending = undefined;
      finishScheduled(result.mailId, epochSeconds);
      return { ok: true, state: 'scheduled' };
    } catch (error) {
      return failSendFrom(error, 'schedule');
    }
  }

  function finishScheduled(mailId: string | undefined, deliveryTime: number | undefined) {
    clearTimers();
    void journalSync.remove();
    scheduled = {
      ...(mailId === undefined ? {} : { mailId }),
      ...(deliveryTime === undefined ? {} : { deliveryTime }),
    };
    readOnly = true;
    saveError = undefined;
    sendError = undefined;
    serverId = undefined;
    transition('scheduled');
    if (mailId !== undefined) {
      outbox.add({
        kind: 'scheduled',
        mailId,
        subject: draft.subject,
        recipients: [...draft.to, ...draft.cc, ...draft.bcc].map((r) => r.name || r.address),
        clientId,
        ...(deliveryTime === undefined ? {} : { deliveryTime }),
      });
    }
    publish();
  }

  async function cancelSchedule() {
    const mailId = scheduled?.mailId;
    if (state !== 'scheduled' || mailId === undefined) {
      throw new ComposeStateError('There is no scheduled message to cancel.');
    }
    transition('loading');
    publish();
    let draftMailId: string;
    try {
      const item = outbox.getSnapshot().find((i) => i.kind === 'scheduled' && i.mailId === mailId);
      draftMailId = item
        ? (await outbox.cancelSchedule(item.id)).mailId
        : (await client.cancelScheduledSend(mailId)).mailId;
    } catch (error) {
      transition('scheduled');
      sendError = {
        code: 'send-failed',
        message: `The schedule could not be cancelled: ${describeError(error).message}`,
        retryable: true,
      };
      publish();
      throw error;
    }
    scheduled = undefined;
    readOnly = false;
    try {
      await reload(draftMailId);
      transition('saved');
    } catch (error) {
      // The mail is back in Drafts; keep the local copy editable and let autosave replace that draft.
      serverId = draftMailId;
      loadError = `The draft could not be reloaded: ${describeError(error).message}`;
      version = Math.max(version, knownVersion) + 1;
      transition('dirty');
      scheduleAutosave();
    }
    publish();
  }

  // --- discard, notify, conflict, dispose ---------------------------------------------------------------------------
  async function discard() {
    if (state === 'discarded') return;
    if (!EDITING.includes(state) && state !== 'loading') {
      throw new ComposeStateError(`The message cannot be discarded while ${state}.`);
    }
    clearTimers();
    await inFlight?.catch(ignore);
    transition('discarded');
    queue.clear({ deleteRemote: true });
    publish();
    await journalSync.remove();
  }

  function notify(event: 'blur' | 'hidden' | 'close') {
    void event;
    if (disposed) return;
    void journalSync.flush();
    if (canAutosave() && needsSave(false)) runSave('flush').catch(ignore);
  }

  function resolveConflict(choice: 'mine' | 'theirs') {
    const current = conflict;
    if (!current) return;
    conflict = undefined;
    journalSync.adopt(current.entry);
    if (choice === 'mine') {
      // Keep this tab's text, but write to the server draft the other tab saved last.
      if (current.entry.serverId !== undefined) serverId = current.entry.serverId;
      version = Math.max(version, current.theirVersion) + 1;
      knownVersion = version;
      if (state !== 'dirty') setSaveState('dirty');
    } else {
      queue.clear({ deleteRemote: false });
      queue.restore(current.theirs.attachments);
      draft = { ...current.theirs, attachments: queue.getSnapshot() as DraftAttachment[] };
      attachmentKey = persistentKey(draft.attachments);
      version = current.entry.version;
      knownVersion = version;
      savedVersion = current.entry.savedVersion;
      serverId = current.entry.serverId;
      if (version > savedVersion) setSaveState('dirty');
      else if (serverId !== undefined) setSaveState('saved');
    }
    journalSync.schedule();
    if (needsSave(false)) scheduleAutosave();
    publish();
  }

  function clearTimers() {
    clearTimeout(autosaveTimer);
    clearTimeout(retryTimer);
    autosaveTimer = undefined;
    retryTimer = undefined;
  }

  function dispose() {
    if (disposed) return;
    clearTimers();
    journalSync.dispose();
    disposed = true;
    queue.dispose();
    online.dispose();
    unsubscribeOutbox();
    unsubscribeClock?.();
    listeners.clear();
  }

  // --- start -------------------------------------------------------------------------------------------------------
  function prefillContext() {
    return {
      client,
      identity,
      domain,
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
    };
  }

  function applyPrefill(next: Draft, bindings: Awaited<ReturnType<typeof loadPrefill>>['bindings']) {
    for (const binding of bindings) {
      queue.addStored(binding.part, {
        isInline: binding.isInline,
        ...(binding.contentId === undefined ? {} : { contentId: binding.contentId }),
      });
    }
    draft = { ...next, attachments: queue.getSnapshot() as DraftAttachment[] };
    attachmentKey = persistentKey(draft.attachments);
  }

  async function start() {
    const entry =
      intent.kind === 'scheduled' || !journal ? undefined : await journal.get(clientId).catch(() => undefined);
    if (disposed) return;
    if (entry) {
      // Unsaved edits of an earlier session (crash, closed tab): they win over the server copy.
      queue.restore(entry.draft.attachments);
      draft = { ...entry.draft, attachments: queue.getSnapshot() as DraftAttachment[] };
      attachmentKey = persistentKey(draft.attachments);
      version = entry.version;
      knownVersion = entry.version;
      savedVersion = entry.savedVersion;
      serverId = entry.serverId;
      recovered = true;
      journalSync.adopt(entry);
      if (version > savedVersion) {
        transition('dirty');
        scheduleAutosave();
      } else {
        transition(serverId === undefined ? 'pristine' : 'saved');
      }
      publish();
      return;
    }
    try {
      const prefill = await loadPrefill(intent, prefillContext());
      if (disposed) return;
      applyPrefill(prefill.draft, prefill.bindings);
      serverId = prefill.serverId;
      if (intent.kind === 'scheduled') {
        scheduled = { mailId: intent.mailId };
        readOnly = true;
        serverId = undefined;
        transition('scheduled');
      } else {
        transition(serverId === undefined ? 'pristine' : 'saved');
      }
    } catch (error) {
      loadError = `The message could not be loaded: ${describeError(error).message}`;
      draft = emptyDraft({ from: identity.from });
      transition('pristine');
    }
    publish();
  }

  snapshot = build();
  const ready = start().catch((error: unknown) => {
    loadError = describeError(error).message;
    if (state === 'loading') transition('pristine');
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
      if (conflict) return Promise.reject(new ComposeStateError('Resolve the conflict with the other tab first.'));
      if (pending) return Promise.reject(new ComposeStateError('Press Send again to settle the last send first.'));
      return EDITING.includes(state) ? runSave('flush') : Promise.resolve();
    },
    send,
    undo: undoSend,
    schedule,
    cancelSchedule,
    discard,
    notify,
    resolveConflict,
    dispose,
  };
}

function ignore() {
  /* the state and snapshot already carry the failure */
}

/** The fields of attachments that matter to the server and the journal (not upload progress). */
function persistentKey(attachments: readonly DraftAttachment[]): string {
  return JSON.stringify(attachments.map((a) => [a.localId, a.state, a.queueId, a.contentId, a.isInline, a.error]));
}
