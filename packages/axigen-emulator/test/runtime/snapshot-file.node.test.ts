// The state file: atomic replacement, leftovers of killed writes ignored, damage reported instead of overwritten.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmulatorState } from '../../src/index';
import { persistEmulator } from '../../src/node/persistence';
import { encodeSnapshot, readSnapshotFile, SNAPSHOT_FILE_NAME, writeSnapshotFile } from '../../src/node/snapshot-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'axigen-emu-snap-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// The file layer treats the state as opaque JSON; a small stand-in keeps these tests independent of the core.
const stateA = { version: 1, marker: 'A', mails: [{ raw: 'Subject: é\r\n\r\nhi' }] } as unknown as EmulatorState;
const stateB = { version: 1, marker: 'B', mails: [] } as unknown as EmulatorState;

describe('snapshot file', () => {
  it('reads back exactly what was written, and leaves no temp file behind', async () => {
    await writeSnapshotFile(dir, encodeSnapshot(stateA, new Date('2026-11-21T10:00:00Z')));
    expect(await readSnapshotFile(dir)).toEqual(stateA);
    expect(await readdir(dir)).toEqual([SNAPSHOT_FILE_NAME]);
    const envelope = JSON.parse(await readFile(join(dir, SNAPSHOT_FILE_NAME), 'utf8'));
    expect(envelope).toMatchObject({
      format: 'inkwell-axigen-emulator-state',
      version: 1,
      savedAt: '2026-11-21T10:00:00.000Z',
    });
  });

  it('replaces the previous state as a whole', async () => {
    await writeSnapshotFile(dir, encodeSnapshot(stateA, new Date()));
    await writeSnapshotFile(dir, encodeSnapshot(stateB, new Date()));
    expect(await readSnapshotFile(dir)).toEqual(stateB);
  });

  it('returns undefined for a directory without state, and for one that does not exist yet', async () => {
    expect(await readSnapshotFile(dir)).toBeUndefined();
    expect(await readSnapshotFile(join(dir, 'missing'))).toBeUndefined();
  });

  it('creates the data directory on first write', async () => {
    const nested = join(dir, 'a', 'b');
    await writeSnapshotFile(nested, encodeSnapshot(stateA, new Date()));
    expect(await readSnapshotFile(nested)).toEqual(stateA);
  });

  it('ignores and removes partial temp files left by a killed write', async () => {
    await writeSnapshotFile(dir, encodeSnapshot(stateA, new Date()));
    await writeFile(join(dir, `${SNAPSHOT_FILE_NAME}.4242.7.tmp`), '{"format":"inkwell-axigen-emulator-state","vers');
    await writeFile(join(dir, `${SNAPSHOT_FILE_NAME}.4242.8.tmp`), '');
    expect(await readSnapshotFile(dir)).toEqual(stateA);
    expect(await readdir(dir)).toEqual([SNAPSHOT_FILE_NAME]);
  });

  it('leaves the temp file of a write under way alone when it reads meanwhile', async () => {
    // A large state, so the write is still on its temp file when the read comes.
    const filler = 'x'.repeat(64 * 1024 * 1024);
    const big = { ...stateA, filler } as EmulatorState;
    const write = writeSnapshotFile(dir, encodeSnapshot(big, new Date()));
    await vi.waitFor(async () => expect((await readdir(dir)).some((name) => name.endsWith('.tmp'))).toBe(true), {
      timeout: 10_000,
      interval: 1,
    });
    await readSnapshotFile(dir).catch(() => undefined);
    await expect(write).resolves.toBeUndefined();
    expect(await readSnapshotFile(dir)).toMatchObject({ filler });
  });

  it('ignores a temp file even when no state file was ever completed', async () => {
    await writeFile(join(dir, `${SNAPSHOT_FILE_NAME}.1.1.tmp`), JSON.stringify({ half: true }));
    expect(await readSnapshotFile(dir)).toBeUndefined();
  });

  it('refuses a damaged state file with a message naming it, instead of starting empty', async () => {
    await writeFile(join(dir, SNAPSHOT_FILE_NAME), '{"format":"inkwell-axigen-emulator-state","state":{');
    await expect(readSnapshotFile(dir)).rejects.toThrow(
      `The emulator state file ${join(dir, SNAPSHOT_FILE_NAME)} is not valid JSON`,
    );
  });

  it('refuses a JSON file that is not an emulator state', async () => {
    await writeFile(join(dir, SNAPSHOT_FILE_NAME), '{"hello":"world"}');
    await expect(readSnapshotFile(dir)).rejects.toThrow('is not an Inkwell Axigen emulator state file');
  });

  it('refuses a state file of another format version', async () => {
    await writeFile(
      join(dir, SNAPSHOT_FILE_NAME),
      JSON.stringify({ format: 'inkwell-axigen-emulator-state', version: 99, savedAt: '', state: {} }),
    );
    await expect(readSnapshotFile(dir)).rejects.toThrow('has state format version 99; this emulator reads version 1');
  });
});

