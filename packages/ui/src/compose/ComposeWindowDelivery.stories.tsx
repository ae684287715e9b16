// Replies and forwards from the compose window, sent to the emulator and read back from its outbox: every
// inline image and attachment of the original arrives, with one "Re:"/"Fwd:" and the threading headers.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { createBrowserEmulator, createEmulatorHandlers } from '@inkwell/axigen-emulator/browser';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ComposeWindow } from './ComposeWindow';
import { EmulatorComposeHost, type MailPick } from './stories/EmulatorComposeHost';

const WAIT = { timeout: 20000 };
const NEWSLETTER = 'The Wonderland Times — November';
const emulator = createBrowserEmulator();

function Delivery({ pick, onSent }: { pick: MailPick; onSent: (how: 'sent' | 'scheduled') => void }) {
  return (
    <EmulatorComposeHost pick={pick}>
      {(intent) => <ComposeWindow intent={intent} clientId={`delivery-${pick.kind}`} onSent={onSent} />}
    </EmulatorComposeHost>
  );
}

const meta = {
  title: 'Compose/ComposeWindow delivery',
  component: Delivery,
  args: { pick: { kind: 'reply', subject: NEWSLETTER }, onSent: fn() },
  beforeEach: () => {
    localStorage.clear();
    emulator.controls.reset();
  },
  parameters: { msw: { handlers: createEmulatorHandlers(emulator, { tickIntervalMs: 0 }) } },
} satisfies Meta<typeof Delivery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Writes a line, sends with Ctrl+Enter, lets the undo window pass on the emulator's clock, returns the delivery. */
async function sendAndDeliver(subject: string, onSent: unknown, to?: string) {
  const body = within(document.body);
  const field = await body.findByRole('textbox', { name: 'Subject' }, WAIT);
  await waitFor(() => expect(field).toHaveValue(subject), WAIT);
  const text = await body.findByRole('textbox', { name: 'Message body' }, WAIT);
  if (to) {
    await userEvent.click(body.getByRole('combobox', { name: 'To' }));
    await userEvent.keyboard(`${to}{Enter}`);
  }
  await userEvent.click(text);
  await userEvent.keyboard('Thank you!');
  await userEvent.keyboard('{Control>}{Enter}{/Control}');
  await waitFor(() => expect(onSent).toHaveBeenCalledWith('sent'), WAIT);
  await emulator.controls.advanceClock(11_000);
  let delivered: Awaited<ReturnType<typeof emulator.controls.outbox>>[number] | undefined;
  await waitFor(async () => {
    delivered = (await emulator.controls.outbox()).find((m) => m.subject === subject);
    expect(delivered).toBeDefined();
  }, WAIT);
  return delivered!;
}

function header(message: { headers: { name: string; value: string }[] }, name: string) {
  return message.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value ?? '';
}

/** A reply keeps the quote's inline images as cid parts and threads under the original. */
export const ReplyArrives: Story = {
  play: async ({ args }) => {
    const sent = await sendAndDeliver(`Re: ${NEWSLETTER}`, args.onSent);
    await expect(sent.to).toContain('rabbit@');
    await expect(sent.html).toContain('Thank you!');
    const cids = sent.attachments.filter((a) => a.contentId).map((a) => a.filename);
    await expect(cids).toEqual(expect.arrayContaining(['banner.png', 'rabbit.png']));
    for (const part of sent.attachments.filter((a) => a.contentId)) {
      await expect(sent.html).toContain(`cid:${part.contentId.replace(/^<|>$/g, '')}`);
    }
    await expect(header(sent, 'In-Reply-To')).not.toBe('');
    await expect(sent.subject.match(/Re:/g)).toHaveLength(1);
  },
};

/** Reply all: the same parts, every other recipient kept, the user's own address left out. */
export const ReplyAllArrives: Story = {
  args: { pick: { kind: 'replyAll', subject: NEWSLETTER } },
  play: async ({ args }) => {
    const sent = await sendAndDeliver(`Re: ${NEWSLETTER}`, args.onSent);
    await expect(sent.to).toContain('rabbit@');
    await expect(`${sent.to} ${sent.cc}`).not.toContain('alice@');
    await expect(sent.attachments.filter((a) => a.contentId)).toHaveLength(2);
  },
};

/** A forward carries every part: both inline images and the attachment. */
export const ForwardArrives: Story = {
  args: { pick: { kind: 'forward', subject: NEWSLETTER } },
  play: async ({ args }) => {
    const sent = await sendAndDeliver(`Fwd: ${NEWSLETTER}`, args.onSent, 'bob@inkwell.test');
    await expect(sent.to).toContain('bob@inkwell.test');
    await expect(sent.attachments.map((a) => a.filename)).toEqual(
      expect.arrayContaining(['banner.png', 'rabbit.png', 'schedule.txt']),
    );
    await expect(sent.subject.match(/Fwd:/g)).toHaveLength(1);
  },
};
