import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Menu } from './Menu';

interface DemoProps {
  onArchive: () => void;
  dir?: 'ltr' | 'rtl';
}

/** A menu button with every kind of item, placed above its button as in the compose window's footer. */
function MenuDemo({ onArchive, dir = 'ltr' }: DemoProps) {
  const [level, setLevel] = useState('normal');
  const [receipt, setReceipt] = useState(false);
  return (
    <div dir={dir} style={{ paddingBlockStart: 240, display: 'flex', justifyContent: 'flex-end', gap: 8 }}>
      <output aria-label="Importance chosen">{level}</output>
      <Menu.Root>
        <Menu.Trigger aria-label="Options">Options</Menu.Trigger>
        <Menu.Content side="top" align="end" style={{ padding: 4, border: '1px solid #999' }}>
          <Menu.Item onSelect={onArchive}>Archive</Menu.Item>
          <Menu.Separator style={{ height: 1, background: '#999' }} />
          <Menu.Label id="menu-story-level">Importance</Menu.Label>
          <Menu.RadioGroup aria-labelledby="menu-story-level" value={level} onValueChange={setLevel}>
            <Menu.RadioItem value="high">High</Menu.RadioItem>
            <Menu.RadioItem value="normal">Normal</Menu.RadioItem>
            <Menu.RadioItem value="low">Low</Menu.RadioItem>
          </Menu.RadioGroup>
          <Menu.CheckboxItem checked={receipt} onCheckedChange={setReceipt}>
            Ask for a read receipt
          </Menu.CheckboxItem>
        </Menu.Content>
      </Menu.Root>
    </div>
  );
}

const meta = {
  title: 'Primitives/Menu',
  component: MenuDemo,
  tags: ['autodocs'],
  args: { onArchive: fn() },
} satisfies Meta<typeof MenuDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Keyboard only: Enter opens on the first item, arrows move, Enter runs and focus returns to the button. */
export const Keyboard: Story = {
  play: async ({ canvas, args }) => {
    const trigger = canvas.getByRole('button', { name: 'Options' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('menuitem', { name: 'Archive' })).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    await expect(canvas.getByRole('status', { name: 'Importance chosen' })).toHaveTextContent('low');
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}{Enter}');
    await expect(args.onArchive).toHaveBeenCalledTimes(1);
  },
};

/** Open, above its button and aligned to its end; the radio group is named by its label. */
export const Open: Story = {
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('button', { name: 'Options' });
    await userEvent.click(trigger);
    const menu = canvas.getByRole('menu', { name: 'Options' });
    await expect(within(menu).getByRole('group', { name: 'Importance' })).toBeVisible();
    await expect(within(menu).getByRole('menuitemradio', { name: 'Normal' })).toBeChecked();
    const [m, t] = [menu.getBoundingClientRect(), trigger.getBoundingClientRect()];
    await expect(m.bottom).toBeLessThanOrEqual(t.top);
    await expect(Math.round(m.right)).toBe(Math.round(t.right));
  },
};

/** Right to left: the menu aligns to the button's inline end, which is now its left edge. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('button', { name: 'Options' });
    await userEvent.click(trigger);
    const menu = canvas.getByRole('menu', { name: 'Options' });
    await expect(Math.round(menu.getBoundingClientRect().left)).toBe(Math.round(trigger.getBoundingClientRect().left));
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('menu')).toBeNull();
    await expect(trigger).toHaveFocus();
  },
};
