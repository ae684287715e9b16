import type { Meta, StoryObj } from '@storybook/react-vite';
import { createBrowserEmulator, createEmulatorHandlers } from '@inkwell/axigen-emulator/browser';
import type { ComposeIntent } from '@inkwell/compose-core';
import { useState } from 'react';
import { UndoToastRegion } from '../undo-toast/UndoToastRegion';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ComposeDock } from './ComposeDock';
import type { ComposeLayout } from './composeLayout';
import { ComposeWindow } from './ComposeWindow';
import { createComposeDockStore } from './createComposeDockStore';
import { ar } from '../locales/ar';
import { ro } from '../locales/ro';
import { findEnglishLeftovers } from './stories/findEnglishLeftovers';
import { findOverflow } from './stories/findOverflow';
import { EmulatorComposeHost, type MailPick, type StoryLocale, type StoryTheme } from './stories/EmulatorComposeHost';

const WAIT = { timeout: 20000 };

interface HostArgs {
  locale: StoryLocale;
  theme: StoryTheme;
  layout: ComposeLayout;
  pick?: MailPick;
  /** Width of the box the window sits in, in CSS pixels. */
  width?: number;
  onSent: (how: 'sent' | 'scheduled') => void;
  onDiscarded: () => void;
}

function WindowOnEmulator({ locale, theme, layout, pick, width, onSent, onDiscarded }: HostArgs) {
  return (
    <EmulatorComposeHost locale={locale} theme={theme} {...(pick ? { pick } : {})}>
      {(intent) => (
        <div style={width ? { width, margin: '0 auto' } : undefined}>
          <ComposeWindow
            intent={intent}
            clientId={`story-${locale}-${theme}-${layout}-${intent.kind}`}
            defaultLayout={layout}
            onSent={onSent}
            onDiscarded={onDiscarded}
            onClose={fn()}
          />
        </div>
      )}
    </EmulatorComposeHost>
  );
}

const meta = {
  title: 'Compose/ComposeWindow',
  component: WindowOnEmulator,
  tags: ['autodocs'],
  args: { locale: 'en', theme: 'light', layout: 'inline', onSent: fn(), onDiscarded: fn() },
  beforeEach: () => {
    localStorage.clear();
  },
  parameters: { msw: { handlers: createEmulatorHandlers(createBrowserEmulator(), { tickIntervalMs: 0 }) } },
} satisfies Meta<typeof WindowOnEmulator>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The window once the account has loaded (the loading placeholder has the same name). */
async function windowNamed(name: string | RegExp, role: 'region' | 'dialog' = 'region') {
  let found: HTMLElement | undefined;
  await waitFor(() => {
    found = within(document.body)
      .getAllByRole(role, { name })
      .find((element) => element.getAttribute('data-state') !== 'loading');
    expect(found).toBeDefined();
  }, WAIT);
  return found!;
}

/** A new message written and sent with the keyboard only; Enter in a field never sends. */
export const NewMessage: Story = {
  play: async ({ args }) => {
    const win = await windowNamed('New message');
    const body = await within(win).findByRole('textbox', { name: 'Message body' }, WAIT);
    const to = within(win).getByRole('combobox', { name: 'To' });
    await userEvent.click(to);
    await userEvent.keyboard('bob@inkwell.test{Enter}');
    await userEvent.click(within(win).getByRole('textbox', { name: 'Subject' }));
    await userEvent.keyboard('Garden plans{Enter}');
    // Enter in Subject moved on to the message instead of sending.
    await expect(body).toHaveFocus();
    await expect(args.onSent).not.toHaveBeenCalled();
    await userEvent.keyboard('See you at the gate.');
    await expect(within(document.body).getByRole('region', { name: 'Garden plans' })).toBeVisible();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(args.onSent).toHaveBeenCalledWith('sent'), WAIT);
  },
};

