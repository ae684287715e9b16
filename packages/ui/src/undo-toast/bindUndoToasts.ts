import {
  OutboxError,
  type OutboxSettledEvent,
  type ScheduledSend,
  type SendOutbox,
  type UndoableSend,
} from '@inkwell/compose-core';
import type { ToastQueue } from './createToastQueue';
import type { UndoToastContent } from './undoToastContent';

/** The part of a TanStack Query mutation the toasts read (structural, so this file stays framework-free). */
export interface SendMutationLike {
  mutationId: number;
  options: { mutationKey?: readonly unknown[] };
  state: { status: string; data?: unknown; error?: unknown; variables?: unknown };
}

/** The part of TanStack Query's `MutationCache` the toasts read, for "Sending…". */
export interface SendMutationSource {
  subscribe(listener: (event: { mutation?: SendMutationLike }) => void): () => void;
  getAll(): SendMutationLike[];
}

export interface UndoToastTimeouts {
  /** "Message sent" after the window, and "Draft reopened". @default 5000 */
  info: number;
  /** "Not sent". Alerts about an unknown outcome or a late undo stay until dismissed. @default 8000 */
  notSent: number;
  /**
   * How long a send of a draft whose answer was lost stays "Sending…" while its compose session looks at the
   * server (the outbox's `reconciled` event); then it says what the error alone says. @default 45000
   */
  verdict: number;
  /** "Scheduled for…" with Cancel sending. @default 10000 */
  scheduled: number;
}

export interface BindUndoToastsOptions {
  outbox: SendOutbox;
  queue: ToastQueue<UndoToastContent>;
  /** The QueryClient's mutation cache, for a "Sending…" toast while a tracked send runs (sessions of `useCompose`). */
  mutations?: SendMutationSource;
  /** Called after a successful undo with the draft's mail id (absent when the server rebuilt none). */
  onReopen?: (draftId: string | undefined, toast: UndoToastContent) => void;
  timeouts?: Partial<UndoToastTimeouts>;
}

export interface UndoToastController {
  /** Pulls back the send of an `undoable` toast, or cancels the schedule of a `scheduled` one (back to Drafts). */
  undo(key: string): void;
  /** Undoes the newest `undoable` toast (the keyboard shortcut); false when there is none. */
  undoLatest(): boolean;
  /** Closes a toast; for an `undoable` one this gives up the undo (the message goes now). */
  dismiss(key: string): void;
  dispose(): void;
}

type ReconcileVerdict = Extract<OutboxSettledEvent, { type: 'reconciled' }>['verdict'];

const SEND_KEY = ['inkwell', 'compose', 'send'];
const isSend = (m: SendMutationLike) => SEND_KEY.every((part, i) => m.options.mutationKey?.[i] === part);

const processingIdOf = (data: unknown): number | undefined => {
  const id = (data as { processingId?: unknown } | undefined)?.processingId;
  return typeof id === 'number' ? id : undefined;
};

const draftIdOf = (variables: unknown): string | undefined => {
  const id = (variables as { mailId?: unknown } | undefined)?.mailId;
  return typeof id === 'string' ? id : undefined;
};

const outcomeUnknown = (error: unknown): boolean => {
  const e = (error ?? {}) as { outcomeUnknown?: unknown; kind?: unknown };
  return e.outcomeUnknown === true || e.kind === 'network' || error instanceof TypeError;
};

const describeVariables = (variables: unknown): Pick<UndoToastContent, 'subject' | 'recipients'> => {
  const v = (variables ?? {}) as { subject?: unknown; to?: unknown };
  const to = Array.isArray(v.to) ? (v.to as { name?: string; address?: string }[]) : [];
  return {
    subject: typeof v.subject === 'string' ? v.subject : '',
    recipients: to.map((r) => r.name || r.address || '').filter(Boolean),
  };
};

/**
 * Feeds a toast queue from the send outbox (and, when given, the running send mutations): "Sending…", "Message
 * sent" with Undo until the outbox's deadline, "Undoing…", then reopened, too late or unknown. The toast of a send
 * keeps its place through every step. Framework-free: `useUndoToasts` binds it to the provider's outbox.
 */
