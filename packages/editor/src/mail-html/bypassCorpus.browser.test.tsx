// The bypass corpus rendered by MailHtml, as a message view shows a received mail: no request to any origin, the
// page's own included, until the user allows remote images; nothing outside the box; remote content reported.
import { bypassCorpus, CONTAINED_TEXT, probeRequests, settleRequests } from '@inkwell/compose-core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { findEscapes } from './findEscapes';
import { MailHtml } from './MailHtml';

const frame = { margin: '200px 0 0 200px', width: '400px', height: '300px' };

beforeEach(() => performance.clearResourceTimings());
afterEach(() => document.body.querySelector('#raw-control')?.remove());

describe('MailHtml with hostile mail (real browser)', () => {
  it.each(bypassCorpus.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const screen = await render(
      <div style={frame}>
        <p>Page text</p>
        <MailHtml html={c.html(location.origin)} className="mail" label="Message" />
      </div>,
    );
    const host = screen.container.querySelector<HTMLElement>('.mail');
    if (!host?.shadowRoot) throw new Error('not rendered');
    host.style.height = '200px';
    await settleRequests();
    expect(probeRequests()).toEqual([]);
    expect(host.dataset.state).toBe(c.remote ? 'blocked' : 'none');
    expect(findEscapes(host)).toEqual([]);
    if (c.kind === 'containment') {
      // The text is still there and inside the box, not pushed where nobody can see it.
      const texts = [...host.shadowRoot.querySelectorAll('*')].filter((e) => e.textContent === CONTAINED_TEXT);
      expect(texts.length).toBeGreaterThan(0);
      const box = host.getBoundingClientRect();
      for (const text of texts) expect(text.getBoundingClientRect().top).toBeGreaterThanOrEqual(box.top - 0.5);
      // The page above the mail is still what the page shows.
      const page = screen.container.querySelector('p');
      const pageBox = page?.getBoundingClientRect();
      if (!pageBox) throw new Error('no page text');
      expect(document.elementFromPoint(pageBox.left + 2, pageBox.top + pageBox.height / 2)).toBe(page);
    }
    await screen.unmount();
  });

  it('the measurements notice escapes and requests of the raw mail (control)', async () => {
    const raw = document.createElement('div');
    raw.id = 'raw-control';
    Object.assign(raw.style, frame, { height: '200px' });
    document.body.append(raw);
    const containment = bypassCorpus.filter((c) => c.kind === 'containment');
    raw.innerHTML = containment.map((c) => c.html(location.origin)).join('');
    expect(findEscapes(raw, raw).length).toBeGreaterThan(0);
    raw.innerHTML = bypassCorpus.map((c) => c.html(location.origin)).join('');
    await expect.poll(() => probeRequests().length, { timeout: 3000 }).toBeGreaterThan(5);
  });

  it('loads the remote images once allowed, and only those', async () => {
    const c = bypassCorpus.find((x) => x.name.startsWith('remote images on the page origin'));
    if (!c) throw new Error('case missing');
    const screen = await render(<MailHtml html={c.html(location.origin)} allowRemote className="mail" />);
    // Only this case's own tags: late responses of the raw control may still arrive.
    const mine = () => new Set(probeRequests().filter((url) => /\/__inkwell_probe\/remote-/.test(url)));
    await expect.poll(() => mine().size, { timeout: 3000 }).toBe(3);
    expect([...mine()].sort()).toEqual(
      ['remote-bg', 'remote-css', 'remote-src'].map((tag) => `${location.origin}/__inkwell_probe/${tag}`),
    );
    await screen.unmount();
  });
});
