// Reading typed recipients needs the address parser (postal-mime and our rules, about 5 KB gzip): a chunk of its own,
// loaded as soon as a recipient field takes focus, long before the first address is typed out. A commit that comes
// before it (or while it cannot load) keeps the text in the field and commits it once it arrives.
import { createLazyModule } from '@inkwell/compose-core';
import type { parseRecipientInput } from '@inkwell/compose-core/recipients';

type Parse = typeof parseRecipientInput;

const parser = createLazyModule<Parse>(
  () => import('@inkwell/compose-core/recipients').then((module) => module.parseRecipientInput),
  (cause) => new Error('The recipient parser could not be loaded.', { cause }),
);

/** Loads the recipient parser (once; a failed load is tried again by the next call). */
export function loadRecipientParser(): Promise<Parse> {
  return parser.load();
}

/** Whether typed recipients can be read right now. */
export function recipientParserLoaded(): boolean {
  return parser.loaded() !== undefined;
}

/** `parseRecipientInput(text)`, once loaded. */
export function parseRecipientsNow(text: string): ReturnType<Parse> {
  const parse = parser.loaded();
  if (!parse) throw new Error('The recipient parser is not loaded: await loadRecipientParser() first.');
  return parse(text);
}
