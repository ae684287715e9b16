import { invalidInput } from './axigen-error';
import { toAsciiDomain } from './to-ascii-domain';

/**
 * A domain after UTS-46 mapping, in Unicode: `BU\u00ADCHER.de` (soft hyphen, capitals) → `bücher.de`. It is the
 * punycode form of `toAsciiDomain` decoded back, so it names exactly the host that validation checked.
 */
export function toUnicodeDomain(domain: string): string {
  const ascii = toAsciiDomain(domain);
  try {
    return ascii
      .split('.')
      .map((label) => (label.toLowerCase().startsWith('xn--') ? decodePunycode(label.slice(4)) : label))
      .join('.');
  } catch (cause) {
    throw invalidInput('toAsciiDomain', 'domain', `is not a domain name: ${JSON.stringify(domain)}`, cause);
  }
}

// RFC 3492 parameters.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return BASE;
}

/** RFC 3492 decoding of one label's punycode (without `xn--`). */
function decodePunycode(input: string): string {
  const output: number[] = [];
  const basic = Math.max(0, input.lastIndexOf('-'));
  for (let j = 0; j < basic; j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) throw new RangeError('non-basic code point before the delimiter');
    output.push(code);
  }
  let n = 0x80;
  let i = 0;
  let bias = 72;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldI = i;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) throw new RangeError('truncated punycode');
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) throw new RangeError('invalid punycode digit');
      i += digit * weight;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      weight *= BASE - t;
      if (!Number.isSafeInteger(i) || !Number.isSafeInteger(weight)) throw new RangeError('punycode overflow');
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff) throw new RangeError('punycode overflow');
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}
