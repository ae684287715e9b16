// The plain-text alternative of a draft body, computed on every save. A long quoted original is converted once and
// remembered: converting (DOM-parsing) a 1 MB quote on each save would stall typing whenever an autosave runs.
import { quotedBlocks } from '../checks/stripQuotedBlocks';
import { htmlToPlainText } from './htmlToPlainText';

/** Quoted blocks at least this long are converted apart and remembered. */
const REMEMBERED_CHARS = 16 * 1024;
const TOKEN = 'inkwellquotedblocktoken';
/** A few quotes (one per open draft, typically): each lookup compares strings, which for equal lengths is a copy-free
 * comparison of their characters. */
const remembered = new Map<string, string>();
const MAX_REMEMBERED = 4;

function quoteText(blockHtml: string): string {
  let text = remembered.get(blockHtml);
  if (text === undefined) {
    text = htmlToPlainText(blockHtml);
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
    remembered.set(blockHtml, text);
  }
  return text;
}

/** `htmlToPlainText(bodyHtml)`, with each long quoted block converted on its own (once) and put in its place. */
export function bodyPlainText(bodyHtml: string): string {
  const blocks = quotedBlocks(bodyHtml).filter((b) => b.end - b.start >= REMEMBERED_CHARS);
  if (blocks.length === 0) return htmlToPlainText(bodyHtml);
  let skeleton = '';
  let from = 0;
  blocks.forEach((block, i) => {
    skeleton += `${bodyHtml.slice(from, block.start)}<p>${TOKEN}${i}</p>`;
    from = block.end;
  });
  skeleton += bodyHtml.slice(from);
  return htmlToPlainText(skeleton).replace(new RegExp(`${TOKEN}(\\d+)`, 'g'), (_match, i: string) => {
    const block = blocks[Number(i)];
    return block ? quoteText(bodyHtml.slice(block.start, block.end)) : '';
  });
}
