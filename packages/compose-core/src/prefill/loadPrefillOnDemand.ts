// A new message needs none of the reply/forward machinery (sanitizer, quote, address parsing): it is built at once,
// and every other intent loads `loadPrefill` in its own chunk, so a plain new-message session never downloads it.
import type { ComposeIntent } from '../session/types';
import type * as PrefillModule from './loadPrefill';
import type { Prefill, PrefillContext } from './loadPrefill';
import { newMessagePrefill } from './newMessagePrefill';

// Loaded once per page; a failed load (offline while opening a reply) is forgotten, so the next attempt tries again.
let loading: Promise<typeof PrefillModule> | undefined;

function prefillModule(): Promise<typeof PrefillModule> {
  loading ??= import('./loadPrefill').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** `loadPrefill`, with the reply/forward/reopen code loaded only when an intent needs it. */
export async function loadPrefillOnDemand(intent: ComposeIntent, ctx: PrefillContext): Promise<Prefill> {
  if (intent.kind === 'new') return newMessagePrefill(intent, ctx);
  const { loadPrefill } = await prefillModule();
  return loadPrefill(intent, ctx);
}
