// The converter is loaded by the test setup for every other test; these load it the way an app does, in a fresh
// module graph.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('./htmlToPlainText');
  vi.resetModules();
});

async function freshLoader() {
  vi.resetModules();
  return import('./loadBodyPlainText');
}

describe('loadBodyPlainText', () => {
  it('converts only once loaded, and says so', async () => {
    const loader = await freshLoader();
    expect(loader.bodyPlainTextLoaded()).toBe(false);
    expect(() => loader.htmlToPlainTextNow('<p>x</p>')).toThrow(/not loaded/);
    await loader.loadBodyPlainText();
    expect(loader.bodyPlainTextLoaded()).toBe(true);
    expect(loader.htmlToPlainTextNow('<p>Hello <b>there</b></p>').trim()).toBe('Hello there');
  });

  it('tries again after a failed load (offline since the page loaded)', async () => {
    vi.doMock('./htmlToPlainText', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const loader = await freshLoader();
    await expect(loader.loadBodyPlainText()).rejects.toMatchObject({ kind: 'network' });
    expect(loader.bodyPlainTextLoaded()).toBe(false);
    vi.doUnmock('./htmlToPlainText');
    await loader.loadBodyPlainText();
    expect(loader.bodyPlainTextLoaded()).toBe(true);
  });

  it('a session loads it itself: its first save carries the plain-text part', async () => {
    vi.resetModules();
    const loader = await import('./loadBodyPlainText');
    const { createHarness } = await import('../session/testing/createHarness');
    expect(loader.bodyPlainTextLoaded()).toBe(false);
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    session.update({ subject: 'Lazy' });
    session.setBodyHtml('<p>First <b>line</b></p><p>Second line</p>');
    await session.save();
    expect(loader.bodyPlainTextLoaded()).toBe(true);
    const text = (await h.client.getBody(session.getSnapshot().serverId as string, 'text')).content;
    expect(text).toContain('First line');
    expect(text).toContain('Second line');
  });

  it('a save that finds the converter unloadable fails in words, keeps the draft, and the next save sends it', async () => {
    vi.doMock('./htmlToPlainText', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    vi.resetModules();
    const { createHarness } = await import('../session/testing/createHarness');
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    session.update({ subject: 'Offline since the page loaded' });
    session.setBodyHtml('<p>Kept <b>here</b></p>');
    await expect(session.save()).rejects.toThrow();
    const failed = session.getSnapshot();
    expect(failed.state).toBe('save-failed');
    expect(failed.saveError).toMatchObject({ retryable: true });
    expect(failed.saveError?.message).toMatch(/could not be reached.*kept here/);
    expect(failed.draft.bodyHtml).toBe('<p>Kept <b>here</b></p>');
    expect(h.count('POST', '/api/v1/mails')).toBe(0);

    vi.doUnmock('./htmlToPlainText');
    await session.save();
    expect(session.getSnapshot().state).toBe('saved');
    const text = (await h.client.getBody(session.getSnapshot().serverId as string, 'text')).content;
    expect(text).toContain('Kept here');
    session.dispose();
  });

  it('a send that finds the converter unloadable sends nothing and can be pressed again', async () => {
    vi.doMock('./htmlToPlainText', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    vi.resetModules();
    const { createHarness, BOB } = await import('../session/testing/createHarness');
    const h = await createHarness();
    const session = h.open({ intent: { kind: 'new' } });
    await session.ready;
    session.update({ to: [BOB], subject: 'Lunch?' });
    session.setBodyHtml('<p>Noon.</p>');
    const failed = await session.send();
    expect(failed).toMatchObject({ ok: false, error: { code: 'send-failed', retryable: true } });
    expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(0);

    vi.doUnmock('./htmlToPlainText');
    await expect(session.send()).resolves.toEqual({ ok: true, state: 'undoable' });
    expect(h.count('POST', '/api/v1/drafts/*/send')).toBe(1);
    session.dispose();
  });
});
