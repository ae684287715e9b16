import { afterEach, describe, expect, it, vi } from 'vitest';
import { findIllFormedString, hasLoneSurrogate } from './find-ill-formed-string';

const proto = String.prototype as { isWellFormed?: (this: string) => boolean };
const original = proto.isWellFormed;
const cases: [string, boolean][] = [
  ['plain text', false],
  ['emoji \uD83D\uDE00 pair', false],
  ['lone high \uD800 here', true],
  ['lone low \uDC00 here', true],
  ['reversed \uDE00\uD83D', true],
];

describe('hasLoneSurrogate', () => {
  afterEach(() => {
    proto.isWellFormed = original;
  });

  it('finds lone surrogates with the expression where isWellFormed is missing (older browsers)', () => {
    delete proto.isWellFormed;
    for (const [text, lone] of cases) expect(hasLoneSurrogate(text), text).toBe(lone);
  });

  it("uses the runtime's isWellFormed where it exists", () => {
    const native = vi.fn(function (this: string) {
      return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(this);
    });
    proto.isWellFormed = native;
    for (const [text, lone] of cases) expect(hasLoneSurrogate(text), text).toBe(lone);
    expect(native).toHaveBeenCalledTimes(cases.length);
  });

  it('names the first field that holds one', () => {
    expect(findIllFormedString({ subject: 'ok', to: [{ name: 'x\uD800' }] }, '')).toBe('to[0].name');
  });
});
