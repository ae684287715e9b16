// The picker's chunk in a fresh module graph, as an app loads it: one that cannot arrive (offline) is said in words
// with Try again, and nothing throws out of render to take the host's window down.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

const CHUNK = './SchedulePicker';
const OFFLINE = () => {
  throw new TypeError('Failed to fetch dynamically imported module');
};

afterEach(() => {
  vi.doUnmock(CHUNK);
  vi.resetModules();
});

describe('LazySchedulePicker when its chunk cannot load', () => {
  it('says the calendar could not be loaded, keeps the host, and shows the picker on Try again', async () => {
    vi.resetModules();
    vi.doMock(CHUNK, OFFLINE);
    const { LazySchedulePicker } = await import('./LazySchedulePicker');
    const user = userEvent.setup();
    render(
      <section aria-label="Host window">
        <input aria-label="Subject" defaultValue="Kept" />
        <LazySchedulePicker onSchedule={vi.fn()} timeZone="Europe/Bucharest" />
      </section>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The calendar could not be loaded. Check your connection and try again.',
    );
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Kept');

    vi.doUnmock(CHUNK);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('group', { name: 'Suggested times' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
