// The one way HTML gets into the editor: `data:` images become queue uploads referenced by `cid:` (recipients'
// clients block `data:`), then the sanitizer runs. Both come with the sanitizer's chunk, loaded before any HTML enters.
import type { Editor } from '@tiptap/core';
import type { InlineImageOptions } from '../inline-image/types';
import { composerHtmlKit } from './composerSanitizer';
import { sanitizeComposerHtml } from './sanitizeComposerHtml';

export function prepareIncomingHtml(editor: Editor, html: string): string {
  const extension = editor.extensionManager.extensions.find((e) => e.name === 'inlineImage');
  const options = extension?.options as InlineImageOptions | undefined;
  const withCids = options
    ? composerHtmlKit().dataImagesToCid(html, {
        queue: options.queue,
        senderDomain: options.senderDomain,
        storage: editor.storage.inlineImage,
      })
    : html;
  return sanitizeComposerHtml(withCids);
}