/** A reply to a seeded mail: one "Re:", the quote below, the sender as recipient. */
export const Reply: Story = {
  args: { pick: { kind: 'reply', subject: 'Welcome to Inkwell' } },
  play: async () => {
    const win = await windowNamed('Re: Welcome to Inkwell');
    await within(win).findByRole('textbox', { name: 'Message body' }, WAIT);
    await expect(within(win).getByRole('textbox', { name: 'Subject' })).toHaveValue('Re: Welcome to Inkwell');
  },
};

/** A docked reply to a long newsletter: the body scrolls, Send stays in view at the window's foot, above the quote. */
export const DockedReply: Story = {
  args: { layout: 'docked', pick: { kind: 'reply', subject: 'The Wonderland Times — November' } },
  play: async () => {
    const win = await windowNamed('Re: The Wonderland Times — November', 'dialog');
    await within(win).findByRole('group', { name: 'Quoted original message' }, WAIT);
    const send = within(win).getByRole('button', { name: 'Send' });
    const box = send.getBoundingClientRect();
    await expect(box.bottom).toBeLessThanOrEqual(win.getBoundingClientRect().bottom);
    // Nothing of the message is drawn over it: a click at its centre reaches it.
    await expect(send.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2))).toBe(true);
  },
};

/** A forward: the original's attachments are carried over. */
export const Forward: Story = {
  args: { pick: { kind: 'forward', subject: 'The Wonderland Times — November' } },
  play: async () => {
    const win = await windowNamed('Fwd: The Wonderland Times — November');
    await within(win).findByRole('textbox', { name: 'Message body' }, WAIT);
  },
};

/** Discard asks first when there is something to lose; Cancel keeps everything. */
export const DiscardConfirmation: Story = {
  play: async ({ args }) => {
    const win = await windowNamed('New message');
    await within(win).findByRole('textbox', { name: 'Message body' }, WAIT);
    await userEvent.type(within(win).getByRole('textbox', { name: 'Subject' }), 'Keep me');
    await userEvent.click(within(win).getByRole('button', { name: 'Discard draft' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'Discard this draft?' }, WAIT);
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    // A synthetic Escape does not reach the native dialog: dispatch the `cancel` the browser sends on Escape.
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    await waitFor(() =>
      expect(within(document.body).queryByRole('dialog', { name: 'Discard this draft?' })).toBeNull(),
    );
    await expect(within(win).getByRole('textbox', { name: 'Subject' })).toHaveValue('Keep me');
    // The dialog loads lazily; closing it still gives focus back to the button that opened it.
    await expect(within(win).getByRole('button', { name: 'Discard draft' })).toHaveFocus();
    await userEvent.click(within(win).getByRole('button', { name: 'Discard draft' }));
    await userEvent.click(await within(document.body).findByRole('button', { name: 'Discard' }, WAIT));
    await waitFor(() => expect(args.onDiscarded).toHaveBeenCalled(), WAIT);
  },
};

/** The new-message window with `keys` typed into To, once the chip named `last` is there. */
async function newMessageTo(keys: string, last: string) {
  const win = await windowNamed('New message');
  await within(win).findByRole('textbox', { name: 'Message body' }, WAIT);
  await userEvent.click(within(win).getByRole('combobox', { name: 'To' }));
  await userEvent.keyboard(keys);
  await within(win).findByRole('button', { name: `Remove ${last}` }, WAIT);
  return win;
}

/** Send refused: the dialog names the problem, and once it is fixed no stale note is left behind; Send then sends. */
export const SendRefusedThenFixed: Story = {
  play: async ({ args }) => {
    const win = await newMessageTo('bob@inkwell.test{Enter}carol@{Enter}', 'carol@');
    await userEvent.type(within(win).getByRole('textbox', { name: 'Subject' }), 'Garden plans');
    await userEvent.click(within(win).getByRole('button', { name: 'Send' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'This message can’t be sent yet' }, WAIT);
    await expect(dialog).toHaveTextContent('“carol@” in To is not a valid email address.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Go back' }));
    // bob@inkwell.test is a valid recipient: nothing in the window may say otherwise.
    await expect(within(win).queryByRole('alert')).toBeNull();
    await userEvent.click(within(win).getByRole('button', { name: 'Remove carol@' }));
    await userEvent.click(within(win).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(args.onSent).toHaveBeenCalledWith('sent'), WAIT);
  },
};

