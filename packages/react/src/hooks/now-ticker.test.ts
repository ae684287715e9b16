import { msUntilNextSecond, secondsLeft } from './now-ticker';

describe('secondsLeft', () => {
  test('rounds up, so the label never reads 0 while undo is possible', () => {
    expect(secondsLeft(10_000, 0)).toBe(10);
    expect(secondsLeft(10_000, 1)).toBe(10);
    expect(secondsLeft(10_000, 9_001)).toBe(1);
    expect(secondsLeft(10_000, 10_000)).toBe(0);
    expect(secondsLeft(10_000, 12_000)).toBe(0);
  });
});

describe('msUntilNextSecond', () => {
  test('is the time until the nearest label change among the deadlines', () => {
    expect(msUntilNextSecond([10_000], 0)).toBe(1000);
    expect(msUntilNextSecond([10_000], 250)).toBe(750);
    expect(msUntilNextSecond([10_000, 5_400], 0)).toBe(400);
  });

  test('is undefined when every deadline has passed', () => {
    expect(msUntilNextSecond([], 0)).toBeUndefined();
    expect(msUntilNextSecond([1_000, 2_000], 2_000)).toBeUndefined();
  });
});
