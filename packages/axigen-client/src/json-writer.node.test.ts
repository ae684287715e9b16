import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJsonWriter } from './json-writer';
import { LONG_STRING } from './long-string';

/** A quote-like end that every save repeats, with what JSON must escape: quotes, backslashes, new lines, non-ASCII. */
const QUOTE = `<blockquote type="cite">${'<p>Line "quoted" \\ back\nslash – ünïcødé 😀</p>'.repeat(2000)}</blockquote>`;

const draft = (typed: string, end = QUOTE) => ({
  subject: 'Re: plans',
  to: ['ana@example.com'],
  bodyHtml: `<p>${typed}</p>${end}`,
  bodyText: `${typed}\n\n> ${end.slice(0, 40_000)}`,
});

/** The lengths of the strings `JSON.stringify` was asked to escape, while `run` ran. */
async function escapedLengths(run: () => unknown): Promise<number[]> {
  const stringify = vi.spyOn(JSON, 'stringify');
  await run();
  const lengths = stringify.mock.calls.flatMap(([value]) => (typeof value === 'string' ? [value.length] : []));
  stringify.mockRestore();
  return lengths;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createJsonWriter', () => {
  it('writes exactly what JSON.stringify writes, save after save', () => {
    const writer = createJsonWriter(LONG_STRING);
    for (const typed of ['', 'H', 'Hi', 'Hi Ana, see below.', 'Hi Ana, see "below" \\ 😀.']) {
      expect(writer.stringify(draft(typed))).toBe(JSON.stringify(draft(typed)));
    }
    // A change inside the kept end (the quote's first line edited): a shorter end is kept from then on.
    const edited = QUOTE.replace('Line', 'LINE');
    for (const typed of ['x', 'xy']) {
      expect(writer.stringify(draft(typed, edited))).toBe(JSON.stringify(draft(typed, edited)));
    }
    // The end changes (answered below the quote), then a new end altogether, then short strings only.
    expect(writer.stringify(draft('x', `${QUOTE}<p>below</p>`))).toBe(
      JSON.stringify(draft('x', `${QUOTE}<p>below</p>`)),
    );
    expect(writer.stringify(draft('x', QUOTE.slice(5)))).toBe(JSON.stringify(draft('x', QUOTE.slice(5))));
    expect(writer.stringify({ a: 'short', n: [1, null, true] })).toBe('{"a":"short","n":[1,null,true]}');
  });

  it('escapes a long end once, then only what changed before it', async () => {
    const writer = createJsonWriter(LONG_STRING);
    writer.stringify(draft('H'));
    writer.stringify(draft('Hi'));
    const lengths = await escapedLengths(() => writer.stringify(draft('Hi Ana')));
    expect(lengths.length).toBeGreaterThan(0);
    expect(Math.max(...lengths)).toBeLessThan(LONG_STRING);
  });

  it('never cuts between the halves of a surrogate pair', () => {
    const writer = createJsonWriter(LONG_STRING);
    const xs = 'x'.repeat(LONG_STRING + 10);
    // Two pairs with the same low half: the shared end starts inside the second string's pair.
    const first = { body: `a\ud83e\ude00${xs}` };
    const second = { body: `b\ud83d\ude00${xs}` };
    writer.stringify(first);
    const written = writer.stringify(second);
    expect(written).toBe(JSON.stringify(second));
    expect(JSON.parse(written)).toEqual(second);
  });

  it('keeps a value that looks like its own placeholder as it is', () => {
    const writer = createJsonWriter(LONG_STRING);
    const value = { a: '\u0000inkwell-json-0', b: 'x'.repeat(LONG_STRING) };
    expect(writer.stringify(value)).toBe(JSON.stringify(value));
  });
});

describe('a client saving a long reply', () => {
  it('sends the same JSON, and after the first saves escapes only what was typed', async () => {
    const { loggedInClient } = await import('./testing/logged-in-client');
    const { jsonResponse } = await import('./testing/fake-fetch');
    const { sampleMail } = await import('./testing/sample-mail');
    const { client, requests } = await loggedInClient('basic', () => jsonResponse(sampleMail()));
    const save = (typed: string) =>
      client.replaceDraft('D1', { subject: 'Re: plans', bodyHtml: `<p>${typed}</p>${QUOTE}` });
    await save('H');
    // The first long body loads the writer for the next ones.
    await vi.dynamicImportSettled();
    await save('Hi');
    await save('Hi ');
    const escaped = await escapedLengths(() => save('Hi Ana'));
    // What changed before the quote was escaped; the quote was not, again.
    expect(escaped.length).toBeGreaterThan(0);
    expect(Math.max(...escaped)).toBeLessThan(LONG_STRING);
    expect(requests.map((r) => (r.json as { bodyHtml: string }).bodyHtml)).toEqual(
      ['H', 'Hi', 'Hi ', 'Hi Ana'].map((typed) => `<p>${typed}</p>${QUOTE}`),
    );
    expect(requests[3]?.body).toBe(JSON.stringify({ subject: 'Re: plans', bodyHtml: `<p>Hi Ana</p>${QUOTE}` }));
  });
});
