import type { SendResult } from '@inkwell/axigen-client';
import { validateDeliveryTime } from '../schedule/validateDeliveryTime';
import { isNotFound, isTransient, mayHaveHappened } from './describeError';
import { findInFolder, fingerprintOf, folderId } from './serverLookup';
import { EDITING, recipientNames, type PendingOutcome, type SessionCore } from './sessionCore';
import { bodyPlainTextLoaded, loadBodyPlainText } from '../text/loadBodyPlainText';
import { toDraftInput } from './toDraftInput';
import { userMessage } from './userMessage';
import type { SendError, SendOptions, SendOutcome } from './types';

/** The server's undo window (reference §3). */
const UNDO_WINDOW_MS = 10_000;
/** Undo is offered this much (or the request's round trip, if longer) before the server's window ends. */
const UNDO_SAFETY_MS = 1_000;

export interface SendFlow {
  send(options?: SendOptions): Promise<SendOutcome>;
  schedule(epochSeconds: number, options?: SendOptions): Promise<SendOutcome>;
}

/** Send and schedule: pre-send checks, flush, one request, and never a second send after an unknown outcome. */
export function createSendFlow(core: SessionCore): SendFlow {
  const { f, client, outbox } = core;

  const refuse = (error: SendError): SendOutcome => {
    f.sendError = error;
    core.publish();
    return { ok: false, error, checks: core.checks() };
  };

  function preflight(options: SendOptions, kind: 'send' | 'schedule' = 'send'): SendOutcome | undefined {
    if (!EDITING.includes(f.state) || f.readOnly) {
      return refuse({ code: 'blocked', message: `The message cannot be sent while ${f.state}.`, retryable: false });
    }
    if (f.conflict) {
      return refuse({
        code: 'blocked',
        message: 'This draft was changed in another tab: choose a version first.',
        retryable: false,
      });
    }
    const checks = core.checks();
    const errors = checks.filter((c) => c.severity === 'error');
    if (errors.length > 0 || core.queue.hasPending()) {
      const message = errors.map((c) => c.message).join(' ') || 'Attachments are still uploading.';
      return refuse({ code: 'blocked', message, retryable: false });
    }
    if (!options.acknowledgeWarnings && checks.some((c) => c.severity === 'warning')) {
      return refuse({ code: 'needs-confirmation', message: checks.map((c) => c.message).join(' '), retryable: true });
    }
    // A request the browser cannot send fails like a dropped connection, which would leave the user unsure whether
    // the message went out. Offline, nothing is tried, so nothing is in doubt.
    if (!core.isOnline()) {
      const done = kind === 'send' ? 'sent' : 'scheduled';
      return refuse({
        code: 'offline',
        message: `You are offline, so the message was not ${done}. It is kept here: try again when you are back online.`,
        retryable: true,
      });
    }
    return undefined;
  }

  function begin() {
    core.transition('sending');
    f.sendError = undefined;
    core.autosave.clearTimers();
    core.publish();
  }

  /** Saves before the send; a failure ends the send with the text kept. */
  async function flush(): Promise<SendOutcome | undefined> {
    try {
      await core.autosave.run('send');
      return undefined;
    } catch (error) {
      return fail({
        code: 'save-failed',
        message: userMessage(error, 'save'),
        retryable: true,
      });
    }
  }

  /** What the server's own state says about the attempt whose answer was lost. Throws when it cannot tell. */
  async function lookUp(pending: PendingOutcome): Promise<{ verdict: 'not-sent' | 'done'; mailId?: string }> {
    try {
      const mail = await client.getMail(pending.serverId);
      const drafts = await folderId(client, 'drafts').catch(() => undefined);
      if (mail.isDraft || mail.folderId === drafts) return { verdict: 'not-sent' };
      // Moved with its id kept (a server that does so): it went out, or into Scheduled.
      return { verdict: 'done', mailId: mail.id };
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    // Gone after an attempt: the attempt took it. A scheduled copy has a new id; find it for the outbox.
    if (pending.kind === 'send') return { verdict: 'done' };
    const copy = await findInFolder(client, 'scheduled', pending.fingerprint, {
      since: pending.startedAt,
      skewMs: core.options.serverClock?.getSkew()?.skewMs ?? 0,
    }).catch(() => undefined);
    return copy ? { verdict: 'done', mailId: copy.id } : { verdict: 'done' };
  }

  /**
   * Settles a send or schedule whose answer was lost, before anything else touches the server draft: 'done' when
   * it went through (edits typed since are kept as a new draft), 'not-sent' when the draft is still in Drafts.
   */
  async function resolvePending(): Promise<'done' | 'not-sent'> {
    const pending = f.pending;
    if (!pending) return 'not-sent';
    const { verdict, mailId } = await lookUp(pending);
    f.pending = undefined;
    if (verdict === 'not-sent') return 'not-sent';
    if (f.version > pending.version) f.unsentEdits = core.keepAsNewDraft(f.draft);
    if (pending.kind === 'send') finishSent({ undoable: false });
    else finishScheduled(mailId, pending.deliveryTime);
    return 'done';
  }

  function markPending(kind: 'send' | 'schedule', serverId: string, deliveryTime?: number) {
    const input = toDraftInput(f.draft);
    f.pending = {
      kind,
      serverId,
      version: f.version,
      startedAt: core.now(),
      fingerprint: fingerprintOf(input),
      ...(deliveryTime === undefined ? {} : { deliveryTime }),
    };
  }

  async function sendDraftNow(requestStart: number) {
    const id = f.serverId;
    if (id === undefined) throw new Error('No draft to send.');
    markPending('send', id);
    const result = await client.sendDraft(id);
    f.pending = undefined;
    finishSent(result, requestStart);
  }

  function fail(error: SendError): SendOutcome {
    f.sendError = error;
    if (f.state === 'sending') core.transition('send-failed');
    core.publish();
    return { ok: false, error, checks: core.checks() };
  }

  const doneOutcome = (): SendOutcome => ({
    ok: true,
    state: f.state === 'undoable' ? 'undoable' : f.state === 'scheduled' ? 'scheduled' : 'sent',
  });

  /**
   * A failed send or schedule. When it may have happened (5xx, timeout, dropped connection), the server is asked
   * at once; only what it shows decides: sent, not sent (press again), or still unknown (nothing is repeated).
   */
  async function failFrom(error: unknown, kind: 'send' | 'schedule'): Promise<SendOutcome> {
    // A 404 too: a browser repeats a request whose connection dropped, and the repeat finds the draft gone.
    if (f.pending && (mayHaveHappened(error) || isNotFound(error))) {
      const draftMailId = f.pending.serverId;
      try {
        const verdict = await resolvePending();
        outbox.reconciled(draftMailId, verdict === 'not-sent' ? verdict : kind === 'send' ? 'sent' : 'scheduled');
        if (verdict === 'done') return doneOutcome();
        return fail({
          code: 'send-failed',
          message:
            kind === 'send'
              ? 'The server did not answer, and the message was not sent. Press Send to try again.'
              : 'The server did not answer, and the message was not scheduled. Schedule it again.',
          retryable: true,
        });
      } catch {
        outbox.reconciled(draftMailId, 'unknown');
        return fail({
          code: 'outcome-unknown',
          message:
            kind === 'send'
              ? 'The server did not answer: the message may have been sent. Press Send again to check; it will not be sent twice.'
              : 'The server did not answer: the message may have been scheduled. Schedule again to check; it will not be scheduled twice.',
          retryable: true,
        });
      }
    }
    f.pending = undefined;
    return fail({ code: 'send-failed', message: userMessage(error, kind), retryable: isTransient(error) });
  }

  function finishSent(result: SendResult, requestStart = core.now()) {
    const answeredAt = core.now();
    core.autosave.clearTimers();
    void core.journalSync.remove();
    f.saveError = undefined;
    f.sendError = undefined;
    if (result.undoable) {
      // The server's window started before its answer left: keep a margin of at least the round trip.
      const margin = Math.max(UNDO_SAFETY_MS, answeredAt - requestStart);
      const undo = {
        processingId: result.processingId,
        deadline: answeredAt + UNDO_WINDOW_MS - margin,
        ...(result.mailId === undefined ? {} : { mailId: result.mailId }),
      };
      f.undo = undo;
      core.transition('undoable');
      outbox.add({
        kind: 'undoable',
        ...undo,
        fingerprint: fingerprintOf(toDraftInput(f.draft)),
        subject: f.draft.subject,
        recipients: recipientNames(f.draft),
        clientId: core.clientId,
      });
    } else {
      f.undo = undefined;
      core.transition('sent');
    }
    core.publish();
  }

  function finishScheduled(mailId: string | undefined, deliveryTime: number | undefined) {
    core.autosave.clearTimers();
    void core.journalSync.remove();
    f.scheduled = {
      ...(mailId === undefined ? {} : { mailId }),
      ...(deliveryTime === undefined ? {} : { deliveryTime }),
    };
    f.readOnly = true;
    f.saveError = undefined;
    f.sendError = undefined;
    f.serverId = undefined;
    core.transition('scheduled');
    if (mailId !== undefined) {
      outbox.add({
        kind: 'scheduled',
        mailId,
        subject: f.draft.subject,
        recipients: recipientNames(f.draft),
        clientId: core.clientId,
        ...(deliveryTime === undefined ? {} : { deliveryTime }),
      });
    }
    core.publish();
  }

  return {
    async send(options = {}) {
      const stop = preflight(options);
      if (stop) return stop;
      begin();
      try {
        if (!bodyPlainTextLoaded()) await loadBodyPlainText();
        if ((await resolvePending()) === 'done') return doneOutcome();
        const failed = await flush();
        if (failed) return failed;
        await sendDraftNow(core.now());
        return doneOutcome();
      } catch (error) {
        return failFrom(error, 'send');
      }
    },

    async schedule(epochSeconds, options = {}) {
      // The server judges "in the past" by its own clock.
      const skew = core.options.serverClock?.getSkew()?.skewMs ?? 0;
      const verdict = validateDeliveryTime(epochSeconds, {
        now: core.now() + skew,
        timeZone: core.options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
      if (!verdict.ok) return refuse({ code: 'invalid-time', message: verdict.message, retryable: false });
      const stop = preflight(options, 'schedule');
      if (stop) return stop;
      begin();
      try {
        if (!bodyPlainTextLoaded()) await loadBodyPlainText();
        if ((await resolvePending()) === 'done') return doneOutcome();
        const failed = await flush();
        if (failed) return failed;
        const id = f.serverId;
        if (id === undefined) throw new Error('No draft to schedule.');
        markPending('schedule', id, epochSeconds);
        const result = await client.scheduleSendDraft(id, epochSeconds);
        f.pending = undefined;
        finishScheduled(result.mailId, epochSeconds);
        return { ok: true, state: 'scheduled' };
      } catch (error) {
        return failFrom(error, 'schedule');
      }
    },
  };
}
