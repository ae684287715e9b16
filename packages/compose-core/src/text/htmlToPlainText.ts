import { PlainTextWriter } from './PlainTextWriter';

const SKIPPED = new Set([
  'head',
  'style',
  'script',
  'template',
  'title',
  'noscript',
  'meta',
  'link',
  'object',
  'iframe',
]);
// Blocks set off by a blank line, and blocks that only start a new line.
const PARAGRAPHS = new Set(['p', 'address', 'figure', 'dl', 'center']);
const LINES = new Set([
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'figcaption',
  'dt',
  'details',
  'summary',
  'form',
  'fieldset',
  'caption',
]);
const HR = '-'.repeat(30);

/**
 * The plain-text alternative of an HTML body: paragraphs and line breaks, `- ` / `1. ` lists, `> ` quotes (nested
 * `> > `), links as `text <url>`, images as `[alt]`, table rows as tab-separated lines, underlined `h1`/`h2`, `<hr>`
 * as a line. Whitespace is collapsed as a browser would; entities come out decoded. Hidden elements are skipped.
 * Walks the DOM from DOMParser, so it needs a browser or jsdom.
 */
export function htmlToPlainText(html: string): string {
  if (typeof DOMParser === 'undefined')
    throw new Error('htmlToPlainText needs DOMParser: call it in a browser or jsdom');
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const writer = new PlainTextWriter();
  renderChildren(body, writer);
  return writer.toString();
}

function renderChildren(node: Node, out: PlainTextWriter): void {
  for (const child of Array.from(node.childNodes)) renderNode(child, out);
}

function renderNode(node: Node, out: PlainTextWriter): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.text(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const element = node as Element;
  const tag = element.localName;
  if (SKIPPED.has(tag) || isHidden(element)) return;

  if (PARAGRAPHS.has(tag)) return block(element, out, 2);
  if (LINES.has(tag) || tag === 'tr') return block(element, out, 1);
  switch (tag) {
    case 'br':
      return out.lineBreak();
    case 'hr':
      out.block(2);
      out.verbatimLine(HR);
      return out.block(2);
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return heading(element, out);
    case 'blockquote':
      out.block(2);
      out.withPrefix('> ', '> ', () => renderChildren(element, out));
      return out.block(2);
    case 'ul':
    case 'ol':
      return list(element, out);
    case 'li':
      // An <li> outside a list: a bullet anyway.
      return listItem(element, '- ', out);
    case 'dd':
      out.block(1);
      out.withPrefix('    ', '    ', () => renderChildren(element, out));
      return out.block(1);
    case 'pre':
      return preformatted(element, out);
    case 'table':
      return table(element, out);
    case 'img':
      return image(element, out);
    case 'a':
      return link(element, out);
    default:
      return renderChildren(element, out);
  }
}

function block(element: Element, out: PlainTextWriter, breaks: 1 | 2): void {
  out.block(breaks);
  renderChildren(element, out);
  out.block(breaks);
}

function heading(element: Element, out: PlainTextWriter): void {
  const text = collapsedText(element);
  if (text === '') return;
  out.block(2);
  out.verbatimLine(text);
  const underline = element.localName === 'h1' ? '=' : element.localName === 'h2' ? '-' : undefined;
  if (underline) out.verbatimLine(underline.repeat([...text].length));
  out.block(2);
}

function list(element: Element, out: PlainTextWriter): void {
  const nested = element.parentElement?.closest('li') !== null;
  out.block(nested ? 1 : 2);
  const ordered = element.localName === 'ol';
  const items = Array.from(element.children).filter((child) => child.localName === 'li');
  const start = Number.parseInt(element.getAttribute('start') ?? '', 10);
  const reversed = element.hasAttribute('reversed');
  let number = Number.isFinite(start) ? start : reversed ? items.length : 1;
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === Node.ELEMENT_NODE && (child as Element).localName === 'li') {
      const value = Number.parseInt((child as Element).getAttribute('value') ?? '', 10);
      if (Number.isFinite(value)) number = value;
      listItem(child as Element, ordered ? `${number}. ` : '- ', out);
      number += reversed ? -1 : 1;
    } else renderNode(child, out);
  }
  out.block(nested ? 1 : 2);
}

function listItem(element: Element, marker: string, out: PlainTextWriter): void {
  out.block(1);
  out.withPrefix(marker, ' '.repeat(marker.length), () => renderChildren(element, out));
  out.block(1);
}

function preformatted(element: Element, out: PlainTextWriter): void {
  out.block(2);
  // The HTML parser already drops one newline right after <pre>.
  const lines = (element.textContent ?? '').replace(/\n$/, '').split('\n');
  for (const line of lines) out.verbatimLine(line.replace(/\r$/, ''));
  out.block(2);
}

function table(element: Element, out: PlainTextWriter): void {
  out.block(2);
  const rows = Array.from(element.querySelectorAll('tr')).filter((row) => row.closest('table') === element);
  for (const row of rows) {
    if (isHidden(row)) continue;
    const cells = Array.from(row.children).filter((cell) => cell.localName === 'td' || cell.localName === 'th');
    const texts = cells.filter((cell) => !isHidden(cell)).map((cell) => htmlToPlainTextOf(cell));
    if (texts.every((text) => text === '')) continue;
    out.block(1);
    if (texts.some((text) => text.includes('\n'))) {
      // Layout tables (newsletters) hold whole blocks per cell: stack them instead of tab-joining.
      for (const text of texts.filter((t) => t !== '')) {
        out.block(2);
        for (const line of text.split('\n')) out.verbatimLine(line);
      }
      out.block(2);
    } else {
      out.verbatimLine(texts.join('\t').replace(/\t+$/, ''));
    }
  }
  out.block(2);
}

function htmlToPlainTextOf(element: Element): string {
  const writer = new PlainTextWriter();
  renderChildren(element, writer);
  return writer.toString();
}

function image(element: Element, out: PlainTextWriter): void {
  const alt = (element.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
  if (alt) out.text(`[${alt}]`);
}

function link(element: Element, out: PlainTextWriter): void {
  renderChildren(element, out);
  const href = (element.getAttribute('href') ?? '').trim();
  if (!href || href.startsWith('#') || /^(?:javascript|vbscript|data):/i.test(href)) return;
  const shown = /^mailto:/i.test(href) ? mailtoAddress(href) : href;
  const text =
    collapsedText(element) ||
    Array.from(element.querySelectorAll('img[alt]'), (img) => img.getAttribute('alt')).join(' ');
  if (text === '') return out.text(`<${shown}>`);
  if (sameTarget(text, shown)) return;
  out.text(` <${shown}>`);
}

function mailtoAddress(href: string): string {
  const address = href.replace(/^mailto:/i, '').replace(/\?.*$/s, '');
  try {
    return decodeURIComponent(address);
  } catch {
    return address;
  }
}

/** Whether the link text already shows where it goes ("example.com" for https://www.example.com/). */
function sameTarget(text: string, url: string): boolean {
  const normalize = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/^mailto:/, '')
      .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/$/, '');
  return normalize(text) === normalize(url);
}

function collapsedText(element: Element): string {
  return (element.textContent ?? '')
    .replace(/[ \t\n\r\f]+/g, ' ')
    .replace(/\u00a0/g, ' ')
    .trim();
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = (element.getAttribute('style') ?? '').toLowerCase();
  // Newsletters hide their preheader this way; it must not lead the text version.
  return /(?:^|;)\s*display\s*:\s*none/.test(style) || /(?:^|;)\s*visibility\s*:\s*hidden/.test(style);
}
