// Inline images sent as `cid:` parts. An image is an inline atom inside a paragraph; its bytes live in the
// attachment queue, and the node only holds the content id (or a remote URL that stays a link).
import { generateContentId } from '@inkwell/compose-core';
import { Node } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import type { Transaction } from '@tiptap/pm/state';
import { reactLeafNodeView } from '../react/ReactLeafNodeView';
import { MIN_IMAGE_WIDTH } from './constants';
import { contentIdFromSrc } from './contentIdFromSrc';
import { imageFileDrop } from './imageFileDrop';
import { inlineImageSpec, PARKED_SRC } from './inlineImageSpec';
import { LazyInlineImageView } from './LazyInlineImageView';
import { inlineImageSync } from './inlineImageSync';
import { isRemoteUrl } from './isRemoteUrl';
import { withQueueSyncMuted } from './withQueueSyncMuted';
import type { InlineImageAttributes, InlineImageOptions, InlineImageStorage } from './types';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    inlineImage: {
      /** Uploads an image through the queue and inserts it at the selection, showing the local preview at once. */
      insertInlineImage: (file: Blob, options?: { alt?: string }) => ReturnType;
      /** Deletes every image with this content id (its attachment goes with it). */
      removeInlineImage: (contentId: string) => ReturnType;
      /** Sets the alternative text of the selected image. */
      setInlineImageAlt: (alt: string) => ReturnType;
      /** Sets the display width (CSS pixels) of the selected image; null restores the natural size. */
      setInlineImageWidth: (width: number | null) => ReturnType;
      /** Turns an inline image into a regular attachment: the image leaves the body, the part stays. */
      inlineImageToAttachment: (contentId: string) => ReturnType;
      /** Turns a regular attachment into an inline image at the selection. */
      attachmentToInlineImage: (localId: string) => ReturnType;
    };
  }
  interface Storage {
    inlineImage: InlineImageStorage;
  }
}

function parseWidth(element: HTMLElement): number | null {
  const fromStyle = /(?:^|;)\s*width\s*:\s*(\d+(?:\.\d+)?)px/i.exec(element.getAttribute('style') ?? '')?.[1];
  const raw = fromStyle ?? element.getAttribute('width');
  const width = raw ? Math.round(Number.parseFloat(raw)) : Number.NaN;
  return Number.isFinite(width) && width > 0 ? width : null;
}

// Changing a leaf's attributes replaces the node, which would drop a node selection; keep the image selected so
// alt text and width can be set one after the other.
function updateSelectedImage(tr: Transaction, attrs: Partial<InlineImageAttributes>, dispatch: boolean): boolean {
  const { selection } = tr;
  if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'inlineImage') return false;
  if (dispatch) {
    tr.setNodeMarkup(selection.from, undefined, { ...selection.node.attrs, ...attrs });
    tr.setSelection(NodeSelection.create(tr.doc, selection.from));
  }
  return true;
}