/** Scheduling a message that cannot be sent as it is: the checks dialog takes the schedule dialog's place. */
export const ScheduleRefused: Story = {
  play: async ({ args }) => {
    const win = await newMessageTo('carol@{Enter}', 'carol@');
    await userEvent.click(within(win).getByRole('button', { name: 'More send options' }));
    await userEvent.click(await within(document.body).findByRole('menuitem', { name: 'Schedule send' }, WAIT));
    const schedule = await within(document.body).findByRole('dialog', { name: 'Schedule send' }, WAIT);
    await userEvent.click(await within(schedule).findByRole('button', { name: /^(Tomorrow|This) morning/ }, WAIT));
    await userEvent.click(within(schedule).getByRole('button', { name: 'Schedule' }));
    const checks = await within(document.body).findByRole('dialog', { name: 'This message can’t be sent yet' }, WAIT);
    await expect(checks).toHaveTextContent('“carol@” in To is not a valid email address.');
    await expect(within(document.body).queryByRole('dialog', { name: 'Schedule send' })).toBeNull();
    await expect(args.onSent).not.toHaveBeenCalled();
    // Leave no draft behind for the stories after this one, which open the same window.
    await userEvent.click(within(checks).getByRole('button', { name: 'Go back' }));
    await userEvent.click(within(win).getByRole('button', { name: 'Discard draft' }));
    await userEvent.click(await within(document.body).findByRole('button', { name: 'Discard' }, WAIT));
    await waitFor(() => expect(args.onDiscarded).toHaveBeenCalled(), WAIT);
  },
};

/** A new message's Send menu → Schedule send: the dialog. */
async function openScheduleDialog() {
  const win = await windowNamed('New message');
  await within(win).findByRole('textbox', { name: 'Message body' }, WAIT);
  await userEvent.click(within(win).getByRole('button', { name: 'More send options' }));
  await userEvent.click(await within(document.body).findByRole('menuitem', { name: 'Schedule send' }, WAIT));
  return within(document.body).findByRole('dialog', { name: 'Schedule send' }, WAIT);
}

/** Send's menu opens the schedule picker in a dialog, titled once (by the picker). */
export const ScheduleFromSendMenu: Story = {
  play: async () => {
    const dialog = await openScheduleDialog();
    await expect(dialog).toBeVisible();
    await within(dialog).findByRole('group', { name: 'Suggested times' }, WAIT);
    await expect(within(dialog).getAllByText('Schedule send')).toHaveLength(1);
  },
};

/** A device whose clock is 6 h behind the mail server: the schedule dialog says so, and checks times by the server's. */
export const ScheduleDeviceClockBehind: Story = {
  parameters: {
    msw: {
      handlers: createEmulatorHandlers(createBrowserEmulator({ now: () => Date.now() + 6 * 3600_000 }), {
        tickIntervalMs: 0,
      }),
    },
  },
  play: async () => {
    const dialog = await openScheduleDialog();
    await within(dialog).findByText(
      'This device’s clock is 6 hours behind the mail server’s. The suggested times and the checks here use the server’s time.',
      {},
      WAIT,
    );
    await within(dialog).findByRole('group', { name: 'Suggested times' }, WAIT);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
  },
};

/** An emulator whose draft saves fail (500) and whose uploads take a minute, for a story that keeps both going. */
function savesFail() {
  const emulator = createBrowserEmulator();
  emulator.controls.addFault({ method: 'POST', path: '/api/v1/mails', status: 500 });
  emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', latencyMs: 60_000 });
  return emulator;
}

/**
 * The device cannot keep the draft or its file (its storage is full) and the server fails to save it: the status and
 * the file's row say to leave the tab open, never that anything is kept on this device.
 */
