import { loadPrefillOnDemand } from '../prefill/loadPrefillOnDemand';
import { queueBindings } from '../prefill/queueBindings';
import { OutboxError, type OutboxSettledEvent } from '../outbox/types';
import { ComposeStateError } from './ComposeStateError';
import { describeError } from './describeError';
import { ignore, type SessionCore } from './sessionCore';
import type { SendError, SendOutcome } from './types';

export type UndoOutcome = SendOutcome | { ok: true; state: 'saved' | 'dirty' };

export interface ReopenFlow {
  undo(): Promise<UndoOutcome>;
  cancelSchedule(): Promise<void>;
  /** Loads a server draft into the session, its parts re-queued. */
  reload(mailId: string): Promise<void>;
  onOutboxEvent(event: OutboxSettledEvent): void;
}

/** The ways a sent or scheduled message comes back to editing: undo send and cancel schedule. */
export function createReopenFlow(core: SessionCore): ReopenFlow {
  const { f, outbox, queue } = core;

  async function reload(mailId: string) {
    const prefill = await loadPrefillOnDemand({ kind: 'draft', mailId }, core.prefillContext());
    queue.clear({ deleteRemote: false });
    queueBindings(queue, prefill.bindings);
    core.setDraft(prefill.draft);
    f.serverId = prefill.serverId;
    f.version = Math.max(f.version, f.knownVersion);
    f.savedVersion = f.version;
    f.lastSavedAt = core.now();
    f.readOnly = false;
  }

  /** A change the session made itself (not the user's keystroke): saved and journaled like one. */
  function changedHere() {
    f.version = Math.max(f.version, f.knownVersion) + 1;
    core.transition('dirty');
    core.journalSync.schedule();
    core.autosave.schedule();
  }

  async function reopenAfterUndo(draftMailId: string | undefined): Promise<{ ok: true; state: 'saved' | 'dirty' }> {
    const local = f.draft;
    f.undo = undefined;
    core.transition('loading');
    core.publish();
    if (draftMailId !== undefined) {
      try {
        await reload(draftMailId);
        // A draft rebuilt from the queued message loses Bcc (reference §3): put back what the user had.
        if (f.draft.bcc.length === 0 && local.bcc.length > 0) {
          core.setDraft({ ...f.draft, bcc: local.bcc });
          changedHere();
        } else {
          core.transition('saved');
        }
        core.publish();
        return { ok: true, state: f.state === 'dirty' ? 'dirty' : 'saved' };
      } catch (error) {
        f.loadError = `The draft came back but could not be reloaded: ${describeError(error).message}`;
      }
    }
    // No draft from the server (or it could not be read): the local copy is the draft again, saved over the one
    // the server made, if any.
    f.serverId = draftMailId;
    queue.clear({ deleteRemote: false });
    queue.restore(local.attachments);
    core.setDraft(local);
    changedHere();
    core.publish();
    return { ok: true, state: 'dirty' };
  }

  return {
    reload,

    async undo() {
      const window = f.undo;
      if (f.state !== 'undoable' || !window) {
        const error: SendError = {
          code: 'undo-expired',
          message: 'Too late to undo: the message has been sent.',
          retryable: false,
        };
        f.sendError = error;
        core.publish();
        return { ok: false, error, checks: core.checks() };
      }
      f.undoing = true;
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
        f.sendError = failure;
        f.undo = undefined;
        if (f.state === 'undoable') core.transition('sent');
        core.publish();
        return { ok: false, error: failure, checks: core.checks() };
      } finally {
        f.undoing = false;
      }
    },

    async cancelSchedule() {
      const mailId = f.scheduled?.mailId;
      if (f.state !== 'scheduled' || mailId === undefined) {
        throw new ComposeStateError('There is no scheduled message to cancel.');
      }
      core.transition('loading');
      core.publish();
      let draftMailId: string;
      try {
        draftMailId = (await outbox.cancelScheduledMail(mailId)).mailId;
      } catch (error) {
        core.transition('scheduled');
        f.sendError = {
          code: 'send-failed',
          message: `The schedule could not be cancelled: ${describeError(error).message}`,
          retryable: true,
        };
        core.publish();
        throw error;
      }
      f.scheduled = undefined;
      f.readOnly = false;
      try {
        await reload(draftMailId);
        core.transition('saved');
      } catch (error) {
        // The mail is back in Drafts; keep the local copy editable and let autosave replace that draft.
        f.serverId = draftMailId;
        f.loadError = `The draft could not be reloaded: ${describeError(error).message}`;
        changedHere();
      }
      core.publish();
    },

    onOutboxEvent(event) {
      if (event.type === 'reconciled') return;
      if (f.disposed || event.item.clientId !== core.clientId || f.state !== 'undoable' || f.undoing) return;
      if (event.type === 'expired' && event.item.kind === 'undoable') {
        f.undo = undefined;
        core.transition('sent');
        core.publish();
      } else if (event.type === 'undone') {
        // Undone from a toast while this view is still open: reopen here too.
        reopenAfterUndo(event.draftMailId).catch(ignore);
      }
    },
  };
}