/** Just enough of an emulator for the persistence layer: a state, restore, and change notifications. */
function fakeEmulator(initial: Record<string, unknown>) {
  let state = { ...initial };
  const listeners = new Set<() => void>();
  return {
    get state() {
      return state;
    },
    change(patch: Record<string, unknown>) {
      state = { ...state, ...patch };
      listeners.forEach((listener) => listener());
    },
    snapshot: () => state as unknown as EmulatorState,
    restore: (next: EmulatorState) => {
      state = { ...(next as unknown as Record<string, unknown>) };
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

describe('persistEmulator', () => {
  it('writes the initial state of a fresh directory at once', async () => {
    const emulator = fakeEmulator({ version: 1, n: 0 });
    const persistence = await persistEmulator(emulator, dir);
    expect(await readSnapshotFile(dir)).toEqual({ version: 1, n: 0 });
    await persistence.close();
  });

  it('restores the saved state into the emulator on start', async () => {
    await writeSnapshotFile(dir, encodeSnapshot({ version: 1, n: 41 } as unknown as EmulatorState, new Date()));
    const emulator = fakeEmulator({ version: 1, n: 0 });
    const persistence = await persistEmulator(emulator, dir);
    expect(emulator.state).toEqual({ version: 1, n: 41 });
    await persistence.close();
  });

  it('has every change made before flush() on disk when flush resolves, even during a burst', async () => {
    const emulator = fakeEmulator({ version: 1, n: 0 });
    const persistence = await persistEmulator(emulator, dir);
    const flushes: Promise<void>[] = [];
    for (let n = 1; n <= 50; n++) {
      emulator.change({ n });
      flushes.push(persistence.flush());
    }
    await Promise.all(flushes);
    expect(await readSnapshotFile(dir)).toEqual({ version: 1, n: 50 });
    await persistence.close();
  });

  it('saves a change nobody flushes (a timer delivery) in the background', async () => {
    const emulator = fakeEmulator({ version: 1, n: 0 });
    const persistence = await persistEmulator(emulator, dir);
    emulator.change({ n: 7 });
    await vi.waitFor(async () => expect(await readSnapshotFile(dir)).toEqual({ version: 1, n: 7 }));
    await persistence.close();
  });

  it('saves on close a change made just before it', async () => {
    const emulator = fakeEmulator({ version: 1, n: 0 });
    const persistence = await persistEmulator(emulator, dir);
    emulator.change({ n: 8 });
    await persistence.close();
    expect(await readSnapshotFile(dir)).toEqual({ version: 1, n: 8 });
  });

  it('stops following the emulator after close', async () => {
    const emulator = fakeEmulator({ version: 1, n: 0 });
    const persistence = await persistEmulator(emulator, dir);
    await persistence.close();
    emulator.change({ n: 9 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(await readSnapshotFile(dir)).toEqual({ version: 1, n: 0 });
  });
});
