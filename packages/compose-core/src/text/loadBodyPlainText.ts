// The plain-text alternative of a saved body needs htmlToPlainText and its writer (about 2 KB gzip), loaded apart
// from the session: a new message needs them only once it is saved or sent. The session starts loading them at once;
// a save or a send waits for them, and one that finds the load failed (offline since the page loaded) fails like a
// request and is tried again the same way. The chunk holds nothing else, so it shares no code with the main entry.
import { createLazyModule } from '../lazy/createLazyModule';

type Convert = (html: string) => string;

const converter = createLazyModule<Convert>(
  () => import('./htmlToPlainText').then((module) => module.htmlToPlainText),
  // Whatever the runtime throws (Chromium a TypeError, others their own), a chunk that does not arrive is a network
  // failure to the session: the draft is kept and the save tried again, as for a request.
  (cause) =>
    Object.assign(new Error('The plain-text converter could not be loaded.', { cause }), { kind: 'network' as const }),
);

export function loadBodyPlainText(): Promise<Convert> {
  return converter.load();
}

/** Whether `htmlToPlainTextNow` can run: a caller awaits `loadBodyPlainText()` only when it cannot. */
export function bodyPlainTextLoaded(): boolean {
  return converter.loaded() !== undefined;
}

/** `htmlToPlainText(html)`, once loaded. */
export function htmlToPlainTextNow(html: string): string {
  const convert = converter.loaded();
  if (!convert) throw new Error('The plain-text converter is not loaded: await loadBodyPlainText() first.');
  return convert(html);
}
