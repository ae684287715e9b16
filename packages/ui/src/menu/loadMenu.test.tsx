// The test setup loads the menus' chunk for every other test; these load it in a fresh module graph, as an app does,
// where it arrives when the pointer or focus reaches a menu button, or not at all.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

const CHUNK = './menuParts';
const OFFLINE = () => {
  throw new TypeError('Failed to fetch dynamically imported module');
};

afterEach(() => {
  vi.doUnmock(CHUNK);
  vi.resetModules();
});

async function mount(onArchive = () => {}) {
  vi.resetModules();
  const { Menu } = await import('./Menu');
  render(
    <Menu.Root>
      <Menu.Trigger aria-label="Options">⋯</Menu.Trigger>
      <Menu.Content>
        <Menu.Item onSelect={onArchive}>Archive</Menu.Item>
        <Menu.Item>Delete</Menu.Item>
      </Menu.Content>
    </Menu.Root>,
  );
  return screen.getByRole('button', { name: 'Options' });
}

describe('a menu whose items load on demand', () => {
  it('opens by keyboard on the first try, with focus on the first item once they arrive', async () => {
    const onArchive = vi.fn();
    const trigger = await mount(onArchive);
    const user = userEvent.setup();
    trigger.focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu', { name: 'Options' });
    expect(screen.getByRole('menuitem', { name: 'Archive' })).toHaveFocus();
    expect(menu).toContainElement(screen.getByRole('menuitem', { name: 'Delete' }));
    await user.keyboard('{Enter}');
    expect(onArchive).toHaveBeenCalledTimes(1);
    expect(trigger).toHaveFocus();
  });

  it('says in words when the menu cannot load, and opens it on Try again', async () => {
    vi.doMock(CHUNK, OFFLINE);
    const trigger = await mount();
    const user = userEvent.setup();
    await user.click(trigger);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The menu could not be loaded. Check your connection and try again.',
    );
    expect(screen.queryByRole('menu')).toBeNull();
    vi.doUnmock(CHUNK);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('menu', { name: 'Options' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
