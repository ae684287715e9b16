import { defaultBenchOptions, parseBenchOptions } from './benchOptions';

describe('parseBenchOptions', () => {
  it('defaults to the full matrix, 400 keys, and writes bench/results.json', () => {
    expect(parseBenchOptions([])).toEqual({
      keys: 400,
      warmup: 20,
      rounds: 8,
      gapMs: 50,
      mounts: 5,
      runs: 3,
      editors: ['inkwell', 'starterkit'],
      sizes: ['empty', '200k', '1m'],
      out: 'bench/results.json',
      profile: false,
    });
    expect(defaultBenchOptions.out).toBe('bench/results.json');
  });

  it('reads every flag', () => {
    expect(
      parseBenchOptions([
        ...['--keys', '300', '--warmup', '0', '--rounds', '3', '--gap', '0', '--out', '/tmp/r.json'],
        ...['--mounts', '2', '--runs', '1'],
      ]),
    ).toEqual({
      keys: 300,
      warmup: 0,
      rounds: 3,
      gapMs: 0,
      mounts: 2,
      runs: 1,
      editors: ['inkwell', 'starterkit'],
      sizes: ['empty', '200k', '1m'],
      out: '/tmp/r.json',
      profile: false,
    });
  });

  it('a run limited to some cases writes nothing unless --out is given, and drops repeated cases', () => {
    const partial = parseBenchOptions(['--editor', 'inkwell', '--size', '1m', '--size', 'empty', '--size', '1m']);
    expect(partial.editors).toEqual(['inkwell']);
    expect(partial.sizes).toEqual(['1m', 'empty']);
    expect(partial.out).toBeNull();
    expect(parseBenchOptions(['--editor', 'starterkit', '--out', 'x.json']).out).toBe('x.json');
    expect(parseBenchOptions(['--no-out']).out).toBeNull();
    expect(parseBenchOptions(['--profile'])).toMatchObject({ profile: true, out: null });
    expect(parseBenchOptions(['--profile', '--out', 'p.json'])).toMatchObject({ profile: true, out: 'p.json' });
  });

  it.each([
    [['--keys', '199'], '--keys needs an integer ≥ 200, got "199"'],
    [['--keys'], '--keys needs an integer ≥ 200, got nothing'],
    [['--gap', '2.5'], '--gap needs an integer ≥ 0, got "2.5"'],
    [['--rounds', '0'], '--rounds needs an integer ≥ 1, got "0"'],
    [['--runs', '0'], '--runs needs an integer ≥ 1, got "0"'],
    [['--mounts', '0'], '--mounts needs an integer ≥ 1, got "0"'],
    [['--editor', 'prosemirror'], '--editor must be one of inkwell, starterkit, got "prosemirror"'],
    [['--size', '5m'], '--size must be one of empty, 200k, 1m, got "5m"'],
    [['--out', '--keys'], '--out needs a file path'],
    [['--fast'], 'Unknown option "--fast"'],
    [['--rounds', '500'], '--rounds (500) cannot exceed --keys (400)'],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseBenchOptions(argv)).toThrow(message);
  });
});
