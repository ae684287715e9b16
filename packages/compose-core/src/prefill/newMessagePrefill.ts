import { emptyDraft } from '../draft';
import type { ComposeIntent } from '../session/types';
import type { Prefill, PrefillContext } from './loadPrefill';

/** The starting draft of a new message: the identity's From and whatever the caller handed in, no parts yet. */
export function newMessagePrefill(intent: Extract<ComposeIntent, { kind: 'new' }>, ctx: PrefillContext): Prefill {
  return { draft: emptyDraft({ from: ctx.identity.from, ...intent.initial, attachments: [] }), bindings: [] };
}
