// A headless composer editor for unit tests, wired to a fake queue.
import { Editor } from '@tiptap/core';
import type { ComposerExtensionsOptions } from '../createComposerExtensions';
import { createComposerExtensions } from '../createComposerExtensions';
import type { FakeAttachmentQueue } from './createFakeAttachmentQueue';
import { createFakeAttachmentQueue } from './createFakeAttachmentQueue';

export interface TestEditor {
  editor: Editor;
  queue: FakeAttachmentQueue;
}

export function createTestEditor(
  content = '<p></p>',
  options: Partial<ComposerExtensionsOptions> & { queue?: FakeAttachmentQueue } = {},
): TestEditor {
  const queue = options.queue ?? createFakeAttachmentQueue();
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    content,
    extensions: createComposerExtensions({ senderDomain: 'example.com', ...options, queue }),
  });
  return { editor, queue };
}
