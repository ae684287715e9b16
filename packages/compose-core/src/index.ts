export { emptyDraft } from './draft';
export type { AttachmentUploadState, Draft, DraftAttachment } from './draft';
export type { AddAttachmentOptions, AttachmentQueue } from './attachment-queue-types';
