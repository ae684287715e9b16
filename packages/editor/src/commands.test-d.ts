import type { SanitizedMailHtml } from '@inkwell/compose-core';
import type { Editor } from '@tiptap/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { SerializedComposer } from './index';
import { serializeComposer } from './index';

describe('composer commands are typed through module augmentation', () => {
  it('types the image, quote, signature, plain-text, link and list commands', () => {
    type Commands = Editor['commands'];
    expectTypeOf<Commands['insertInlineImage']>().toEqualTypeOf<(file: Blob, options?: { alt?: string }) => boolean>();
    expectTypeOf<Commands['setInlineImageWidth']>().toEqualTypeOf<(width: number | null) => boolean>();
    expectTypeOf<Commands['setQuotedOriginal']>().toEqualTypeOf<
      (html: string | SanitizedMailHtml, options?: { collapsed?: boolean }) => boolean
    >();
    expectTypeOf<Commands['setSignature']>().toEqualTypeOf<(html: string) => boolean>();
    expectTypeOf<Commands['setPlainTextMode']>().toEqualTypeOf<() => boolean>();
    expectTypeOf<Editor['storage']['plainTextMode']['enabled']>().toEqualTypeOf<boolean>();
    // The same as @tiptap/extension-link's, which our Link replaces.
    type LinkAttributes = {
      href: string;
      target?: string | null;
      rel?: string | null;
      class?: string | null;
      title?: string | null;
    };
    expectTypeOf<Commands['setLink']>().toEqualTypeOf<(attributes: LinkAttributes) => boolean>();
    expectTypeOf<Commands['toggleLink']>().toEqualTypeOf<(attributes?: LinkAttributes) => boolean>();
    expectTypeOf<Commands['unsetLink']>().toEqualTypeOf<() => boolean>();
    // The same as @tiptap/extension-list's, which our lists replace.
    expectTypeOf<Commands['toggleBulletList']>().toEqualTypeOf<() => boolean>();
    expectTypeOf<Commands['toggleOrderedList']>().toEqualTypeOf<() => boolean>();
  });

  it('types the serialized message', () => {
    expectTypeOf(serializeComposer).returns.toEqualTypeOf<SerializedComposer>();
    expectTypeOf<SerializedComposer['temporaryAttachments'][number]>().toEqualTypeOf<{
      id: number;
      contentId?: string;
      isInline: boolean;
    }>();
  });
});
