// The sanitizer's hostile corpus replayed through every way HTML enters the composer, in real Chromium: nothing
// may run (a global flag stays unset, alert is never called) and nothing may fetch from the network.
import { hostileCorpus } from '@inkwell/compose-core/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeComposer } from '../serialize/serializeComposer';
import { pasteInto } from '../test-utils/pasteInto';
import { allElements, mountComposer } from './mountComposer';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const EXTRA_CASES = [
  { name: 'flag via onerror', html: '<img src="x" onerror="window.__pwned = 1">' },
  { name: 'flag via svg onload', html: '<svg onload="window.__pwned = 1"></svg>' },
  { name: 'flag via iframe srcdoc', html: '<iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>' },
  {
    name: 'remote pixel and css background',
    html: '<p style="background: url(https://tracker.example.net/bg.png)">x<img src="https://tracker.example.net/p.gif"></p>',
  },
  {
    name: 'link stylesheet and meta refresh',
    html: '<link rel="stylesheet" href="https://tracker.example.net/s.css"><meta http-equiv="refresh" content="0;url=https://evil.example">',
  },
];

let observed: string[] = [];
let observer: PerformanceObserver | undefined;

beforeEach(() => {
  window.__pwned = undefined;
  vi.spyOn(window, 'alert').mockImplementation(() => {
    window.__pwned = 'alert';
  });
  observed = [];
  performance.clearResourceTimings();
  observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) observed.push(entry.name);
  });
  observer.observe({ type: 'resource', buffered: false });
});

afterEach(() => {
  observer?.disconnect();
  vi.restoreAllMocks();
});

function remoteRequests(): string[] {
  const fromTiming = [...observed, ...performance.getEntriesByType('resource').map((e) => e.name)].filter(
    (name) => !name.startsWith(location.origin) && !name.startsWith('blob:'),
  );
  // A request that fails (unknown host) may leave no timing entry; an element that would fetch is just as bad.
  const fromDom = allElements().flatMap((element) => {
    const urls = ['src', 'srcset', 'href', 'background', 'poster', 'data']
      .map((name) => (element.localName === 'a' && name === 'href' ? null : element.getAttribute(name)))
      .filter((value): value is string => !!value && /(^|\s|,)(https?:)?\/\//i.test(value))
      .map((value) => `${element.localName}.${element.className}: ${value}`);
    const background = getComputedStyle(element).backgroundImage;
    return background.includes('url(') && !background.includes('blob:') ? [...urls, background] : urls;
  });
  return [...fromTiming, ...fromDom];
}

async function settle(): Promise<void> {
  // Real time for anything queued (image error events, iframe loads) to fire if it was going to.
  await new Promise((resolve) => setTimeout(resolve, 30));
}

describe('hostile HTML in a real browser', () => {
  it.each([...hostileCorpus, ...EXTRA_CASES].map((c) => [c.name, c.html] as const))(
    '%s: runs nothing and fetches nothing',
    async (_name, html) => {
      const { editor, unmount } = await mountComposer({ initialHtml: html, quotedHtml: html });
      pasteInto(editor, { html, text: 'fallback' });
      editor.commands.setSignature(html);
      await settle();
      const serialized = serializeComposer(editor);
      await settle();

      expect(window.__pwned).toBeUndefined();
      expect(remoteRequests()).toEqual([]);
      expect(serialized.bodyHtml.toLowerCase()).not.toMatch(/<script|\son[a-z]+\s*=|javascript:|data:text\/html/);
      await unmount();
    },
  );
});
