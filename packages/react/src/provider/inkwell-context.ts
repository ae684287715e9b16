'use client';
import { createContext } from 'react';
import type { AxigenClient } from '@inkwell/axigen-client';
import type { ComposeIdentity, SendOutbox, ServerClock } from '@inkwell/compose-core';

export interface InkwellContextValue {
  client: AxigenClient;
  /** The outbox every compose view of this provider shares: undo windows outlive the view. */
  outbox: SendOutbox;
  /** Default sender for `useCompose`; a hook option overrides it. */
  identity?: ComposeIdentity;
  /** The server's clock for `useCompose` (schedule times are checked against it); a hook option overrides it. */
  serverClock?: ServerClock;
}

export const InkwellContext = createContext<InkwellContextValue | null>(null);
