import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, it, vi } from 'vitest';
import { SearchBox, type SearchScope } from './SearchBox';

function Harness({ onSubmit = () => {} }: { onSubmit?: () => void }) {
  const [value, setValue] = useState('');
  const [scope, setScope] = useState<SearchScope>('folder');
  return (
    <>
      <button type="button">Elsewhere</button>
      <textarea aria-label="Body" />
      <SearchBox
        value={value}
        onValueChange={setValue}
        onSubmit={onSubmit}
        scope={scope}
        onScopeChange={setScope}
        folderName="Inbox"
      />
      <output aria-label="Scope">{scope}</output>
    </>
  );
}

it('/ from outside a field focuses the search box; inside a field it is typed', async () => {
  const user = userEvent.setup();
  render(<Harness />);
  const box = screen.getByRole('searchbox', { name: 'Search mail' });
  await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
  await user.keyboard('/');
  expect(box).toHaveFocus();
  expect(box).toHaveValue('');
  await user.click(screen.getByRole('textbox', { name: 'Body' }));
  await user.keyboard('a/b');
  expect(screen.getByRole('textbox', { name: 'Body' })).toHaveValue('a/b');
  expect(box).not.toHaveFocus();
});

it('Escape clears, Enter submits, and the scope is this folder or all folders', async () => {
  const user = userEvent.setup();
  const onSubmit = vi.fn();
  render(<Harness onSubmit={onSubmit} />);
  const box = screen.getByRole('searchbox', { name: 'Search mail' });
  await user.type(box, 'from:bob');
  expect(box).toHaveValue('from:bob');
  await user.keyboard('{Enter}');
  expect(onSubmit).toHaveBeenCalledTimes(1);
  await user.keyboard('{Escape}');
  expect(box).toHaveValue('');
  const scope = screen.getByRole('combobox', { name: 'Search in' });
  expect(scope).toHaveDisplayValue('Inbox');
  await user.selectOptions(scope, 'All folders');
  expect(screen.getByRole('status', { name: 'Scope' })).toHaveTextContent('all');
});

it('ArrowDown in the search box goes on to the list', async () => {
  const user = userEvent.setup();
  const onMoveToList = vi.fn();
  render(
    <SearchBox
      value="invoice"
      onValueChange={() => {}}
      onSubmit={() => {}}
      scope="folder"
      onScopeChange={() => {}}
      folderName="Inbox"
      onMoveToList={onMoveToList}
    />,
  );
  await user.click(screen.getByRole('searchbox', { name: 'Search mail' }));
  await user.keyboard('{ArrowDown}');
  expect(onMoveToList).toHaveBeenCalledTimes(1);
});
