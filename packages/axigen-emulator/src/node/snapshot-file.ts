// The on-disk form of the emulator's state: one JSON file, replaced atomically (temp file, fsync, rename).
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmulatorState } from '../index';

export const SNAPSHOT_FILE_NAME = 'axigen-emulator-state.json';
const FORMAT = 'inkwell-axigen-emulator-state';
const FORMAT_VERSION = 1;

interface SnapshotEnvelope {
  format: typeof FORMAT;
  version: number;
  savedAt: string;
  state: EmulatorState;
}

let tempCounter = 0;
/** Temp files of this process's writes under way: a read meanwhile (a test, the persistence's own) leaves them be. */
const writing = new Set<string>();

/** Serializes now (so later changes cannot leak into this write), then writes durably. */
export function encodeSnapshot(state: EmulatorState, savedAt: Date): string {
  const envelope: SnapshotEnvelope = { format: FORMAT, version: FORMAT_VERSION, savedAt: savedAt.toISOString(), state };
  return JSON.stringify(envelope);
}

/**
 * Replaces `dir/axigen-emulator-state.json` with `data`. A crash at any point leaves either the old file or the new
 * one, never a mix: the data goes to a temp file in the same directory, is fsynced, then renamed over the target,
 * and the directory is fsynced so the rename itself survives a power cut.
 */
export async function writeSnapshotFile(dir: string, data: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const target = join(dir, SNAPSHOT_FILE_NAME);
  const temp = join(dir, `${SNAPSHOT_FILE_NAME}.${process.pid}.${++tempCounter}.tmp`);
  writing.add(temp);
  try {
    const file = await open(temp, 'w', 0o600);
    try {
      await file.writeFile(data, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    writing.delete(temp);
  }
  await syncDirectory(dir);
}

/**
 * Reads the saved state, or `undefined` when there is none yet. Leftover temp files (a write that was killed before
 * its rename) are never read and are removed. A damaged state file is an error, not an empty start: silently
 * starting over would throw away the user's drafts.
 */
export async function readSnapshotFile(dir: string): Promise<EmulatorState | undefined> {
  await removeStaleTempFiles(dir);
  const path = join(dir, SNAPSHOT_FILE_NAME);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `The emulator state file ${path} is not valid JSON (${(error as Error).message}). ` +
        'Move it away to start with a fresh state, or restore it from a backup.',
      { cause: error },
    );
  }
  if (!isEnvelope(parsed)) {
    throw new Error(`${path} is not an Inkwell Axigen emulator state file (format "${FORMAT}").`);
  }
  if (parsed.version !== FORMAT_VERSION) {
    throw new Error(
      `${path} has state format version ${parsed.version}; this emulator reads version ${FORMAT_VERSION}.`,
    );
  }
  return parsed.state;
}

function isEnvelope(value: unknown): value is SnapshotEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.format === FORMAT && typeof v.version === 'number' && typeof v.state === 'object' && v.state !== null;
}

async function removeStaleTempFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    throw error;
  }
  const stale = names.filter(
    (name) => name.startsWith(`${SNAPSHOT_FILE_NAME}.`) && name.endsWith('.tmp') && !writing.has(join(dir, name)),
  );
  await Promise.all(stale.map((name) => unlink(join(dir, name)).catch(() => undefined)));
}

async function syncDirectory(dir: string): Promise<void> {
  // Not every platform can fsync a directory (Windows cannot open one); the rename is still atomic there.
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}

function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
