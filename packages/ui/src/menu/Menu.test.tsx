import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Menu } from './Menu';

function Options({
  onArchive = () => {},
  onParentKey = () => {},
}: {
  onArchive?: () => void;
  onParentKey?: (key: string) => void;
}) {
  const [level, setLevel] = useState('normal');
  const [receipt, setReceipt] = useState(false);
  return (
    <div onKeyDown={(event) => onParentKey(event.key)}>
      <button type="button">Before</button>
      <Menu.Root>
        <Menu.Trigger aria-label="Options">⋯</Menu.Trigger>
        <Menu.Content side="top" align="end">
          <Menu.Item onSelect={onArchive}>Archive</Menu.Item>
          <Menu.Item disabled>Blocked</Menu.Item>
          <Menu.Separator />
          <Menu.Label id="level">Importance</Menu.Label>
          <Menu.RadioGroup aria-labelledby="level" value={level} onValueChange={setLevel}>
            <Menu.RadioItem value="high">
              <Menu.ItemIndicator>✓</Menu.ItemIndicator>High
            </Menu.RadioItem>
            <Menu.RadioItem value="normal">Normal</Menu.RadioItem>
            <Menu.RadioItem value="low">Low</Menu.RadioItem>
          </Menu.RadioGroup>
          <Menu.CheckboxItem checked={receipt} onCheckedChange={setReceipt}>
            Read receipt
          </Menu.CheckboxItem>
        </Menu.Content>
      </Menu.Root>
      <button type="button">After</button>
    </div>
  );
}

const trigger = () => screen.getByRole('button', { name: 'Options' });

describe('Menu', () => {
  it('is a menu button: closed, then open with the first item focused on Enter', async () => {
    const user = userEvent.setup();
    render(<Options />);
    expect(trigger()).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();
    trigger().focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: 'Options' });
    expect(trigger()).toHaveAttribute('aria-expanded', 'true');
    expect(trigger()).toHaveAttribute('aria-controls', menu.id);
    expect(menu).toHaveAttribute('data-state', 'open');
    expect(menu).toHaveAttribute('data-side', 'top');
    expect(menu).toHaveAttribute('data-align', 'end');
    expect(screen.getByRole('menuitem', { name: 'Archive' })).toHaveFocus();
    expect(screen.getByRole('menuitem', { name: 'Archive' })).toHaveAttribute('data-highlighted');
  });

  it('moves with the arrow keys, Home and End, skipping disabled items and wrapping', async () => {
    const user = userEvent.setup();
    render(<Options />);
    trigger().focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Archive' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitemradio', { name: 'High' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitemcheckbox', { name: 'Read receipt' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Archive' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitemcheckbox', { name: 'Read receipt' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'Archive' })).toHaveFocus();
    expect(screen.getByRole('menuitem', { name: 'Blocked' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('opens on ArrowUp with the last item focused', async () => {
    const user = userEvent.setup();
    render(<Options />);
    trigger().focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitemcheckbox', { name: 'Read receipt' })).toHaveFocus();
  });

  it('jumps to the item starting with the typed letters (typeahead)', async () => {
    const user = userEvent.setup();
    render(<Options />);
    trigger().focus();
    await user.keyboard('{Enter}l');
    expect(screen.getByRole('menuitemradio', { name: 'Low' })).toHaveFocus();
    await user.keyboard('{Home}re');
    expect(screen.getByRole('menuitemcheckbox', { name: 'Read receipt' })).toHaveFocus();
  });

  it('runs an item with Enter, closes and returns focus to the button', async () => {
    const user = userEvent.setup();
    const onArchive = vi.fn();
    render(<Options onArchive={onArchive} />);
    trigger().focus();
    await user.keyboard('{Enter}{Enter}');
    expect(onArchive).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(trigger()).toHaveFocus();
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
  });

  it('checks a radio item and toggles a checkbox item; Space leaves the menu open', async () => {
    const user = userEvent.setup();
    render(<Options />);
    trigger().focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menuitemradio', { name: 'Normal' })).toBeChecked();
    await user.keyboard('{ArrowDown} ');
    expect(screen.getByRole('menuitemradio', { name: '✓High' })).toBeChecked();
    expect(screen.getByRole('menuitemradio', { name: 'Normal' })).not.toBeChecked();
    expect(screen.getByRole('menuitemradio', { name: '✓High' })).toHaveAttribute('data-state', 'checked');
    await user.keyboard('{End} ');
    expect(screen.getByRole('menuitemcheckbox', { name: 'Read receipt' })).toBeChecked();
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Read receipt' }));
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(trigger());
    expect(screen.getByRole('menuitemcheckbox', { name: 'Read receipt' })).not.toBeChecked();
  });

  it('closes on Escape, returns focus to the button and keeps the Escape from the page around it', async () => {
    const user = userEvent.setup();
    const onParentKey = vi.fn();
    render(<Options onParentKey={onParentKey} />);
    trigger().focus();
    await user.keyboard('{Enter}{ArrowDown}');
    onParentKey.mockClear();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(trigger()).toHaveFocus();
    expect(onParentKey).not.toHaveBeenCalledWith('Escape');
  });

  it('closes on Tab and moves on to the next control', async () => {
    const user = userEvent.setup();
    render(<Options />);
    trigger().focus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
  });

  it('opens and closes with a click on the button, and closes on a click outside', async () => {
    const user = userEvent.setup();
    render(<Options />);
    await user.click(trigger());
    expect(screen.getByRole('menu', { name: 'Options' })).toHaveFocus();
    await user.click(trigger());
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(trigger());
    await user.click(screen.getByRole('button', { name: 'Before' }));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('highlights the item under the pointer', async () => {
    const user = userEvent.setup();
    render(<Options />);
    await user.click(trigger());
    await user.hover(screen.getByRole('menuitemradio', { name: 'Low' }));
    expect(screen.getByRole('menuitemradio', { name: 'Low' })).toHaveAttribute('data-highlighted');
    expect(screen.getByRole('menuitemradio', { name: 'Low' })).toHaveFocus();
  });

  it('is controlled with open/onOpenChange and sends focus where the host asks on close', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    function Controlled() {
      const [open, setOpen] = useState(true);
      return (
        <>
          <button type="button">Chip</button>
          <Menu.Root
            open={open}
            onOpenChange={(next) => {
              onOpenChange(next);
              setOpen(next);
            }}
            onReturnFocus={() => screen.getByRole('button', { name: 'Chip' }).focus()}
          >
            <Menu.Trigger aria-label="Chip menu" tabIndex={-1} />
            <Menu.Content>
              <Menu.Item>Edit</Menu.Item>
            </Menu.Content>
          </Menu.Root>
        </>
      );
    }
    render(<Controlled />);
    expect(screen.getByRole('menuitem', { name: 'Edit' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(screen.getByRole('button', { name: 'Chip' })).toHaveFocus();
  });

  it('keeps a disabled trigger closed', async () => {
    const user = userEvent.setup();
    render(
      <Menu.Root>
        <Menu.Trigger aria-label="Nothing" disabled />
        <Menu.Content>
          <Menu.Item>Item</Menu.Item>
        </Menu.Content>
      </Menu.Root>,
    );
    await user.click(screen.getByRole('button', { name: 'Nothing' }));
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
