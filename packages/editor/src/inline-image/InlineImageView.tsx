// What an inline image looks like while composing: the local preview at once, upload progress on the image,
// failure with Retry and Remove, and (when selected) alt text, resize and "move to attachments".
import type { NodeViewProps } from '@tiptap/core';
import { useRef, useState } from 'react';
import { AltTextField } from './AltTextField';
import { ImageResizeHandle } from './ImageResizeHandle';
import { MIN_IMAGE_WIDTH } from './constants';
import type { InlineImageAttributes, InlineImageOptions } from './types';
import { useQueueEntry } from './useQueueEntry';

const FALLBACK_MAX_WIDTH = 1200;

export function InlineImageView({ node, extension, selected, getPos, deleteNode, editor }: NodeViewProps) {
  const attrs = node.attrs as InlineImageAttributes;
  const options = extension.options as InlineImageOptions;
  const { queue } = options;
  const entry = useQueueEntry(queue, attrs.contentId);
  const [remoteAllowed, setRemoteAllowed] = useState(options.allowRemoteImages);
  const [editingAlt, setEditingAlt] = useState(false);
  const [previewWidth, setPreviewWidth] = useState<number | null>(null);
  const imgRef = useRef<HTMLImageElement>(null);

  const name = entry?.name ?? attrs.alt ?? 'image';
  const label = attrs.alt || name;
  const width = previewWidth ?? attrs.width;
  const src = attrs.contentId ? entry && queue?.previewUrl(entry.localId) : remoteAllowed ? attrs.src : null;
  const uploading = entry && (entry.state === 'queued' || entry.state === 'uploading');
  const failed = entry?.state === 'failed' || entry?.state === 'cancelled';
  const state = !src ? 'placeholder' : failed ? 'failed' : uploading ? 'uploading' : 'ready';
  const editable = editor.isEditable;
  // Through the commands, which keep this image selected: the controls (and the focused slider) stay up.
  const update = (set: (chain: ReturnType<typeof editor.chain>) => ReturnType<typeof editor.chain>) => {
    const pos = getPos();
    if (typeof pos === 'number') set(editor.chain().setNodeSelection(pos)).run();
  };

  return (
    <span
      className="inkwell-image"
      data-state={state}
      data-selected={selected || undefined}
      style={{ whiteSpace: 'normal' }}
    >
      {src ? (
        <img
          ref={imgRef}
          src={src}
          alt={attrs.alt}
          draggable={false}
          style={{ width: width ? `${width}px` : undefined, maxWidth: '100%', height: 'auto' }}
        />
      ) : attrs.contentId ? (
        <span role="img" aria-label={`${label} (image unavailable)`} className="inkwell-image-missing">
          {label}
        </span>
      ) : (
        <span className="inkwell-image-blocked" data-inkwell-controls="">
          <span role="img" aria-label={`${label} (remote image, not loaded)`}>
            {label || 'Remote image'}
          </span>
          <button type="button" onClick={() => setRemoteAllowed(true)}>
            Load remote image
          </button>
        </span>
      )}

      {uploading ? (
        <span
          role="progressbar"
          aria-label={`Uploading ${name}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round((entry.progress ?? 0) * 100)}
          className="inkwell-image-progress"
          style={{ ['--progress' as string]: String(entry.progress ?? 0) }}
        />
      ) : null}

      {failed && entry && editable ? (
        <span className="inkwell-image-error" data-inkwell-controls="">
          <span role="alert">
            {name}: {entry.error ?? 'upload failed'}
          </span>
          <button type="button" onClick={() => queue?.retry(entry.localId)}>
            Retry upload of {name}
          </button>
          <button type="button" onClick={() => deleteNode()}>
            Remove image {name}
          </button>
        </span>
      ) : null}

      {selected && editable && !failed ? (
        <span className="inkwell-image-controls" data-inkwell-controls="">
          {editingAlt ? (
            <AltTextField
              initial={attrs.alt}
              onSave={(alt) => {
                update((chain) => chain.setInlineImageAlt(alt));
                setEditingAlt(false);
              }}
              onClose={() => setEditingAlt(false)}
            />
          ) : (
            <button type="button" onClick={() => setEditingAlt(true)}>
              Edit alternative text
            </button>
          )}
          {attrs.contentId && entry ? (
            <button type="button" onClick={() => editor.commands.inlineImageToAttachment(attrs.contentId as string)}>
              Move to attachments
            </button>
          ) : null}
          {src ? (
            <ImageResizeHandle
              label={`Width of ${label}`}
              width={width ?? imgRef.current?.width ?? FALLBACK_MAX_WIDTH / 2}
              min={MIN_IMAGE_WIDTH}
              max={Math.max(imgRef.current?.naturalWidth ?? 0, FALLBACK_MAX_WIDTH)}
              onPreview={setPreviewWidth}
              onCommit={(value) => {
                setPreviewWidth(null);
                update((chain) => chain.setInlineImageWidth(value));
              }}
            />
          ) : null}
        </span>
      ) : null}
    </span>
  );
}