export const InlineImage = Node.create<InlineImageOptions, InlineImageStorage>({
  name: 'inlineImage',
  group: 'inline',
  inline: true,
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { queue: null, senderDomain: 'localhost', allowRemoteImages: false, maxDimension: 1600 };
  },

  addStorage() {
    return { contentIdByHash: new Map(), blobByContentId: new Map(), pendingBytes: new Map(), muteQueueSync: false };
  },

  addAttributes() {
    return {
      contentId: { default: null, rendered: false },
      src: { default: null, rendered: false },
      alt: { default: '', rendered: false },
      width: { default: null, rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        tag: `img[src], img[${PARKED_SRC}]`,
        getAttrs: (element) => {
          const src = element.getAttribute('src') ?? element.getAttribute(PARKED_SRC);
          const contentId = contentIdFromSrc(src);
          // Anything else (`data:`, `blob:`, relative, `javascript:`) is not a part we could send.
          if (!contentId && !isRemoteUrl(src)) return false;
          return {
            contentId,
            src: contentId ? null : src,
            alt: element.getAttribute('alt') ?? '',
            width: parseWidth(element),
          } satisfies InlineImageAttributes;
        },
      },
    ];
  },

  // Used where ProseMirror draws without the node view (e.g. while React unmounts) and for the clipboard: the
  // source (remote URL or cid:) stays parked there, since an <img src> in the live document loads at once. The
  // email HTML comes from serializeHtml, which writes the real source.
  renderHTML({ node }) {
    return inlineImageSpec(node, { park: true });
  },

  renderText({ node }) {
    const alt = (node.attrs as InlineImageAttributes).alt;
    return alt ? `[${alt}]` : '[image]';
  },

  addNodeView() {
    return reactLeafNodeView(LazyInlineImageView, {
      as: 'span',
      className: 'inkwell-inline-image',
      // The image's own controls (buttons, alt text field, resize handle) handle their events themselves.
      stopEvent: ({ event }) => event.target instanceof Element && !!event.target.closest('[data-inkwell-controls]'),
    });
  },

  addCommands() {
    return {
      insertInlineImage:
        (file, options = {}) =>
        ({ commands, dispatch }) => {
          const { queue, senderDomain } = this.options;
          if (!queue || !file.type.startsWith('image/')) return false;
          if (!dispatch) return true;
          const contentId = generateContentId(typeof senderDomain === 'function' ? senderDomain() : senderDomain);
          queue.add(file, { inline: true, contentId });
          this.storage.blobByContentId.set(contentId, file);
          const alt = options.alt ?? (file instanceof File ? file.name.replace(/\.[a-z0-9]+$/i, '') : '');
          return commands.insertContent({ type: this.name, attrs: { contentId, alt } });
        },

      removeInlineImage:
        (contentId) =>
        ({ tr, dispatch }) => {
          const ranges: { from: number; to: number }[] = [];
          tr.doc.descendants((node, pos) => {
            if (node.type.name === this.name && node.attrs.contentId === contentId) {
              ranges.push({ from: pos, to: pos + node.nodeSize });
            }
          });
          if (ranges.length === 0) return false;
          if (dispatch) for (const range of ranges.reverse()) tr.delete(range.from, range.to);
          return true;
        },

      setInlineImageAlt:
        (alt) =>
        ({ tr, dispatch }) =>
          updateSelectedImage(tr, { alt: alt.trim() }, !!dispatch),

      setInlineImageWidth:
        (width) =>
        ({ tr, dispatch }) => {
          if (width !== null && (!Number.isFinite(width) || width < MIN_IMAGE_WIDTH)) return false;
          return updateSelectedImage(tr, { width: width === null ? null : Math.round(width) }, !!dispatch);
        },

      inlineImageToAttachment:
        (contentId) =>
        ({ commands, dispatch }) => {
          const entry = this.options.queue?.byContentId(contentId);
          if (!entry?.isInline) return false;
          if (!commands.removeInlineImage(contentId)) return false;
          // The part is flipped here, so the sync plugin sees a regular attachment and keeps it.
          if (dispatch) withQueueSyncMuted(this.storage, () => this.options.queue?.setInline(entry.localId, false));
          return true;
        },

      attachmentToInlineImage:
        (localId) =>
        ({ commands, dispatch }) => {
          const { queue } = this.options;
          const entry = queue?.getSnapshot().find((e) => e.localId === localId);
          if (!queue || !entry || entry.isInline || !entry.contentType.startsWith('image/')) return false;
          if (!dispatch) return true;
          const contentId = withQueueSyncMuted(this.storage, () => {
            queue.setInline(localId, true);
            const flipped = queue.getSnapshot().find((e) => e.localId === localId)?.contentId;
            // Without a content id the part cannot be referenced from the HTML: leave it as it was.
            if (!flipped) queue.setInline(localId, false);
            return flipped;
          });
          return !!contentId && commands.insertContent({ type: this.name, attrs: { contentId, alt: entry.name } });
        },
    };
  },

  addProseMirrorPlugins() {
    const { queue } = this.options;
    return queue ? [inlineImageSync(this.editor, queue, this.storage), imageFileDrop(this.editor)] : [];
  },
});
