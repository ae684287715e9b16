import { describe, expect, it } from 'vitest';
import { renderQuoteElement } from './renderQuoteElement';

// The form ProseMirror puts in the live page while the node view is gone (React unmounting the editor, e.g. when
// the window closes on Send) and on the clipboard.
describe('renderQuoteElement', () => {
  it('parks cid: images (no load of an unknown scheme) and keeps other sources', () => {
    const element = renderQuoteElement(
      '<p><img src="cid:logo@sender.example" alt="logo"> <img src="CID:%3Cb%40x%3E" alt="b"></p>' +
        '<p><img src="https://cdn.example.net/a.png" alt="remote"></p>',
    );
    const logo = element.querySelector('img[alt="logo"]')!;
    expect(logo.hasAttribute('src')).toBe(false);
    expect(logo.getAttribute('data-inkwell-src')).toBe('cid:logo@sender.example');
    expect(element.querySelector('img[alt="b"]')?.getAttribute('data-inkwell-src')).toBe('CID:%3Cb%40x%3E');
    // Remote images stay parked by the sanitizer's own attribute.
    expect(element.querySelector('img[alt="remote"]')?.hasAttribute('src')).toBe(false);
    expect(element.querySelectorAll('img[src]')).toHaveLength(0);
  });
});
