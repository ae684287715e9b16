// Replying to hostile mail in real Chromium: the quote is shown through the shared containment, so no request
// reaches any origin (the page's own included) and nothing leaves the quote's box, while the sent HTML keeps the
// original's remote images for recipients.
import { buildQuotedOriginal } from '@inkwell/compose-core/reply';
import { bypassCorpus, CONTAINED_TEXT, PROBE_PATH, probeRequests, settleRequests } from '@inkwell/compose-core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { mountComposer } from '../__browser__/mountComposer';
import { findEscapes } from '../mail-html/findEscapes';
import { serializeComposer } from '../serialize/serializeComposer';
import { pasteInto } from '../test-utils/pasteInto';

beforeEach(() => performance.clearResourceTimings());

const mail = { from: 'Ann <ann@example.com>', to: 'me@example.com', cc: '', subject: 'Hi', date: '1744407421' };

describe('a reply to hostile mail (real browser)', () => {
  it.each(bypassCorpus.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const quotedHtml = buildQuotedOriginal({ mail, html: c.html(location.origin), mode: 'reply', timeZone: 'UTC' });
    const { editor, container, unmount } = await mountComposer({ initialHtml: '<p>My reply</p>', quotedHtml });
    const host = container.querySelector<HTMLElement>('.inkwell-quote-host');
    if (!host?.shadowRoot) throw new Error('no quote');
    await settleRequests();
    const sent = serializeComposer(editor).bodyHtml;
    await settleRequests();

    expect(probeRequests()).toEqual([]);
    expect(findEscapes(host)).toEqual([]);
    const reply = container.querySelector('.ProseMirror p');
    const replyBox = reply?.getBoundingClientRect();
    if (!replyBox) throw new Error('no reply');
    expect(reply?.contains(document.elementFromPoint(replyBox.left + 2, replyBox.top + replyBox.height / 2))).toBe(
      true,
    );
    // "Show images" is offered exactly when the original has remote images.
    const showImages = container.querySelector<HTMLButtonElement>('button[aria-label="Show images in quoted text"]');
    expect(showImages?.hidden).toBe(!c.remote);
    if (c.kind === 'containment') expect(host.shadowRoot.textContent).toContain(CONTAINED_TEXT);
    // What is sent: no relative URL, no planted attribute; the remote images of the original are kept.
    expect(sent).not.toMatch(new RegExp(`(?:src|background|srcset)="(?!https?://|//)[^"]*${PROBE_PATH}`));
    expect(sent).not.toMatch(/data-inkwell-(?:src|remote)/);
    const remoteUrl = new RegExp(
      `(?:src|background)="(?:https?:)?//[^"]*${PROBE_PATH}|url\\(&quot;(?:https?:)?//[^&]*${PROBE_PATH}`,
    );
    if (c.remote) expect(sent).toMatch(remoteUrl);
    await unmount();
  });

  it('keeps every remote image of the original in the sent quote', async () => {
    const c = bypassCorpus.find((x) => x.name.startsWith('remote images on the page origin'));
    if (!c) throw new Error('case missing');
    const quotedHtml = buildQuotedOriginal({ mail, html: c.html(location.origin), mode: 'reply', timeZone: 'UTC' });
    const { editor, unmount } = await mountComposer({ initialHtml: '<p>Reply</p>', quotedHtml });
    const sent = serializeComposer(editor).bodyHtml;
    expect(sent).toContain(`<img alt="a" src="${location.origin}${PROBE_PATH}remote-src">`);
    expect(sent).toContain(`background="${location.origin}${PROBE_PATH}remote-bg"`);
    expect(sent).toContain(`url(&quot;${location.origin}${PROBE_PATH}remote-css&quot;)`);
    await settleRequests();
    expect(probeRequests()).toEqual([]);
    await unmount();
  });

  it.each(bypassCorpus.map((c) => [c.name, c] as const))(
    '%s: typed body, paste and signature request nothing and send no relative URL',
    async (_name, c) => {
      const html = c.html(location.origin);
      const { editor, unmount } = await mountComposer({ initialHtml: html });
      pasteInto(editor, { html, text: 'fallback' });
      editor.commands.setSignature(html);
      await settleRequests();
      const sent = serializeComposer(editor).bodyHtml;
      await settleRequests();
      expect(probeRequests()).toEqual([]);
      expect(sent).not.toMatch(new RegExp(`(?:src|background|srcset)="(?!https?://|//)[^"]*${PROBE_PATH}`));
      expect(sent).not.toMatch(/data-inkwell-(?:src|remote)/);
      await unmount();
    },
  );
});
