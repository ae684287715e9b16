// The composer's full extension set, configured from one options object. The React <Composer> uses it; so can
// anyone building their own editor (the typing benchmark does).
import type { AttachmentQueue } from '@inkwell/compose-core';
import type { AnyExtension } from '@tiptap/core';
import { Blockquote } from '@tiptap/extension-blockquote';
import { Bold } from '@tiptap/extension-bold';
import { Document } from '@tiptap/extension-document';
import { HardBreak } from '@tiptap/extension-hard-break';
import { Heading } from '@tiptap/extension-heading';
import { Italic } from '@tiptap/extension-italic';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Strike } from '@tiptap/extension-strike';
import { Text } from '@tiptap/extension-text';
import { TextAlign } from '@tiptap/extension-text-align';
import { Underline } from '@tiptap/extension-underline';
import { TrailingNode } from '@tiptap/extensions/trailing-node';
import { UndoRedo } from '@tiptap/extensions/undo-redo';
import { AutoDirection } from './direction/AutoDirection';
import { LazyCursors } from './extras/LazyCursors';
import { InlineImage } from './inline-image/InlineImage';
import type { LargeImageInfo } from './inline-image/types';
import { Link } from './link/Link';
import { BulletList } from './list/BulletList';
import { ListItem } from './list/ListItem';
import { ListKeymap } from './list/ListKeymap';
import { OrderedList } from './list/OrderedList';
import { PasteCleanup } from './paste-cleanup/PasteCleanup';
import { Placeholder } from './placeholder/Placeholder';
import { PlainTextMode } from './plain-text/PlainTextMode';
import { QuotedOriginal } from './quoted-original/QuotedOriginal';
import { SafeContent } from './sanitize/SafeContent';
import { InertHtml } from './serialize/InertHtml';
import { Signature } from './signature/Signature';

export interface ComposerExtensionsOptions {
  /** The compose session's attachment queue; inline images upload through it. */
  queue: AttachmentQueue | null;
  /** The sender's domain, for `<random>@<domain>` content ids; a function when the sender can change. */
  senderDomain: string | (() => string);
  /** Placeholder shown in the empty editor. */
  placeholder?: string;
  /** Load remote images in the body without asking. @default false */
  allowRemoteImages?: boolean;
  /** Start the quoted original collapsed behind "…". @default false */
  quoteCollapsed?: boolean;
  /** Asked before uploading a large image; return true to scale it down to `maxImageDimension`. */
  onLargeImage?: (info: LargeImageInfo) => boolean | Promise<boolean>;
  /** @default 1600 */
  maxImageDimension?: number;
}

export function createComposerExtensions(options: ComposerExtensionsOptions): AnyExtension[] {
  return [
    // StarterKit's extensions, in its order, without code, code blocks and rules (mail has no use for them): listed
    // one by one so the bundle does not carry the three left out (about 2 KB gzip).
    Bold,
    Blockquote,
    // Ours, not @tiptap/extension-list's four (bullet and ordered list, item, keymap): the same nodes and keys
    // without their Markdown code; the plain-text list paste parser loads on demand (see list/OrderedList.ts).
    BulletList,
    Document,
    HardBreak,
    Heading.configure({ levels: [1, 2, 3] }),
    UndoRedo,
    Italic,
    ListItem,
    ListKeymap,
    // Ours, not @tiptap/extension-link: linkifyjs loads on demand (see link/Link.ts).
    Link,
    OrderedList,
    Paragraph,
    Strike,
    Text,
    Underline,
    TrailingNode,
    TextAlign.configure({ types: ['heading', 'paragraph'] }),
    Placeholder.configure({ placeholder: options.placeholder ?? '' }),
    AutoDirection,
    // Dropcursor and Gapcursor, loaded with the composer's on-demand parts.
    LazyCursors,
    InlineImage.configure({
      queue: options.queue,
      senderDomain: options.senderDomain,
      allowRemoteImages: options.allowRemoteImages ?? false,
      maxDimension: options.maxImageDimension ?? 1600,
      ...(options.onLargeImage ? { onLargeImage: options.onLargeImage } : {}),
    }),
    QuotedOriginal.configure({ queue: options.queue, collapsed: options.quoteCollapsed ?? false }),
    Signature,
    PasteCleanup,
    PlainTextMode,
    SafeContent,
    InertHtml,
  ];
}
