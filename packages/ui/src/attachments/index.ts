export { Attachments, useAttachmentsContext } from './Attachments';
export type {
  AttachmentsRootProps,
  AttachmentsDropzoneProps,
  AttachmentsListProps,
  AttachmentsItemProps,
} from './Attachments';
export { AttachmentsPanel, type AttachmentsPanelProps } from './AttachmentsPanel';
export { useAttachments, type AttachmentsApi, type RejectedFile, type UseAttachmentsOptions } from './useAttachments';
export { fileRejection, acceptsFile, type FileRejection } from './fileRejection';
export { fileKind, type FileKind } from './fileKind';
export { formatFileSize } from './formatFileSize';
export { readImagePlacement, writeImagePlacement, IMAGE_PLACEMENT_KEY, type ImagePlacement } from './imagePlacement';
export { attachmentsMessages } from './attachmentsMessages';
