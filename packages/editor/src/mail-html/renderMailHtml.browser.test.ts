import { sanitizeMailHtml } from '@inkwell/compose-core/sanitize';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderMailHtml } from './renderMailHtml';

const long = (extra: string) => `${extra}${'<p>Quoted <b>text</b> of a long thread.</p>'.repeat(600)}`;

function host(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

describe('renderMailHtml with a long sanitizer output', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('does not walk the quote for remote images or cid: sources it was sanitized without', () => {
    const { html } = sanitizeMailHtml(long('<p>no images</p>'), { allowRemoteImages: true, keepDom: true });
    const query = vi.spyOn(Element.prototype, 'querySelectorAll');
    const shown = renderMailHtml(host(), html);
    expect(query.mock.calls.map(([selector]) => selector)).toEqual([]);
    expect(shown).toEqual({ hasRemoteContent: false, blockedRemoteImages: 0 });
  });

  it('resolves the cid: images of a kept DOM from the list the sanitizer made, without a query', () => {
    const { html } = sanitizeMailHtml(
      long(
        '<img src="cid:chart@old" alt="chart"><img src="https://cdn.example/x.png" alt="kept"><img src="cid:logo@old">',
      ),
      { allowRemoteImages: true, keepDom: true },
    );
    const target = host();
    const query = vi.spyOn(Element.prototype, 'querySelectorAll');
    renderMailHtml(target, html, {
      allowRemote: true,
      resolveCid: (id) => (id === 'chart@old' ? 'blob:chart' : undefined),
    });
    expect(query.mock.calls.map(([selector]) => selector)).not.toContain('img[src]');
    const images = [...(target.shadowRoot?.querySelectorAll('img') ?? [])];
    expect(images.map((img) => img.getAttribute('src'))).toEqual(['blob:chart', 'https://cdn.example/x.png', null]);
  });

  it('still parks remote images and resolves cid: sources the sanitizer saw', () => {
    const { html } = sanitizeMailHtml(
      long('<img src="https://tracker.example/p.png" alt="remote"><img src="cid:chart@old" alt="chart">'),
      { allowRemoteImages: true, keepDom: true },
    );
    const target = host();
    const shown = renderMailHtml(target, html, { resolveCid: () => 'blob:chart-preview' });
    expect(shown).toEqual({ hasRemoteContent: true, blockedRemoteImages: 1 });
    const images = [...(target.shadowRoot?.querySelectorAll('img') ?? [])];
    expect(images.map((img) => img.getAttribute('src'))).toEqual([null, 'blob:chart-preview']);
  });
});
