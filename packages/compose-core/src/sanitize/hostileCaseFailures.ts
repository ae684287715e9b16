import type { HostileCase } from './hostileCorpus';
import type { SanitizedMailHtml } from './sanitizeMailHtml';

/**
 * Checks one sanitizer result against its corpus case; returns what went wrong (empty when it passed).
 * Parses with the current document's DOMParser, so it runs in jsdom and in a real browser alike.
 */
export function hostileCaseFailures(testCase: HostileCase, result: SanitizedMailHtml): string[] {
  const failures: string[] = [];
  const body = new DOMParser().parseFromString(result.html, 'text/html').body;
  const lower = result.html.toLowerCase();
  for (const selector of testCase.absent ?? []) {
    if (body.querySelector(selector)) failures.push(`"${selector}" should be gone`);
  }
  for (const selector of testCase.present ?? []) {
    if (!body.querySelector(selector)) failures.push(`"${selector}" should be kept`);
  }
  for (const text of testCase.forbiddenText ?? []) {
    if (lower.includes(text.toLowerCase())) failures.push(`"${text}" should not appear`);
  }
  for (const text of testCase.keptText ?? []) {
    if (!(body.textContent ?? '').includes(text)) failures.push(`text "${text}" should survive`);
  }
  if (testCase.blockedRemoteImages !== undefined && result.blockedRemoteImages !== testCase.blockedRemoteImages) {
    failures.push(`blockedRemoteImages ${result.blockedRemoteImages}, expected ${testCase.blockedRemoteImages}`);
  }
  if (testCase.hasRemoteContent !== undefined && result.hasRemoteContent !== testCase.hasRemoteContent) {
    failures.push(`hasRemoteContent ${result.hasRemoteContent}, expected ${testCase.hasRemoteContent}`);
  }
  return failures;
}
