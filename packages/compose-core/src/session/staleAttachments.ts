import type { DraftAttachment } from '../draft';
import { describeError } from './describeError';

/**
 * Local ids of uploaded parts to upload again when a save was refused because the server no longer knows a
 * temporary attachment (its queue did not survive a restart). The server names one id per answer; a restart loses
 * them all, so every uploaded part goes again rather than one per failed save.
 */
export function staleQueueIds(error: unknown, attachments: readonly DraftAttachment[]): string[] {
  const info = describeError(error);
  if (info.status !== 400 && info.status !== 404) return [];
  if (!/temporar|attachment queue/i.test(info.message)) return [];
  if (!/not in|unknown|not found|no such|does not exist|expired/i.test(info.message)) return [];
  return attachments.filter((a) => a.state === 'uploaded' && a.queueId !== undefined).map((a) => a.localId);
}
