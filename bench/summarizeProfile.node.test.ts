import { summarizeProfile, type CpuProfile } from './summarizeProfile';

const frame = (id: number, functionName: string, url = '', lineNumber = -1) => ({
  id,
  callFrame: { functionName, url, lineNumber },
});

const profile: CpuProfile = {
  nodes: [
    frame(1, '(root)'),
    frame(2, '(program)'),
    frame(3, '(idle)'),
    frame(4, 'serializeHtml', 'http://127.0.0.1:4000/assets/index-abc.js', 41),
    frame(5, '', 'http://127.0.0.1:4000/assets/index-abc.js', 9),
    frame(6, '(garbage collector)'),
    frame(7, ''),
  ],
  // Each sample's time is the next delta (µs).
  samples: [4, 4, 2, 3, 5, 6, 7, 4],
  timeDeltas: [0, 1000, 2000, 500, 9000, 300, 400, 100],
};

describe('summarizeProfile', () => {
  it('sums self time per frame, per key, slowest first, without idle', () => {
    expect(summarizeProfile(profile, 2)).toEqual([
      { frame: 'serializeHtml (index-abc.js:42)', msPerKey: 1.5 },
      { frame: '(program)', msPerKey: 0.25 },
      { frame: '(garbage collector)', msPerKey: 0.2 },
      { frame: '(anonymous) (index-abc.js:10)', msPerKey: 0.15 },
      { frame: '(native)', msPerKey: 0.05 },
    ]);
  });

  it('keeps only the top entries', () => {
    expect(summarizeProfile(profile, 1, 1)).toEqual([{ frame: 'serializeHtml (index-abc.js:42)', msPerKey: 3 }]);
  });

  it('rejects a key count below 1', () => {
    expect(() => summarizeProfile(profile, 0)).toThrow('summarizeProfile: keys must be ≥ 1, got 0');
  });
});
