import { useCallback, useId, useMemo, useRef, useState } from 'react';
import {
  DEFAULT_ATTACHMENT_LIMITS,
  type AttachmentQueue,
  type DraftAttachment,
  type ResolvedAttachmentLimits,
} from '@inkwell/compose-core';
import { useAttachmentQueue } from '@inkwell/react';
import { useLocale, useMessages } from '../i18n';
import { fileRejection, type FileRejection } from './fileRejection';
import { formatFileSize } from './formatFileSize';
import { readImagePlacement, writeImagePlacement, type ImagePlacement } from './imagePlacement';
import { attachmentsRootMessages } from './messages';

/** A file refused before upload; shown in the list until dismissed. */
export interface RejectedFile {
  id: string;
  name: string;
  size: number;
  contentType: string;
  reason: FileRejection;
}

export interface UseAttachmentsOptions {
  /** The compose session's queue (`session.attachments`); `null` while the session starts. */
  queue: AttachmentQueue | null | undefined;
  /** Size and count limits; default compose-core's. Use the same values as the session's. */
  limits?: Partial<ResolvedAttachmentLimits>;
  /** Accepted MIME types or extensions (`image/*`, `.pdf`); default any. */
  accept?: readonly string[];
  /**
   * Called with an image added inline (it has a `contentId`), for the composer to show it. Without it, images are
   * always added as attachments and nobody is asked.
   */
  onInlineImage?: (attachment: DraftAttachment) => void;
  /** Where images go at first; default the remembered choice (localStorage), else `ask`. */
  defaultImagePlacement?: ImagePlacement;
}

const isImage = (file: File) => file.type.startsWith('image/');

/**
 * Behaviour of the attachments widget: checks each file against the limits before any upload, asks whether
 * images go inline (remembering the answer when told to), hands accepted files to the queue, and reports what
 * to announce. Returns state and prop bags for the parts.
 */
export function useAttachments({
  queue,
  limits: givenLimits,
  accept,
  onInlineImage,
  defaultImagePlacement,
}: UseAttachmentsOptions) {
  const t = useMessages(attachmentsRootMessages);
  const { locale, dir } = useLocale();
  const bound = useAttachmentQueue(queue);
  const limits = useMemo(() => ({ ...DEFAULT_ATTACHMENT_LIMITS, ...givenLimits }), [givenLimits]);
  const id = useId();
  const [rejected, setRejected] = useState<readonly RejectedFile[]>([]);
  const [pendingImages, setPendingImages] = useState<readonly File[]>([]);
  const [placement, setPlacementState] = useState<ImagePlacement>(() => defaultImagePlacement ?? readImagePlacement());
  const [announcement, setAnnouncement] = useState('');
  const rejectedCount = useRef(0);

  const size = useCallback((bytes: number) => formatFileSize(bytes, locale), [locale]);

  const setPlacement = useCallback((next: ImagePlacement) => {
    setPlacementState(next);
    writeImagePlacement(next);
  }, []);

  const upload = useCallback(
    (files: readonly File[], inline: boolean) => {
      for (const file of files) {
        const entry = bound.add(file, inline ? { inline: true } : undefined);
        if (inline && entry.contentId) onInlineImage?.(entry);
      }
    },
    [bound, onInlineImage],
  );

  /** Files picked or dropped: refused ones are listed with the reason, nothing refused is uploaded. */
  const addFiles = useCallback(
    (files: readonly File[]) => {
      // Files accepted earlier in the same batch count against the limits too.
      const current: DraftAttachment[] = [...bound.items];
      const accepted: File[] = [];
      const refused: RejectedFile[] = [];
      for (const file of files) {
        const reason = fileRejection(file, current, limits, accept);
        if (reason) {
          refused.push({
            id: `${id}-rejected-${++rejectedCount.current}`,
            name: file.name,
            size: file.size,
            contentType: file.type,
            reason,
          });
          continue;
        }
        accepted.push(file);
        current.push({
          localId: '',
          name: file.name,
          contentType: file.type,
          size: file.size,
          isInline: false,
          state: 'queued',
        });
      }
      if (refused.length) setRejected((list) => [...list, ...refused]);
      const images = onInlineImage ? accepted.filter(isImage) : [];
      const others = accepted.filter((file) => !images.includes(file));
      upload(others, false);
      if (images.length) {
        if (placement === 'ask') setPendingImages((list) => [...list, ...images]);
        else upload(images, placement === 'inline');
      }
      const messages: string[] = [];
      const first = accepted[0];
      if (accepted.length) messages.push(t('attachments.added', { count: accepted.length, name: first?.name ?? '' }));
      if (refused.length)
        messages.push(t('attachments.rejected', { count: refused.length, name: refused[0]?.name ?? '' }));
      setAnnouncement(messages.join(' '));
      return { accepted, refused };
    },
    [bound.items, limits, accept, id, onInlineImage, upload, placement, t],
  );

  /** The user's answer to "inline or as attachment?" for the images waiting. */
  const placeImages = useCallback(
    (inline: boolean, remember: boolean) => {
      upload(pendingImages, inline);
      setPendingImages([]);
      if (remember) setPlacement(inline ? 'inline' : 'attachment');
    },
    [pendingImages, upload, setPlacement],
  );

  const dismiss = useCallback((rejectedId: string) => {
    setRejected((list) => list.filter((r) => r.id !== rejectedId));
  }, []);

  const remove = useCallback(
    (attachment: DraftAttachment) => {
      bound.remove(attachment.localId);
      setAnnouncement(t('attachments.removed', { name: attachment.name }));
    },
    [bound, t],
  );

  const reasonText = useCallback(
    (file: RejectedFile) => {
      switch (file.reason) {
        case 'size':
          return t('attachments.reason.size', { size: size(file.size), limit: size(limits.maxAttachmentBytes) });
        case 'count':
          return t('attachments.reason.count', { limit: limits.maxAttachments });
        case 'total':
          return t('attachments.reason.total', { limit: size(limits.maxTotalBytes) });
        case 'type':
          return t('attachments.reason.type');
        case 'empty':
          return t('attachments.reason.empty');
        default:
          return file.reason satisfies never;
      }
    },
    [t, size, limits],
  );

  return {
    t,
    dir,
    locale,
    size,
    items: bound.items,
    rejected,
    pendingImages,
    placement,
    announcement,
    limits,
    accept,
    ready: Boolean(queue),
    /** Whether images can go inline (the host handles `onInlineImage`). */
    inlineImages: Boolean(onInlineImage),
    addFiles,
    placeImages,
    setPlacement,
    dismiss,
    remove,
    cancel: bound.cancel,
    retry: bound.retry,
    reasonText,
    promptId: `${id}-prompt`,
  };
}

export type AttachmentsApi = ReturnType<typeof useAttachments>;
