// Every save sends the whole body (the API replaces a draft), and a reply's body ends with a quote that can be a
// megabyte: escaping it into JSON again on each save took 8–13 ms of the main thread, in proportion to the quote, not
// to what the user typed. The writer keeps, per field, the end a long string shares with the one sent before it and
// that end's JSON text, so a later save escapes only what comes before that end.

interface Kept {
  /** The last string sent in this field, while no end is kept: once one is, a new end is looked for in it alone. */
  previous: string;
  /** The end it shared with the one before, and that end's JSON text (without its opening quote). */
  tail?: string;
  tailJson?: string;
}

export interface JsonWriter {
  /** `JSON.stringify(value)`, with long strings escaped only where they changed since the last call. */
  stringify(value: unknown): string;
}

/** How many characters `a` and `b` end with in common. */
function commonEndLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n += 1;
  return n;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** `longString`: strings shorter than this go in as they are (transport.ts passes `LONG_STRING`). */
export function createJsonWriter(longString: number): JsonWriter {
  const kept = new Map<string, Kept>();
  const random = globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
  // A string value no input can hold by chance: a control character and a random id.
  const mark = `\u0000inkwell-json-${random}-`;
  const markInJson = JSON.stringify(mark).slice(0, -1);

  const encode = (field: string, text: string): string => {
    const entry = kept.get(field);
    if (!entry) {
      kept.set(field, { previous: text });
      return JSON.stringify(text);
    }
    const { tail, tailJson } = entry;
    if (tail !== undefined && tailJson !== undefined && text.length >= tail.length && text.endsWith(tail)) {
      return JSON.stringify(text.slice(0, text.length - tail.length)).slice(0, -1) + tailJson;
    }
    // The second string, or one whose end changed (within the kept end, which is all of the last one's end there
    // is to share): keep the end it shares with the one before.
    let cut = text.length - commonEndLength(text, tail ?? entry.previous);
    // Never between the two halves of a surrogate pair: each half alone would be escaped differently.
    if (cut > 0 && cut < text.length && isLowSurrogate(text.charCodeAt(cut))) cut += 1;
    if (text.length - cut < longString) {
      kept.set(field, { previous: text });
      return JSON.stringify(text);
    }
    entry.previous = '';
    entry.tail = text.slice(cut);
    entry.tailJson = JSON.stringify(entry.tail).slice(1);
    return JSON.stringify(text.slice(0, cut)).slice(0, -1) + entry.tailJson;
  };

  return {
    stringify(value) {
      const long: string[] = [];
      const json = JSON.stringify(value, (key, item: unknown) => {
        if (typeof item !== 'string' || item.length < longString) return item;
        long.push(encode(key, item));
        return `${mark}${long.length - 1}`;
      });
      if (long.length === 0) return json;
      let out = '';
      let from = 0;
      for (let at = json.indexOf(markInJson, from); at !== -1; at = json.indexOf(markInJson, from)) {
        const end = json.indexOf('"', at + markInJson.length);
        out += json.slice(from, at) + (long[Number(json.slice(at + markInJson.length, end))] ?? '');
        from = end + 1;
      }
      return out + json.slice(from);
    },
  };
}
