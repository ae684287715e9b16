// A long quote is sanitized once on its way into the composer and never again to be shown; trust comes only from
// the sanitizer itself, so a look-alike object or string is still sanitized.
import * as core from '@inkwell/compose-core/sanitize';
import { buildQuotedOriginal } from '@inkwell/compose-core/reply';
import { act, render } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Composer as ComposerType } from '../Composer';
import type { renderMailHtml as renderMailHtmlType } from '../mail-html/renderMailHtml';
import { serializeComposer } from '../serialize/serializeComposer';
import { createFakeAttachmentQueue } from '../test-utils/createFakeAttachmentQueue';

vi.mock('@inkwell/compose-core/sanitize', async (importOriginal) => {
  const actual = await importOriginal<typeof core>();
  return { ...actual, sanitizeMailHtml: vi.fn(actual.sanitizeMailHtml) };
});

const sanitize = vi.mocked(core.sanitizeMailHtml);

// The test setup loaded the composer's sanitizer before this file's mock existed: the composer is imported afresh,
// so that it loads the mocked module.
let Composer: typeof ComposerType;
let renderMailHtml: typeof renderMailHtmlType;
beforeAll(async () => {
  vi.resetModules();
  const loader = await import('../sanitize/composerSanitizer');
  expect((await loader.loadComposerSanitizer()).sanitizeMailHtml).toBe(core.sanitizeMailHtml);
  ({ Composer } = await import('../Composer'));
  ({ renderMailHtml } = await import('../mail-html/renderMailHtml'));
});

const longQuote =
  '<p>Original message <img src="x" onerror="alert(1)"></p>' +
  '<table cellpadding="4"><tr><td style="color: #333; padding: 2px">a cell of the order</td></tr></table>'.repeat(400) +
  '<img src="https://banner.example/a.png" alt="banner">';

function mount(quotedHtml: string | core.SanitizedMailHtml | undefined, initialHtml?: string) {
  let editor: Editor | undefined;
  const view = render(
    <Composer
      queue={createFakeAttachmentQueue()}
      senderDomain="example.com"
      ariaLabel="Message body"
      quotedHtml={quotedHtml}
      initialHtml={initialHtml}
      onEditor={(e) => {
        editor = e;
      }}
    />,
  );
  if (!editor) throw new Error('editor not created');
  return { editor, ...view };
}

const shadowBody = (container: HTMLElement) =>
  container.querySelector('.inkwell-quote-host')?.shadowRoot?.querySelector('.inkwell-mail-body');

beforeEach(() => {
  sanitize.mockClear();
});

describe('the quoted original is sanitized once', { timeout: 30_000 }, () => {
  it('passes the long quote through the sanitizer exactly once from mount to screen, and parses it once', () => {
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString');
    const { container, editor } = mount(longQuote);
    const passes = sanitize.mock.calls.filter(([html]) => html.length >= longQuote.length / 2);
    expect(passes).toHaveLength(1);
    // The sanitizer's parse; the screen takes its DOM.
    expect(parse.mock.calls.filter(([html]) => html.length >= longQuote.length / 2)).toHaveLength(1);
    parse.mockRestore();
    const body = shadowBody(container);
    expect(body?.querySelectorAll('table')).toHaveLength(400);
    expect(body?.querySelector('[onerror]')).toBeNull();
    // Shown with its remote image parked; sent with it (recipients get the original's images).
    expect(body?.querySelector('img[src^="https:"]')).toBeNull();
    expect(body?.querySelector('img[data-inkwell-remote-src="https://banner.example/a.png"]')).not.toBeNull();
    expect(serializeComposer(editor).bodyHtml).toContain('src="https://banner.example/a.png"');
    expect(serializeComposer(editor).bodyHtml).not.toContain('onerror');
  });

  it('takes a result of the sanitizer (the reply prefill built it) without sanitizing it again', () => {
    const prepared = core.sanitizeMailHtml(longQuote, { allowRemoteImages: true });
    sanitize.mockClear();
    const { container, editor } = mount(prepared);
    // Nothing is sanitized: the typed part is the empty paragraph the composer starts with.
    expect(sanitize.mock.calls.map(([html]) => html)).toEqual([]);
    expect(shadowBody(container)?.querySelectorAll('table')).toHaveLength(400);
    expect(shadowBody(container)?.querySelector('[onerror]')).toBeNull();
    expect(serializeComposer(editor).bodyHtml).toContain(prepared.html);
  });

  it('sanitizes a look-alike of a sanitizer result passed as the quote', () => {
    const forged = { html: longQuote, blockedRemoteImages: 0, hasRemoteContent: false };
    const { container, editor } = mount(forged);
    expect(sanitize.mock.calls.filter(([html]) => html === longQuote)).toHaveLength(1);
    expect(shadowBody(container)?.querySelector('[onerror]')).toBeNull();
    expect(serializeComposer(editor).bodyHtml).not.toContain('onerror');
  });

  it('shows the remote images of the same trusted quote when the user allows them, without sanitizing again', () => {
    const { container, editor } = mount(longQuote);
    sanitize.mockClear();
    // The toolbar re-renders with the editor's state: inside act, as a user's click would be.
    act(() => {
      editor.commands.showQuoteImages();
    });
    expect(sanitize).not.toHaveBeenCalled();
    expect(shadowBody(container)?.querySelector('img[src="https://banner.example/a.png"]')).not.toBeNull();
  });
});

