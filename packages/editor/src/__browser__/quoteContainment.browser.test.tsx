// The quote's own layout cannot cover the composer: fixed, absolute and oversized content stays in its box, and
// its styles do not reach the editor.
import { describe, expect, it } from 'vitest';
import { mountComposer } from './mountComposer';

const ESCAPING =
  '<div style="position: fixed; top: 0; left: 0; width: 100vw; height: 100vh; background: red">overlay</div>' +
  '<div style="position: absolute; top: -500px; left: -500px">up and away</div>' +
  '<p class="x" style="font-size: 10px">small</p>';

describe('quoted original containment (real browser)', () => {
  it('keeps positioned content inside the quote box and its styles inside the shadow root', async () => {
    const { container, unmount } = await mountComposer({ initialHtml: '<p>My reply</p>', quotedHtml: ESCAPING });
    const host = container.querySelector<HTMLElement>('.inkwell-quote-host');
    if (!host?.shadowRoot) throw new Error('no quote');
    expect(host.shadowRoot.textContent).toContain('overlay');
    // Paint and layout are contained: fixed or absolute content is positioned and clipped inside the host.
    expect(getComputedStyle(host).contain).toBe('layout paint');
    // The reply above the quote is still what the page shows at its position.
    const reply = container.querySelector('.ProseMirror p');
    const replyBox = reply?.getBoundingClientRect();
    if (!replyBox) throw new Error('no reply paragraph');
    const hit = document.elementFromPoint(replyBox.left + 2, replyBox.top + replyBox.height / 2);
    expect(reply?.contains(hit)).toBe(true);
    await unmount();
  });
});
