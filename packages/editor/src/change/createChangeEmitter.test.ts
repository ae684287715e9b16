import { createChangeEmitter } from './createChangeEmitter';

describe('createChangeEmitter', () => {
  beforeEach(() =>
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }),
  );
  afterEach(() => vi.useRealTimers());

  it('reports once after the frame for many changes within it', async () => {
    const emit = vi.fn();
    const changes = createChangeEmitter(emit);
    changes.schedule();
    changes.schedule();
    changes.schedule();
    expect(emit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(50);
    expect(emit).toHaveBeenCalledTimes(1);
  });

  it('flush reports a pending change at once and only once', async () => {
    const emit = vi.fn();
    const changes = createChangeEmitter(emit);
    changes.schedule();
    changes.flush();
    expect(emit).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(50);
    expect(emit).toHaveBeenCalledTimes(1);
    changes.flush();
    expect(emit).toHaveBeenCalledTimes(1);
  });

  it('cancel drops a pending change', async () => {
    const emit = vi.fn();
    const changes = createChangeEmitter(emit);
    changes.schedule();
    changes.cancel();
    await vi.advanceTimersByTimeAsync(50);
    expect(emit).not.toHaveBeenCalled();
  });
});
