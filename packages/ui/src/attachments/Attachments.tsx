// The attachments widget's parts, as one compound component.
import { List, Item, ImagePrompt, ImagePlacementSetting } from './AttachmentsList';
import { Dropzone, Root, Trigger } from './AttachmentsRoot';

export { useAttachmentsContext } from './attachmentsContext';
export type { AttachmentsRootProps, AttachmentsDropzoneProps } from './AttachmentsRoot';
export type { AttachmentsListProps, AttachmentsItemProps } from './AttachmentsList';

/**
 * Parts of the attachments widget. Most hosts use `AttachmentsPanel`; compose these to change the layout.
 * @example <Attachments.Root queue={session?.attachments}><Attachments.Trigger /><Attachments.List /></Attachments.Root>
 */
export const Attachments = { Root, Trigger, Dropzone, List, Item, ImagePrompt, ImagePlacementSetting };
