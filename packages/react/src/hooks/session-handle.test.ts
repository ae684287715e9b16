import type { ComposeSession, ComposeSnapshot } from '@inkwell/compose-core';
import { createSessionHandle, placeholderSnapshot, type Resume } from './session-handle';

// A stand-in with just what the handle touches: the real session is exercised by useCompose's tests.
function fakeSession(serverId?: string) {
  const snapshot: ComposeSnapshot = { ...placeholderSnapshot(undefined, 'local-1'), state: 'saved', serverId };
  return {
    subscribe: () => () => {},
    getSnapshot: () => snapshot,
    dispose: vi.fn(),
  } as unknown as ComposeSession & { dispose: ReturnType<typeof vi.fn> };
}

const microtasks = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function setup(serverId?: string) {
  const sessions: ReturnType<typeof fakeSession>[] = [];
  const resumes: (Resume | undefined)[] = [];
  const handle = createSessionHandle(
    (resume) => {
      resumes.push(resume);
      const session = fakeSession(serverId);
      sessions.push(session);
      return session;
    },
    placeholderSnapshot({ subject: 'Hi' }, undefined),
  );
  let finishClose = () => {};
  const close = vi.fn(() => new Promise<void>((resolve) => (finishClose = resolve)));
  return { handle, sessions, resumes, close, finish: () => finishClose() };
}

describe('createSessionHandle', () => {
  test('creates nothing before the view mounts, and shows the placeholder', () => {
    const { handle, sessions } = setup();
    expect(sessions).toHaveLength(0);
    expect(handle.getState().session).toBeUndefined();
    expect(handle.getState().snapshot).toMatchObject({ state: 'loading', draft: { subject: 'Hi' } });
  });

  test('an unmount and remount in the same task (StrictMode) keeps the one session', async () => {
    const { handle, sessions, close } = setup();
    handle.acquire();
    handle.release(close);
    handle.acquire();
    await microtasks();
    expect(sessions).toHaveLength(1);
    expect(close).not.toHaveBeenCalled();
    expect(handle.ensure()).toBe(sessions[0]);
  });

  test('a final unmount closes, and disposes only once the close has settled', async () => {
    const { handle, sessions, close, finish } = setup();
    handle.acquire();
    handle.release(close);
    await microtasks();
    expect(close).toHaveBeenCalledWith(sessions[0]);
    expect(sessions[0]!.dispose).not.toHaveBeenCalled();
    expect(() => handle.ensure()).toThrow('This compose view has been closed; open a new one to keep writing.');
    finish();
    await microtasks();
    expect(sessions[0]!.dispose).toHaveBeenCalledTimes(1);
  });

  test('shown again while closing, the view gets the same session back and it is not disposed', async () => {
    const { handle, sessions, close, finish } = setup();
    handle.acquire();
    handle.release(close);
    await microtasks();
    handle.acquire();
    finish();
    await microtasks();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.dispose).not.toHaveBeenCalled();
    expect(handle.ensure()).toBe(sessions[0]);
  });

  test('shown again after disposal, a new session resumes the old local id and server draft', async () => {
    const { handle, sessions, resumes, close, finish } = setup('draft-9');
    handle.acquire();
    handle.release(close);
    await microtasks();
    finish();
    await microtasks();
    handle.acquire();
    expect(sessions).toHaveLength(2);
    expect(resumes).toEqual([undefined, { clientId: 'local-1', serverId: 'draft-9' }]);
    expect(handle.getState().session).toBe(sessions[1]);
  });
});
