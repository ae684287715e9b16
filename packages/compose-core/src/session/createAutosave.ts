import type { Mail, RequestOptions } from '@inkwell/axigen-client';
import { backoffDelay } from './backoffDelay';
import { isNotFound, isTransient, mayHaveHappened } from './describeError';
import { findInFolder, fingerprintOf } from './serverLookup';
import { EDITING, ignore, type SessionCore } from './sessionCore';
import { staleQueueIds } from './staleAttachments';
import { bodyPlainTextLoaded, loadBodyPlainText } from '../text/loadBodyPlainText';
import { toDraftInput } from './toDraftInput';
import { userMessage } from './userMessage';

/** While changes keep coming (so the debounce never runs out), a save starts at the latest this long after the
 * first unsaved change. */
export const AUTOSAVE_MAX_WAIT_MS = 15_000;

/** A save the server never answered: it fails after this long, so the view shows it and Send can go on. */
export class SaveTimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`The server did not answer within ${Math.round(timeoutMs / 1000)} s.`);
  }
}

/** The draft was replaced by another view of it while a save was out: the conflict decides where to save. */
export class DraftMovedError extends Error {
  override readonly name = 'DraftMovedError';
  constructor() {
    super('This draft was changed in another tab. Choose what to keep.');
  }
}

/**
 * `auto`: the debounce fired. `flush` (explicit save, blur, hidden, close): until the server has the latest version.
 * `send`: like flush, and creates the draft even when nothing changed (a pristine reply being sent needs one).
 */
export type SaveMode = 'auto' | 'flush' | 'send';

export interface Autosave {
  /** (Re)arms the debounce. */
  schedule(): void;
  /** Saves until the server has the latest version; one request in flight, later changes in one follow-up. */
  run(mode?: SaveMode): Promise<void>;
  needsSave(create: boolean): boolean;
  canAutosave(): boolean;
  /** The save in flight, if any, settled. */
  idle(): Promise<void>;
  clearTimers(): void;
  /**
   * Another view wrote the version shown here and saves it: no save from here now, only one `maxWaitMs` from now,
   * should that view go without saving it (each of its versions taken in here moves it on).
   */
  defer(): void;
}