export const StorageFullSaveFailing: Story = {
  parameters: { msw: { handlers: createEmulatorHandlers(savesFail(), { tickIntervalMs: 0 }) } },
  play: async ({ args }) => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const win = await windowNamed('New message');
      await userEvent.type(await within(win).findByRole('textbox', { name: 'Subject' }, WAIT), 'Full disk');
      const input = win.querySelector<HTMLInputElement>('input[type="file"]:not([accept^="image"])');
      await userEvent.upload(input!, new File(['the film'], 'film.mov', { type: 'video/quicktime' }));
      const part = (await within(win).findByText('film.mov', {}, WAIT)).closest('li');
      await waitFor(
        () =>
          expect(part).toHaveAccessibleDescription(
            'Uploading, 0% · This device cannot keep the file: leave this tab open until it is uploaded',
          ),
        WAIT,
      );
      await within(win).findByText(
        'Not saved: the server had a problem. Trying again by itself. This device cannot keep your text: leave this tab open until it is saved.',
        {},
        WAIT,
      );
      await expect(within(win).queryByText(/kept on this device/)).toBeNull();
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    const win = await windowNamed('Full disk');
    await userEvent.click(within(win).getByRole('button', { name: 'Discard draft' }));
    await userEvent.click(await within(document.body).findByRole('button', { name: 'Discard' }, WAIT));
    await waitFor(() => expect(args.onDiscarded).toHaveBeenCalled(), WAIT);
  },
};

