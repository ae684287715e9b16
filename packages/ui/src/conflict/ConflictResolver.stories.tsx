import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { I18nProvider } from '../i18n';
import { ar } from '../locales/ar';
import { ConflictResolver } from './ConflictResolver';

const ana = { name: 'Ana Pop', address: 'ana@example.com' };
const bob = { name: 'Bob Builder', address: 'bob@example.com' };

const meta = {
  title: 'Widgets/ConflictResolver',
  component: ConflictResolver,
  tags: ['autodocs'],
  args: {
    onResolve: fn(),
    onCancel: fn(),
    versions: {
      to: { mine: [ana], theirs: [ana, bob] },
      cc: { mine: [], theirs: [{ name: '', address: 'team@example.com' }] },
      subject: { mine: 'Q3 report', theirs: 'Q3 report (final)' },
      body: {
        mine: '<p>Hi all,</p><p>The numbers are attached.</p>',
        theirs: '<p>Hi all,</p><p>The numbers are attached. Call me before Friday.</p>',
      },
    },
  },
} satisfies Meta<typeof ConflictResolver>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every field differs: pick per field, merge recipients, apply. */
export const AllFields: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('region', { name: 'This draft was changed in another tab' })).toBeVisible();
    const to = canvas.getByRole('group', { name: 'To' });
    await expect(to).toHaveTextContent('Bob Builder <bob@example.com>');
    await userEvent.click(within(to).getByRole('radio', { name: 'Keep everyone from both' }));
    const body = canvas.getByRole('group', { name: 'Message body' });
    await userEvent.click(within(body).getByRole('radio', { name: 'Use the other tab’s version' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    await expect(args.onResolve).toHaveBeenCalledWith({ to: 'merge', cc: 'mine', subject: 'mine', body: 'theirs' });
  },
};

/** Only the subject differs; "Decide later" leaves the conflict open. */
export const SubjectOnly: Story = {
  args: { versions: { subject: { mine: 'Lunch?', theirs: '' } } },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getAllByRole('group')).toHaveLength(1);
    await expect(canvas.getByRole('group', { name: 'Subject' })).toHaveTextContent('(empty)');
    await userEvent.click(canvas.getByRole('button', { name: 'Decide later' }));
    await expect(args.onCancel).toHaveBeenCalledOnce();
    await expect(args.onResolve).not.toHaveBeenCalled();
  },
};

/** Keyboard only: Tab into a group, arrows choose, Tab to Apply. */
export const KeyboardOnly: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.tab();
    await expect(
      within(canvas.getByRole('group', { name: 'To' })).getByRole('radio', { name: 'Keep this tab’s version' }),
    ).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Apply' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onResolve).toHaveBeenCalledWith({ to: 'theirs', cc: 'mine', subject: 'mine', body: 'mine' });
  },
};

export const Arabic: Story = {
  render: (args) => (
    <I18nProvider locale="ar" messages={ar}>
      <ConflictResolver {...args} />
    </I18nProvider>
  ),
  play: async ({ canvas }) => {
    const region = canvas.getByRole('region', { name: 'عُدّلت هذه المسودة في علامة تبويب أخرى' });
    await expect(region).toHaveAttribute('dir', 'rtl');
    await expect(canvas.getByRole('button', { name: 'تطبيق' })).toBeVisible();
  },
};
