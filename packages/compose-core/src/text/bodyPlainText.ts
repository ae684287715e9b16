// The plain-text alternative of a draft body, computed on every save. A long quoted original is converted once and
// remembered: converting (DOM-parsing) a 1 MB quote on each save would stall typing whenever an autosave runs.
// The converter loads on demand (loadBodyPlainText), before the first save.
import { rememberPerQuote, splitAtLongQuotes } from '../quote/longQuotedBlocks';
import { htmlToPlainTextNow as htmlToPlainText } from './loadBodyPlainText';

const TOKEN = 'inkwellquotedblocktoken';
const quoteText = rememberPerQuote(htmlToPlainText);

/** `htmlToPlainText(bodyHtml)`, with each long quoted block converted on its own (once) and put in its place. */
export function bodyPlainText(bodyHtml: string): string {
  const parts = splitAtLongQuotes(bodyHtml);
  if (parts.length === 1) return htmlToPlainText(bodyHtml);
  const quotes = parts.filter((p) => p.quoted);
  let index = 0;
  const skeleton = parts.map((p) => (p.quoted ? `<p>${TOKEN}${index++}</p>` : p.html)).join('');
  return htmlToPlainText(skeleton).replace(new RegExp(`${TOKEN}(\\d+)`, 'g'), (_match, i: string) => {
    const quote = quotes[Number(i)];
    return quote ? quoteText(quote.html) : '';
  });
}
