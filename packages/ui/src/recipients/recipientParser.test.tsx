// The parser is loaded by the test setup for every other test; these load the field in a fresh module graph, the way
// an app does, where the parser is a chunk of its own that may arrive late or not at all.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Recipient } from './recipientEntries';

const PARSER = '@inkwell/compose-core/recipients';

afterEach(() => {
  vi.doUnmock(PARSER);
  vi.resetModules();
});

async function mountField() {
  vi.resetModules();
  const loader = await import('./recipientParser');
  const { recipientReadsSettled } = await import('./recipientReads');
  const { RecipientField } = await import('./RecipientField');
  const onChange = vi.fn();
  function Field() {
    const [value, setValue] = useState<Recipient[]>([]);
    return (
      <RecipientField
        field="to"
        suggestions={false}
        value={value}
        onValueChange={(next) => {
          setValue(next);
          onChange(next);
        }}
      />
    );
  }
  render(<Field />);
  return { loader, onChange, recipientReadsSettled, input: screen.getByRole('combobox', { name: 'To' }) };
}

/** The parser's chunk arrives only when `arrive` is called. */
function holdParser() {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  vi.doMock(PARSER, async () => {
    await arrived;
    return vi.importActual(PARSER);
  });
  return arrive;
}

describe('the recipient field without its parser loaded', () => {
  it('loads it when the field takes focus', async () => {
    const { loader, input } = await mountField();
    expect(loader.recipientParserLoaded()).toBe(false);
    await userEvent.click(input);
    await waitFor(() => expect(loader.recipientParserLoaded()).toBe(true));
  });

  it('keeps what is typed in the field until the parser arrives, then makes the chips', async () => {
    const arrive = holdParser();
    const { loader, onChange, input } = await mountField();
    await userEvent.type(input, '"Doe, Jane" <jane@example.com>, bob@example.com{Enter}');
    expect(loader.recipientParserLoaded()).toBe(false);
    expect(input).toHaveValue('"Doe, Jane" <jane@example.com>, bob@example.com');
    expect(onChange).not.toHaveBeenCalled();
    arrive();
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith([
        { name: 'Doe, Jane', address: 'jane@example.com' },
        { address: 'bob@example.com' },
      ]),
    );
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(input).toHaveValue('');
  });

  it('a list pasted after an address still waiting for the parser is read apart from it', async () => {
    const arrive = holdParser();
    const { onChange, input } = await mountField();
    await userEvent.type(input, 'Bob Builder <bob@inkwell.test>{Enter}');
    await userEvent.paste('Carol Danvers <carol@example.net>, dave@example.org');
    arrive();
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith([
        { name: 'Bob Builder', address: 'bob@inkwell.test' },
        { name: 'Carol Danvers', address: 'carol@example.net' },
        { address: 'dave@example.org' },
      ]),
    );
  });

  it('holds Ctrl+Enter (the window’s Send) back while typed text waits for the parser', async () => {
    const arrive = holdParser();
    const { onChange, input } = await mountField();
    const onWindowKey = vi.fn();
    window.addEventListener('keydown', onWindowKey);
    await userEvent.type(input, 'ann@example.com{Control>}{Enter}{/Control}');
    window.removeEventListener('keydown', onWindowKey);
    expect(onWindowKey.mock.calls.some(([event]) => (event as KeyboardEvent).key === 'Enter')).toBe(false);
    arrive();
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith([{ address: 'ann@example.com' }]));
  });

  it('lets a send wait for typed text the parser is still reading: the chips are made before it goes on', async () => {
    const arrive = holdParser();
    const { onChange, input, recipientReadsSettled } = await mountField();
    await userEvent.type(input, 'ann@example.com{Enter}');
    let chipsWhenSettled: number | undefined;
    const settled = recipientReadsSettled(document.body).then((unread) => {
      chipsWhenSettled = onChange.mock.calls.length;
      return unread;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(chipsWhenSettled).toBeUndefined();
    // The chips it makes on arrival re-render the field: inside act.
    let unread: HTMLInputElement | null | undefined;
    await act(async () => {
      arrive();
      unread = await settled;
    });
    expect(unread).toBeNull();
    expect(chipsWhenSettled).toBe(1);
    expect(onChange).toHaveBeenLastCalledWith([{ address: 'ann@example.com' }]);
  });

  it('stops a send at the field whose text could not be read', async () => {
    vi.doMock(PARSER, () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { input, recipientReadsSettled } = await mountField();
    await userEvent.type(input, 'ann@example.com{Enter}');
    expect(await recipientReadsSettled(document.body)).toBe(input);
    expect(await recipientReadsSettled(document.createElement('div'))).toBeNull();
    expect(input).toHaveValue('ann@example.com');
  });

  it('says so when it cannot be loaded, keeps the text, and reads it on the next Enter', async () => {
    vi.doMock(PARSER, () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { onChange, input } = await mountField();
    await userEvent.type(input, 'ann@example.com{Enter}');
    expect(
      await screen.findByText(
        'What you typed could not be read yet and stays in the field. Check your connection and press Enter again.',
      ),
    ).toBeInTheDocument();
    expect(input).toHaveValue('ann@example.com');
    expect(onChange).not.toHaveBeenCalled();
    vi.doUnmock(PARSER);
    await userEvent.type(input, '{Enter}');
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith([{ address: 'ann@example.com' }]));
    expect(input).toHaveValue('');
  });
});