describe('a quote that ends the body (a prefilled or reopened reply)', { timeout: 30_000 }, () => {
  const original = {
    from: 'Ann <ann@example.com>',
    to: 'me@example.com',
    cc: '',
    subject: 'Order',
    date: '1700000000',
  };

  it('is not sanitized again when the reply prefill built it', () => {
    const prefilled = `<p><br></p>${buildQuotedOriginal({ mail: original, html: longQuote, mode: 'reply' })}`;
    sanitize.mockClear();
    const { container, editor } = mount(undefined, prefilled);
    expect(sanitize.mock.calls.filter(([html]) => html.length >= longQuote.length / 2)).toHaveLength(0);
    const body = shadowBody(container);
    expect(body?.querySelector('[data-inkwell-attribution]')?.textContent).toContain('Ann');
    expect(body?.querySelectorAll('table')).toHaveLength(400);
    expect(body?.querySelector('[onerror]')).toBeNull();
    expect(body?.querySelector('img[src^="https:"]')).toBeNull();
    const html = serializeComposer(editor).bodyHtml;
    expect(html.match(/data-inkwell-quote/g)).toHaveLength(1);
    expect(html).not.toContain('onerror');
  });

  it('is sanitized once when it came from anywhere else', () => {
    const reopened = `<p>Hi</p><blockquote type="cite" data-inkwell-quote="">${longQuote}</blockquote><p></p>`;
    const { container, editor } = mount(undefined, reopened);
    expect(sanitize.mock.calls.filter(([html]) => html.length >= longQuote.length / 2)).toHaveLength(1);
    expect(shadowBody(container)?.querySelector('[onerror]')).toBeNull();
    expect(shadowBody(container)?.querySelectorAll('table')).toHaveLength(400);
    expect(serializeComposer(editor).bodyHtml).toMatch(
      /^<p dir="auto">Hi<\/p><blockquote type="cite" data-inkwell-quote="">/,
    );
  });

  it('stays where it is when the user wrote below it', () => {
    const bottomPosted = `<blockquote type="cite" data-inkwell-quote=""><p>Original</p></blockquote><p>Answer below</p>`;
    const { editor } = mount(undefined, bottomPosted);
    const html = serializeComposer(editor).bodyHtml;
    expect(html.indexOf('data-inkwell-quote')).toBeLessThan(html.indexOf('Answer below'));
  });
});

describe('renderMailHtml trusts only the sanitizer', () => {
  it('sanitizes a look-alike of a sanitizer result', () => {
    const host = document.createElement('div');
    const forged = {
      html: '<img src="x" onerror="alert(1)"><p>hi</p>',
      blockedRemoteImages: 0,
      hasRemoteContent: false,
    };
    renderMailHtml(host, forged);
    expect(sanitize).toHaveBeenCalledTimes(1);
    expect(host.shadowRoot?.querySelector('[onerror]')).toBeNull();
    expect(host.shadowRoot?.textContent).toContain('hi');
  });

  it('sanitizes a long string that is not the sanitizer output, and skips one that is', () => {
    const host = document.createElement('div');
    renderMailHtml(host, longQuote);
    expect(sanitize).toHaveBeenCalledTimes(1);
    expect(host.shadowRoot?.querySelector('[onerror]')).toBeNull();
    const trusted = core.sanitizeMailHtml(longQuote, { allowRemoteImages: true });
    sanitize.mockClear();
    renderMailHtml(host, trusted);
    renderMailHtml(host, trusted.html);
    expect(sanitize).not.toHaveBeenCalled();
    expect(host.shadowRoot?.querySelector('img[src^="https:"]')).toBeNull();
  });
});
