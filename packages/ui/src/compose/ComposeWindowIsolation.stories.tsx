// The compose window among a host's own styles: the host's element rules do not break it, and its styles do not
// reach the host's elements.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { createBrowserEmulator, createEmulatorHandlers } from '@inkwell/axigen-emulator/browser';
import { expect, waitFor, within } from 'storybook/test';
import { ComposeWindow } from './ComposeWindow';
import { findOverflow } from './stories/findOverflow';
import { EmulatorComposeHost } from './stories/EmulatorComposeHost';

const WAIT = { timeout: 20000 };

// What a host page commonly ships globally: resets and element rules, none aimed at us. (A host rule more specific
// than one class, such as `.app button`, is a host choosing to restyle the window: class rules let it.)
const HOST_CSS = `
* { box-sizing: content-box; }
button { background: #ff00aa; border: 4px dashed black; padding: 14px 30px; font-size: 22px; text-transform: uppercase; }
input, select { border: 6px solid #0f0; padding: 12px; font-size: 24px; width: 100%; }
h2 { font-size: 40px; margin: 30px 0; }
div { line-height: 3; }
p { margin: 40px; }
`;

function HostPage() {
  return (
    <div className="host-page">
      <style>{HOST_CSS}</style>
      <button type="button">Host button</button>
      <EmulatorComposeHost>
        {(intent) => (
          <div style={{ width: 480 }}>
            <ComposeWindow intent={intent} clientId="story-isolation" />
          </div>
        )}
      </EmulatorComposeHost>
    </div>
  );
}

const meta = {
  title: 'Compose/ComposeWindow isolation',
  component: HostPage,
  parameters: { msw: { handlers: createEmulatorHandlers(createBrowserEmulator(), { tickIntervalMs: 0 }) } },
} satisfies Meta<typeof HostPage>;

export default meta;

export const AmongHostStyles: StoryObj<typeof meta> = {
  play: async () => {
    const body = within(document.body);
    let win: HTMLElement | undefined;
    await waitFor(() => {
      win = body.getAllByRole('region', { name: 'New message' }).find((e) => e.dataset.state !== 'loading');
      expect(win).toBeDefined();
    }, WAIT);
    await within(win!).findByRole('textbox', { name: 'Message body' }, WAIT);
    // Nothing of the window sticks out of its 480 px box.
    await expect(findOverflow(win!)).toEqual([]);
    // The window's own controls keep their look: Send is not the host's pink, the subject has no green border.
    const send = within(win!).getByRole('button', { name: 'Send' });
    await expect(getComputedStyle(send).backgroundColor).not.toBe('rgb(255, 0, 170)');
    await expect(getComputedStyle(send).textTransform).not.toBe('uppercase');
    const subject = within(win!).getByRole('textbox', { name: 'Subject' });
    await expect(getComputedStyle(subject).borderTopColor).not.toBe('rgb(0, 255, 0)');
    await expect(getComputedStyle(within(win!).getByRole('heading', { level: 2 })).fontSize).not.toBe('40px');
    // And the host keeps its own: the window's stylesheet reaches no element outside it.
    const host = body.getByRole('button', { name: 'Host button' });
    await expect(getComputedStyle(host).backgroundColor).toBe('rgb(255, 0, 170)');
    await expect(getComputedStyle(host).boxSizing).toBe('content-box');
  },
};
