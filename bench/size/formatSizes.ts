// The size table `pnpm bench size` prints (Markdown, so it can be pasted into bench/README.md).
import { formatBytes } from './judgeSizes';
import type { SizeFigure } from './measureSizes';

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

export function formatSizes(figures: readonly SizeFigure[]): string {
  const rows = [
    '| figure | minified KB | gzip KB | brotli KB | lazy chunks (gzip KB) |',
    '| ------ | ----------: | ------: | --------: | --------------------- |',
  ];
  for (const f of figures) {
    const lazy = f.lazy.map((c) => `${c.file} ${kb(c.gzip)}`).join(', ') || '—';
    rows.push(`| ${f.label} | ${kb(f.initial.minified)} | ${kb(f.initial.gzip)} | ${kb(f.initial.brotli)} | ${lazy} |`);
  }
  const notes = figures.filter((f) => f.note).map((f) => `- ${f.id}: ${f.note}`);
  return [...rows, ...(notes.length ? ['', ...notes] : [])].join('\n');
}

/** The largest inputs of one figure's initial chunk: where its bytes come from. */
export function formatInputs(figure: SizeFigure, count: number): string {
  const lines = figure.initial.inputs
    .slice(0, count)
    .map((i) => `  ${formatBytes(i.bytes).padStart(9)}  ${i.path.replace(/^.*node_modules\//, 'node_modules/')}`);
  return [`${figure.id}: largest inputs of the initial chunk (minified bytes before compression)`, ...lines].join('\n');
}
