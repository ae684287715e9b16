import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { AxigenClient, ContactSuggestion } from '@inkwell/axigen-client';
import { InkwellProvider } from '@inkwell/react';
import { I18nProvider } from '../i18n';
import { ar } from '../locales/ar';
import { RecipientField } from './RecipientField';
import { Recipients } from './Recipients';
import type { Recipient } from './recipientEntries';

function contact(name: string, email: string): ContactSuggestion {
  return {
    id: email,
    folderId: 'f',
    isDistributionList: false,
    name,
    email,
    firstName: '',
    lastName: '',
    nickName: '',
    reversedName: '',
  };
}

// Typing through user-event is slow on a loaded 2-core machine; this bounds a hang, it times nothing.
vi.setConfig({ testTimeout: 20_000 });

const CONTACTS = [contact('Bob Builder', 'bob@inkwell.test'), contact('Bob Marley', 'marley@music.example')];

/** A client that only answers autocomplete, recording each request's query and signal. */
function fakeClient() {
  const calls: Array<{ query: string; signal: AbortSignal | undefined }> = [];
  const client = {
    // The provider asks whether a 401 can be repaired; these tests never meet one.
    auth: { canRelogin: true },
    autocompleteContacts: (query: string, opts?: { signal?: AbortSignal }) => {
      calls.push({ query, signal: opts?.signal });
      const items = CONTACTS.filter((c) => `${c.name} ${c.email}`.toLowerCase().includes(query.toLowerCase()));
      return new Promise((resolve, reject) => {
        opts?.signal?.addEventListener('abort', () => reject(opts.signal?.reason));
        setTimeout(() => resolve({ totalItems: items.length, items }), 10);
      });
    },
  } as unknown as AxigenClient;
  return { client, calls };
}

function Providers({ client, children }: { client: AxigenClient; children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <InkwellProvider client={client} queryClient={queryClient}>
      {children}
    </InkwellProvider>
  );
}

function Controlled({ initial = [], onChange }: { initial?: Recipient[]; onChange?: (v: Recipient[]) => void }) {
  const [value, setValue] = useState<Recipient[]>(initial);
  return (
    <RecipientField
      field="to"
      suggestions={false}
      value={value}
      onValueChange={(next) => {
        setValue(next);
        onChange?.(next);
      }}
    />
  );
}

const input = (name = 'To') => screen.getByRole('combobox', { name });
const chip = (name: string | RegExp) => screen.getByRole('button', { name });

