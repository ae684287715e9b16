import type { Mail } from '@inkwell/axigen-client';
import { backoffDelay } from './backoffDelay';
import { describeError, isNotFound } from './describeError';
import { EDITING, ignore, type SessionCore } from './sessionCore';
import { toDraftInput } from './toDraftInput';

/** While changes keep coming (so the debounce never runs out), a save starts at the latest this long after the
 * first unsaved change. */
export const AUTOSAVE_MAX_WAIT_MS = 15_000;

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
}

export function createAutosave(
  core: SessionCore,
  {
    delayMs,
    maxWaitMs = AUTOSAVE_MAX_WAIT_MS,
    random,
  }: { delayMs: number; maxWaitMs?: number; random: () => number },
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
      if (f.version === savingVersion) {
        core.setSaveState('saved');
        void core.journalSync.settle(core.journalEntry());
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

  async function persist(input: ReturnType<typeof toDraftInput>): Promise<Mail> {
    if (f.serverId !== undefined) {
      try {
        return await client.replaceDraft(f.serverId, input);
      } catch (error) {
        // The draft is gone (deleted elsewhere): recreate it rather than lose the text.
        if (!isNotFound(error)) throw error;
        f.serverId = undefined;
      }
    }
    // A create whose answer was lost may have landed: the pinned client cannot list drafts to find it, so the
    // create is repeated and at worst an older copy stays in Drafts (never the loss of the text). See README.
    return client.createDraft(input);
  }

  function onSaveFailed(error: unknown) {
    const info = describeError(error);
    const status = info.status;
    const retryable =
      info.retryable ||
      info.network ||
      info.outcomeUnknown ||
      (status !== undefined && (status >= 500 || status === 429 || status === 408));
    if (retryable && core.isOnline() && !f.disposed) {
      const delay = backoffDelay(retryAttempt, random);
      retryAttempt += 1;
      f.saveError = { message: info.message, retryable: true, nextRetryAt: core.now() + delay };
      retryTimer = setTimeout(() => {
        if (canAutosave()) run().catch(ignore);
      }, delay);
    } else {
      f.saveError = { message: info.message, retryable };
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
  };
}
