// The client's login state, and how it gets a working session back after a 401: adopt the one another tab (or
// another client sharing the coordinator) already uses, else log in again once through the re-login hook.
import type { SessionState } from './client-types';
import { createSessionCoordinator, type SessionCoordinator, type SessionMember } from './session-coordinator';

/** What login left behind: cookie mode sends `_h=<sessid>`; header mode resends Authorization + X-Axigen-Session. */
export type Session = { mode: 'cookie'; sessid: string } | { mode: 'header'; sessid: string; authorization: string };

export interface SessionHolder {
  readonly session: Session | undefined;
  setSession(session: Session | undefined): void;
}

export class SessionKeeper {
  readonly #holder: SessionHolder;
  readonly #coordinator: SessionCoordinator | undefined;
  readonly #member: SessionMember;
  readonly #listeners = new Set<(state: SessionState) => void>();
  #state: SessionState = 'signed-out';
  #hook: (() => Promise<void>) | undefined;
  /** `baseUrl|username` of the cookie session, for the coordinator. */
  #key: string | undefined;
  #inExclusive = false;
  // The login a sign-in skipped because it adopted another member's session: if that session turns out dead
  // (a member that still believes in it answered), the restore does this login rather than give up.
  #skippedLogin: (() => Promise<Session>) | undefined;
  // True while a 401 is being repaired: the login it triggers must be a real one, not an adoption of the
  // session that just failed.
  #forceLogin = false;

  constructor(
    holder: SessionHolder,
    coordinator: SessionCoordinator | false | undefined,
    readonly defaultHook: (() => Promise<void>) | undefined,
  ) {
    this.#holder = holder;
    this.#coordinator = coordinator === false ? undefined : (coordinator ?? defaultCoordinator());
    this.#member = {
      key: () => (this.#holder.session?.mode === 'cookie' ? this.#key : undefined),
      sessid: () => (this.#state === 'signed-in' ? this.#holder.session?.sessid : undefined),
      adopt: (sessid) => this.#adopt(sessid),
    };
    this.#coordinator?.join(this.#member);
  }

  get state(): SessionState {
    return this.#state;
  }

  setState(state: SessionState): void {
    if (state === this.#state) return;
    this.#state = state;
    for (const listener of [...this.#listeners]) listener(state);
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get hook(): (() => Promise<void>) | undefined {
    return this.#hook ?? this.defaultHook;
  }

  setHook(hook: (() => Promise<void>) | undefined): () => void {
    const previous = this.#hook;
    this.#hook = hook;
    return () => {
      if (this.#hook === hook) this.#hook = previous;
    };
  }

  /** Whether a 401 is worth repairing: a hook can log in, or other members may hold a newer session. */
  get canRestore(): boolean {
    const shared = this.#coordinator !== undefined && this.#member.key() !== undefined;
    return this.hook !== undefined || shared || this.#skippedLogin !== undefined;
  }

  /**
   * A login. In cookie mode with a coordinator, it takes the tabs' lock and first adopts the session another
   * member uses for the same account; only if there is none does it log in, and then tells the others.
   */
  async signIn(key: string | undefined, login: () => Promise<Session>): Promise<Session> {
    const coordinated = key !== undefined && this.#coordinator !== undefined;
    const run = async (): Promise<Session> => {
      if (coordinated && !this.#forceLogin) {
        const found = await this.#coordinator!.find(this.#member, key);
        if (found !== undefined) {
          this.#skippedLogin = login;
          return this.#use(key, { mode: 'cookie', sessid: found });
        }
      }
      this.#skippedLogin = undefined;
      const session = this.#use(key, await login());
      if (coordinated) this.#coordinator!.announce(this.#member, key, session.sessid);
      return session;
    };
    return coordinated ? this.#exclusive(run) : run();
  }

  signedOut(): void {
    const key = this.#member.key();
    this.#holder.setSession(undefined);
    this.setState('signed-out');
    if (key !== undefined) this.#coordinator?.announce(this.#member, key, undefined);
  }

  /** After a 401 on a call sent with `failed`: a working session again, or a rejection (state `expired`). */
  async restore(failed: string | undefined): Promise<void> {
    this.setState('restoring');
    try {
      await this.#exclusive(async () => {
        const current = this.#holder.session?.sessid;
        if (current !== undefined && current !== failed) return; // adopted meanwhile
        const key = this.#member.key();
        if (key !== undefined && this.#coordinator) {
          const found = await this.#coordinator.find(this.#member, key, failed);
          if (found !== undefined) {
            this.#use(key, { mode: 'cookie', sessid: found });
            return;
          }
        }
        const skipped = this.#skippedLogin;
        const hook = this.hook ?? (skipped && (() => this.signIn(key, skipped).then(() => undefined)));
        if (!hook) throw new Error('The session ended and no re-login is configured');
        this.#forceLogin = true;
        try {
          await hook();
        } finally {
          this.#forceLogin = false;
        }
      });
      this.setState(this.#holder.session ? 'signed-in' : 'expired');
    } catch (error) {
      this.setState('expired');
      throw error;
    }
  }

  #use(key: string | undefined, session: Session): Session {
    this.#key = key;
    this.#holder.setSession(session);
    this.setState('signed-in');
    return session;
  }

  #adopt(sessid: string | undefined): void {
    if (sessid === undefined) {
      this.#holder.setSession(undefined);
      this.setState('signed-out');
    } else if (sessid !== this.#holder.session?.sessid) {
      this.#use(this.#key, { mode: 'cookie', sessid });
    }
  }

  // Web Locks are not reentrant: a login the restore triggers runs inside the restore's turn.
  async #exclusive<T>(task: () => Promise<T>): Promise<T> {
    if (!this.#coordinator || this.#inExclusive) return task();
    return this.#coordinator.exclusive(async () => {
      this.#inExclusive = true;
      try {
        return await task();
      } finally {
        this.#inExclusive = false;
      }
    });
  }
}

// Browsers: tabs share the cookie, so they must share the session. Elsewhere each client is on its own.
let shared: SessionCoordinator | undefined;
function defaultCoordinator(): SessionCoordinator | undefined {
  const g = globalThis as { navigator?: { locks?: unknown }; BroadcastChannel?: unknown; document?: unknown };
  if (!g.navigator?.locks || typeof g.BroadcastChannel !== 'function' || g.document === undefined) return undefined;
  shared ??= createSessionCoordinator();
  return shared;
}
