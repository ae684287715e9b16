import { act, renderHook } from '@testing-library/react';
import { createEmulatorEnv, type EmulatorEnv } from '../test/emulator-env';
import { installFakeClock } from '../test/fake-clock';
import { until } from '../test/until';
import { useCompose } from './useCompose';
import { useScheduledSend } from './useScheduledSend';

installFakeClock();
let env: EmulatorEnv;
beforeEach(async () => {
  env = await createEmulatorEnv();
});

describe('useScheduledSend', () => {
  test('lists a scheduled send and cancels it back to Drafts', async () => {
    const { result } = renderHook(
      () => ({
        compose: useCompose({ intent: { kind: 'new' }, journal: null, broadcastChannel: null }),
        scheduled: useScheduledSend(),
      }),
      { wrapper: env.wrapper },
    );
    await until(() => result.current.compose.state === 'pristine', 'the session is ready');
    act(() =>
      result.current.compose.update({
        to: [{ name: 'Bob Builder', address: 'bob@inkwell.test' }],
        subject: 'Tomorrow',
        bodyHtml: '<p>See you</p>',
      }),
    );
    const deliveryTime = Math.floor(Date.now() / 1000) + 24 * 3600;
    let outcome: Awaited<ReturnType<typeof result.current.compose.schedule>> | undefined;
    await act(async () => {
      outcome = await result.current.compose.schedule(deliveryTime);
    });
    expect(outcome).toEqual({ ok: true, state: 'scheduled' });
    expect(result.current.scheduled.items).toMatchObject([
      { kind: 'scheduled', subject: 'Tomorrow', deliveryTime, status: 'pending', recipients: ['Bob Builder'] },
    ]);

    const item = result.current.scheduled.items[0]!;
    let back: { mailId: string } | undefined;
    await act(async () => {
      back = await result.current.scheduled.cancel(item.id);
    });
    expect(result.current.scheduled.items).toEqual([]);
    const draft = await env.client.getMail(back!.mailId);
    expect([draft.subject, draft.isDraft, draft.folderId]).toEqual(['Tomorrow', true, '80_115']);
  });
});
