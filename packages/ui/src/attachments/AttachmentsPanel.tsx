import { Attachments, type AttachmentsRootProps } from './Attachments';

export type AttachmentsPanelProps = Omit<AttachmentsRootProps, 'children'>;

/**
 * A ready-made attachments area: "Attach files", a drop zone around it, the inline-or-attachment prompt, the list
 * and the remembered image placement. To take drops over a whole window, compose the parts instead and wrap the
 * window in `Attachments.Dropzone`.
 * @example <AttachmentsPanel queue={session?.attachments ?? null} onInlineImage={(a) => composer.insertImage(a)} />
 */
export function AttachmentsPanel(props: AttachmentsPanelProps) {
  return (
    <Attachments.Root {...props}>
      <Attachments.Dropzone>
        <Attachments.Trigger />
        <Attachments.ImagePrompt />
        <Attachments.List />
        <Attachments.ImagePlacementSetting />
      </Attachments.Dropzone>
    </Attachments.Root>
  );
}
