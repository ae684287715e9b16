// Which editor and which quote a benchmark page mounts, read from its URL: `?editor=inkwell|starterkit&size=empty|200k|1m`.
import { quoteSizes } from '../fixtures/generateQuotedReply';

export const benchEditors = ['inkwell', 'starterkit'] as const;
export const benchSizes = ['empty', '200k', '1m'] as const;
export type BenchEditor = (typeof benchEditors)[number];
export type BenchSize = (typeof benchSizes)[number];

export interface BenchCase {
  editor: BenchEditor;
  size: BenchSize;
  /** UTF-8 bytes of the quote, or null for an empty body. */
  quoteBytes: number | null;
}

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

export function parseBenchCase(search: string): BenchCase {
  const params = new URLSearchParams(search);
  const editor = params.get('editor');
  const size = params.get('size');
  if (!isOneOf(benchEditors, editor)) {
    throw new Error(`Unknown editor ${JSON.stringify(editor)}: use ?editor=${benchEditors.join('|')}`);
  }
  if (!isOneOf(benchSizes, size)) {
    throw new Error(`Unknown size ${JSON.stringify(size)}: use &size=${benchSizes.join('|')}`);
  }
  return { editor, size, quoteBytes: size === 'empty' ? null : quoteSizes[size] };
}
