// The processing queue: holds each sent message for the undo window, then delivers it exactly once.
import type { AccountRecord, DeliveredMessage, MailKey, QueueEntry } from './types';
import type { Store } from './store';
import { buildOutgoing, inputFromEmail } from './message-input';
import { parseRaw } from './parse-mail';
import { addRefwFlag } from './refw-flags';

export function enqueue(store: Store, entry: Omit<QueueEntry, 'processingId' | 'queuedAt'>): QueueEntry {
  const full: QueueEntry = { ...entry, processingId: store.state.nextProcessingId++, queuedAt: store.now() };
  store.state.queue.push(full);
  store.touch();
  return full;
}

/** Sets the source mail's answered/forwarded flag, if the source still exists. */
export function flagSource(store: Store, account: AccountRecord, refw: QueueEntry['refw']): void {
  const source = refw && store.findMail(account, refw.source);
  if (!source || !refw) return;
  source.refwFlags = addRefwFlag(source.refwFlags, refw.type);
  store.touch();
}

/** Delivers every entry due on the emulator clock. Entries leave the queue before any await: exactly once. */
export async function deliverDue(store: Store): Promise<DeliveredMessage[]> {
  const now = store.now();
  const due = store.state.queue
    .filter((e) => e.dueAt <= now)
    .sort((a, b) => a.dueAt - b.dueAt || a.processingId - b.processingId);
  if (!due.length) return [];
  store.state.queue = store.state.queue.filter((e) => !due.includes(e));
  store.touch();
  const delivered: DeliveredMessage[] = [];
  for (const entry of due) {
    const msg = await deliver(store, entry);
    if (msg) delivered.push(msg);
  }
  return delivered;
}

async function deliver(store: Store, entry: QueueEntry): Promise<DeliveredMessage | undefined> {
  const account = store.accountByName(entry.account);
  let raw = entry.raw;
  if (entry.scheduled) {
    // Deleting the copy in Scheduled unschedules it (reference §3).
    const copy = store.findMail(account, entry.scheduled);
    if (!copy) return undefined;
    raw = copy.raw;
    if (account.saveToSent) store.moveMail(copy, store.folderByRole(account, 'sent').id);
    else store.removeMail(copy);
    flagSource(store, account, entry.refw);
  }
  const email = await parseRaw(raw);
  const outgoing = await buildOutgoing(store, account, inputFromEmail(email), {
    keepBcc: false,
    keepRefwHeaders: false,
    ensureText: true,
    messageId: email.messageId,
    inReplyTo: email.inReplyTo,
    references: email.references,
  });
  const delivered: DeliveredMessage = {
    id: String(store.state.nextOutboxId++),
    processingId: entry.processingId,
    account: entry.account,
    envelope: entry.envelope,
    raw: await store.options.composeMime(outgoing),
    deliveredAt: store.now(),
    requestDeliveryReceipt: entry.requestDeliveryReceipt,
  };
  store.state.outbox.push(delivered);
  deliverLocally(store, delivered);
  store.touch();
  try {
    await store.options.onDelivered?.(delivered);
  } catch {
    // The message is delivered; a failing relay hook must not undo or repeat that.
  }
  return delivered;
}

/** One Inbox copy per local account among the envelope recipients (main address or alias). */
function deliverLocally(store: Store, msg: DeliveredMessage): void {
  const done = new Set<AccountRecord>();
  for (const rcpt of msg.envelope.to) {
    const local = store.accountByAddress(rcpt);
    if (!local || done.has(local)) continue;
    done.add(local);
    store.addMail(local, store.folderByRole(local, 'inbox').id, msg.raw, { isUnread: true });
  }
}

export function queueEntryFor(store: Store, scheduled: MailKey, account: AccountRecord): QueueEntry | undefined {
  const owner = store.addressOf(account);
  return store.state.queue.find(
    (e) => e.account === owner && e.scheduled?.folderId === scheduled.folderId && e.scheduled.uid === scheduled.uid,
  );
}
