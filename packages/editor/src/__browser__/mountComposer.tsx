// Mounts a Composer in the real browser for the *.browser.test.tsx files, with a fake queue and the editor handle.
import type { Editor } from '@tiptap/core';
import { render } from 'vitest-browser-react';
import type { ComposerProps } from '../Composer';
import { Composer } from '../Composer';
import type { FakeAttachmentQueue } from '../test-utils/createFakeAttachmentQueue';
import { createFakeAttachmentQueue } from '../test-utils/createFakeAttachmentQueue';

export interface MountedComposer {
  editor: Editor;
  queue: FakeAttachmentQueue;
  container: HTMLElement;
  unmount: () => Promise<void>;
}

export async function mountComposer(
  props: Partial<ComposerProps> = {},
  queue: FakeAttachmentQueue = createFakeAttachmentQueue(),
  /** Where to render, e.g. a box of a given width. */
  container?: HTMLElement,
): Promise<MountedComposer> {
  let editor: Editor | undefined;
  const screen = await render(
    <Composer
      queue={queue}
      senderDomain="example.com"
      ariaLabel="Message body"
      onEditor={(e) => {
        editor = e;
      }}
      {...props}
    />,
    container ? { container } : undefined,
  );
  if (!editor) throw new Error('editor not created');
  return { editor, queue, container: screen.container, unmount: screen.unmount };
}

/** Every element in the document, shadow roots included. */
export function allElements(root: Document | ShadowRoot = document): Element[] {
  const elements: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    elements.push(element);
    if (element.shadowRoot) elements.push(...allElements(element.shadowRoot));
  }
  return elements;
}
