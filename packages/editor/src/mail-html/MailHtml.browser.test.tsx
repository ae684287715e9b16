import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { MailHtml } from './MailHtml';

describe('MailHtml (real browser)', () => {
  it('renders sanitized mail in a shadow root and reports remote content held back', async () => {
    const onRemoteBlocked = vi.fn();
    const screen = await render(
      <MailHtml
        html={`<p onclick="x()">Hello</p><img alt="logo" src="${location.origin}/__inkwell_probe/mailhtml-logo.png">`}
        label="Message body"
        className="mail"
        onRemoteBlocked={onRemoteBlocked}
      />,
    );
    const host = screen.container.querySelector<HTMLElement>('.mail');
    expect(host?.getAttribute('role')).toBe('document');
    expect(host?.getAttribute('aria-label')).toBe('Message body');
    expect(host?.dataset.state).toBe('blocked');
    const root = host?.shadowRoot;
    expect(root?.querySelector('p')?.textContent).toBe('Hello');
    expect(root?.querySelector('[onclick]')).toBeNull();
    expect(root?.querySelector('img')?.hasAttribute('src')).toBe(false);
    expect(onRemoteBlocked).toHaveBeenCalledWith({ hasRemoteContent: true, blockedRemoteImages: 1 });
    await screen.unmount();
  });

  it('loads remote images once allowed, and resolves cid: images through resolveCid', async () => {
    const src = `${location.origin}/__inkwell_probe/mailhtml-allowed.png`;
    const resolveCid = (id: string) => (id === 'logo@x' ? 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' : undefined);
    const screen = await render(
      <MailHtml
        html={`<img alt="a" src="${src}"><img alt="b" src="cid:logo@x"><img alt="c" src="cid:none@x">`}
        allowRemote
        resolveCid={resolveCid}
        className="mail"
      />,
    );
    const host = screen.container.querySelector<HTMLElement>('.mail');
    expect(host?.dataset.state).toBe('shown');
    const images = [...(host?.shadowRoot?.querySelectorAll('img') ?? [])];
    expect(images.map((img) => img.getAttribute('src'))).toEqual([
      src,
      'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
      null,
    ]);
    await screen.unmount();
  });

  it('says none when the mail has no remote content', async () => {
    const screen = await render(<MailHtml html="<p>plain</p>" className="mail" />);
    expect(screen.container.querySelector<HTMLElement>('.mail')?.dataset.state).toBe('none');
    await screen.unmount();
  });
});
