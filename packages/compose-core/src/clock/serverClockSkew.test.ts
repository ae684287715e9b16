import { estimateClockSkew } from './serverClockSkew';

const at = (iso: string) => Date.parse(iso);

describe('estimateClockSkew', () => {
  it('compares the middle of the Date second with the middle of the round trip', () => {
    expect(
      estimateClockSkew({
        dateHeader: 'Sat, 21 Nov 2026 20:00:10 GMT',
        requestStart: at('2026-11-21T20:00:00.000Z'),
        responseEnd: at('2026-11-21T20:00:01.000Z'),
      }),
    ).toEqual({ skewMs: 10_000, large: false, uncertaintyMs: 1000 });
  });

  it('is negative when the server is behind', () => {
    const result = estimateClockSkew({
      dateHeader: 'Sat, 21 Nov 2026 19:59:00 GMT',
      requestStart: at('2026-11-21T20:00:00.200Z'),
      responseEnd: at('2026-11-21T20:00:00.600Z'),
    });
    expect(result.skewMs).toBe(-59_900);
    expect(result.large).toBe(false);
  });

  it('calls more than two minutes large, exactly two minutes not', () => {
    const base = { requestStart: at('2026-11-21T20:00:00.500Z'), responseEnd: at('2026-11-21T20:00:00.500Z') };
    expect(estimateClockSkew({ ...base, dateHeader: 'Sat, 21 Nov 2026 20:02:00 GMT' })).toEqual({
      skewMs: 120_000,
      large: false,
      uncertaintyMs: 500,
    });
    expect(estimateClockSkew({ ...base, dateHeader: 'Sat, 21 Nov 2026 20:02:01 GMT' }).large).toBe(true);
    expect(estimateClockSkew({ ...base, dateHeader: 'Sat, 21 Nov 2026 19:57:59 GMT' })).toMatchObject({
      skewMs: -121_000,
      large: true,
    });
  });

  it('reads the obsolete RFC 850 and asctime forms as GMT', () => {
    const base = { requestStart: at('1994-11-06T08:49:37.000Z'), responseEnd: at('1994-11-06T08:49:38.000Z') };
    expect(estimateClockSkew({ ...base, dateHeader: 'Sunday, 06-Nov-94 08:49:37 GMT' }).skewMs).toBe(0);
    expect(estimateClockSkew({ ...base, dateHeader: 'Sun Nov  6 08:49:37 1994' }).skewMs).toBe(0);
  });

  it('rejects a Date header that is not an HTTP date', () => {
    const base = { requestStart: 0, responseEnd: 10 };
    expect(() => estimateClockSkew({ ...base, dateHeader: 'yesterday' })).toThrow(
      'estimateClockSkew: the Date header "yesterday" is not an HTTP date',
    );
    expect(() => estimateClockSkew({ ...base, dateHeader: '2026' })).toThrow(RangeError);
  });

  it('rejects a response that ended before it started', () => {
    expect(() =>
      estimateClockSkew({ dateHeader: 'Sat, 21 Nov 2026 20:00:10 GMT', requestStart: 10, responseEnd: 5 }),
    ).toThrow('estimateClockSkew: need requestStart <= responseEnd (epoch ms), got 10 and 5');
  });
});
