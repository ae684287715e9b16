// The open compose view (its intent and local id) survives a reload, so it comes back with what the user typed
// (the local journal is keyed by the id) until it is sent, discarded or closed.
import type { ComposeIntent } from '@inkwell/compose-core';

export interface OpenCompose {
  intent: ComposeIntent;
  clientId: string;
}

const key = 'inkwell.webmail.compose.open';

export function readOpenCompose(): OpenCompose | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? 'null') as OpenCompose | null;
    return value && typeof value.clientId === 'string' && typeof value.intent?.kind === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeOpenCompose(open: OpenCompose | undefined): void {
  if (open) localStorage.setItem(key, JSON.stringify(open));
  else localStorage.removeItem(key);
}

export function newComposeId(): string {
  return `compose-${crypto.randomUUID()}`;
}
