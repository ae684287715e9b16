import { escapeHtml } from './escapeHtml';

/**
 * A text body as HTML that reads like the original: blank lines split paragraphs, line breaks stay `<br>`, and runs
 * of spaces and tabs keep their width (non-breaking spaces), as `<pre>` would but without its monospace block.
 */
export function textToQuotedHtml(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, '');
  if (normalized.trim() === '') return '<p></p>';
  return normalized
    .split(/\n[ \t]*\n/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(keepSpacing).join('<br>')}</p>`)
    .join('');
}

function keepSpacing(line: string): string {
  const expanded = line.replace(/\t/g, '    ');
  // A single space between words stays breakable; leading spaces and longer runs become non-breaking.
  return escapeHtml(expanded).replace(/^ +| {2,}/g, (run) => '&nbsp;'.repeat(run.length));
}
