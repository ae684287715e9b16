// Reading typed recipients needs the address parser (postal-mime and our rules, about 5 KB gzip): a chunk of its own,
// loaded as soon as a recipient field takes focus, long before the first address is typed out. A commit that comes
// before it (or while it cannot load) keeps the text in the field and commits it once it arrives.
import { createLazyModule } from '@inkwell/compose-core';
import type { parseRecipientInput, RecipientInputEntry } from '@inkwell/compose-core/recipients';

const parser = createLazyModule(
  () => import('@inkwell/compose-core/recipients').then((module) => module.parseRecipientInput),
  { what: 'The recipient parser', loader: 'loadRecipientParser' },
);

/** Loads the recipient parser (once; a failed load is tried again by the next call). */
export function loadRecipientParser(): Promise<typeof parseRecipientInput> {
  return parser.load();
}

/** Whether typed recipients can be read right now. */
export function recipientParserLoaded(): boolean {
  return parser.loaded() !== undefined;
}

/** `parseRecipientInput(text)`, once loaded. */
export function parseRecipientsNow(text: string): RecipientInputEntry[] {
  return parser.now()(text);
}
