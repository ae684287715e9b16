import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComposeSnapshot } from '@inkwell/compose-core';
import { I18nProvider } from '../i18n';
import { ro } from '../locales/ro';
import { DraftStatus } from './DraftStatus';
import { saveStatusOf } from './saveStatusOf';

describe('DraftStatus', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says when the draft was saved, in words that follow the clock', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-11-30T09:00:00Z'));
    render(<DraftStatus state="saved" savedAt={new Date()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Saved just now');
    await act(() => vi.advanceTimersByTimeAsync(59_999));
    expect(screen.getByRole('status')).toHaveTextContent('Saved just now');
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(screen.getByRole('status')).toHaveTextContent('Saved 1 minute ago');
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(screen.getByRole('status')).toHaveTextContent('Saved 2 minutes ago');
    await act(() => vi.advanceTimersByTimeAsync(3_600_000));
    expect(screen.getByRole('status')).toHaveTextContent('Saved 1 hour ago');
  });

  it('offers a retry only when a save failed, reachable by keyboard', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = render(<DraftStatus state="saving" onRetry={onRetry} />);
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    rerender(
      <DraftStatus
        state="failed"
        reason="The server could not be reached. The draft is kept here; trying again."
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not saved: the server could not be reached. Trying again by itself; your text is kept on this device.',
    );
    await user.tab();
    expect(screen.getByRole('button', { name: 'Retry' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('keeps a failure on screen while a new attempt is on its way, with Retry busy and keeping its focus', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const failed = { state: 'failed', reason: 'server', onRetry } as const;
    const { rerender } = render(<DraftStatus {...failed} />);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onRetry).toHaveBeenCalledOnce();
    rerender(<DraftStatus {...failed} pending />);
    const busy = screen.getByRole('button', { name: 'Trying…' });
    expect(busy).toHaveFocus();
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Not saved: the server had a problem.');
    await user.keyboard('{Enter}');
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('never shows a raw API message', () => {
    render(<DraftStatus state="failed" reason="createDraft: to[2].address must be an address" retrying={false} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not saved: something went wrong. Your text is kept on this device.',
    );
    expect(screen.queryByText(/createDraft/)).toBeNull();
  });

  it('says a refused save is final and names the reason from its code', () => {
    render(<DraftStatus state="failed" reason="too-large" />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not saved: the draft is too large for the server. Your text is kept on this device.',
    );
    expect(screen.getByRole('status').parentElement).toHaveAttribute('data-reason', 'too-large');
  });

  it('asks to sign in again when the session expired, and to compare versions on a conflict', async () => {
    const user = userEvent.setup();
    const onSignIn = vi.fn();
    const onResolveConflict = vi.fn();
    const { rerender } = render(<DraftStatus state="expired" onSignIn={onSignIn} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Signed out: sign in again to save. Nothing you typed is lost.',
    );
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(onSignIn).toHaveBeenCalledOnce();
    rerender(<DraftStatus state="conflict" onResolveConflict={onResolveConflict} />);
    expect(screen.queryByRole('button', { name: 'Sign in again' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Compare versions' }));
    expect(onResolveConflict).toHaveBeenCalledOnce();
    rerender(<DraftStatus state="offline" />);
    expect(screen.getByRole('status')).toHaveTextContent('Offline: your changes are kept on this device');
  });

  it('where this device cannot keep the draft, never says it is kept here: it says to leave the tab open', () => {
    const { rerender } = render(<DraftStatus state="offline" notKept />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Offline, and this device cannot keep your changes: leave this tab open until you are back online',
    );
    expect(screen.getByRole('status').closest('[data-storage]')).toHaveAttribute('data-storage', 'unavailable');
    rerender(<DraftStatus state="failed" reason="network" notKept />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not saved: the server could not be reached. Trying again by itself. This device cannot keep your text: leave this tab open until it is saved.',
    );
    rerender(<DraftStatus state="failed" reason="refused" notKept />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not saved: the server refused it. This device cannot keep your text either: copy it before you close this tab.',
    );
    rerender(<DraftStatus state="expired" notKept />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Signed out: sign in again to save. This device cannot keep your text: leave this tab open until then.',
    );
    expect(screen.getByRole('status')).not.toHaveTextContent('kept on this device');
    rerender(<DraftStatus state="offline" />);
    expect(screen.getByRole('status').closest('[data-state]')).not.toHaveAttribute('data-storage');
  });

  it('speaks Romanian, relative time included', () => {
    const now = Date.parse('2026-11-30T09:00:00Z');
    render(
      <I18nProvider locale="ro" messages={ro}>
        <DraftStatus state="saved" savedAt={new Date(now - 2 * 60_000)} now={() => now} />
      </I18nProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Salvat acum 2 minute');
  });
});

describe('saveStatusOf', () => {
  const snapshot = (patch: Partial<ComposeSnapshot>) =>
    ({ state: 'saved', offline: false, lastSavedAt: 1000, checks: [], ...patch }) as ComposeSnapshot;

  it('carries the device that cannot keep the draft into every state it shows', () => {
    const journalError = 'The draft cannot be kept on this device: QuotaExceededError';
    expect(saveStatusOf(snapshot({ state: 'dirty', offline: true, journalError }))).toMatchObject({
      state: 'offline',
      notKept: true,
    });
    const saveError = { code: 'network', message: 'x', retryable: true } as ComposeSnapshot['saveError'];
    expect(saveStatusOf(snapshot({ state: 'save-failed', saveError, journalError }))).toMatchObject({
      state: 'failed',
      notKept: true,
    });
    expect(saveStatusOf(snapshot({ state: 'dirty', offline: true }))).not.toHaveProperty('notKept');
  });

  it('reads conflict, expiry and the failure reason from the session', () => {
    expect(saveStatusOf(snapshot({})).state).toBe('saved');
    expect(saveStatusOf(snapshot({ conflict: {} as ComposeSnapshot['conflict'] })).state).toBe('conflict');
    expect(
      saveStatusOf(
        snapshot({
          state: 'save-failed',
          saveError: { message: 'You were signed out. Sign in again; nothing you typed is lost.', retryable: false },
        }),
      ).state,
    ).toBe('expired');
    expect(
      saveStatusOf(
        snapshot({
          state: 'save-failed',
          saveError: { message: 'The server had a problem. The draft is kept here; trying again.', retryable: true },
        }),
      ),
    ).toEqual({ state: 'failed', reason: 'server', retrying: true, pending: false, savedAt: new Date(1000) });
    expect(saveStatusOf(snapshot({ state: 'dirty', offline: true })).state).toBe('offline');
  });

  it('reads a save after a failure as that failure, pending, and a first save as saving', () => {
    const saveError = { message: 'The server had a problem. The draft is kept here; trying again.', retryable: true };
    expect(saveStatusOf(snapshot({ state: 'saving', saveError }))).toEqual({
      state: 'failed',
      reason: 'server',
      retrying: true,
      pending: true,
      savedAt: new Date(1000),
    });
    expect(saveStatusOf(snapshot({ state: 'saving' }))).toEqual({ state: 'saving', savedAt: new Date(1000) });
    expect(saveStatusOf(snapshot({ state: 'saving', saveError, offline: true })).state).toBe('offline');
  });
});