describe('RecipientField', () => {
  it('turns typed addresses into chips on Enter, comma, semicolon and blur', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    await user.type(input(), 'a@x.io{Enter}b@x.io,c@x.io;d@x.io');
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith([
      { address: 'a@x.io' },
      { address: 'b@x.io' },
      { address: 'c@x.io' },
      { address: 'd@x.io' },
    ]);
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(input()).toHaveValue('');
  });

  it('lets Ctrl+Enter through to the window after turning the text into chips', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const onWindowKey = vi.fn((event: KeyboardEvent) => event.defaultPrevented);
    window.addEventListener('keydown', onWindowKey);
    render(<Controlled onChange={onChange} />);
    await user.type(input(), 'a@x.io{Control>}{Enter}{/Control}');
    window.removeEventListener('keydown', onWindowKey);
    expect(onChange).toHaveBeenLastCalledWith([{ address: 'a@x.io' }]);
    expect(onWindowKey.mock.results.at(-1)?.value).toBe(false);
  });

  it('keeps a comma inside a quoted name as part of the name', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    await user.type(input(), '"Doe, Jane" <jane@example.com>{Enter}');
    expect(onChange).toHaveBeenLastCalledWith([{ name: 'Doe, Jane', address: 'jane@example.com' }]);
  });

  it('keeps an invalid entry as an invalid chip with the reason in its description', async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    await user.type(input(), 'Jane{Enter}');
    const invalid = chip('Jane');
    expect(invalid).toHaveAttribute('aria-invalid', 'true');
    expect(invalid).toHaveAttribute('data-state', 'invalid');
    expect(invalid).toHaveAccessibleDescription(/Not a valid address: there is no email address in it/);
    expect(invalid).toHaveAccessibleDescription(/Press Delete to remove/);
  });

  it('describes a valid chip with its name, address, validity and how to remove it', async () => {
    render(<Controlled initial={[{ name: 'Ana Pop', address: 'ana@example.com' }]} />);
    const ana = chip('Ana Pop ana@example.com');
    expect(ana).toHaveAccessibleDescription(
      'Valid address. Press Delete to remove, Enter to edit, Shift+F10 for more.',
    );
    expect(ana).not.toHaveAttribute('aria-invalid');
  });

  it('reads a pasted list with CR/LF, semicolons and names into chips, merging duplicates', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled initial={[{ address: 'ana@example.com' }]} onChange={onChange} />);
    await user.click(input());
    await user.paste(
      'Bob <bob@example.com>;\r\nANA@example.com\r\n\r\n"Carol C." <carol@example.com>, bob@EXAMPLE.com\n',
    );
    expect(onChange).toHaveBeenLastCalledWith([
      { address: 'ana@example.com' },
      { name: 'Bob', address: 'bob@example.com' },
      { name: 'Carol C.', address: 'carol@example.com' },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Added 2 recipients.');
  });

  it('keeps every part of a pasted Outlook-style list ("Doe, John <…>"), nothing dropped', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    await user.click(input());
    await user.paste('Doe, John <john@example.com>; Roe, Jane <jane@example.com>');
    const value = onChange.mock.lastCall?.[0] as Recipient[];
    const text = value.map((r) => `${r.name ?? ''} ${r.address}`).join(' | ');
    for (const part of ['Doe', 'John', 'john@example.com', 'Roe', 'Jane', 'jane@example.com'])
      expect(text).toContain(part);
    expect(value.filter((r) => r.address.includes('@'))).toHaveLength(2);
  });

  it('survives hostile pasted text: control characters and script stay inert text in chips', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    await user.click(input());
    await user.paste('<img src=x onerror=alert(1)>,\r\n"evil\r\nname" <e@x.example>;\u2028a@b.example');
    expect(document.querySelector('img')).toBeNull();
    const value = onChange.mock.lastCall?.[0] as Recipient[];
    expect(value.some((r) => r.address === 'a@b.example')).toBe(true);
    for (const r of value) expect(`${r.name ?? ''}${r.address}`).not.toMatch(/[\r\n]/);
  });

  it('Backspace in the empty input focuses the last chip, a second Backspace removes it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled initial={[{ address: 'a@example.com' }, { address: 'b@example.com' }]} onChange={onChange} />);
    await user.click(input());
    await user.keyboard('{Backspace}');
    expect(chip('b@example.com')).toHaveFocus();
    await user.keyboard('{Backspace}');
    expect(onChange).toHaveBeenLastCalledWith([{ address: 'a@example.com' }]);
    expect(chip('a@example.com')).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Removed b@example.com.');
  });

  it('moves between chips with the arrow keys and removes with Delete, keyboard only', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <Controlled
        initial={[{ address: 'a@example.com' }, { address: 'b@example.com' }, { address: 'c@example.com' }]}
        onChange={onChange}
      />,
    );
    await user.tab();
    expect(input()).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(chip('c@example.com')).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(chip('a@example.com')).toHaveFocus();
    await user.keyboard('{ArrowRight}{Delete}');
    expect(onChange).toHaveBeenLastCalledWith([{ address: 'a@example.com' }, { address: 'c@example.com' }]);
    expect(chip('c@example.com')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(input()).toHaveFocus();
  });

  it('mirrors the arrow keys right to left', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider locale="ar" messages={ar}>
        <RecipientField
          suggestions={false}
          defaultValue={[{ address: 'a@example.com' }, { address: 'b@example.com' }]}
        />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('combobox'));
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('combobox')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(chip('b@example.com')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(chip('a@example.com')).toHaveFocus();
  });

  it('edits a chip with Enter (and by double click), re-reading the text', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled initial={[{ address: 'ana@exmaple' }, { address: 'b@example.com' }]} onChange={onChange} />);
    expect(chip('ana@exmaple')).toHaveAttribute('data-state', 'invalid');
    await user.click(input());
    await user.keyboard('{ArrowLeft}{ArrowLeft}{Enter}');
    const editor = screen.getByRole('textbox', { name: 'Edit recipient' });
    expect(editor).toHaveFocus();
    await user.clear(editor);
    await user.type(editor, 'Ana <ana@example.com>{Enter}');
    expect(onChange).toHaveBeenLastCalledWith([
      { name: 'Ana', address: 'ana@example.com' },
      { address: 'b@example.com' },
    ]);
    expect(chip('Ana ana@example.com')).toHaveFocus();

    await user.dblClick(chip('b@example.com'));
    await user.keyboard('{Escape}');
    expect(chip('b@example.com')).toHaveFocus();
  });

  it('commits typed text on Tab and moves on', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <>
        <Controlled onChange={onChange} />
        <button type="button">Next</button>
      </>,
    );
    await user.type(input(), 'Ana <ana@example.com>');
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith([{ name: 'Ana', address: 'ana@example.com' }]);
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
  });

  it('drags a chip from one field to another', () => {
    const to = vi.fn();
    const cc = vi.fn();
    render(
      <>
        <RecipientField
          field="to"
          suggestions={false}
          defaultValue={[{ name: 'Ana', address: 'ana@example.com' }]}
          onValueChange={to}
        />
        <RecipientField field="cc" suggestions={false} onValueChange={cc} />
      </>,
    );
    const store = new Map<string, string>();
    const dataTransfer = {
      effectAllowed: 'none',
      dropEffect: 'none',
      types: [] as string[],
      setData: (type: string, value: string) => store.set(type, value),
      getData: (type: string) => store.get(type) ?? '',
    };
    const item = chip('Ana ana@example.com').closest('li')!;
    const ccRoot = input('Cc').closest('[data-drop]')!;
    fireEvent.dragStart(item, { dataTransfer });
    expect(store.get('text/plain')).toBe('Ana <ana@example.com>');
    fireEvent.dragOver(ccRoot, { dataTransfer });
    expect(ccRoot).toHaveAttribute('data-drop', 'over');
    fireEvent.drop(ccRoot, { dataTransfer });
    dataTransfer.dropEffect = 'move';
    fireEvent.dragEnd(item, { dataTransfer });
    expect(cc).toHaveBeenLastCalledWith([{ name: 'Ana', address: 'ana@example.com' }]);
    expect(to).toHaveBeenLastCalledWith([]);
  });

  it('keeps its chips when a controlled host passes an equal new array each render', async () => {
    const user = userEvent.setup();
    const value = () => [{ address: 'a@example.com' }, { address: 'b@example.com' }];
    const { rerender } = render(<RecipientField suggestions={false} value={value()} />);
    await user.click(input());
    await user.keyboard('{ArrowLeft}');
    const focused = chip('b@example.com');
    expect(focused).toHaveFocus();
    rerender(<RecipientField suggestions={false} value={value()} />);
    expect(chip('b@example.com')).toBe(focused);
    expect(focused).toHaveFocus();
  });

  it('removes a chip with its remove button', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled initial={[{ name: 'Ana', address: 'ana@example.com' }]} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Remove Ana' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(input()).toHaveFocus();
  });

  it('moves a chip to another field of its group from the chip menu (keyboard)', async () => {
    const user = userEvent.setup();
    const cc = vi.fn();
    render(
      <Recipients.Group>
        <RecipientField field="to" suggestions={false} defaultValue={[{ address: 'a@example.com' }]} />
        <RecipientField field="cc" suggestions={false} onValueChange={cc} />
      </Recipients.Group>,
    );
    await user.click(input('To'));
    await user.keyboard('{ArrowLeft}{Shift>}{F10}{/Shift}');
    await user.click(await screen.findByRole('menuitem', { name: 'Move to Cc' }));
    expect(cc).toHaveBeenLastCalledWith([{ address: 'a@example.com' }]);
    expect(screen.queryByRole('list', { name: 'To recipients' })).toBeNull();
    expect(
      within(screen.getByRole('list', { name: 'Cc recipients' })).getByRole('button', { name: 'a@example.com' }),
    ).toBeVisible();
  });

  it('marks an Outlook "Doe, John <…>" chip ambiguous until the user keeps it as one recipient', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    await user.click(input());
    await user.paste('Doe, John <john@example.com>\n');
    const ambiguous = chip('Doe, John john@example.com');
    expect(ambiguous).toHaveAttribute('aria-invalid', 'true');
    expect(ambiguous).toHaveAccessibleDescription(/comma in the name may separate two people/);
    expect(onChange).toHaveBeenLastCalledWith([{ name: 'Doe, John', address: 'john@example.com' }]);
    act(() => ambiguous.focus());
    await user.keyboard('{Shift>}{F10}{/Shift}');
    await user.click(await screen.findByRole('menuitem', { name: 'Keep as one recipient' }));
    expect(chip('Doe, John john@example.com')).not.toHaveAttribute('aria-invalid');
    expect(chip('Doe, John john@example.com')).toHaveFocus();
  });
});

