// Word, Outlook and Google Docs put their own machinery into the clipboard: conditional comments, `<o:p>`,
// `mso-*` styles, `Mso*` classes, list bullets as text, and Google's `docs-internal-guid` wrapper. This strips it
// and keeps what the author meant (bold/italic/underline/strike spans become marks, Word lists become lists).
import { parseInert } from '../sanitize/parseInert';
import { wordListsToHtmlLists } from './wordListsToHtmlLists';

const CONDITIONAL_COMMENT = /<!--\[if[\s\S]*?<!\[endif\]-->/gi;
const DOWNLEVEL_REVEALED = /<!\[(?:if[^\]]*|endif)\]>/gi;
const JUNK_ELEMENTS = 'style, meta, link, title, xml, script, template';

function cleanStyle(element: Element): void {
  const style = element.getAttribute('style');
  if (style === null) return;
  const kept = style
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => declaration && !/^mso-/i.test(declaration) && !/^tab-stops/i.test(declaration));
  if (kept.length > 0) element.setAttribute('style', kept.join('; '));
  else element.removeAttribute('style');
}

function styleValue(element: Element, property: string): string {
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'i').exec(element.getAttribute('style') ?? '');
  return match?.[1]?.trim().toLowerCase() ?? '';
}

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

// Google Docs marks bold, italic and so on with inline styles on spans, not with elements.
function spanStylesToMarks(span: Element): void {
  const doc = span.ownerDocument;
  const weight = styleValue(span, 'font-weight');
  const wraps: string[] = [];
  if (weight === 'bold' || Number(weight) >= 600) wraps.push('strong');
  if (styleValue(span, 'font-style') === 'italic') wraps.push('em');
  const decoration = styleValue(span, 'text-decoration') || styleValue(span, 'text-decoration-line');
  if (decoration.includes('underline')) wraps.push('u');
  if (decoration.includes('line-through')) wraps.push('s');
  let inner: Node[] = [...span.childNodes];
  // The first mark ends up outermost: <strong><em>…</em></strong>.
  for (const tag of wraps.reverse()) {
    const wrapper = doc.createElement(tag);
    wrapper.append(...inner);
    inner = [wrapper];
  }
  span.replaceChildren(...inner);
}

export function cleanOfficeHtml(html: string): string {
  const doc = parseInert(html.replace(CONDITIONAL_COMMENT, '').replace(DOWNLEVEL_REVEALED, ''));
  const body = doc.body;

  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.parentNode?.removeChild(comment));

  body.querySelectorAll(JUNK_ELEMENTS).forEach((element) => element.remove());
  for (const element of [...body.querySelectorAll('*')]) {
    // Office namespaces (`<o:p>`, `<v:shape>`, `<w:…>`) are not HTML.
    if (element.localName.includes(':')) {
      if (element.localName === 'o:p' && element.textContent?.trim()) unwrap(element);
      else element.remove();
    }
  }

  // Google Docs wraps the whole clipboard in <b style="font-weight:normal" id="docs-internal-guid-…">.
  body.querySelectorAll('b[id^="docs-internal-guid"]').forEach(unwrap);

  wordListsToHtmlLists(body);

  // Google Docs separates blocks with a bare <br> (an empty line in the editor) and marks every block
  // dir="ltr", which would defeat dir="auto" for right-to-left text typed later; "rtl" is kept.
  for (const br of body.querySelectorAll(':scope > br')) br.remove();
  for (const element of body.querySelectorAll('[dir="ltr"]')) element.removeAttribute('dir');

  for (const element of body.querySelectorAll('[style], [class], [lang]')) {
    cleanStyle(element);
    const className = element.getAttribute('class');
    if (className && /(^|\s)Mso/.test(className)) element.removeAttribute('class');
    element.removeAttribute('lang');
  }

  for (const span of [...body.querySelectorAll('span')].reverse()) {
    spanStylesToMarks(span);
    if (!span.textContent && !span.querySelector('img, br')) span.remove();
    else unwrap(span);
  }
  return body.innerHTML.trim();
}
