/** Strings shorter than this go into JSON as they are: nothing worth keeping (json-writer.ts). */
export const LONG_STRING = 16 * 1024;
