// A new message needs none of the reply/forward machinery (sanitizer, quote, address parsing): it is built at once,
// and every other intent loads `loadPrefill` in its own chunk, so a plain new-message session never downloads it.
import type { ComposeIntent } from '../session/types';
import type { Prefill, PrefillContext } from './loadPrefill';
import { newMessagePrefill } from './newMessagePrefill';

/** `loadPrefill`, with the reply/forward/reopen code loaded only when an intent needs it. */
export async function loadPrefillOnDemand(intent: ComposeIntent, ctx: PrefillContext): Promise<Prefill> {
  if (intent.kind === 'new') return newMessagePrefill(intent, ctx);
  const { loadPrefill } = await import('./loadPrefill');
  return loadPrefill(intent, ctx);
}
