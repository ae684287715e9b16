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

describe('a long quoted original (real browser)', () => {
  it('skips rendering the parts of the quote that are off screen, so typing above it stays fast', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p><span>Quoted line ${i}</span></p>`).join('');
    const { container, unmount } = await mountComposer({ initialHtml: '<p>My reply</p>', quotedHtml: paragraphs });
    const root = container.querySelector<HTMLElement>('.inkwell-quote-host')?.shadowRoot;
    if (!root) throw new Error('no quote');
    const lines = [...root.querySelectorAll('p')];
    expect(lines).toHaveLength(400);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // `contentVisibilityAuto: true` reports as hidden what content-visibility: auto currently skips: the contents of
    // blocks off screen.
    expect(lines[0]?.querySelector('span')?.checkVisibility({ contentVisibilityAuto: true })).toBe(true);
    expect(lines[399]?.querySelector('span')?.checkVisibility({ contentVisibilityAuto: true })).toBe(false);
    // Skipped is not gone: the text is still in the document (find in page, accessibility, serialization).
    expect(lines[399]?.textContent).toBe('Quoted line 399');
    await unmount();
  });
});