/** Options: importance in one menu; keyboard only, Escape closes it without minimising the window. */
export const OptionsMenu: Story = {
  args: { layout: 'docked' },
  play: async () => {
    const win = await windowNamed('New message', 'dialog');
    await within(win).findByRole('textbox', { name: 'Message body' }, WAIT);
    const options = within(win).getByRole('button', { name: 'Message options' });
    options.focus();
    await userEvent.keyboard('{Enter}');
    const menu = within(win).getByRole('menu', { name: 'Message options' });
    await expect(within(menu).getByRole('group', { name: 'Importance' })).toBeVisible();
    await expect(within(menu).getByRole('menuitemradio', { name: 'Normal importance' })).toBeChecked();
    // The first item is High; Enter checks it and closes the menu.
    await waitFor(() => expect(within(menu).getByRole('menuitemradio', { name: 'High importance' })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(options).toHaveAttribute('data-importance', 'high'));
    await expect(options).toHaveFocus();
    // No receipt requests: the server's Send Draft cannot carry them (docs/decisions/0009).
    await userEvent.keyboard('{Enter}');
    await expect(within(win).queryByRole('menuitemcheckbox')).toBeNull();
    await userEvent.keyboard('{Escape}');
    await expect(within(win).queryByRole('menu')).toBeNull();
    await expect(options).toHaveFocus();
    await expect(win).toHaveAttribute('data-layout', 'docked');
  },
};

/** Docked: the body fills the window, Send at its foot; Escape minimises to the title bar, Restore brings it back. */
export const Docked: Story = {
  args: { layout: 'docked' },
  play: async () => {
    const win = await windowNamed('New message', 'dialog');
    await within(win).findByRole('textbox', { name: 'Message body' }, WAIT);
    // The footer is at the bottom edge of the fixed-height window, not halfway down with blank space under it.
    const gapUnderSend = () =>
      win.getBoundingClientRect().bottom -
      within(win).getByRole('button', { name: 'Send' }).getBoundingClientRect().bottom;
    await expect(gapUnderSend()).toBeLessThan(24);
    await userEvent.click(within(win).getByRole('textbox', { name: 'Subject' }));
    await userEvent.keyboard('{Escape}');
    await expect(win).toHaveAttribute('data-layout', 'minimized');
    await userEvent.click(within(win).getByRole('button', { name: 'Restore' }));
    await expect(win).toHaveAttribute('data-layout', 'docked');
  },
};

/** 360 px wide, with Cc and Bcc open and a long subject: nothing sticks out or scrolls sideways, the status reads. */
export const Narrow360: Story = {
  args: { width: 360 },
  play: async () => {
    const win = await windowNamed('New message');
    await within(win).findByRole('textbox', { name: 'Message body' }, WAIT);
    await userEvent.click(within(win).getByRole('button', { name: 'Add Cc' }));
    await userEvent.click(within(win).getByRole('button', { name: 'Add Bcc' }));
    await userEvent.type(
      within(win).getByRole('textbox', { name: 'Subject' }),
      'A rather long subject line that would not fit on a phone',
    );
    await expect(findOverflow(win)).toEqual([]);
    // The save status keeps the width of its words (a line of its own), not squeezed to a letter per line.
    const saved = async () =>
      (await within(win).findAllByRole('status')).find((s) => /^Saved/.test(s.textContent ?? '')) ?? null;
    await waitFor(async () => expect(await saved()).not.toBeNull(), WAIT);
    const status = (await saved())!;
    await expect(status.getBoundingClientRect().height).toBeLessThan(
      2 * parseFloat(getComputedStyle(status).lineHeight),
    );
  },
};

export const Dark: Story = { args: { theme: 'dark' } };
export const Brand: Story = { args: { theme: 'brand' } };

/** Romanian: every string translated. */
export const Romanian: Story = {
  args: { locale: 'ro' },
  play: async () => {
    const win = await windowNamed('Mesaj nou');
    await expect(await within(win).findByRole('button', { name: 'Trimite' }, WAIT)).toBeVisible();
    await within(win).findByRole('textbox', { name: 'Corpul mesajului' }, WAIT);
    await userEvent.click(within(win).getByRole('button', { name: 'Adaugă Cc' }));
    await expect(findEnglishLeftovers(win, ro)).toEqual([]);
  },
};

/** Arabic, right to left: the layout mirrors. */
export const Arabic: Story = {
  args: { locale: 'ar', theme: 'brand' },
  play: async () => {
    const win = await windowNamed('رسالة جديدة');
    await expect(await within(win).findByRole('button', { name: 'إرسال' }, WAIT)).toBeVisible();
    await within(win).findByRole('textbox', { name: 'نص الرسالة' }, WAIT);
    await expect(win).toHaveAttribute('dir', 'rtl');
    await expect(findEnglishLeftovers(win, ar)).toEqual([]);
    // Mirrored: Send sits at the right-hand end of the footer, Discard at the left.
    const send = within(win).getByRole('button', { name: 'إرسال' }).getBoundingClientRect();
    const discard = within(win).getByRole('button', { name: 'تجاهل المسودة' }).getBoundingClientRect();
    await expect(send.left).toBeGreaterThan(discard.left);
  },
};

function DockOnEmulator() {
  const [store] = useState(() => createComposeDockStore({ storage: null }));
  return (
    <EmulatorComposeHost>
      {() => (
        <>
          <button type="button" onClick={() => store.open({ kind: 'new' })}>
            New message
          </button>
          <ComposeDock store={store} />
        </>
      )}
    </EmulatorComposeHost>
  );
}

/** Several docked windows at once, each minimisable on its own. */
export const Dock: StoryObj<typeof DockOnEmulator> = {
  render: () => <DockOnEmulator />,
  play: async () => {
    const body = within(document.body);
    const open = await body.findByRole('button', { name: 'New message' }, WAIT);
    await userEvent.click(open);
    await userEvent.click(open);
    await waitFor(() => expect(body.getAllByRole('dialog', { name: 'New message' })).toHaveLength(2), WAIT);
    const [first] = body.getAllByRole('dialog', { name: 'New message' });
    await userEvent.click(within(first!).getByRole('button', { name: 'Minimize' }));
    await expect(first).toHaveAttribute('data-layout', 'minimized');
  },
};

/** Tabs until `target` has focus (at most `limit` presses), as a keyboard user would. */
async function tabTo(target: HTMLElement, limit = 40, shift = false) {
  for (let i = 0; i < limit && document.activeElement !== target; i++) await userEvent.tab({ shift });
  await expect(target).toHaveFocus();
}

function KeyboardHost({ onSent }: { onSent: (how: 'sent' | 'scheduled') => void }) {
  const [reopened, setReopened] = useState<ComposeIntent | null>(null);
  return (
    <EmulatorComposeHost>
      {(intent) => (
        <>
          <ComposeWindow
            key={reopened ? 'reopened' : 'new'}
            intent={reopened ?? intent}
            clientId={reopened ? undefined : 'story-keyboard'}
            onSent={onSent}
          />
          <UndoToastRegion
            onReopen={(draftId: string | undefined) => {
              if (draftId) setReopened({ kind: 'draft', mailId: draftId });
            }}
          />
        </>
      )}
    </EmulatorComposeHost>
  );
}

/** Keyboard only: write, attach, send with Ctrl+Enter, undo with Alt+Z; the draft comes back with its text. */
export const KeyboardWriteSendUndo: StoryObj<typeof KeyboardHost> = {
  args: { onSent: fn() },
  render: (args) => <KeyboardHost {...args} />,
  play: async ({ args }) => {
    const win = await windowNamed('New message');
    const body = await within(win).findByRole('textbox', { name: 'Message body' }, WAIT);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(within(win).getByRole('combobox', { name: 'To' }));
    await userEvent.keyboard('bob@inkwell.test{Enter}');
    await tabTo(within(win).getByRole('textbox', { name: 'Subject' }));
    await userEvent.keyboard('Keyboard only{Enter}');
    await expect(body).toHaveFocus();
    await userEvent.keyboard('Written without a mouse.');
    // The file chooser itself is the browser's: the file goes straight to the picker's input.
    const input = win.querySelector<HTMLInputElement>('input[type="file"]:not([accept^="image"])');
    await userEvent.upload(input!, new File(['plan'], 'plan.txt', { type: 'text/plain' }));
    await within(win).findByText('plan.txt', undefined, WAIT);
    // Sent once the file is up: a send while it uploads is refused ("Attachments are still uploading").
    await within(win).findByText('Attached', undefined, WAIT);
    await userEvent.click(body);
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(args.onSent).toHaveBeenCalledWith('sent'), WAIT);
    // The toast's Undo, not the editor's (the window stays open while the send can be undone).
    const toasts = await within(document.body).findByRole('region', { name: 'Notifications' }, WAIT);
    await within(toasts).findByRole('button', { name: 'Undo' }, WAIT);
    await userEvent.keyboard('{Alt>}z{/Alt}');
    // The view that sent goes and the draft's view comes: each try looks for the window again, so a window found
    // just before it went is not waited on.
    await waitFor(() => {
      const again = within(document.body)
        .getAllByRole('region', { name: 'Keyboard only' })
        .find((element) => element.getAttribute('data-state') !== 'loading');
      expect(again && within(again).getByRole('textbox', { name: 'Subject' })).toHaveValue('Keyboard only');
    }, WAIT);
  },
};

