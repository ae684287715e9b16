import type { TextDirection } from './types';

const RTL_LANGUAGES = new Set(['ar', 'arc', 'dv', 'fa', 'ha', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi']);

/** The writing direction of a BCP 47 locale (its language subtag decides). */
export function directionOf(locale: string): TextDirection {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
