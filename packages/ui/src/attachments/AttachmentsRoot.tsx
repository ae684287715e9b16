// The parts of the attachments widget a window needs from the start: the root (queue, live region), the "Attach
// files" button and the drop zone. The list and the image prompt (AttachmentsList) are needed once files are added.
import { lucideIcon } from '@inkwell/editor';
import { Paperclip as paperclipNode } from 'lucide';
import { useRef, useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import { WidgetStyles } from '../theme';
import { AttachmentsContext, cx, useAttachmentsContext } from './attachmentsContext';
import { attachmentsStyles } from './attachmentsStyles';
import { useFileDrop } from './useFileDrop';
import { useAttachments, type UseAttachmentsOptions } from './useAttachments';

const Paperclip = lucideIcon('paperclip', paperclipNode);

export interface AttachmentsRootProps extends UseAttachmentsOptions, ComponentPropsWithRef<'div'> {
  children?: ReactNode;
}

/**
 * Binds the parts to an attachment queue (`useAttachmentQueue`) and renders the live region.
 * @selector [data-state="empty|filled"]
 */
export function Root({
  queue,
  limits,
  accept,
  onInlineImage,
  defaultImagePlacement,
  className,
  children,
  ...rest
}: AttachmentsRootProps) {
  const api = useAttachments({ queue, limits, accept, onInlineImage, defaultImagePlacement });
  const filled = api.items.length + api.rejected.length > 0;
  return (
    <AttachmentsContext value={api}>
      <WidgetStyles id="attachments" css={attachmentsStyles} />
      <div
        {...rest}
        dir={api.dir}
        data-state={filled ? 'filled' : 'empty'}
        className={cx('ink-attachments-root', className)}
      >
        {children}
        <span role="status" aria-live="polite" className="ink-attachments-hidden">
          {api.announcement}
        </span>
      </div>
    </AttachmentsContext>
  );
}

/** The "Attach files" button; opens the system's file picker. */
export function Trigger({ className, children, ...rest }: ComponentPropsWithRef<'button'>) {
  const api = useAttachmentsContext();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        {...rest}
        disabled={rest.disabled === true || !api.ready}
        className={cx('ink-attachments-trigger', className)}
        onClick={(event) => {
          rest.onClick?.(event);
          if (!event.defaultPrevented) input.current?.click();
        }}
      >
        {children ?? (
          <>
            <Paperclip size={16} aria-hidden="true" />
            {api.t('attachments.attach')}
          </>
        )}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        aria-hidden="true"
        accept={api.accept?.join(',')}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Cleared so picking the same file again still reports a change.
          event.currentTarget.value = '';
          if (files.length) api.addFiles(files);
        }}
      />
    </>
  );
}

export interface AttachmentsDropzoneProps extends ComponentPropsWithRef<'div'> {
  children?: ReactNode;
}

/**
 * A drop target a host can spread over a whole window: wrap the window in it. Shows an overlay
 * while files are dragged over it.
 * @selector [data-state="idle|dragging|rejected"]
 */
export function Dropzone({ className, children, ...rest }: AttachmentsDropzoneProps) {
  const api = useAttachmentsContext();
  const [lastRejected, setLastRejected] = useState(false);
  const { dragging, handlers } = useFileDrop<HTMLDivElement>({
    disabled: !api.ready,
    onDrop: (files) => {
      const { refused } = api.addFiles(files);
      setLastRejected(refused.length > 0 && refused.length === files.length);
    },
    onDragEnter: () => setLastRejected(false),
  });
  const state = dragging ? 'dragging' : lastRejected ? 'rejected' : 'idle';
  return (
    <div {...rest} {...handlers} data-state={state} className={cx('ink-attachments-dropzone', className)}>
      {children}
      {dragging ? (
        <div className="ink-attachments-overlay" aria-hidden="true">
          {api.t('attachments.dropHere')}
        </div>
      ) : null}
    </div>
  );
}