/** Keyboard only: Send's menu → Schedule send → a preset → Schedule. */
export const KeyboardSchedule: Story = {
  play: async ({ args }) => {
    const win = await windowNamed('New message');
    await within(win).findByRole('textbox', { name: 'Message body' }, WAIT);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(within(win).getByRole('combobox', { name: 'To' }));
    await userEvent.keyboard('bob@inkwell.test{Enter}');
    await tabTo(within(win).getByRole('textbox', { name: 'Subject' }));
    await userEvent.keyboard('Later');
    // From the end of the page backwards: the footer comes before the text when walking back.
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(within(win).getByRole('button', { name: 'More send options' }), 40, true);
    await userEvent.keyboard('{Enter}');
    const item = await within(document.body).findByRole('menuitem', { name: 'Schedule send' }, WAIT);
    await waitFor(() => expect(item).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    const dialog = await within(document.body).findByRole('dialog', { name: 'Schedule send' }, WAIT);
    const tomorrow = await within(dialog).findByRole('button', { name: /Tomorrow morning|This morning/ }, WAIT);
    // The dialog opens with focus on Close; the picker's controls come before it.
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await tabTo(tomorrow, 40, true);
    await userEvent.keyboard('{Enter}');
    await tabTo(within(dialog).getByRole('button', { name: 'Schedule' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.onSent).toHaveBeenCalledWith('scheduled'), WAIT);
  },
};
