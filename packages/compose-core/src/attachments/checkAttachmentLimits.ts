import type { DraftAttachment } from '../draft';

export interface ResolvedAttachmentLimits {
  maxAttachmentBytes: number;
  maxAttachments: number;
  maxTotalBytes: number;
}

export const DEFAULT_ATTACHMENT_LIMITS: ResolvedAttachmentLimits = {
  maxAttachmentBytes: 25 * 1024 * 1024,
  maxAttachments: 50,
  maxTotalBytes: 30 * 1024 * 1024,
};

/** Why a new file of `size` bytes cannot join `current`, or undefined when it can. Failed entries do not count. */
export function checkAttachmentLimits(
  name: string,
  size: number,
  current: readonly DraftAttachment[],
  limits: ResolvedAttachmentLimits,
): string | undefined {
  const live = current.filter((a) => a.state !== 'failed' && a.state !== 'cancelled');
  if (size > limits.maxAttachmentBytes) {
    return `${name} is ${formatBytes(size)}; attachments can be at most ${formatBytes(limits.maxAttachmentBytes)}.`;
  }
  if (live.length + 1 > limits.maxAttachments) {
    return `${name} was not added: a message can have at most ${limits.maxAttachments} attachments.`;
  }
  const total = live.reduce((sum, a) => sum + a.size, 0) + size;
  if (total > limits.maxTotalBytes) {
    return `${name} was not added: all attachments together can be at most ${formatBytes(limits.maxTotalBytes)}.`;
  }
  return undefined;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
