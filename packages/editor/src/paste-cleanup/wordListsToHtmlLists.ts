// Word pastes lists as paragraphs with `mso-list` styles and the bullet or number as literal text inside a
// `mso-list:Ignore` span. Consecutive such paragraphs become one <ul> or <ol>.
const ORDERED_MARKER = /^\s*(?:\d+|[a-z]|[ivxlc]+)[.)]\s*$/i;

function isListParagraph(element: Element | null): element is HTMLElement {
  return !!element && element.localName === 'p' && /mso-list\s*:/i.test(element.getAttribute('style') ?? '');
}

export function wordListsToHtmlLists(body: HTMLElement): void {
  const doc = body.ownerDocument;
  for (const first of [...body.querySelectorAll('p')]) {
    if (!first.isConnected || !isListParagraph(first)) continue;
    if (isListParagraph(first.previousElementSibling)) continue;
    const items: HTMLElement[] = [];
    let cursor: Element | null = first;
    while (isListParagraph(cursor)) {
      items.push(cursor);
      cursor = cursor.nextElementSibling;
    }
    const marker = first.querySelector('span[style*="mso-list"]')?.textContent ?? '';
    const list = doc.createElement(ORDERED_MARKER.test(marker.replace(/\u00a0/g, ' ')) ? 'ol' : 'ul');
    first.before(list);
    for (const paragraph of items) {
      paragraph.querySelectorAll('span[style*="mso-list"]').forEach((ignore) => {
        if (/mso-list\s*:\s*ignore/i.test(ignore.getAttribute('style') ?? '')) ignore.remove();
      });
      const item = doc.createElement('li');
      item.append(...paragraph.childNodes);
      list.append(item);
      paragraph.remove();
    }
  }
}
