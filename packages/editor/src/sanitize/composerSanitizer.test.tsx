// The sanitizer is loaded by the test setup for every other test; these load the composer in a fresh module graph,
// the way an app does, where the sanitizer is a chunk of its own that may arrive late or not at all.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WORD_PASTE } from '../__fixtures__/wordPaste';
import { createFakeAttachmentQueue } from '../test-utils/createFakeAttachmentQueue';
import { clipboardData, pasteInto } from '../test-utils/pasteInto';

/** The on-demand chunk (sanitizer and mail HTML views), as the composer imports it. */
const CHUNK = './htmlKit';
const OFFLINE = () => {
  throw new TypeError('Failed to fetch dynamically imported module');
};

afterEach(() => {
  vi.doUnmock(CHUNK);
  vi.resetModules();
});

async function freshComposer() {
  vi.resetModules();
  const loader = await import('./composerSanitizer');
  const { Composer } = await import('../Composer');
  const { serializeComposer } = await import('../serialize/serializeComposer');
  const { MailHtml } = await import('../mail-html/MailHtml');
  return { loader, Composer, serializeComposer, MailHtml };
}

async function mount(props: { signatureHtml?: string; initialHtml?: string } = {}) {
  const fresh = await freshComposer();
  let editor: Editor | undefined;
  const view = render(
    <fresh.Composer
      queue={createFakeAttachmentQueue()}
      senderDomain="example.com"
      ariaLabel="Message body"
      onEditor={(e) => {
        editor = e;
      }}
      {...props}
    />,
  );
  const body = () => fresh.serializeComposer(editor as Editor).bodyHtml;
  return { ...fresh, ...view, editor: () => editor, body };
}