export function bindUndoToasts({
  outbox,
  queue,
  mutations,
  onReopen,
  timeouts,
}: BindUndoToastsOptions): UndoToastController {
  const info = timeouts?.info ?? 5000;
  const notSent = timeouts?.notSent ?? 8000;
  const verdictTimeout = timeouts?.verdict ?? 45_000;
  const scheduledTimeout = timeouts?.scheduled ?? 10_000;
  /** draft mail id → the "Sending…" toast of its send whose answer was lost, until its session says what happened */
  const awaitingVerdict = new Map<string, { key: string; fallback: ReturnType<typeof setTimeout> }>();
  /** verdicts that came before the send's error reached the toast (mutation events are batched) */
  const earlyVerdicts = new Map<string, ReconcileVerdict>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (run: () => void, ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
    return timer;
  };
  /** outbox item id → toast key */
  const toastOfItem = new Map<string, string>();
  /** processing id → the "Sending…" toast of the mutation that got it */
  const toastOfProcessing = new Map<number, string>();
  /** mutation id → its toast */
  const toastOfMutation = new Map<number, string>();
  /** items whose fate an undo of ours decides (the outbox's `expired` event must not say "sent" first) */
  const undoing = new Set<string>();
  const dismissed = new Set<string>();

  const fromItem = (item: UndoableSend): UndoToastContent => ({
    state: item.status === 'undoing' ? 'undoing' : 'undoable',
    subject: item.subject,
    recipients: item.recipients,
    itemId: item.id,
    deadline: item.deadline,
    ...(item.clientId === undefined ? {} : { clientId: item.clientId }),
  });

  const fromScheduled = (item: ScheduledSend): UndoToastContent => ({
    state: 'scheduled',
    subject: item.subject,
    recipients: item.recipients,
    itemId: item.id,
    ...(item.deliveryTime === undefined ? {} : { deliveryTime: item.deliveryTime }),
    ...(item.clientId === undefined ? {} : { clientId: item.clientId }),
  });
  // Messages scheduled before the region was bound were confirmed then (or before a reload): no toast now.
  const scheduledBefore = new Set(outbox.getSnapshot().flatMap((item) => (item.kind === 'scheduled' ? [item.id] : [])));

  const syncOutbox = () => {
    for (const item of outbox.getSnapshot()) {
      if (item.kind === 'scheduled') {
        if (scheduledBefore.has(item.id) || toastOfItem.has(item.id)) continue;
        const existing = queue.getSnapshot().find((t) => t.content.itemId === item.id);
        toastOfItem.set(item.id, existing?.key ?? queue.add(fromScheduled(item), { timeout: scheduledTimeout }));
        continue;
      }
      if (item.kind !== 'undoable') continue;
      const key = toastOfItem.get(item.id);
      if (key === undefined) {
        // A toast already in the queue for it (a region bound again, as under StrictMode) is taken over.
        const existing = queue.getSnapshot().find((t) => t.content.itemId === item.id);
        if (existing) {
          toastOfItem.set(item.id, existing.key);
          continue;
        }
        const sendingKey = toastOfProcessing.get(item.processingId);
        toastOfProcessing.delete(item.processingId);
        if (sendingKey !== undefined && queue.get(sendingKey)) {
          queue.update(sendingKey, fromItem(item));
          toastOfItem.set(item.id, sendingKey);
        } else {
          toastOfItem.set(item.id, queue.add(fromItem(item)));
        }
      } else if (item.status === 'undoing' && queue.get(key)?.content.state === 'undoable') {
        queue.update(key, fromItem(item));
      }
    }
  };

  const onMutation = (mutation: SendMutationLike | undefined) => {
    if (!mutation || !isSend(mutation)) return;
    const { status, data, error, variables } = mutation.state;
    let key = toastOfMutation.get(mutation.mutationId);
    if (key === undefined) {
      key = queue.getSnapshot().find((t) => t.content.mutationId === mutation.mutationId)?.key;
      if (key !== undefined) toastOfMutation.set(mutation.mutationId, key);
    }
    if (status === 'pending' && key === undefined) {
      key = queue.add({ state: 'sending', mutationId: mutation.mutationId, ...describeVariables(variables) });
      toastOfMutation.set(mutation.mutationId, key);
      return;
    }
    if (key === undefined || queue.get(key)?.content.state !== 'sending') return;
    const content = queue.get(key)!.content;
    if (status === 'success') {
      const processingId = processingIdOf(data);
      if (processingId === undefined) {
        // A server without undo (before X5): the message is on its way.
        queue.update(key, { ...content, state: 'sent' }, { timeout: info });
      } else if (toastOfItem.has(`undo:${processingId}`)) {
        queue.close(key); // the outbox's toast came first
      } else {
        toastOfProcessing.set(processingId, key);
        syncOutbox();
      }
    } else if (status === 'error') {
      const fromError = () => {
        if (outcomeUnknown(error)) showVerdict(key, 'unknown');
        else showVerdict(key, 'not-sent');
      };
      // A send of a draft whose answer was lost (or whose repeat by the browser found the draft gone): its compose
      // session asks the server what happened; meanwhile the toast keeps "Sending…" rather than invite a resend.
      const draftMailId = draftIdOf(variables);
      const lost = outcomeUnknown(error) || (error as { status?: unknown } | undefined)?.status === 404;
      if (draftMailId === undefined || !lost) return fromError();
      const early = earlyVerdicts.get(draftMailId);
      earlyVerdicts.delete(draftMailId);
      if (early) return showVerdict(key, early);
      const fallback = later(() => {
        awaitingVerdict.delete(draftMailId);
        fromError();
      }, verdictTimeout);
      awaitingVerdict.set(draftMailId, { key, fallback });
    }
  };

  function showVerdict(key: string, verdict: ReconcileVerdict) {
    const content = queue.get(key)?.content;
    if (!content || content.state !== 'sending') return;
    if (verdict === 'sent') queue.update(key, { ...content, state: 'sent' }, { timeout: info });
    else if (verdict === 'not-sent') queue.update(key, { ...content, state: 'not-sent' }, { timeout: notSent });
    else if (verdict === 'unknown') queue.update(key, { ...content, state: 'unknown' });
    else queue.close(key);
  }

  function onVerdict(draftMailId: string, verdict: ReconcileVerdict) {
    const awaiting = awaitingVerdict.get(draftMailId);
    if (awaiting) {
      awaitingVerdict.delete(draftMailId);
      clearTimeout(awaiting.fallback);
      timers.delete(awaiting.fallback);
      showVerdict(awaiting.key, verdict);
      return;
    }
    earlyVerdicts.set(draftMailId, verdict);
    later(() => earlyVerdicts.delete(draftMailId), verdictTimeout);
  }

  const unsubscribeOutbox = outbox.subscribe(syncOutbox);
  const unsubscribeSettled = outbox.onSettled((event) => {
    if (event.type === 'reconciled') return onVerdict(event.draftMailId, event.verdict);
    if (event.item.kind === 'scheduled') {
      // Cancelled or gone elsewhere: its "Cancel sending" would have nothing to cancel.
      const key = toastOfItem.get(event.item.id);
      if (key !== undefined && !undoing.has(event.item.id) && queue.get(key)?.content.state === 'scheduled') {
        queue.close(key);
      }
      return;
    }
    if (event.item.kind !== 'undoable') return;
    const id = event.item.id;
    const key = toastOfItem.get(id);
    toastOfItem.delete(id);
    if (key === undefined || undoing.has(id)) return;
    const content = queue.get(key)?.content;
    if (!content) return;
    if (dismissed.has(id)) {
      dismissed.delete(id);
      queue.close(key);
    } else if (event.type === 'undone') {
      // Undone from the compose view itself: it reopens its own draft.
      queue.update(
        key,
        { ...content, state: 'reopened', ...(event.draftMailId ? { draftId: event.draftMailId } : {}) },
        { timeout: info },
      );
    } else {
      queue.update(key, { ...content, state: 'sent' }, { timeout: info });
    }
  });
  const unsubscribeMutations = mutations?.subscribe((event) => onMutation(event.mutation));
  for (const mutation of mutations?.getAll() ?? []) onMutation(mutation);
  syncOutbox();

  const cancelSchedule = (key: string, content: UndoToastContent, id: string) => {
    undoing.add(id);
    queue.update(key, { ...content, state: 'undoing' });
    outbox.cancelSchedule(id).then(
      ({ mailId }) => {
        undoing.delete(id);
        const reopened: UndoToastContent = { ...content, state: 'reopened', draftId: mailId };
        queue.update(key, reopened, { timeout: info });
        onReopen?.(mailId, reopened);
      },
      () => {
        undoing.delete(id);
        queue.update(key, { ...content, state: 'cancel-failed' });
      },
    );
  };

  const undo = (key: string) => {
    const content = queue.get(key)?.content;
    const id = content?.itemId;
    if (content?.state === 'scheduled' && id !== undefined && !undoing.has(id)) return cancelSchedule(key, content, id);
    if (!content || id === undefined || content.state !== 'undoable' || undoing.has(id)) return;
    undoing.add(id);
    queue.update(key, { ...content, state: 'undoing' });
    // Offline from the press to the outbox giving up: no try left the device, so the undo never reached the server.
    const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;
    let stayedOffline = isOffline();
    const backOnline = () => (stayedOffline = false);
    if (stayedOffline) globalThis.addEventListener?.('online', backOnline);
    const settled = () => {
      undoing.delete(id);
      globalThis.removeEventListener?.('online', backOnline);
    };
    outbox.undo(id).then(
      ({ mailId }) => {
        settled();
        const reopened: UndoToastContent = { ...content, state: 'reopened', ...(mailId ? { draftId: mailId } : {}) };
        queue.update(key, reopened, { timeout: info });
        onReopen?.(mailId, reopened);
      },
      (error: unknown) => {
        settled();
        // `undo-failed` is the only code for an undo whose answer never came (we never undo twice).
        const unknown = error instanceof OutboxError && error.code === 'undo-failed';
        const offline = unknown && stayedOffline && isOffline();
        queue.update(key, {
          ...content,
          state: unknown && !offline ? 'unknown' : 'too-late',
          ...(offline ? { offlineUndo: true } : {}),
        });
      },
    );
  };

  return {
    undo,
    undoLatest() {
      const latest = [...queue.getSnapshot()].reverse().find((t) => t.content.state === 'undoable');
      if (!latest) return false;
      undo(latest.key);
      return true;
    },
    dismiss(key) {
      const content = queue.get(key)?.content;
      if (content?.state === 'undoable' && content.itemId !== undefined) {
        dismissed.add(content.itemId);
        outbox.expire(content.itemId);
      }
      queue.close(key);
    },
    dispose() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      unsubscribeOutbox();
      unsubscribeSettled();
      unsubscribeMutations?.();
    },
  };
}
