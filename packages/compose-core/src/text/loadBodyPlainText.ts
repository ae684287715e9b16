// The plain-text alternative of a saved body needs htmlToPlainText and its writer (about 2 KB gzip), loaded apart
// from the session: a new message needs them only once it is saved or sent. The session starts loading them at once;
// a save or a send waits for them, and one that finds the load failed (offline since the page loaded) fails like a
// request (`kind: 'network'`) and is tried again the same way. The chunk holds nothing else, so it shares no code with
// the main entry.
import { createLazyModule } from '../lazy/createLazyModule';

const converter = createLazyModule(() => import('./htmlToPlainText').then((module) => module.htmlToPlainText), {
  what: 'The plain-text converter',
  loader: 'loadBodyPlainText',
});

export function loadBodyPlainText(): Promise<(html: string) => string> {
  return converter.load();
}

/** Whether `htmlToPlainTextNow` can run: a caller awaits `loadBodyPlainText()` only when it cannot. */
export function bodyPlainTextLoaded(): boolean {
  return converter.loaded() !== undefined;
}

/** `htmlToPlainText(html)`, once loaded. */
export function htmlToPlainTextNow(html: string): string {
  return converter.now()(html);
}
