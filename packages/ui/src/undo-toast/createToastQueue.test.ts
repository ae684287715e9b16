import { createToastQueue } from './createToastQueue';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createToastQueue', () => {
  it('closes a toast after its timeout, and pausing freezes the time left', () => {
    const queue = createToastQueue<string>();
    queue.add('Saved', { key: 'a', timeout: 5000 });
    vi.advanceTimersByTime(3000);
    queue.pauseAll();
    vi.advanceTimersByTime(60_000);
    expect(queue.getSnapshot().map((t) => t.key)).toEqual(['a']);
    queue.resumeAll();
    vi.advanceTimersByTime(1999);
    expect(queue.get('a')).toBeDefined();
    vi.advanceTimersByTime(1);
    expect(queue.get('a')).toBeUndefined();
  });

  it('starts a toast added while paused paused', () => {
    const queue = createToastQueue<string>();
    queue.pauseAll();
    queue.add('x', { key: 'x', timeout: 100 });
    vi.advanceTimersByTime(1000);
    expect(queue.get('x')).toBeDefined();
    queue.resumeAll();
    vi.advanceTimersByTime(100);
    expect(queue.get('x')).toBeUndefined();
  });

  it('updates in place, restarting or clearing the timeout, and notifies subscribers', () => {
    const queue = createToastQueue<string>();
    const listener = vi.fn();
    queue.subscribe(listener);
    queue.add('one', { key: 'a' });
    queue.add('two', { key: 'b', timeout: 100 });
    queue.update('b', 'two!');
    vi.advanceTimersByTime(1000);
    queue.update('a', 'one!', { timeout: 50 });
    expect(queue.getSnapshot().map((t) => t.content)).toEqual(['one!', 'two!']);
    vi.advanceTimersByTime(50);
    expect(queue.getSnapshot().map((t) => t.content)).toEqual(['two!']);
    expect(listener).toHaveBeenCalledTimes(5);
  });
});
