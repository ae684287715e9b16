import { checkAttachmentLimits, type DraftAttachment, type ResolvedAttachmentLimits } from '@inkwell/compose-core';

/** Why a file is refused before any upload. */
export type FileRejection = 'type' | 'empty' | 'size' | 'count' | 'total';

const NO_LIMIT = Number.POSITIVE_INFINITY;

/** Whether a file matches an `accept` list of MIME types (`image/*`, `application/pdf`) or extensions (`.pdf`). */
export function acceptsFile(file: { name: string; type: string }, accept: readonly string[] | undefined): boolean {
  if (!accept || accept.length === 0) return true;
  const type = file.type.toLowerCase();
  const name = file.name.toLowerCase();
  return accept.some((pattern) => {
    const p = pattern.trim().toLowerCase();
    if (p.startsWith('.')) return name.endsWith(p);
    if (p.endsWith('/*')) return type.startsWith(p.slice(0, -1));
    return type === p;
  });
}

/**
 * The first limit a new file breaks, or undefined. The size, count and total rules are compose-core's
 * `checkAttachmentLimits`, asked one limit at a time so the widget can say which one in the user's language.
 */
export function fileRejection(
  file: { name: string; type: string; size: number },
  current: readonly DraftAttachment[],
  limits: ResolvedAttachmentLimits,
  accept?: readonly string[],
): FileRejection | undefined {
  if (!acceptsFile(file, accept)) return 'type';
  if (file.size === 0) return 'empty';
  const only = (limit: Partial<ResolvedAttachmentLimits>): ResolvedAttachmentLimits => ({
    maxAttachmentBytes: NO_LIMIT,
    maxAttachments: NO_LIMIT,
    maxTotalBytes: NO_LIMIT,
    ...limit,
  });
  if (checkAttachmentLimits(file.name, file.size, [], only({ maxAttachmentBytes: limits.maxAttachmentBytes })))
    return 'size';
  if (checkAttachmentLimits(file.name, 0, current, only({ maxAttachments: limits.maxAttachments }))) return 'count';
  if (checkAttachmentLimits(file.name, file.size, current, only({ maxTotalBytes: limits.maxTotalBytes })))
    return 'total';
  return undefined;
}
