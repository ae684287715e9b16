import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ComposeView } from '../test/ComposeView';
import { createEmulatorEnv, type EmulatorEnv } from '../test/emulator-env';
import { installFakeClock } from '../test/fake-clock';
import { until } from '../test/until';
import { useOpenComposeSessions } from './useOpenComposeSessions';

installFakeClock();
let env: EmulatorEnv;
beforeEach(async () => {
  localStorage.clear();
  env = await createEmulatorEnv();
});

function OpenList({ account, label = 'Open drafts' }: { account?: string; label?: string }) {
  const { sessions } = useOpenComposeSessions(account === undefined ? {} : { account });
  return (
    <ul aria-label={label}>
      {sessions.map((s) => (
        <li key={s.clientId}>{`${s.subject} ${s.serverId ? 'saved' : 'unsaved'}`}</li>
      ))}
    </ul>
  );
}

function Page({ clientId }: { clientId: string }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      {open && <ComposeView options={{ clientId }} />}
      <button type="button" onClick={() => setOpen(false)}>
        Close compose
      </button>
      <OpenList />
      <OpenList account="bob@inkwell.test" label="Bob's open drafts" />
    </>
  );
}

const state = () => screen.getByRole('status', { name: 'Compose state' }).textContent;
const listed = () => screen.getByRole('list', { name: 'Open drafts' }).textContent;

describe('useOpenComposeSessions', () => {
  test(
    'lists an open compose view with its saved draft, brings it back after a reload, and drops it when closed',
    { timeout: 30_000 },
    async () => {
      const first = render(<Page clientId="restore-me" />, { wrapper: env.wrapper });
      await until(() => state() === 'pristine', 'the view is ready');
      act(() => {
        fireEvent.change(screen.getByRole('textbox', { name: 'Subject' }), { target: { value: 'Planning' } });
      });
      await act(() => vi.advanceTimersByTimeAsync(2500));
      await until(() => listed() === 'Planning saved', 'the saved draft is listed');
      // Someone else signed in on this browser is never shown it.
      expect(screen.getByRole('list', { name: "Bob's open drafts" })).toBeEmptyDOMElement();

      // A reload: the page goes away without unmounting anything, then the app renders the listed view again.
      act(() => {
        window.dispatchEvent(new Event('pagehide'));
      });
      const [entry] = JSON.parse(JSON.stringify(Object.keys(localStorage))) as string[];
      expect(entry).toBe('inkwell-compose:restore-me');
      first.unmount();
      expect(localStorage.getItem('inkwell-compose:restore-me')).not.toBeNull();

      render(<Page clientId="restore-me" />, { wrapper: env.wrapper });
      await until(
        () => (screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value === 'Planning',
        'the saved draft comes back',
      );
      expect(state()).toBe('saved');

      act(() => {
        fireEvent.click(screen.getByRole('button', { name: 'Close compose' }));
      });
      await until(() => listed() === '', 'a closed view is no longer listed');
    },
  );

  test('says which account it needs when neither the hook nor the provider names one', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<OpenList />)).toThrow(
      'useOpenComposeSessions needs the account whose views to list: pass `account` to it, or `identity` to InkwellProvider.',
    );
  });
});
