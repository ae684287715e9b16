// Tabs of one app share one server session. A cookie login replaces the browser's session cookie for every tab,
// so a second tab that logged in for itself would log the first one out. Instead, a tab asks the others for the
// session they use and adopts it; only one tab logs in at a time (a Web Lock); a tab that does log in tells the
// others, which adopt the new session (the cookie is shared, only `_h` differs).

/** The part of the Web Locks API used here (`navigator.locks`). */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** The part of BroadcastChannel used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** A client taking part in the coordination (the client registers itself; apps do not call this). */
export interface SessionMember {
  /** `baseUrl|username` of its cookie session; undefined when it has none. */
  key(): string | undefined;
  /** Its session id, when it is signed in and the session works. */
  sessid(): string | undefined;
  /** Another tab logged in (a session id) or out (undefined) for this member's key. */
  adopt(sessid: string | undefined): void;
}

export interface SessionCoordinator {
  /** Runs `task` while no other tab sharing this coordinator's name runs one. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** The session another member (this tab or another) uses for `key`, other than `stale`; undefined if none. */
  find(asker: SessionMember, key: string, stale?: string): Promise<string | undefined>;
  /** Tells every other member with `key` that it now uses `sessid` (undefined: logged out). */
  announce(from: SessionMember, key: string, sessid: string | undefined): void;
  join(member: SessionMember): () => void;
  /** Stops listening to other tabs. */
  close(): void;
}

export interface SessionCoordinatorOptions {
  /** Tabs whose coordinators share a name share one session. Default `'default'`. */
  name?: string;
  /** Default `navigator.locks`; where there is none, a lock shared by the coordinators of this JS realm. */
  locks?: LockManagerLike;
  /** Default a `BroadcastChannel` (when the runtime has one); `null`: only this realm's members. */
  channel?: ChannelLike | null;
  /** How long to wait for another tab to answer, ms. Default 150. */
  askTimeoutMs?: number;
}

type Message =
  | { type: 'ask'; from: string; id: string; key: string; stale?: string | undefined }
  | { type: 'answer'; from: string; to: string; id: string; sessid: string }
  | { type: 'session'; from: string; key: string; sessid?: string | undefined };

const PROTOCOL = 'inkwell-session/1';

export function createSessionCoordinator(options: SessionCoordinatorOptions = {}): SessionCoordinator {
  const name = `inkwell-session:${options.name ?? 'default'}`;
  const locks = options.locks ?? browserLocks() ?? realmLocks;
  const channel = options.channel === undefined ? openChannel(name) : options.channel;
  const askTimeoutMs = options.askTimeoutMs ?? 150;
  const self = randomId();
  // Weakly held: a client that is dropped leaves without having to say so.
  const members = new Set<WeakRef<SessionMember>>();
  const live = function* () {
    for (const ref of members) {
      const member = ref.deref();
      if (member) yield member;
      else members.delete(ref);
    }
  };
  const waiting = new Map<string, (sessid: string | undefined) => void>();

  const post = (message: Message) => channel?.postMessage({ protocol: PROTOCOL, ...message });
  const onMessage = ({ data }: { data: unknown }) => {
    const message = readMessage(data);
    if (!message || message.from === self) return;
    if (message.type === 'ask') {
      const sessid = localSession(undefined, message.key, message.stale);
      if (sessid !== undefined) post({ type: 'answer', from: self, to: message.from, id: message.id, sessid });
    } else if (message.type === 'answer') {
      if (message.to === self) waiting.get(message.id)?.(message.sessid);
    } else {
      for (const member of live()) if (member.key() === message.key) member.adopt(message.sessid);
    }
  };
  channel?.addEventListener('message', onMessage);

  function localSession(asker: SessionMember | undefined, key: string, stale: string | undefined) {
    for (const member of live()) {
      if (member === asker || member.key() !== key) continue;
      const sessid = member.sessid();
      if (sessid !== undefined && sessid !== stale) return sessid;
    }
    return undefined;
  }

  return {
    exclusive: (task) => locks.request(name, task),
    async find(asker, key, stale) {
      const local = localSession(asker, key, stale);
      if (local !== undefined || !channel) return local;
      const id = randomId();
      return new Promise<string | undefined>((resolve) => {
        const done = (sessid: string | undefined) => {
          waiting.delete(id);
          clearTimeout(timer);
          resolve(sessid);
        };
        const timer = setTimeout(() => done(undefined), askTimeoutMs);
        waiting.set(id, done);
        post({ type: 'ask', from: self, id, key, stale });
      });
    },
    announce(from, key, sessid) {
      for (const member of live()) if (member !== from && member.key() === key) member.adopt(sessid);
      post({ type: 'session', from: self, key, sessid });
    },
    join(member) {
      const ref = new WeakRef(member);
      members.add(ref);
      return () => members.delete(ref);
    },
    close() {
      channel?.removeEventListener('message', onMessage);
      channel?.close();
      for (const done of waiting.values()) done(undefined);
    },
  };
}

function readMessage(data: unknown): Message | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (message.protocol !== PROTOCOL || typeof message.from !== 'string') return undefined;
  return message as unknown as Message;
}

function browserLocks(): LockManagerLike | undefined {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return locks && typeof locks.request === 'function' ? locks : undefined;
}

function openChannel(name: string): ChannelLike | null {
  return typeof BroadcastChannel === 'function' ? (new BroadcastChannel(name) as unknown as ChannelLike) : null;
}

// Without Web Locks (Node 20, older browsers): one queue per name for this realm, so coordinators of one process
// still take turns.
const queues = new Map<string, Promise<unknown>>();
const realmLocks: LockManagerLike = {
  request<T>(name: string, callback: () => Promise<T>): Promise<T> {
    const previous = queues.get(name) ?? Promise.resolve();
    const run = previous.then(callback, callback);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    queues.set(name, settled);
    void settled.then(() => {
      if (queues.get(name) === settled) queues.delete(name);
    });
    return run;
  },
};

function randomId(): string {
  return typeof crypto?.randomUUID === 'function' ? crypto.randomUUID() : Math.random().toString(36).slice(2);
}
