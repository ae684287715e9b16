// The composer's full extension set, configured from one options object. The React <Composer> uses it; so can
// anyone building their own editor (the typing benchmark does).
import type { AttachmentQueue } from '@inkwell/compose-core';
import type { AnyExtension, Mark } from '@tiptap/core';
import { TextAlign } from '@tiptap/extension-text-align';
import { Placeholder } from '@tiptap/extensions';
import { StarterKit } from '@tiptap/starter-kit';
import { AutoDirection } from './direction/AutoDirection';
import { InlineImage } from './inline-image/InlineImage';
import type { LargeImageInfo } from './inline-image/types';
import { PasteCleanup } from './paste-cleanup/PasteCleanup';
import { PlainTextMode } from './plain-text/PlainTextMode';
import { QuotedOriginal } from './quoted-original/QuotedOriginal';
import { SafeContent } from './sanitize/SafeContent';
import { InertHtml } from './serialize/InertHtml';
import { Signature } from './signature/Signature';

type AnyMark = Mark<unknown, unknown>;

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
    StarterKit.configure({
      codeBlock: false,
      code: false,
      horizontalRule: false,
      heading: { levels: [1, 2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        HTMLAttributes: { rel: 'noopener noreferrer', target: '_blank', class: null },
      },
    }).extend({
      // Text typed right after a link is not part of it, as in other mail clients (Tiptap makes the link mark
      // inclusive when autolink is on; autolink still links a typed URL when the word ends).
      addExtensions() {
        return (this.parent?.() ?? []).map((extension) =>
          extension.name === 'link' && extension.type === 'mark'
            ? (extension as AnyMark).extend({ inclusive: () => false })
            : extension,
        );
      },
    }),
    TextAlign.configure({ types: ['heading', 'paragraph'] }),
    Placeholder.configure({ placeholder: options.placeholder ?? '' }),
    AutoDirection,
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
