// Forwards each delivered message to a real SMTP server (`--smtp`), so a developer can watch mail in a real client.
import { createTransport } from 'nodemailer';

/** What the relay needs from a delivered message: the exact MIME and the SMTP envelope (Bcc included). */
export interface RelayMessage {
  /** Outbox id; relay statuses are keyed by it. */
  id: string;
  raw: string;
  envelope: { from: string; to: readonly string[] };
}

export interface RelayStatus {
  state: 'pending' | 'relayed' | 'failed';
  attempts: number;
  /** ISO time of the last attempt's end (or start, while pending). */
  at: string;
  /** The SMTP server's final reply, when relayed. */
  response?: string;
  /** Why the last attempt failed. */
  error?: string;
}

export interface SmtpRelay {
  /** Starts relaying in the background: delivery never waits on, or fails because of, the SMTP server. */
  relay(message: RelayMessage): void;
  /** Relays a failed message again. Resolves with its new status; rejects for an id it never saw. */
  retry(id: string): Promise<RelayStatus>;
  statuses(): Record<string, RelayStatus>;
  /** Resolves when no relay is in flight. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** Parses and checks `smtp://user:pass@host:port` (or `smtps://`) before anything is sent. */
export function parseSmtpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--smtp expects a URL like smtp://user:pass@host:587, got "${url}"`);
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
    throw new Error(`--smtp must use smtp:// or smtps://, got "${parsed.protocol}//"`);
  }
  if (!parsed.hostname) throw new Error(`--smtp URL "${url}" has no host`);
  return parsed;
}

export function createSmtpRelay(
  url: string,
  options: { log?: (line: string) => void; now?: () => Date } = {},
): SmtpRelay {
  const log = options.log ?? ((line: string) => console.error(line));
  const now = options.now ?? (() => new Date());
  const target = parseSmtpUrl(url);
  const transport = createTransport(target.href);
  const statuses = new Map<string, RelayStatus>();
  const messages = new Map<string, RelayMessage>(); // kept for retry while not relayed
  const inFlight = new Map<string, Promise<RelayStatus>>();
  const where = `${target.protocol}//${target.host}`; // never log the password

  function attempt(message: RelayMessage): Promise<RelayStatus> {
    const previous = statuses.get(message.id);
    const attempts = (previous?.attempts ?? 0) + 1;
    statuses.set(message.id, { state: 'pending', attempts, at: now().toISOString() });
    const run = transport
      .sendMail({ envelope: { from: message.envelope.from, to: [...message.envelope.to] }, raw: message.raw })
      .then((info): RelayStatus => {
        messages.delete(message.id);
        return { state: 'relayed', attempts, at: now().toISOString(), response: String(info.response ?? '') };
      })
      .catch((error: unknown): RelayStatus => {
        const reason = error instanceof Error ? error.message : String(error);
        log(`[axigen-emulator] relaying message ${message.id} to ${where} failed: ${reason}`);
        return { state: 'failed', attempts, at: now().toISOString(), error: reason };
      })
      .then((status) => {
        statuses.set(message.id, status);
        inFlight.delete(message.id);
        return status;
      });
    inFlight.set(message.id, run);
    return run;
  }

  return {
    relay(message) {
      messages.set(message.id, message);
      void attempt(message);
    },
    async retry(id) {
      const running = inFlight.get(id);
      if (running) return running; // never two attempts at once for one message
      const message = messages.get(id);
      if (message) return attempt(message);
      const status = statuses.get(id);
      if (status) return status; // already relayed: never send twice
      throw new Error(`No delivered message "${id}" is known to the SMTP relay`);
    },
    statuses: () => Object.fromEntries(statuses),
    async idle() {
      while (inFlight.size > 0) await Promise.all(inFlight.values());
    },
    async close() {
      await this.idle();
      transport.close();
    },
  };
}
