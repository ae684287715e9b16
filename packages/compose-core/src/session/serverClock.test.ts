import { describe, expect, it } from 'vitest';
import { createServerClock } from './serverClock';

const NOW = Date.parse('2026-12-02T10:00:00.000Z');
const SIX_HOURS = 6 * 3600_000;
const dated = (ms: number, headers: Record<string, string> = {}) =>
  new Response('{}', { headers: { date: new Date(ms).toUTCString(), ...headers } });

function clockAnswering(answer: () => Response) {
  const clock = createServerClock({ now: () => NOW });
  const fetch = clock.wrapFetch(async () => answer());
  return { clock, fetch };
}

describe('createServerClock', () => {
  it("reads the server's time from an answer's Date, and tells its listeners when it changes", async () => {
    const { clock, fetch } = clockAnswering(() => dated(NOW + SIX_HOURS));
    const heard: unknown[] = [];
    clock.subscribe(() => heard.push(clock.getSkew()));
    expect(clock.getSkew()).toBeUndefined();
    await fetch('http://mail.test/api/v1/mails', { method: 'POST' });
    expect(clock.getSkew()).toEqual({ skewMs: SIX_HOURS + 500, large: true });
    await fetch('http://mail.test/api/v1/mails', { method: 'POST' });
    expect(heard).toHaveLength(1);
  });

  it('passes an answer with a Date that is not an HTTP date on, and learns nothing from it', async () => {
    const { clock, fetch } = clockAnswering(() => new Response('{}', { headers: { date: 'yesterday' } }));
    const response = await fetch('http://mail.test/api/v1/folders');
    expect(response.status).toBe(200);
    expect(clock.getSkew()).toBeUndefined();
  });

  it('leaves out a GET a cache may have answered with its old Date, and takes one that came from the server', async () => {
    const old = NOW - 3 * 3600_000;
    const cacheable: Record<string, string>[] = [
      { 'last-modified': new Date(old).toUTCString() },
      { 'cache-control': 'max-age=3600' },
      { 'cache-control': 'public, immutable' },
      { expires: new Date(NOW + 3600_000).toUTCString() },
      { age: '10800' },
    ];
    for (const headers of cacheable) {
      const { clock, fetch } = clockAnswering(() => dated(old, headers));
      await fetch('http://mail.test/api/v1/folders');
      await fetch(new Request('http://mail.test/api/v1/folders'));
      expect(clock.getSkew(), JSON.stringify(headers)).toBeUndefined();
      // The same answer to a POST never comes from a cache.
      await fetch('http://mail.test/api/v1/mails', { method: 'POST' });
      expect(clock.getSkew()?.large).toBe(true);
    }
    const fresh: Record<string, string>[] = [
      {},
      { 'cache-control': 'no-cache' },
      { 'cache-control': 'no-store, max-age=600' },
    ];
    for (const headers of fresh) {
      const { clock, fetch } = clockAnswering(() => dated(NOW, headers));
      await fetch('http://mail.test/api/v1/folders');
      expect(clock.getSkew(), JSON.stringify(headers)).toEqual({ skewMs: 500, large: false });
    }
  });
});
