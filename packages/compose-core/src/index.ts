export { emptyDraft } from './draft';
export type { AttachmentUploadState, Draft, DraftAttachment } from './draft';