export function createAutosave(
  core: SessionCore,
  {
    delayMs,
    maxWaitMs = AUTOSAVE_MAX_WAIT_MS,
    random,
    timeoutMs,
  }: { delayMs: number; maxWaitMs?: number; random: () => number; timeoutMs: number },
): Autosave {
  const { f, client } = core;
  let autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  let maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryAttempt = 0;
  let inFlight: Promise<void> | undefined;

  const needsSave = (create: boolean) => f.version > f.savedVersion || (create && f.serverId === undefined);
  const canAutosave = () => !f.disposed && !f.conflict && !f.pending && EDITING.includes(f.state);

  const clearTimers = () => {
    clearTimeout(autosaveTimer);
    clearTimeout(retryTimer);
    clearTimeout(maxWaitTimer);
    autosaveTimer = undefined;
    retryTimer = undefined;
    maxWaitTimer = undefined;
  };
  const autosaveNow = () => {
    if (canAutosave()) run().catch(ignore);
  };

  function run(mode: SaveMode = 'auto'): Promise<void> {
    if (inFlight) return inFlight.catch(ignore).then(() => run(mode));
    clearTimers();
    if (!needsSave(mode === 'send')) return Promise.resolve();
    if (!core.isOnline()) {
      f.saveError = {
        message: 'You are offline; the draft will be saved when the connection is back.',
        retryable: true,
      };
      core.publish();
      return Promise.reject(new Error(f.saveError.message));
    }
    inFlight = saveLoop(mode).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  async function saveLoop(mode: SaveMode) {
    while (needsSave(mode === 'send') && !f.disposed) {
      if (!bodyPlainTextLoaded()) {
        core.setSaveState('saving');
        core.publish();
        try {
          await loadBodyPlainText();
        } catch (error) {
          onSaveFailed(error);
          throw error;
        }
        continue;
      }
      const savingVersion = f.version;
      const input = toDraftInput(f.draft);
      core.setSaveState('saving');
      core.publish();
      let mail: Mail;
      try {
        mail = await persist(input);
      } catch (error) {
        onSaveFailed(error);
        throw error;
      }
      // Replace may return a new id (the server appends a new message): always adopt it.
      f.serverId = mail.id;
      f.savedVersion = Math.max(f.savedVersion, savingVersion);
      f.lastSavedAt = core.now();
      f.saveError = undefined;
      retryAttempt = 0;
      core.writePageRecord();
      if (f.version === savingVersion) {
        core.setSaveState('saved');
        // Recipients the server cannot take, and parts not uploaded, live only here: the journal keeps them (and the
        // files) until they are fixed or uploaded.
        if (core.keptOnlyHere()) core.journalSync.schedule();
        else void core.journalSync.settle(core.journalEntry());
      } else {
        // Changed during the save: one follow-up with the latest state — now when flushing, else when the user
        // pauses (the debounce that the change re-armed).
        core.setSaveState('dirty');
        core.journalSync.schedule();
        if (mode === 'auto' && autosaveTimer !== undefined) {
          core.publish();
          return;
        }
      }
      core.publish();
    }
  }

  /** Runs one request with the session's time limit on top of the client's. */
  async function bounded<T>(request: (opts: RequestOptions) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return await request({ signal: controller.signal });
    } catch (error) {
      throw controller.signal.aborted ? new SaveTimeoutError(timeoutMs) : error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** A create whose answer was lost may have made a draft: find it in Drafts and take it over. */
  async function adoptLostCreate() {
    const lost = f.pendingCreate;
    if (!lost) return;
    const found = await findInFolder(client, 'drafts', lost.fingerprint, {
      since: lost.startedAt,
      skewMs: core.options.serverClock?.getSkew()?.skewMs ?? 0,
      exclude: core.otherSessionServerIds(),
    });
    f.pendingCreate = undefined;
    if (found) f.serverId = found.id;
  }

  /**
   * A replace answered 404. A replace saves under a new id and removes the old one, so the draft may be gone
   * because a replace of ours took it and its answer was lost (a 5xx, a timeout, or a dropped connection that the
   * browser re-sent by itself, so that this 404 answers the repeat): the draft it made is found and taken over.
   */
  async function findOwnReplacement(input: ReturnType<typeof toDraftInput>, startedAt: number) {
    const lookup = { skewMs: core.options.serverClock?.getSkew()?.skewMs ?? 0, exclude: core.otherSessionServerIds() };
    const lost = f.pendingCreate;
    const found =
      (await findInFolder(client, 'drafts', fingerprintOf(input), { since: startedAt, ...lookup })) ??
      (lost && (await findInFolder(client, 'drafts', lost.fingerprint, { since: lost.startedAt, ...lookup })));
    f.pendingCreate = undefined;
    return found;
  }

  async function persist(input: ReturnType<typeof toDraftInput>): Promise<Mail> {
    if (f.serverId === undefined) await adoptLostCreate();
    if (f.serverId !== undefined) {
      const id = f.serverId;
      const startedAt = core.now();
      try {
        return await bounded((opts) => client.replaceDraft(id, input, opts));
      } catch (error) {
        // It may have made a draft under a new id: remembered (in the page record too) like a create in doubt.
        if (mayHaveHappened(error) && !isNotFound(error)) {
          f.pendingCreate = { startedAt, fingerprint: fingerprintOf(input) };
          core.writePageRecord();
        }
        // Gone: recreate it rather than lose the text, unless a replace of ours made it — and never while a send
        // or schedule of it is unresolved (gone may mean sent).
        if (!isNotFound(error) || f.pending) throw error;
        const replacement = await findOwnReplacement(input, startedAt);
        if (replacement) {
          f.serverId = replacement.id;
          core.writePageRecord();
          return await bounded((opts) => client.replaceDraft(replacement.id, input, opts));
        }
        // Another view of this draft replaced it, and said so while this save was out, or says so when asked now
        // (this tab missed its message: frozen or asleep): the user compares first; a new draft here would split
        // one message in two.
        if (!f.conflict) await core.askOtherViews();
        if (f.conflict) throw new DraftMovedError();
        f.serverId = undefined;
      }
    }
    // Written down (synchronously) before the request: a restored session looks for it instead of making another.
    f.pendingCreate = { startedAt: core.now(), fingerprint: fingerprintOf(input) };
    core.writePageRecord();
    try {
      const mail = await bounded((opts) => client.createDraft(input, opts));
      f.pendingCreate = undefined;
      return mail;
    } catch (error) {
      if (!mayHaveHappened(error)) f.pendingCreate = undefined;
      throw error;
    }
  }

  function onSaveFailed(error: unknown) {
    if (error instanceof DraftMovedError) {
      // Not a failure to show: the conflict is, and saving goes on once the user chooses.
      core.setSaveState('dirty');
      core.publish();
      return;
    }
    // The server lost temporary attachments (a restart): re-upload what is still here, or name what to add again.
    const stale = staleQueueIds(error, f.draft.attachments);
    if (stale.length > 0 && !f.disposed) {
      core.reuploadStale(stale);
      f.saveError = {
        message: 'The server lost some attachments; they are being uploaded again.',
        retryable: true,
      };
      core.setSaveState('save-failed');
      core.publish();
      return;
    }
    const retryable = isTransient(error);
    const message = userMessage(error, 'save');
    if (retryable && core.isOnline() && !f.disposed) {
      const delay = backoffDelay(retryAttempt, random);
      retryAttempt += 1;
      f.saveError = { message, retryable: true, nextRetryAt: core.now() + delay };
      retryTimer = setTimeout(() => {
        if (canAutosave()) run().catch(ignore);
      }, delay);
    } else {
      f.saveError = { message, retryable };
    }
    core.setSaveState('save-failed');
    core.publish();
  }

  return {
    schedule() {
      clearTimeout(autosaveTimer);
      autosaveTimer = setTimeout(() => {
        autosaveTimer = undefined;
        autosaveNow();
      }, delayMs);
      // Continuous typing re-arms the debounce forever: the first unsaved change also sets a deadline (cleared when
      // a save starts), so the server still gets the text every `maxWaitMs` while the user keeps typing.
      maxWaitTimer ??= setTimeout(() => {
        maxWaitTimer = undefined;
        autosaveNow();
      }, maxWaitMs);
    },
    run,
    needsSave,
    canAutosave,
    idle: () => inFlight?.catch(ignore) ?? Promise.resolve(),
    clearTimers,
    defer() {
      clearTimers();
      maxWaitTimer = setTimeout(() => {
        maxWaitTimer = undefined;
        autosaveNow();
      }, maxWaitMs);
    },
  };
}
