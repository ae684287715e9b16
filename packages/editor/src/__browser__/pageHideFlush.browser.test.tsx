// The last key before the tab closes reaches the app at once, not on the next frame that never comes.
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { SerializedComposer } from '../serialize/types';
import { mountComposer } from './mountComposer';

describe('page hide (real browser)', () => {
  it('reports the text typed just before pagehide synchronously, before any other page-hide listener', async () => {
    const onChange = vi.fn<(serialized: SerializedComposer) => void>();
    const { editor, unmount } = await mountComposer({ onChange });
    await userEvent.click(page.getByRole('textbox', { name: 'Message body' }));
    const seenByLaterListener: string[] = [];
    const later = () => seenByLaterListener.push(onChange.mock.lastCall?.[0].bodyHtml ?? '');
    window.addEventListener('pagehide', later);
    // Type and hide within one task: no frame is painted in between.
    const text = page.getByRole('textbox', { name: 'Message body' }).element() as HTMLElement;
    text.focus();
    document.execCommand('insertText', false, 'bye');
    // The editor reads the typed text from the DOM in a microtask; the frame it reports after has not come yet.
    await Promise.resolve();
    await Promise.resolve();
    expect(editor.getText()).toContain('bye');
    expect(onChange.mock.lastCall?.[0].bodyHtml ?? '').not.toContain('bye');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    window.removeEventListener('pagehide', later);
    expect(seenByLaterListener[0]).toContain('bye');
    await unmount();
  });
});
