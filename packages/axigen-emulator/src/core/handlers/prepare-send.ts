// What Send and Scheduled Send share before they store and queue: checks, reply link, composed message.
import type { AccountRecord, MailRecord, QueueEntry } from '../types';
import type { Store } from '../store';
import type { MessageInput } from '../message-input';
import { envelopeFor } from '../envelope';
import { claimDraft, composeStored, sendableRefw } from './drafts';

export interface PreparedSend {
  input: MessageInput;
  raw: string;
  envelope: QueueEntry['envelope'];
  refw: QueueEntry['refw'];
}

/**
 * Validates sender and recipients, resolves the reply/forward link and composes the message (Bcc kept
 * for the stored copy). `draft`, when sending one, may have lost its source, and leaves Drafts only
 * after the last await, so concurrent sends of one draft cannot both go out.
 */
export async function prepareSend(
  store: Store,
  account: AccountRecord,
  given: MessageInput,
  draft?: MailRecord,
): Promise<PreparedSend> {
  const envelope = envelopeFor(store, account, given);
  const { input, refw } = sendableRefw(store, account, given, draft !== undefined);
  const raw = await composeStored(store, account, input, true);
  if (draft) claimDraft(store, draft);
  return { input, raw, envelope, refw };
}
