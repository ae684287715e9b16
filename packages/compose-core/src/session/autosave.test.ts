import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { htmlToPlainText } from '../text/htmlToPlainText';
import { advance, BOB, createHarness, FAKE_TIMERS, settle } from './testing/createHarness';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('creates nothing on mount, then one draft ~2 s after typing stops, never two writes in flight', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    await settle();
    expect(session.getSnapshot().state).toBe('pristine');
    await advance(5000);
    expect(h.count('POST', '/api/v1/mails')).toBe(0);

    // Type for 10 s, a keystroke every 100 ms.
    let text = '';
    for (let i = 0; i < 100; i += 1) {
      text += 'a';
      session.setBodyHtml(`<p>${text}</p>`);
      await advance(100);
    }
    expect(h.count('POST', '/api/v1/mails')).toBe(0);
    expect(session.getSnapshot().state).toBe('dirty');
    const typingEnd = Date.now();
    await advance(2500);

    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    expect(h.count('PUT', '/api/v1/drafts/*')).toBe(0);
    const snapshot = session.getSnapshot();
    expect(snapshot.state).toBe('saved');
    // Not before the 2 s debounce after the last keystroke (at typingEnd - 100) ran out.
    expect(snapshot.lastSavedAt).toBeGreaterThanOrEqual(typingEnd + 1900);
    const body = await h.client.getBody(snapshot.serverId as string, 'html');
    expect(body.content).toContain(text);
    expect(Math.max(...h.requests.map((r) => r.concurrent))).toBe(1);
    session.dispose();
  });

  it('keeps one save in flight and follows up once with the latest text when typing continues during a slow save', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    session.update({ to: [BOB], subject: 'Slow network' });
    await advance(2100);
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    // Every replace now takes 1.5 s.
    h.emulator.controls.addFault({ method: 'PUT', path: '/api/v1/drafts/*', latencyMs: 1500 });

    let text = '';
    for (let i = 0; i < 100; i += 1) {
      text += 'b';
      session.setBodyHtml(`<p>${text}</p>`);
      if (i % 20 === 10) session.notify('blur');
      await advance(100);
    }
    await advance(6000);

    const puts = h.count('PUT', '/api/v1/drafts/*');
    expect(puts).toBeGreaterThanOrEqual(2);
    expect(puts).toBeLessThanOrEqual(7);
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    expect(Math.max(...h.requests.map((r) => r.concurrent))).toBe(1);
    const snapshot = session.getSnapshot();
    expect(snapshot.state).toBe('saved');
    const body = await h.client.getBody(snapshot.serverId as string, 'html');
    expect(body.content).toContain(`<p>${text}</p>`);
    session.dispose();
  });

  it('adopts the id every replace returns (the old id is gone)', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    session.update({ subject: 'one' });
    await advance(2100);
    const firstId = session.getSnapshot().serverId as string;
    session.update({ subject: 'two' });
    await advance(2100);
    const secondId = session.getSnapshot().serverId as string;
    expect(secondId).not.toBe(firstId);
    await expect(h.client.getMail(firstId)).rejects.toMatchObject({ status: 404 });
    expect((await h.client.getMail(secondId)).subject).toBe('two');
    session.update({ subject: 'three' });
    await advance(2100);
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    expect(h.count('PUT', '/api/v1/drafts/*')).toBe(2);
    expect((await h.client.getMail(session.getSnapshot().serverId as string)).subject).toBe('three');
    session.dispose();
  });

  it('saves at once on blur, hidden and close', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    session.update({ subject: 'blur' });
    session.notify('blur');
    await settle();
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    session.update({ subject: 'hidden' });
    session.notify('hidden');
    await settle();
    session.update({ subject: 'close' });
    session.notify('close');
    await settle();
    expect(h.count('PUT', '/api/v1/drafts/*')).toBe(2);
    expect((await h.client.getMail(session.getSnapshot().serverId as string)).subject).toBe('close');
    session.dispose();
  });

  it('retries retryable errors with backoff and shows the failure meanwhile', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' }, random: () => 0 });
    await session.ready;
    session.update({ subject: 'first' });
    await advance(2100);
    h.emulator.controls.addFault({ method: 'PUT', path: '/api/v1/drafts/*', status: 503, times: 2 });
    session.update({ subject: 'second' });
    await vi.advanceTimersByTimeAsync(2000);
    await settle();
    let snapshot = session.getSnapshot();
    expect(snapshot.state).toBe('save-failed');
    expect(snapshot.saveError).toMatchObject({ retryable: true, nextRetryAt: Date.now() + 500 });
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    snapshot = session.getSnapshot();
    expect(snapshot.state).toBe('save-failed');
    expect(snapshot.saveError?.nextRetryAt).toBe(Date.now() + 1000);
    await advance(1000);
    snapshot = session.getSnapshot();
    expect(snapshot.state).toBe('saved');
    expect(snapshot.saveError).toBeUndefined();
    expect(h.count('PUT', '/api/v1/drafts/*')).toBe(3);
    expect((await h.client.getMail(snapshot.serverId as string)).subject).toBe('second');
    session.dispose();
  });

  it('does not retry a rejected save by itself, but the next change saves again', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    h.emulator.controls.addFault({ method: 'POST', path: '/api/v1/mails', status: 400, times: 1 });
    session.update({ subject: 'rejected' });
    await advance(2100);
    expect(session.getSnapshot()).toMatchObject({ state: 'save-failed', saveError: { retryable: false } });
    await advance(60_000, 1000);
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    session.update({ subject: 'accepted' });
    await advance(2100);
    expect(session.getSnapshot().state).toBe('saved');
    expect(h.count('POST', '/api/v1/mails')).toBe(2);
    session.dispose();
  });

  it('waits while offline and saves when the connection is back', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    session.update({ subject: 'offline text' });
    await advance(5000);
    expect(session.getSnapshot()).toMatchObject({ offline: true, state: 'dirty' });
    expect(h.count('POST', '/api/v1/mails')).toBe(0);
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(session.getSnapshot()).toMatchObject({ offline: false, state: 'saved' });
    expect(h.count('POST', '/api/v1/mails')).toBe(1);
    onLine.mockRestore();
    session.dispose();
  });

  it('recreates a draft that was deleted on the server instead of losing the text', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    session.update({ subject: 'kept' });
    await advance(2100);
    h.emulator.controls.addFault({ method: 'PUT', path: '/api/v1/drafts/*', status: 404, times: 1 });
    session.update({ subject: 'kept still' });
    await advance(2100);
    expect(session.getSnapshot().state).toBe('saved');
    expect(h.count('POST', '/api/v1/mails')).toBe(2);
    expect((await h.client.getMail(session.getSnapshot().serverId as string)).subject).toBe('kept still');
    session.dispose();
  });

  it('saves cid references only for uploaded parts, plus a plain-text alternative', async () => {
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    const png = new File([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])], 'dot.png', { type: 'image/png' });
    const image = session.attachments.add(png, { inline: true });
    session.setBodyHtml(
      `<p>Look:</p><p><img src="cid:${image.contentId}" alt="dot"><img src="cid:missing@inkwell.test" alt="gone"></p>`,
    );
    await advance(2100);
    const snapshot = session.getSnapshot();
    expect(snapshot.state).toBe('saved');
    const mail = await h.client.getMail(snapshot.serverId as string);
    expect(mail.attachments.map((a) => [a.name, a.contentId, a.isInline])).toEqual([
      ['dot.png', image.contentId, true],
    ]);
    const html = (await h.client.getBody(mail.id, 'html')).content;
    expect(html).toContain(`cid:${image.contentId}`);
    expect(html).not.toContain('cid:missing@inkwell.test');
    const text = (await h.client.getBody(mail.id, 'text')).content;
    expect(text.trim()).toBe(htmlToPlainText(`<p>Look:</p><p><img src="cid:${image.contentId}" alt="dot"></p>`).trim());
    // The local draft keeps what the user put in, the unresolved image too.
    expect(snapshot.draft.bodyHtml).toContain('cid:missing@inkwell.test');
    session.dispose();
  });
});
