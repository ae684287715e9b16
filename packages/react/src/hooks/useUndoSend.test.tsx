import { act, renderHook } from '@testing-library/react';
import { OutboxError } from '@inkwell/compose-core';
import { createEmulatorEnv, type EmulatorEnv } from '../test/emulator-env';
import { installFakeClock } from '../test/fake-clock';
import { useUndoSend } from './useUndoSend';

installFakeClock();
let env: EmulatorEnv;
beforeEach(async () => {
  env = await createEmulatorEnv();
});

const bob = { name: 'Bob Builder', address: 'bob@inkwell.test' };
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/** A real send through the emulator, registered in the outbox the way a compose session does. */
async function sendAndRegister(subject: string, windowMs: number) {
  const result = await env.client.send({ to: [bob], subject, bodyHtml: '<p>Hi</p>' });
  if (!result.undoable) throw new Error('the emulator is X5: sends are undoable');
  return env.outbox.add({
    kind: 'undoable',
    processingId: result.processingId,
    ...(result.mailId === undefined ? {} : { mailId: result.mailId }),
    deadline: Date.now() + windowMs,
    subject,
    recipients: ['Bob Builder'],
  });
}

describe('useUndoSend', () => {
  test('counts down once per second, on the second boundaries of the deadline, then drops the item', async () => {
    const { result } = renderHook(() => useUndoSend(), { wrapper: env.wrapper });
    expect(result.current.items).toEqual([]);
    await act(() => sendAndRegister('Tea', 8_500));
    expect(result.current.items.map((i) => [i.subject, i.secondsLeft])).toEqual([['Tea', 9]]);
    await advance(499);
    expect(result.current.items[0]?.secondsLeft).toBe(9);
    await advance(1);
    expect(result.current.items[0]?.secondsLeft).toBe(8);
    await advance(1000);
    expect(result.current.items[0]?.secondsLeft).toBe(7);
    await advance(6_999);
    expect(result.current.items[0]?.secondsLeft).toBe(1);
    await advance(1);
    expect(result.current.items).toEqual([]);
  });

  test('undo pulls the message back and resolves with the draft it became', async () => {
    const { result } = renderHook(() => useUndoSend(), { wrapper: env.wrapper });
    const item = await act(() => sendAndRegister('Oops', 9_000));
    let undone: { mailId?: string } | undefined;
    await act(async () => {
      undone = await result.current.undo(item.id);
    });
    expect(undone?.mailId).toEqual(expect.any(String));
    const draft = await env.client.getMail(undone!.mailId!);
    expect([draft.subject, draft.isDraft]).toEqual(['Oops', true]);
    expect(result.current.items).toEqual([]);
    await act(() => env.emulator.controls.advanceClock(20_000));
    expect(env.emulator.controls.rawOutbox()).toEqual([]);
  });

  test('dismiss lets the message go and drops the toast', async () => {
    const { result } = renderHook(() => useUndoSend(), { wrapper: env.wrapper });
    const item = await act(() => sendAndRegister('Go', 9_000));
    act(() => result.current.dismiss(item.id));
    expect(result.current.items).toEqual([]);
    await act(() => env.emulator.controls.advanceClock(20_000));
    expect(env.emulator.controls.rawOutbox()).toHaveLength(1);
  });

  test('an undo the server refuses rejects with OutboxError undo-expired and drops the item', async () => {
    const { result } = renderHook(() => useUndoSend(), { wrapper: env.wrapper });
    const item = await act(() => sendAndRegister('Late', 9_000));
    // The server's window has closed (its clock ran on), while ours still shows the toast.
    await act(() => env.emulator.controls.advanceClock(15_000));
    let error: unknown;
    await act(async () => {
      await result.current.undo(item.id).catch((e: unknown) => (error = e));
    });
    expect(error).toBeInstanceOf(OutboxError);
    expect((error as OutboxError).code).toBe('undo-expired');
    expect(result.current.items).toEqual([]);
  });

  test('sees items added by any session of the outbox, after it mounted', async () => {
    await act(() => sendAndRegister('First', 9_000));
    const { result } = renderHook(() => useUndoSend(), { wrapper: env.wrapper });
    await act(() => sendAndRegister('Second', 5_000));
    expect(result.current.items.map((i) => [i.subject, i.secondsLeft])).toEqual([
      ['First', 9],
      ['Second', 5],
    ]);
  });
});
