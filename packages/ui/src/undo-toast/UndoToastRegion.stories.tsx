import type { Meta, StoryObj } from '@storybook/react-vite';
import { MutationObserver, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { createAxigenClient, type AxigenClient } from '@inkwell/axigen-client';
import { createBrowserEmulator, createEmulatorHandlers } from '@inkwell/axigen-emulator/browser';
import { createSendOutbox, type SendOutbox } from '@inkwell/compose-core';
import { composeMutationKeys, InkwellProvider, useCompose } from '@inkwell/react';
import { DraftStatus } from '../draft-status/DraftStatus';
import { useSaveStatus } from '../draft-status/useSaveStatus';
import { I18nProvider } from '../i18n';
import { ar } from '../locales/ar';
import { UndoToastRegion } from './UndoToastRegion';

// A clock that starts at a fixed instant and runs at real speed: the countdown reads the same in every run, and the
// outbox's window still closes (it never would on a frozen clock).
const START = Date.parse('2026-11-30T09:00:00Z');
const startClock = () => {
  const origin = Date.now();
  return () => START + (Date.now() - origin);
};
const WAIT = { timeout: 10_000 };

type UndoSend = AxigenClient['undoSend'];

interface HostProps {
  /** What the server answers to Undo. */
  undoSend: UndoSend;
  /** Sends already inside their undo window when the story starts (subject, window in ms). */
  sends?: { subject: string; windowMs: number }[];
  /** A send still running ("Sending…"). */
  sending?: boolean;
  /** A message scheduled once the region is on screen (its delivery time, unix seconds). */
  scheduled?: { subject: string; deliveryTime: number };
  locale?: 'ar';
  onReopen: (draftId: string | undefined) => void;
}

function Sending() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const observer = new MutationObserver<unknown, Error, { subject: string }>(queryClient, {
      mutationKey: composeMutationKeys.send(),
      mutationFn: () => new Promise(() => {}),
    });
    void observer.mutate({ subject: 'Budget 2027' });
  }, [queryClient]);
  return null;
}

function ToastHost({ undoSend, sends = [], sending, scheduled, locale, onReopen }: HostProps) {
  const [setup] = useState(() => {
    const now = startClock();
    const client = clientAnswering(undoSend);
    const outbox: SendOutbox = createSendOutbox({ client, now });
    sends.forEach((send, i) =>
      outbox.add({
        kind: 'undoable',
        processingId: 100 + i,
        mailId: `sent-${i}`,
        deadline: now() + send.windowMs,
        subject: send.subject,
        recipients: ['Ana Pop', 'Bob Builder'],
      }),
    );
    return { client, outbox, now };
  });
  // After the region's own effect: a message scheduled while the page is open.
  useEffect(() => {
    if (!scheduled) return;
    setup.outbox.add({ kind: 'scheduled', mailId: 'sched-1', recipients: ['Ana Pop'], ...scheduled });
  }, [setup, scheduled]);
  const region = (
    <InkwellProvider client={setup.client} outbox={setup.outbox}>
      {sending ? <Sending /> : null}
      <main>
        <button type="button">Compose</button>
      </main>
      <UndoToastRegion now={setup.now} onReopen={onReopen} className="story-toasts" />
    </InkwellProvider>
  );
  return locale ? (
    <I18nProvider locale={locale} messages={ar}>
      {region}
    </I18nProvider>
  ) : (
    region
  );
}

/**
 * A real client (so the provider finds everything it expects) whose Undo Send answers as the story or test says.
 * There is no server behind it: the look-up after a lost undo answer fails as an unreachable server's would, rather
 * than reaching the page's mock service worker.
 */