describe('RecipientField suggestions', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    // Testing Library drains each user-event call with a 0 ms timeout, advanced only through a `jest` global.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('asks once typing pauses, aborts a request typed past, and picks by keyboard', async () => {
    const user = userEvent.setup({ delay: null });
    const { client, calls } = fakeClient();
    const onChange = vi.fn();
    render(
      <Providers client={client}>
        <RecipientField field="to" onValueChange={onChange} />
      </Providers>,
    );
    await user.type(input(), 'bo');
    expect(calls).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(calls.map((c) => c.query)).toEqual(['bo']);
    await user.type(input(), 'b');
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(calls[0]?.signal?.aborted).toBe(true);
    expect(calls.map((c) => c.query)).toEqual(['bo', 'bob']);
    await act(() => vi.advanceTimersByTimeAsync(20));
    const listbox = screen.getByRole('listbox', { name: 'Suggestions for To' });
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    expect(within(listbox).getAllByRole('option')).toHaveLength(2);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input()).toHaveAttribute('aria-activedescendant', within(listbox).getAllByRole('option')[1]!.id);
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith([{ name: 'Bob Marley', address: 'marley@music.example' }]);
    expect(input()).toHaveValue('');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on Escape and offers nobody already in the field', async () => {
    const user = userEvent.setup({ delay: null });
    const { client } = fakeClient();
    render(
      <Providers client={client}>
        <RecipientField field="to" defaultValue={[{ address: 'bob@inkwell.test' }]} />
      </Providers>,
    );
    await user.type(input(), 'bob');
    await act(() => vi.advanceTimersByTimeAsync(200));
    await act(() => vi.advanceTimersByTimeAsync(20));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Bob Marley marley@music.example']);
    await user.keyboard('{Escape}');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(input()).toHaveValue('bob');
  });
});
