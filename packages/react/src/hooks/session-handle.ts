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
   * The view mounted. After a final release (a view hidden by `<Activity>` and shown again) a new session is
   * created with the old one's `clientId`, so it resumes the journaled draft.
   */
  acquire(): void;
  /**
   * The view unmounted. Disposal waits a microtask: StrictMode unmounts and remounts synchronously, and that
   * must not create a second session (a second draft on the server).
   */
  release(onFinalRelease: (session: ComposeSession) => void): void;
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
  create: (resumeClientId: string | undefined) => ComposeSession,
  placeholder: ComposeSnapshot,
): SessionHandle {
  let session: ComposeSession | undefined;
  let unsubscribe: (() => void) | undefined;
  let state: SessionState = { session: undefined, snapshot: placeholder };
  let mounted = 0;
  let closed = false;
  let resumeClientId: string | undefined;
  const listeners = new Set<() => void>();

  const sync = () => {
    if (!session) return;
    const snapshot = session.getSnapshot();
    if (state.session === session && state.snapshot === snapshot) return;
    state = { session, snapshot };
    for (const listener of [...listeners]) listener();
  };

  const ensure = () => {
    if (closed) throw new Error('This compose view has been closed; open a new one to keep writing.');
    if (!session) {
      session = create(resumeClientId);
      unsubscribe = session.subscribe(sync);
      sync();
    }
    return session;
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
      if (closed) {
        closed = false;
        session = undefined;
      }
      ensure();
    },
    release(onFinalRelease) {
      mounted -= 1;
      void Promise.resolve().then(() => {
        if (mounted > 0 || closed || !session) return;
        closed = true;
        resumeClientId = session.getSnapshot().clientId;
        unsubscribe?.();
        onFinalRelease(session);
      });
    },
  };
}
