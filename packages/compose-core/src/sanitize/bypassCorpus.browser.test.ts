// The sanitizer's bypass corpus in real Chromium: its output is put straight into the live document (no shadow
// root, no containment), and no request may reach any origin, the page's own included. Run with the engine short mail
// takes (DOMPurify); the browser-sanitizer engine gives the same output for every case (sanitizerEngines.browser.test).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bypassCorpus, PROBE_PATH } from './bypassCorpus';
import { probeRequests, settleRequests } from './probeRequests';
import { sanitizeMailHtml } from './sanitizeMailHtml';

let host: HTMLElement;
beforeEach(() => {
  performance.clearResourceTimings();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => host.remove());

async function render(html: string): Promise<void> {
  host.innerHTML = html;
  // Style and layout of everything, so CSS images are requested if anything would request them.
  for (const element of host.querySelectorAll('*')) void getComputedStyle(element).backgroundImage;
  void host.offsetHeight;
  await settleRequests();
}

describe('sanitizeMailHtml bypass corpus in a real browser', () => {
  it.each(bypassCorpus.map((c) => [c.name, c] as const))('%s: no request, remote content reported', async (_n, c) => {
    const result = sanitizeMailHtml(c.html(location.origin));
    await render(result.html);
    expect(probeRequests()).toEqual([]);
    expect(result.hasRemoteContent).toBe(c.remote === true);
  });

  it.each(bypassCorpus.map((c) => [c.name, c] as const))(
    '%s: with remote images allowed, only absolute URLs the sanitizer kept are requested',
    async (_n, c) => {
      const result = sanitizeMailHtml(c.html(location.origin), { allowRemoteImages: true });
      await render(result.html);
      const kept = [...result.html.matchAll(/(?:src|background)="([^"]+)"|url\(&quot;([^&]+)&quot;\)/g)]
        .map((m) => m[1] ?? m[2] ?? '')
        .filter((url) => url.includes(PROBE_PATH));
      // Nothing relative, nothing read differently: every probe URL left is absolute (or protocol-relative) and
      // canonical, so what is requested is exactly what is kept.
      for (const url of kept) expect([url, `${location.protocol}${url}`]).toContain(new URL(url, location.href).href);
      const resolved = kept.map((url) => new URL(url, location.href).href);
      // This case's own probes only: a response of an earlier case may still arrive under load.
      const tags = [...c.html(location.origin).matchAll(/__inkwell_probe\/([\w-]+)/g)].map((m) => m[1] ?? '');
      const own = probeRequests().filter((request) => tags.some((tag) => request.endsWith(`/${tag}`)));
      for (const request of own) expect(resolved).toContain(request);
    },
  );

  it('notices a request to the page’s own origin (control)', async () => {
    await render(
      `<img alt="" src="${PROBE_PATH}control-img"><div style="background:url(${PROBE_PATH}control-css)">x</div>`,
    );
    await expect.poll(() => probeRequests().length, { timeout: 3000 }).toBe(2);
  });

  it('keeps the URL the browser reads, not the text it was written as', () => {
    const tab = sanitizeMailHtml('<img alt="" src=" ht&#9;tps://cdn.example/a&#10;.png ">', {
      allowRemoteImages: true,
    });
    expect(tab.html).toBe('<img alt="" src="https://cdn.example/a.png">');
    const css = sanitizeMailHtml(`<p style="background:url('\\68 t\\09 tps://cdn.example/b.png')">x</p>`, {
      allowRemoteImages: true,
    });
    expect(css.html).toBe('<p style="background: url(&quot;https://cdn.example/b.png&quot;)">x</p>');
  });
});
