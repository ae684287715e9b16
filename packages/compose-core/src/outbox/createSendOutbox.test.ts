import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AxigenClient } from '@inkwell/axigen-client';
import { createSendOutbox } from './createSendOutbox';
import { OutboxError } from './types';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

function fakeClient(overrides: Partial<AxigenClient> = {}): AxigenClient {
  return {
    undoSend: vi.fn(async () => ({ mailId: 'draft-1' })),
    cancelScheduledSend: vi.fn(async (mailId: string) => ({ mailId: `draft-of-${mailId}` })),
    ...overrides,
  } as unknown as AxigenClient;
}

describe('send outbox', () => {
  it('undoes within the window and reports the draft id', async () => {
    const client = fakeClient();
    const outbox = createSendOutbox({ client });
    const events: string[] = [];
    outbox.onSettled((e) => events.push(e.type));
    const item = outbox.add({
      kind: 'undoable',
      processingId: 7,
      mailId: 'sent-1',
      deadline: Date.now() + 9000,
      subject: 's',
      recipients: [],
    });
    expect(item).toMatchObject({ id: 'undo:7', status: 'pending' });
    await vi.advanceTimersByTimeAsync(8000);
    await expect(outbox.undo('undo:7')).resolves.toEqual({ mailId: 'draft-1' });
    expect(client.undoSend).toHaveBeenCalledWith({ processingId: 7, mailId: 'sent-1' });
    expect(outbox.getSnapshot()).toEqual([]);
    expect(events).toEqual(['undone']);
  });

  it('expires at the deadline and refuses a late undo without calling the server', async () => {
    const client = fakeClient();
    const outbox = createSendOutbox({ client });
    outbox.add({ kind: 'undoable', processingId: 8, deadline: Date.now() + 9000, subject: 's', recipients: [] });
    await vi.advanceTimersByTimeAsync(9000);
    expect(outbox.getSnapshot()).toEqual([]);
    await expect(outbox.undo('undo:8')).rejects.toMatchObject({ code: 'not-found' });
    expect(client.undoSend).not.toHaveBeenCalled();
  });

  it('turns a server refusal into undo-expired', async () => {
    const outbox = createSendOutbox({
      client: fakeClient({ undoSend: vi.fn(async () => Promise.reject(new Error('400'))) }),
    });
    outbox.add({ kind: 'undoable', processingId: 9, deadline: Date.now() + 9000, subject: 's', recipients: [] });
    const error = await outbox.undo('undo:9').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboxError);
    expect(error).toMatchObject({ code: 'undo-expired' });
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it('retries an unreachable undo within the window, then reports undo-failed, not a plain refusal', async () => {
    const undoSend = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    const outbox = createSendOutbox({ client: fakeClient({ undoSend }) });
    outbox.add({ kind: 'undoable', processingId: 10, deadline: Date.now() + 9000, subject: 's', recipients: [] });
    const failed = expect(outbox.undo('undo:10')).rejects.toMatchObject({
      code: 'undo-failed',
      message: expect.stringMatching(/may have been sent/),
    });
    await vi.advanceTimersByTimeAsync(9000);
    await failed;
    expect(undoSend.mock.calls.length).toBeGreaterThan(2);
  });

  it('keeps a scheduled send far in the future (no setTimeout overflow) and cancels it', async () => {
    const client = fakeClient();
    const outbox = createSendOutbox({ client });
    const deliveryTime = Math.floor(Date.now() / 1000) + 300 * 24 * 3600;
    outbox.add({ kind: 'scheduled', mailId: 'sch-1', deliveryTime, subject: 's', recipients: [] });
    await vi.advanceTimersByTimeAsync(30 * 24 * 3600_000);
    expect(outbox.getSnapshot()).toHaveLength(1);
    await expect(outbox.cancelSchedule('scheduled:sch-1')).resolves.toEqual({ mailId: 'draft-of-sch-1' });
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it('drops a scheduled item once its time has come', async () => {
    const outbox = createSendOutbox({ client: fakeClient() });
    const deliveryTime = Math.floor(Date.now() / 1000) + 40 * 24 * 3600;
    outbox.add({ kind: 'scheduled', mailId: 'sch-2', deliveryTime, subject: 's', recipients: [] });
    await vi.advanceTimersByTimeAsync(40 * 24 * 3600_000 - 1000);
    expect(outbox.getSnapshot()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it('cancels a scheduled mail by its id: through its item when it holds one, else through the client', async () => {
    const client = fakeClient();
    const outbox = createSendOutbox({ client });
    const events: string[] = [];
    outbox.onSettled((e) => events.push(e.type === 'reconciled' ? e.type : `${e.type}:${e.item.id}`));
    outbox.add({ kind: 'scheduled', mailId: 'sch-4', subject: 's', recipients: [] });
    outbox.add({ kind: 'scheduled', mailId: 'sch-5', subject: 's', recipients: [] });
    await expect(outbox.cancelScheduledMail('sch-4')).resolves.toEqual({ mailId: 'draft-of-sch-4' });
    // Its item is gone and its listeners heard (the "Scheduled for…" notice closes); the other item stays.
    expect(events).toEqual(['cancelled:scheduled:sch-4']);
    expect(outbox.getSnapshot().map((i) => i.id)).toEqual(['scheduled:sch-5']);
    // Scheduled elsewhere: the client cancels it, nothing here changes.
    await expect(outbox.cancelScheduledMail('sch-9')).resolves.toEqual({ mailId: 'draft-of-sch-9' });
    expect(client.cancelScheduledSend).toHaveBeenLastCalledWith('sch-9');
    expect(events).toHaveLength(1);
    expect(outbox.getSnapshot()).toHaveLength(1);
  });

  it('keeps the item when a cancel fails', async () => {
    const outbox = createSendOutbox({
      client: fakeClient({ cancelScheduledSend: vi.fn(async () => Promise.reject(new Error('down'))) }),
    });
    outbox.add({ kind: 'scheduled', mailId: 'sch-3', subject: 's', recipients: [] });
    await expect(outbox.cancelSchedule('scheduled:sch-3')).rejects.toMatchObject({ code: 'cancel-failed' });
    expect(outbox.getSnapshot()).toMatchObject([{ id: 'scheduled:sch-3', status: 'pending' }]);
  });
});
