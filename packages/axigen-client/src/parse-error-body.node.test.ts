import { describe, expect, it } from 'vitest';
import { parseErrorBody } from './parse-error-body';

describe('parseErrorBody', () => {
  it.each([
    ['{"code":"E1","message":"m"}', { code: 'E1', message: 'm' }],
    ['{"error":{"code":7,"message":"nested"}}', { code: '7', message: 'nested' }],
    ['{"error":{"message":"nested only"},"code":"TOP"}', { code: 'TOP', message: 'nested only' }],
    ['{"errorCode":"E2","errorMessage":"legacy"}', { code: 'E2', message: 'legacy' }],
    ['{"error":"plain error"}', { message: 'plain error' }],
    ['{"message":"  padded  "}', { message: 'padded' }],
    ['"a JSON string"', { message: 'a JSON string' }],
    ['Bad Parameter', { message: 'Bad Parameter' }],
    ['', {}],
    ['   ', {}],
    ['null', {}],
    ['[1,2]', {}],
    ['{"code":"","message":""}', {}],
    ['{"unrelated":true}', {}],
    ['<!DOCTYPE html><p>502 Bad Gateway</p>', {}],
    ['<html><body>oops</body></html>', {}],
  ])('%s → %j', (text, expected) => {
    expect(parseErrorBody(text)).toStrictEqual(expected);
  });

  it('shortens a huge message', () => {
    const { message } = parseErrorBody(JSON.stringify({ message: 'x'.repeat(2000) }));
    expect(message).toBe(`${'x'.repeat(500)}…`);
  });
});