function clientAnswering(undoSend: AxigenClient['undoSend']): AxigenClient {
  const real = createAxigenClient({ baseUrl: 'http://127.0.0.1:9' });
  const unreachable: AxigenClient['getMail'] = () =>
    Promise.reject(Object.assign(new TypeError('Failed to fetch'), { kind: 'network' }));
  return new Proxy(real, {
    get(target, property) {
      if (property === 'undoSend') return undoSend;
      if (property === 'cancelScheduledSend') return async () => ({ mailId: 'draft-7' });
      if (property === 'getMail') return unreachable;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const reopens: UndoSend = async () => ({ mailId: 'draft-1' });

const meta = {
  title: 'Widgets/UndoToastRegion',
  component: ToastHost,
  tags: ['autodocs'],
  args: { undoSend: reopens, onReopen: fn(), sends: [{ subject: 'Q3 report', windowMs: 9000 }] },
} satisfies Meta<typeof ToastHost>;

export default meta;
type Story = StoryObj<typeof meta>;

const toasts = () => within(document.body).getByRole('region', { name: 'Notifications' });

/** A message scheduled from the page: when it goes, and Cancel sending (back to Drafts, reopened). */
export const Scheduled: Story = {
  args: { sends: [], scheduled: { subject: 'Garden party', deliveryTime: Date.UTC(2026, 11, 2, 8, 0) / 1000 } },
  play: async ({ args, userEvent }) => {
    const toast = await within(toasts()).findByRole('listitem', { name: /^Scheduled for / }, WAIT);
    await expect(toast).toHaveAccessibleDescription('“Garden party” to Ana Pop');
    await expect(within(toast).queryByRole('button', { name: 'Undo' })).toBeNull();
    await userEvent.click(within(toast).getByRole('button', { name: 'Cancel sending' }));
    await waitFor(() => expect(args.onReopen).toHaveBeenCalledWith('draft-7', expect.anything()), WAIT);
    await within(toasts()).findByRole('listitem', { name: 'Sending cancelled. The draft is open again.' });
  },
};

/** "Message sent" with Undo and the seconds left in the server's window. */
export const Countdown: Story = {
  play: async ({ args }) => {
    const toast = within(toasts()).getByRole('listitem', { name: 'Message sent' });
    await expect(toast).toHaveAccessibleDescription('“Q3 report” to Ana Pop, Bob Builder');
    await expect(toast).toHaveTextContent(/[5-9] s left to undo/);
    await expect(within(toast).getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-keyshortcuts', 'Alt+Z');
    await waitFor(() =>
      expect(within(document.body).getByRole('status')).toHaveTextContent(
        /Message sent\. You can undo it for \d seconds\./,
      ),
    );
    await expect(args.onReopen).not.toHaveBeenCalled();
  },
};

/** Hovered: the notice stays, and says the server's window is not paused with it. */
export const Paused: Story = {
  play: async ({ userEvent }) => {
    const toast = within(toasts()).getByRole('listitem', { name: 'Message sent' });
    await userEvent.hover(toast);
    await expect(toasts()).toHaveAttribute('data-paused', 'true');
    await expect(within(toast).getByText(/the server will not wait/)).toBeVisible();
    await expect(toast).toHaveTextContent(/\d s left to undo/);
  },
};

/** Undo pressed, the server has not answered yet. */
export const Undoing: Story = {
  args: { undoSend: () => new Promise(() => {}) },
  play: async ({ userEvent }) => {
    await userEvent.click(within(toasts()).getByRole('button', { name: 'Undo' }));
    const toast = within(toasts()).getByRole('listitem', { name: 'Undoing…' });
    await expect(toast).toHaveAttribute('data-state', 'undoing');
    await expect(within(toast).queryByRole('button')).toBeNull();
  },
};

/** Keyboard only: Alt+Z from the page undoes the newest send, and the draft reopens. */
export const UndoByShortcut: Story = {
  play: async ({ userEvent, args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Compose' }));
    await userEvent.keyboard('{Alt>}z{/Alt}');
    await waitFor(() => expect(args.onReopen).toHaveBeenCalledWith('draft-1', expect.anything()));
    await expect(
      within(toasts()).getByRole('listitem', { name: 'Sending cancelled. The draft is open again.' }),
    ).toBeVisible();
  },
};

/** The server had already let the message go. */
export const TooLate: Story = {
  args: {
    undoSend: () => Promise.reject(Object.assign(new Error('undoSend: 409'), { kind: 'http', status: 409 })),
  },
  play: async ({ userEvent, args }) => {
    await userEvent.click(within(toasts()).getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(within(document.body).getByRole('alert')).toHaveTextContent(
        'Too late to undo: the message has been sent.',
      ),
    );
    await expect(args.onReopen).not.toHaveBeenCalled();
    await userEvent.click(within(toasts()).getByRole('button', { name: 'Dismiss' }));
    await expect(within(document.body).queryByRole('listitem')).toBeNull();
  },
};

/** No answer to the undo (retried until the window closed): it may have been sent. */
export const OutcomeUnknown: Story = {
  args: {
    sends: [{ subject: 'Q3 report', windowMs: 2500 }],
    undoSend: () => Promise.reject(Object.assign(new TypeError('Failed to fetch'), { kind: 'network' })),
  },
  play: async ({ userEvent }) => {
    await userEvent.click(within(toasts()).getByRole('button', { name: 'Undo' }));
    await waitFor(
      () =>
        expect(within(document.body).getByRole('alert')).toHaveTextContent(
          'The server did not answer the undo. It may have been sent: check Sent.',
        ),
      WAIT,
    );
  },
};

/** Undo pressed while the device is offline, still offline when the window closed: the undo never left it. */
export const OfflineUndo: Story = {
  args: OutcomeUnknown.args,
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      Reflect.deleteProperty(navigator, 'onLine');
    };
  },
  play: async ({ userEvent }) => {
    await userEvent.click(within(toasts()).getByRole('button', { name: 'Undo' }));
    await waitFor(
      () =>
        expect(within(document.body).getByRole('alert')).toHaveTextContent(
          'You are offline: the undo could not reach the server, and the message has been sent.',
        ),
      WAIT,
    );
  },
};

/** The window closed untouched: "Message sent", no Undo any more. */
export const WindowOver: Story = {
  args: { sends: [{ subject: 'Q3 report', windowMs: 1200 }] },
  play: async () => {
    const toast = await within(toasts()).findByRole(
      'listitem',
      { name: 'Message sent. It can no longer be undone.' },
      WAIT,
    );
    await expect(within(toast).queryByRole('button', { name: 'Undo' })).toBeNull();
  },
};

/** "Sending…" while the send request runs. */
export const SendingMessage: Story = {
  args: { sends: [], sending: true },
  play: async () => {
    const toast = await within(document.body).findByRole('listitem', { name: 'Sending…' });
    await expect(toast).toHaveAccessibleDescription('“Budget 2027”');
  },
};

/** Several sends stack, oldest first; each has its own Undo. */
export const StackedSends: Story = {
  args: {
    sends: [
      { subject: 'First', windowMs: 9000 },
      { subject: 'Second', windowMs: 9000 },
      { subject: 'Third', windowMs: 9000 },
    ],
  },
  play: async ({ userEvent, args }) => {
    const items = within(toasts()).getAllByRole('listitem');
    await expect(items.map((item) => item.getAttribute('data-state'))).toEqual(['undoable', 'undoable', 'undoable']);
    await expect(within(toasts()).getAllByRole('button', { name: 'Undo' })).toHaveLength(3);
    await userEvent.click(within(items[1]!).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(args.onReopen).toHaveBeenCalledOnce());
    await expect(within(toasts()).getAllByRole('button', { name: 'Undo' })).toHaveLength(2);
  },
};

/** Arabic, right to left: the region sits in the inline-start corner, mirrored. */
export const Arabic: Story = {
  args: { locale: 'ar' },
  play: async () => {
    const region = within(document.body).getByRole('region', { name: 'الإشعارات' });
    await expect(region).toHaveAttribute('dir', 'rtl');
    await expect(within(region).getByRole('button', { name: 'تراجع' })).toBeVisible();
  },
};

// A real send and undo through the client, against the emulator behind MSW.
const emulator = createBrowserEmulator();

function EmulatorHost({ onReopen }: { onReopen: (draftId: string | undefined) => void }) {
  const [setup] = useState(() => {
    const client = createAxigenClient({ baseUrl: '' });
    return { client, outbox: createSendOutbox({ client }) };
  });
  useEffect(() => {
    void (async () => {
      await setup.client.login({ kind: 'cookie', username: 'alice@inkwell.test', password: 'wonderland' });
      const sentAt = Date.now();
      const result = await setup.client.send({
        to: [{ name: 'Bob Builder', address: 'bob@inkwell.test' }],
        subject: 'From the emulator',
        bodyText: 'Undo me.',
      });
      if (!result.undoable) return;
      setup.outbox.add({
        kind: 'undoable',
        processingId: result.processingId,
        ...(result.mailId === undefined ? {} : { mailId: result.mailId }),
        deadline: sentAt + 9000,
        subject: 'From the emulator',
        recipients: ['Bob Builder'],
      });
    })();
  }, [setup]);
  return (
    <InkwellProvider client={setup.client} outbox={setup.outbox}>
      <UndoToastRegion onReopen={onReopen} />
    </InkwellProvider>
  );
}

/** Sent to the emulator; Undo pulls it back and the draft reopens with the emulator's draft id. */
export const UndoOnEmulator: StoryObj<typeof EmulatorHost> = {
  parameters: { msw: { handlers: createEmulatorHandlers(emulator, { tickIntervalMs: 0 }) } },
  args: { onReopen: fn() },
  render: (args) => <EmulatorHost {...args} />,
  play: async ({ userEvent, args }) => {
    const undo = await within(document.body).findByRole('button', { name: 'Undo' }, WAIT);
    await userEvent.click(undo);
    await waitFor(() => expect(args.onReopen).toHaveBeenCalledWith(expect.any(String), expect.anything()), WAIT);
    await expect(
      within(document.body).getByRole('listitem', { name: 'Sending cancelled. The draft is open again.' }),
    ).toBeVisible();
  },
};

// A compose view on the emulator: its save status, then Send; the view closes and the toast carries on.
const composeEmulator = createBrowserEmulator();
const alice = {
  from: { name: 'Alice Liddell', address: 'alice@inkwell.test' },
  ownAddresses: ['alice@inkwell.test'],
};

function ComposeForm({ onSent }: { onSent: () => void }) {
  const compose = useCompose({
    intent: { kind: 'new', initial: { to: [{ name: 'Bob Builder', address: 'bob@inkwell.test' }] } },
    journal: null,
    broadcastChannel: null,
    autosaveDelayMs: 200,
  });
  const status = useSaveStatus(compose.session);
  return (
    <form aria-label="New message" onSubmit={(event) => event.preventDefault()}>
      <label>
        Subject <input value={compose.draft.subject} onChange={(e) => compose.setSubject(e.target.value)} />
      </label>
      <DraftStatus {...status} />
      <button
        type="button"
        onClick={() => {
          void compose.send({ acknowledgeWarnings: true }).then((outcome) => outcome.ok && onSent());
        }}
      >
        Send
      </button>
    </form>
  );
}

function ComposeHost({ onReopen }: { onReopen: (draftId: string | undefined) => void }) {
  const [setup] = useState(() => {
    const client = createAxigenClient({ baseUrl: '' });
    return { client, outbox: createSendOutbox({ client }) };
  });
  const [ready, setReady] = useState(false);
  const [open, setOpen] = useState(true);
  useEffect(() => {
    void setup.client
      .login({ kind: 'cookie', username: 'alice@inkwell.test', password: 'wonderland' })
      .then(() => setReady(true));
  }, [setup]);
  return (
    <InkwellProvider client={setup.client} outbox={setup.outbox} identity={alice}>
      <main>{ready && open ? <ComposeForm onSent={() => setOpen(false)} /> : null}</main>
      <UndoToastRegion onReopen={onReopen} />
    </InkwellProvider>
  );
}

/** useCompose on the emulator: the draft saves ("Saved just now"), Send closes the view, the toast outlives it. */
export const FromComposeViewOnEmulator: StoryObj<typeof ComposeHost> = {
  parameters: { msw: { handlers: createEmulatorHandlers(composeEmulator, { tickIntervalMs: 0 }) } },
  args: { onReopen: fn() },
  render: (args) => <ComposeHost {...args} />,
  play: async ({ canvas, userEvent, args }) => {
    const form = within(await canvas.findByRole('form', { name: 'New message' }, WAIT));
    await userEvent.type(form.getByRole('textbox', { name: 'Subject' }), 'Lunch on Friday');
    await waitFor(() => expect(form.getByRole('status')).toHaveTextContent('Saved just now'), WAIT);
    await userEvent.click(form.getByRole('button', { name: 'Send' }));
    const toast = await within(document.body).findByRole('listitem', { name: 'Message sent' }, WAIT);
    await expect(toast).toHaveAccessibleDescription('“Lunch on Friday” to Bob Builder');
    await waitFor(() => expect(canvas.queryByRole('form', { name: 'New message' })).toBeNull());
    await userEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(args.onReopen).toHaveBeenCalledWith(expect.any(String), expect.anything()), WAIT);
  },
};
