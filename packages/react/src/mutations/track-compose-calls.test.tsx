import { useMutationState } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import { useCompose } from '../hooks/useCompose';
import { composeMutationKeys } from '../keys/compose-mutation-keys';
import { mailKeys } from '../keys/mail-keys';
import { createEmulatorEnv, type EmulatorEnv } from '../test/emulator-env';
import { installFakeClock } from '../test/fake-clock';
import { until } from '../test/until';
import { trackComposeCalls } from './track-compose-calls';

installFakeClock();
let env: EmulatorEnv;
beforeEach(async () => {
  env = await createEmulatorEnv();
});

describe('trackComposeCalls', () => {
  test("a compose view's saves and sends show in useMutationState under the compose keys", async () => {
    env.queryClient.setQueryData(mailKeys.folders(), { syncToken: 'old', items: [] });
    const { result } = renderHook(
      () => ({
        compose: useCompose({ intent: { kind: 'new' }, journal: null, broadcastChannel: null }),
        saves: useMutationState({
          filters: { mutationKey: composeMutationKeys.createDraft() },
          select: (m) => m.state.status,
        }),
        sends: useMutationState({
          filters: { mutationKey: composeMutationKeys.send() },
          select: (m) => m.state.status,
        }),
      }),
      { wrapper: env.wrapper },
    );
    await until(() => result.current.compose.state === 'pristine', 'the session is ready');
    act(() =>
      result.current.compose.update({
        to: [{ name: 'Bob Builder', address: 'bob@inkwell.test' }],
        subject: 'Tracked',
        bodyHtml: '<p>Hi</p>',
      }),
    );
    await act(() => result.current.compose.save());
    await until(() => result.current.saves.join() === 'success', 'the save listed');
    expect(env.queryClient.getQueryState(mailKeys.folders())?.isInvalidated).toBe(true);

    await act(() => result.current.compose.send({ acknowledgeWarnings: true }));
    await until(() => result.current.sends.join() === 'success', 'the send listed');
    expect(result.current.compose.state).toBe('undoable');
  });

  test('everything else passes through to the client, bound', async () => {
    const tracked = trackComposeCalls(env.client, env.queryClient);
    expect(tracked.sessionId).toBe(env.client.sessionId);
    expect(tracked.sessionId).toEqual(expect.any(String));
    const { getAccountInfo } = tracked;
    await expect(getAccountInfo()).resolves.toMatchObject({ accountName: 'alice' });
    expect(tracked.attachmentUrl('m1', 2)).toBe(env.client.attachmentUrl('m1', 2));
  });

  test('a failed call rejects for the session and is an error mutation', async () => {
    const tracked = trackComposeCalls(env.client, env.queryClient);
    await expect(tracked.sendDraft('bm8tc3VjaC1kcmFmdA')).rejects.toThrow();
    const [mutation] = env.queryClient.getMutationCache().findAll({ mutationKey: composeMutationKeys.sendDraft() });
    expect(mutation?.state).toMatchObject({ status: 'error', variables: { mailId: 'bm8tc3VjaC1kcmFmdA' } });
  });
});
