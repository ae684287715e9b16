import { hostileCaseFailures } from './hostileCaseFailures';
import { hostileCorpus } from './hostileCorpus';
import { sanitizeMailHtml } from './sanitizeMailHtml';
import { sanitizerEngine } from './sanitizerEngine';

// The same corpus in real Chromium: its HTML parser (and so DOMPurify's mXSS defences) is the one users run; and
// through both engines, since a long mail takes the browser's HTML Sanitizer.
describe.each(['dompurify', 'native'] as const)('sanitizeMailHtml in a real browser (%s)', (engine) => {
  beforeEach(() => {
    sanitizerEngine.use = engine;
  });
  afterEach(() => {
    sanitizerEngine.use = 'auto';
  });

  it.each(hostileCorpus.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
    expect(hostileCaseFailures(testCase, sanitizeMailHtml(testCase.html, testCase.options))).toEqual([]);
  });

  it('leaves no handler that fires when the rendered result gets events', () => {
    const fired = vi.fn();
    (window as unknown as { __xss: () => void }).__xss = fired;
    const host = document.createElement('div');
    document.body.append(host);
    try {
      for (const testCase of hostileCorpus) {
        host.innerHTML = sanitizeMailHtml(testCase.html.replaceAll('alert(1)', '__xss()'), testCase.options).html;
        // Inline handlers run synchronously on dispatch, so this catches any that survived.
        for (const element of Array.from(host.querySelectorAll('*'))) {
          for (const type of ['error', 'load', 'click', 'toggle', 'focus', 'mouseover'])
            element.dispatchEvent(new Event(type));
        }
      }
      expect(fired).not.toHaveBeenCalled();
    } finally {
      host.remove();
    }
  });

  it('would notice a surviving handler (control)', () => {
    const fired = vi.fn();
    (window as unknown as { __xss: () => void }).__xss = fired;
    const host = document.createElement('div');
    host.innerHTML = '<img onerror="__xss()">';
    host.querySelector('img')?.dispatchEvent(new Event('error'));
    expect(fired).toHaveBeenCalledTimes(1);
  });
});
