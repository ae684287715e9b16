import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { createBrowserEmulator, createEmulatorHandlers } from '@inkwell/axigen-emulator/browser';
import { I18nProvider } from '../i18n';
import { ar } from '../locales/ar';
import { RecipientField } from './RecipientField';
import { Recipients } from './Recipients';
import { EmulatorContactsHost } from './stories/EmulatorContactsHost';

const WAIT = { timeout: 10_000 };

const meta = {
  title: 'Widgets/Recipients',
  component: RecipientField,
  tags: ['autodocs'],
  args: { field: 'to', suggestions: false, onValueChange: fn() },
  decorators: [(Story) => <div style={{ maxWidth: 640 }}>{Story()}</div>],
} satisfies Meta<typeof RecipientField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nobody yet: type an address and press Enter. */
export const Empty: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const input = canvas.getByRole('combobox', { name: 'To' });
    await userEvent.type(input, 'ana@example.com{Enter}');
    // The parser loads when the field takes focus; a quick Enter may come before it, and the chip once it arrives.
    await expect(await canvas.findByRole('button', { name: 'ana@example.com' })).toHaveAttribute('data-state', 'valid');
    await expect(args.onValueChange).toHaveBeenLastCalledWith([{ address: 'ana@example.com' }]);
  },
};

/** Two people with names; Backspace from the empty input reaches the last chip, a second removes it. */
export const Filled: Story = {
  args: {
    defaultValue: [
      { name: 'Ana Pop', address: 'ana@example.com' },
      { name: 'Bob Builder', address: 'bob@inkwell.test' },
    ],
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('combobox', { name: 'To' }));
    await userEvent.keyboard('{Backspace}');
    await expect(canvas.getByRole('button', { name: 'Bob Builder bob@inkwell.test' })).toHaveFocus();
    await userEvent.keyboard('{Backspace}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith([{ name: 'Ana Pop', address: 'ana@example.com' }]);
  },
};

const many = Array.from({ length: 24 }, (_, i) => ({ name: `Person ${i + 1}`, address: `person${i + 1}@example.com` }));

/** A long list wraps; arrow keys walk the chips. */
export const ManyChips: Story = {
  args: { defaultValue: many },
  play: async ({ canvas, userEvent }) => {
    await expect(within(canvas.getByRole('list', { name: 'To recipients' })).getAllByRole('listitem')).toHaveLength(24);
    await userEvent.click(canvas.getByRole('combobox', { name: 'To' }));
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await expect(canvas.getByRole('button', { name: 'Person 23 person23@example.com' })).toHaveFocus();
  },
};

/** Pasted text that is not one clean address stays as an invalid chip with the reason. */
export const InvalidChips: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('combobox', { name: 'To' }));
    await userEvent.paste('Jane; Doe, John <john@example.com>\r\nann@exmaple\r\nok@example.com');
    const jane = canvas.getByRole('button', { name: 'Jane' });
    await expect(jane).toHaveAttribute('aria-invalid', 'true');
    await expect(jane).toHaveAccessibleDescription(/there is no email address in it/);
    await expect(canvas.getByRole('button', { name: 'Doe, John john@example.com' })).toHaveAccessibleDescription(
      /comma in the name/,
    );
    await expect(canvas.getByRole('button', { name: 'ok@example.com' })).not.toHaveAttribute('aria-invalid');
    await expect(canvas.getByRole('combobox', { name: 'To' }).closest('[data-state]')).toHaveAttribute(
      'data-state',
      'invalid',
    );
  },
};

const emulator = createBrowserEmulator();

/** Suggestions from the emulator's contacts autocomplete, chosen by keyboard. */
export const SuggestionsOpen: Story = {
  args: { suggestions: true },
  parameters: { msw: { handlers: createEmulatorHandlers(emulator, { tickIntervalMs: 0 }) } },
  decorators: [(Story) => <EmulatorContactsHost>{Story()}</EmulatorContactsHost>],
  play: async ({ canvas, userEvent, args }) => {
    const input = await canvas.findByRole('combobox', { name: 'To' }, WAIT);
    await userEvent.type(input, 'hat');
    const listbox = await canvas.findByRole('listbox', { name: 'Suggestions for To' }, WAIT);
    await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'true'), WAIT);
    await expect(within(listbox).getByRole('option', { name: /Mad Hatter/ })).toBeVisible();
    await userEvent.keyboard('{ArrowDown}');
    await expect(input).toHaveAttribute('aria-activedescendant', within(listbox).getAllByRole('option')[0]!.id);
    await userEvent.keyboard('{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith([
      expect.objectContaining({ address: 'hatter@teaparty.example' }),
    ]);
  },
};

/** To, Cc and Bcc of one message: a chip's menu moves it to another field (the keyboard way to drag it). */
export const MoveBetweenFields: Story = {
  render: (args) => (
    <Recipients.Group>
      <RecipientField {...args} field="to" defaultValue={[{ name: 'Ana Pop', address: 'ana@example.com' }]} />
      <RecipientField field="cc" suggestions={false} />
      <RecipientField field="bcc" suggestions={false} />
    </Recipients.Group>
  ),
  play: async ({ canvas, userEvent }) => {
    canvas.getByRole('button', { name: 'Ana Pop ana@example.com' }).focus();
    await userEvent.keyboard('{Shift>}{F10}{/Shift}');
    await userEvent.click(await within(document.body).findByRole('menuitem', { name: 'Move to Bcc' }));
    await expect(
      within(canvas.getByRole('list', { name: 'Bcc recipients' })).getByRole('button', {
        name: 'Ana Pop ana@example.com',
      }),
    ).toBeVisible();
  },
};

/** Arabic: right to left, arrow keys mirrored. */
export const RightToLeft: Story = {
  args: { defaultValue: [{ name: 'ليلى حسن', address: 'layla@example.eg' }, { address: 'oleg@example.ru' }] },
  decorators: [
    (Story) => (
      <I18nProvider locale="ar" messages={ar}>
        {Story()}
      </I18nProvider>
    ),
  ],
  play: async ({ canvas, userEvent }) => {
    const input = canvas.getByRole('combobox', { name: 'إلى' });
    await expect(input.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('button', { name: 'oleg@example.ru' })).toHaveFocus();
  },
};
