import { afterEach, describe, expect, it, vi } from 'vitest';
import { CookieJar } from './cookie-jar';

afterEach(() => {
  vi.useRealTimers();
});

describe('CookieJar', () => {
  it('keeps name=value pairs, replaces by name, and drops attributes', () => {
    const jar = new CookieJar();
    expect(jar.header()).toBeUndefined();
    jar.store(['a=1; Path=/; HttpOnly; Secure', 'b=x=y; SameSite=Lax']);
    jar.store(['a=2']);
    expect(jar.header()).toBe('a=2; b=x=y');
  });

  it('forgets cookies that are emptied, expired by Max-Age, or by a past Expires', () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const jar = new CookieJar();
    jar.store(['a=1', 'b=2', 'c=3', 'd=4']);
    jar.store([
      'a=; Path=/',
      'b=2; Max-Age=0',
      'c=3; Expires=Wed, 31 Dec 2025 23:59:59 GMT',
      'd=5; Expires=Fri, 01 Jan 2027 00:00:00 GMT',
    ]);
    expect(jar.header()).toBe('d=5');
  });

  it('ignores malformed lines and clears', () => {
    const jar = new CookieJar();
    jar.store(['garbage', '=novalue', 'ok=1']);
    expect(jar.header()).toBe('ok=1');
    jar.clear();
    expect(jar.header()).toBeUndefined();
  });
});