describe('the composer without its sanitizer loaded', () => {
  it('mounts a new message at once, without loading it', async () => {
    const { loader, editor } = await mount();
    expect(editor()).toBeDefined();
    expect(screen.getByRole('textbox', { name: 'Message body' })).toBeInTheDocument();
    expect(loader.composerSanitizerLoaded()).toBe(false);
  });

  it('mounts at once from the empty paragraph a new draft holds, without loading it', async () => {
    const { loader, editor } = await mount({ initialHtml: '<p></p>' });
    expect(editor()).toBeDefined();
    expect(screen.getByRole('textbox', { name: 'Message body' })).toBeInTheDocument();
    expect(loader.composerSanitizerLoaded()).toBe(false);
  });

  it('starting from HTML (a signature), waits for it, then starts from the sanitized HTML', async () => {
    const { loader, container, editor, body } = await mount({
      signatureHtml: '<p>Ann <img src="x" onerror="alert(1)"></p>',
    });
    expect(container.querySelector('.inkwell-composer')).toHaveAttribute('data-state', 'loading');
    expect(editor()).toBeUndefined();
    await screen.findByRole('textbox', { name: 'Message body' });
    expect(loader.composerSanitizerLoaded()).toBe(true);
    expect(container.querySelector('.inkwell-composer')).toHaveAttribute('data-state', 'ready');
    expect(body()).toContain('data-inkwell-signature');
    expect(body()).toContain('Ann');
    expect(body()).not.toContain('onerror');
  });

  it('holds a paste of HTML until it is loaded, then pastes it sanitized where the caret is', async () => {
    const { loader, editor, body } = await mount();
    const composer = editor() as Editor;
    pasteInto(composer, {
      html: '<p><b>Quarterly</b> report<img src="x" onerror="alert(1)"><script>alert(2)</script></p>',
      text: 'Quarterly report',
    });
    // Nothing unsanitized went in while the sanitizer loaded.
    expect(body()).not.toContain('Quarterly');
    await waitFor(() => expect(body()).toContain('<strong>Quarterly</strong> report'));
    expect(loader.composerSanitizerLoaded()).toBe(true);
    expect(body()).not.toMatch(/onerror|script/);
  });

  it('holds a paste from Word until it is loaded, then cleans it up as it pastes it (the clean-up comes with it)', async () => {
    const { loader, editor, body } = await mount();
    pasteInto(editor() as Editor, { html: WORD_PASTE, text: 'Quarterly report is ready' });
    expect(body()).not.toContain('Quarterly');
    await waitFor(() => expect(body()).toContain('Quarterly'));
    expect(loader.composerSanitizerLoaded()).toBe(true);
    // Word's bulleted paragraphs became a list; its bullets and mso markup are gone.
    expect(body()).toMatch(/<ul[^>]*>.*Revenue.*Costs.*<\/ul>/s);
    expect(body()).not.toMatch(/Mso|mso-|o:p|·/);
  });

  it('holds a drop of HTML from another page until it is loaded, then inserts it sanitized', async () => {
    const { loader, editor, body } = await mount();
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: clipboardData({ html: '<p><i>Dropped</i><img src="x" onerror="alert(1)"></p>', text: 'Dropped' }),
    });
    (editor() as Editor).view.dom.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(body()).not.toContain('Dropped');
    await waitFor(() => expect(body()).toContain('<em>Dropped</em>'));
    expect(loader.composerSanitizerLoaded()).toBe(true);
    expect(body()).not.toContain('onerror');
  });

  it('takes text an app inserts before it is loaded, and refuses HTML in words until it is', async () => {
    const { loader, editor, body } = await mount();
    const composer = editor() as Editor;
    // Each command re-renders the toolbar: inside act, as a key press would be.
    act(() => {
      composer.commands.insertContent('Fish & chips');
    });
    expect(body()).toBe('<p dir="auto">Fish &amp; chips</p>');
    expect(() =>
      act(() => {
        composer.commands.insertContent('<b>Bold</b>');
      }),
    ).toThrow(/await loadComposerSanitizer\(\) first/);
    expect(body()).not.toContain('Bold');
    await act(() => loader.loadComposerSanitizer());
    act(() => {
      composer.commands.insertContent('<b>Bold</b><img src="x" onerror="alert(1)">');
    });
    expect(body()).toContain('<strong>Bold</strong>');
    expect(body()).not.toContain('onerror');
  });

  it('pastes the plain text when it cannot be loaded (offline since the page loaded): nothing is lost', async () => {
    vi.doMock(CHUNK, OFFLINE);
    const { editor, body } = await mount();
    pasteInto(editor() as Editor, { html: '<p><b>Quarterly</b> report</p>', text: 'Quarterly report' });
    await waitFor(() => expect(body()).toContain('Quarterly report'));
    expect(body()).not.toContain('<strong>');
  });

  it('says in words that the editor could not be loaded, and loads it on Try again', async () => {
    vi.doMock(CHUNK, OFFLINE);
    const { container, body } = await mount({ initialHtml: '<p>Reopened draft</p>' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The editor could not be loaded. Check your connection and try again.',
    );
    expect(container.querySelector('.inkwell-composer')).toHaveAttribute('data-state', 'failed');
    expect(screen.queryByRole('textbox', { name: 'Message body' })).toBeNull();
    vi.doUnmock(CHUNK);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('textbox', { name: 'Message body' });
    expect(body()).toContain('Reopened draft');
  });

  it('applies a signature that arrives after mount once it is loaded, and only the latest one', async () => {
    const { Composer, rerender, body, loader } = await mount();
    const props = { queue: createFakeAttachmentQueue(), senderDomain: 'example.com', ariaLabel: 'Message body' };
    rerender(<Composer {...props} signatureHtml="<p>First sender</p>" />);
    rerender(<Composer {...props} signatureHtml="<p>Second sender</p>" />);
    expect(loader.composerSanitizerLoaded()).toBe(false);
    await waitFor(() => expect(body()).toContain('Second sender'));
    expect(body()).not.toContain('First sender');
    expect(body().match(/data-inkwell-signature/g)).toHaveLength(1);
  });

  it('shows a received mail once it is loaded, and only its text when it cannot be', async () => {
    const html = '<p>Hello <b>there</b></p><style>p { color: red }</style><img src="x" onerror="alert(1)">';
    const loaded = await freshComposer();
    const first = render(<loaded.MailHtml html={html} label="Message" />);
    const host = first.getByRole('document', { name: 'Message' });
    await waitFor(() => expect(host.shadowRoot?.querySelector('b')?.textContent).toBe('there'));
    expect(host.shadowRoot?.querySelector('[onerror]')).toBeNull();
    first.unmount();

    vi.doMock(CHUNK, OFFLINE);
    const offline = await freshComposer();
    const second = render(<offline.MailHtml html={html} label="Message" />);
    const textOnly = second.getByRole('document', { name: 'Message' });
    await waitFor(() => expect(textOnly).toHaveAttribute('data-state', 'failed'));
    expect(textOnly.shadowRoot?.textContent).toBe('Hello there');
    expect(textOnly.shadowRoot?.querySelector('b, img, style')).toBeNull();
    await act(async () => {});
  });
});
