// What Tiptap's Link (after DOMPurify) counts as whitespace: where a typed word ends, and what a href may not hide
// between the letters of its scheme ("java\tscript:").
const UNICODE_WHITESPACE = '[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]';

export const UNICODE_WHITESPACE_REGEX = new RegExp(UNICODE_WHITESPACE);
export const UNICODE_WHITESPACE_REGEX_END = new RegExp(`${UNICODE_WHITESPACE}$`);
export const UNICODE_WHITESPACE_REGEX_TRAILING = new RegExp(`${UNICODE_WHITESPACE}+$`);
export const UNICODE_WHITESPACE_REGEX_GLOBAL = new RegExp(UNICODE_WHITESPACE, 'g');
