import type { SendResult } from '@inkwell/axigen-client';
import { validateDeliveryTime } from '../schedule/validateDeliveryTime';
import { describeError, isNotFound } from './describeError';
import { EDITING, recipientNames, type SessionCore } from './sessionCore';
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

  function preflight(options: SendOptions): SendOutcome | undefined {
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
        message: `The draft could not be saved: ${describeError(error).message}`,
        retryable: true,
      });
    }
  }

  /**
   * Settles a send or schedule whose answer was lost, before anything else touches the server draft.
   * Returns 'done' when the earlier attempt is known to have gone through.
   */
  async function resolvePending(retry?: () => Promise<void>): Promise<'done' | 'not-sent'> {
    const pending = f.pending;
    if (!pending) return 'not-sent';
    if (retry && pending.kind === 'send' && f.version === pending.version) {
      // Nothing changed since: repeating sendDraft is safe, a 404 means the first attempt took the draft.
      try {
        await retry();
        return 'done';
      } catch (error) {
        if (!isNotFound(error)) throw error;
        f.pending = undefined;
        finishSent({ undoable: false });
        return 'done';
      }
    }
    // Edited since (or a schedule): look, don't repeat. A draft still in Drafts was not sent.
    try {
      const mail = await client.getMail(pending.serverId);
      if (mail.isDraft) {
        f.pending = undefined;
        return 'not-sent';
      }
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    f.pending = undefined;
    if (pending.kind === 'send') finishSent({ undoable: false });
    else finishScheduled(undefined, undefined);
    return 'done';
  }

  async function sendDraftNow(requestStart: number) {
    const id = f.serverId;
    if (id === undefined) throw new Error('No draft to send.');
    f.pending = { kind: 'send', serverId: id, version: f.version };
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

  function failFrom(error: unknown, kind: 'send' | 'schedule'): SendOutcome {
    const info = describeError(error);
    if (f.pending && (info.outcomeUnknown || info.network)) {
      return fail({
        code: 'outcome-unknown',
        message:
          kind === 'send'
            ? 'The server did not answer: the message may have been sent. Press Send again to check; it will not be sent twice.'
            : 'The server did not answer: the message may have been scheduled. Schedule again to check; it will not be scheduled twice.',
        retryable: true,
      });
    }
    f.pending = undefined;
    return fail({ code: 'send-failed', message: info.message, retryable: info.retryable });
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

  const sentState = (): SendOutcome => ({ ok: true, state: f.state === 'undoable' ? 'undoable' : 'sent' });

  return {
    async send(options = {}) {
      const stop = preflight(options);
      if (stop) return stop;
      begin();
      try {
        const requestStart = core.now();
        if ((await resolvePending(() => sendDraftNow(requestStart))) === 'done') return sentState();
        const failed = await flush();
        if (failed) return failed;
        await sendDraftNow(core.now());
        return sentState();
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
      const stop = preflight(options);
      if (stop) return stop;
      begin();
      try {
        if ((await resolvePending()) === 'done') {
          return { ok: true, state: f.state === 'scheduled' ? 'scheduled' : 'sent' };
        }
        const failed = await flush();
        if (failed) return failed;
        const id = f.serverId;
        if (id === undefined) throw new Error('No draft to schedule.');
        f.pending = { kind: 'schedule', serverId: id, version: f.version };
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
