// Where a case spends its time: a V8 CPU profile (DevTools `Profiler.stop`) reduced to self time per function,
// divided by the keys typed while it recorded, so cases with different key counts compare directly.

/** The parts of a DevTools `Profiler.Profile` this reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileEntry {
  /** `name (file:line)`, or the V8 pseudo-frame: `(program)` is native work such as style, layout and paint;
   * `(garbage collector)`; `(idle)`; `(native)` for unnamed built-ins. */
  frame: string;
  msPerKey: number;
}

export function summarizeProfile(profile: CpuProfile, keys: number, top = 12): ProfileEntry[] {
  if (!Number.isInteger(keys) || keys < 1) throw new RangeError(`summarizeProfile: keys must be ≥ 1, got ${keys}`);
  const frames = new Map(
    profile.nodes.map((n) => {
      const { functionName, url, lineNumber } = n.callFrame;
      const file = url.split('/').pop();
      return [
        n.id,
        file ? `${functionName || '(anonymous)'} (${file}:${lineNumber + 1})` : functionName || '(native)',
      ] as const;
    }),
  );
  const selfUs = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the delta that follows it: the time until the profiler sampled again.
  samples.forEach((id, i) => {
    const frame = frames.get(id) ?? '(unknown)';
    selfUs.set(frame, (selfUs.get(frame) ?? 0) + (deltas[i + 1] ?? 0));
  });
  return [...selfUs]
    .filter(([frame]) => frame !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([frame, us]) => ({ frame, msPerKey: Math.round((us / 1000 / keys) * 1000) / 1000 }));
}
