// Owns one compose session for one mounted compose view, without React: the hook only acquires and releases it.
import { emptyDraft, type ComposeSession, type ComposeSnapshot, type Draft } from '@inkwell/compose-core';

export interface SessionState {
  /** Undefined until the view has mounted. */
  session: ComposeSession | undefined;
  snapshot: ComposeSnapshot;
}

export interface SessionHandle {
  subscribe(listener: () => void): () => void;
  getState(): SessionState;
  /** The session, created on first use. Throws once the view has unmounted. */
  ensure(): ComposeSession;
  /**
   * The view mounted. A view shown again by `<Activity>` gets its session back if it is still closing, or else a
   * new one that resumes where the old one ended (see `Resume`).
   */
  acquire(): void;
  /**
   * The view unmounted. Closing waits a microtask (StrictMode unmounts and remounts synchronously, and that must not
   * create a second session, or a second draft), then runs `close`, which resolves once the last save has settled;
   * only then is the session disposed.
   */
  release(close: (session: ComposeSession) => Promise<void>): void;
}

/** Where a disposed session ended: its local id (the journal key) and its server draft, if it had one. */
export interface Resume {
  clientId: string;
  serverId?: string;
}

/** What the view shows before its session exists: loading, with the initial fields of a new message. */
export function placeholderSnapshot(
  initial: Partial<Draft> | undefined,
  clientId: string | undefined,
): ComposeSnapshot {
  return {
    state: 'loading',
    draft: emptyDraft(initial),
    clientId: clientId ?? '',
    offline: false,
    recovered: false,
    checks: [],
    readOnly: false,
    version: 0,
  };
}

export function createSessionHandle(
  create: (resume: Resume | undefined) => ComposeSession,
  placeholder: ComposeSnapshot,
): SessionHandle {
  let session: ComposeSession | undefined;
  let unsubscribe: (() => void) | undefined;
  let state: SessionState = { session: undefined, snapshot: placeholder };
  let mounted = 0;
  let phase: 'open' | 'closing' | 'closed' = 'open';
  let resume: Resume | undefined;
  const listeners = new Set<() => void>();

  const sync = () => {
    if (!session) return;
    const snapshot = session.getSnapshot();
    if (state.session === session && state.snapshot === snapshot) return;
    state = { session, snapshot };
    for (const listener of [...listeners]) listener();
  };

  const ensure = () => {
    if (phase !== 'open') throw new Error('This compose view has been closed; open a new one to keep writing.');
    if (!session) {
      session = create(resume);
      unsubscribe = session.subscribe(sync);
      sync();
    }
    return session;
  };

  const dispose = (closing: ComposeSession) => {
    // Shown again (and given this very session back) while it was closing: nothing to dispose.
    if (phase !== 'closing' || session !== closing) return;
    phase = 'closed';
    const { clientId, serverId } = closing.getSnapshot();
    resume = serverId === undefined ? { clientId } : { clientId, serverId };
    unsubscribe?.();
    session = undefined;
    closing.dispose();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    ensure,
    acquire() {
      mounted += 1;
      phase = 'open';
      ensure();
    },
    release(close) {
      mounted -= 1;
      void Promise.resolve().then(() => {
        if (mounted > 0 || phase !== 'open' || !session) return;
        phase = 'closing';
        const closing = session;
        close(closing).then(
          () => dispose(closing),
          () => dispose(closing),
        );
      });
    },
  };
}
