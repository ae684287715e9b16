import { act, renderHook } from '@testing-library/react';
import { createEmulatorEnv, type EmulatorEnv } from '../test/emulator-env';
import { until } from '../test/until';
import { useAttachmentQueue } from './useAttachmentQueue';
import { useCompose } from './useCompose';

let env: EmulatorEnv;
beforeEach(async () => {
  vi.stubGlobal('XMLHttpRequest', undefined);
  env = await createEmulatorEnv();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderQueue() {
  return renderHook(
    () => {
      const compose = useCompose({ intent: { kind: 'new' }, journal: null, broadcastChannel: null });
      return { compose, queue: useAttachmentQueue(compose.session?.attachments) };
    },
    { wrapper: env.wrapper },
  );
}

const file = (name: string, text: string, type = 'text/plain') => new File([text], name, { type });

describe('useAttachmentQueue', () => {
  test('an added file appears at once, uploads, and is listed by useCompose too', async () => {
    const { result } = renderQueue();
    await until(() => result.current.compose.state === 'pristine', 'the session is ready');
    let added: ReturnType<typeof result.current.queue.add> | undefined;
    act(() => {
      added = result.current.queue.add(file('notes.txt', 'Curiouser and curiouser'));
    });
    expect(result.current.queue.items.map((a) => [a.localId, a.name])).toEqual([[added!.localId, 'notes.txt']]);
    await until(() => result.current.queue.items[0]?.state === 'uploaded', 'the upload');
    const uploaded = result.current.queue.items[0]!;
    expect(uploaded.queueId).toEqual(expect.any(Number));
    expect(env.emulator.snapshot().tempAttachments.map((t) => [t.id, t.name, t.size])).toEqual([
      [uploaded.queueId, 'notes.txt', 23],
    ]);
    expect(result.current.compose.attachments.items).toBe(result.current.queue.items);
  });

  test('setInline turns an image inline and back, keeping its content id', async () => {
    const { result } = renderQueue();
    await until(() => result.current.compose.state === 'pristine', 'the session is ready');
    let localId = '';
    act(() => {
      localId = result.current.queue.add(file('cat.png', 'png', 'image/png')).localId;
    });
    act(() => result.current.queue.setInline(localId, true));
    const contentId = result.current.queue.items[0]?.contentId;
    expect([result.current.queue.items[0]?.isInline, typeof contentId]).toEqual([true, 'string']);
    act(() => result.current.queue.setInline(localId, false));
    expect(result.current.queue.items[0]).toMatchObject({ isInline: false, contentId });
  });

  test('a failed upload can be retried', async () => {
    const { result } = renderQueue();
    await until(() => result.current.compose.state === 'pristine', 'the session is ready');
    env.emulator.controls.addFault({ method: 'POST', path: '/api/v1/temporaryAttachments', status: 500, times: 1 });
    let localId = '';
    act(() => {
      localId = result.current.compose.attachments.add(file('plan.txt', 'plan')).localId;
    });
    await until(() => result.current.queue.items[0]?.state === 'failed', 'the failed upload');
    expect(result.current.queue.items[0]?.error).toEqual(expect.any(String));
    act(() => result.current.queue.retry(localId));
    await until(() => result.current.queue.items[0]?.state === 'uploaded', 'the retried upload');
  });

  test('remove drops the entry and deletes the uploaded part', async () => {
    const { result } = renderQueue();
    await until(() => result.current.compose.state === 'pristine', 'the session is ready');
    let localId = '';
    act(() => {
      localId = result.current.queue.add(file('old.txt', 'old')).localId;
    });
    await until(() => result.current.queue.items[0]?.state === 'uploaded', 'the upload');
    act(() => result.current.queue.remove(localId));
    expect(result.current.queue.items).toEqual([]);
    await until(() => env.emulator.snapshot().tempAttachments.length === 0, 'the delete on the server');
  });

  test('without a queue the list is empty and actions say why they cannot act', () => {
    const { result } = renderHook(() => useAttachmentQueue(undefined));
    expect(result.current.items).toEqual([]);
    expect(() => result.current.add(file('a.txt', 'a'))).toThrow(
      'useAttachmentQueue: there is no attachment queue yet (the compose session is not ready).',
    );
    expect(result.current.previewUrl('x')).toBeUndefined();
  });
});
