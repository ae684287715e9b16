// The emulator's delivered messages (`/__emulator/outbox`, development only; see the emulator's README).
import PostalMime, { type Email } from 'postal-mime';

export interface DeliveredSummary {
  id: string;
  deliveredAt: number;
  envelope: { from: string; to: string[] };
  from: string;
  to: string;
  cc: string;
  bcc: string[];
  subject: string;
}

export const outboxKeys = {
  all: ['webmail', 'emulator-outbox'] as const,
  raw: (id: string) => ['webmail', 'emulator-outbox', id, 'raw'] as const,
};

export async function fetchOutbox(signal: AbortSignal): Promise<DeliveredSummary[]> {
  const response = await fetch('/__emulator/outbox', { signal });
  if (!response.ok) throw new Error(`outbox: ${response.status}`);
  const items = (await response.json()) as DeliveredSummary[];
  return items.sort((a, b) => b.deliveredAt - a.deliveredAt);
}

export interface DeliveredMessage {
  raw: string;
  email: Email;
}

/** The message as delivered, parsed the way a recipient's mail program would. */
export async function fetchDelivered(id: string, signal: AbortSignal): Promise<DeliveredMessage> {
  const response = await fetch(`/__emulator/outbox/${encodeURIComponent(id)}/raw`, { signal });
  if (!response.ok) throw new Error(`outbox raw: ${response.status}`);
  const raw = await response.text();
  return { raw, email: await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' }) };
}
