import { act, renderHook } from '@testing-library/react';
import { createEmulatorEnv, type EmulatorEnv } from '../test/emulator-env';
import { installFakeClock } from '../test/fake-clock';
import { until } from '../test/until';
import { useCompose } from './useCompose';
import { useDraftStatus } from './useDraftStatus';

installFakeClock();
let env: EmulatorEnv;
beforeEach(async () => {
  env = await createEmulatorEnv();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function renderStatus() {
  const view = renderHook(
    () => {
      const compose = useCompose({ intent: { kind: 'new' }, journal: null, broadcastChannel: null });
      return { compose, status: useDraftStatus(compose.session) };
    },
    { wrapper: env.wrapper },
  );
  return view;
}

describe('useDraftStatus', () => {
  test('idle, then saving, then saved at the time the server confirmed', async () => {
    const { result } = renderStatus();
    await until(() => result.current.compose.state === 'pristine', 'the session is ready');
    expect(result.current.status.state).toBe('idle');
    act(() => result.current.compose.setSubject('Status'));
    expect(result.current.status).toMatchObject({ state: 'idle' });
    act(() => void result.current.compose.save());
    expect(result.current.status.state).toBe('saving');
    await until(() => result.current.status.state === 'saved', 'the save');
    expect(result.current.status.savedAt).toEqual(new Date('2026-11-21T10:00:00Z'));
    // useCompose's own status says the same.
    const { retry: _composeRetry, ...fromCompose } = result.current.compose.status;
    const { retry: _retry, ...fromHook } = result.current.status;
    expect(fromCompose).toEqual(fromHook);
  });

  test('a failed save shows its reason, and retry saves', async () => {
    const { result } = renderStatus();
    await until(() => result.current.compose.state === 'pristine', 'the session is ready');
    env.emulator.controls.addFault({ method: 'POST', path: '/api/v1/mails', status: 500, times: 1 });
    act(() => result.current.compose.setSubject('Doomed'));
    act(() => void result.current.compose.save().catch(() => {}));
    await until(() => result.current.status.state === 'failed', 'the failed save');
    expect(result.current.status.reason).toEqual(expect.any(String));
    expect(result.current.status.reason).not.toBe('');
    const reason = result.current.status.reason;
    act(() => result.current.status.retry());
    // While it is on its way, the failure stays shown (no flip to "saving" and back), marked pending.
    expect(result.current.status).toMatchObject({ state: 'failed', reason, pending: true });
    await until(() => result.current.status.state === 'saved', 'the retried save');
    expect(result.current.status.reason).toBeUndefined();
    expect(result.current.status.pending).toBeUndefined();
  });

  test('changes made offline read as offline', async () => {
    const { result } = renderStatus();
    await until(() => result.current.compose.state === 'pristine', 'the session is ready');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    act(() => result.current.compose.setSubject('On the train'));
    expect(result.current.status.state).toBe('offline');
    expect(result.current.compose.draft.subject).toBe('On the train');
  });

  test('no session reads as idle, and retry does nothing', () => {
    const { result } = renderHook(() => useDraftStatus(undefined));
    expect(result.current.state).toBe('idle');
    expect(() => result.current.retry()).not.toThrow();
  });
});
