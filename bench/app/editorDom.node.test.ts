// @vitest-environment jsdom
import {
  countDeep,
  editableRoot,
  editorHasFocus,
  firstParagraph,
  inputReady,
  placeCaretInFirstParagraph,
  quotePainted,
} from './editorDom';

beforeEach(() => {
  document.body.innerHTML = `
    <div role="toolbar"><p>not the editor</p></div>
    <div contenteditable="true" tabindex="0"><p>hello <b>wor</b>ld</p><p>second</p><div id="quote"></div></div>`;
});

describe('editorDom', () => {
  it('finds the editable root and its first paragraph', () => {
    expect(editableRoot()?.getAttribute('contenteditable')).toBe('true');
    expect(firstParagraph()?.textContent).toBe('hello world');
  });

  it('places a collapsed caret at the end of the first paragraph and focuses the editor', () => {
    expect(placeCaretInFirstParagraph()).toBe(true);
    const range = document.getSelection()?.getRangeAt(0);
    expect(range?.collapsed).toBe(true);
    expect(range?.startContainer.textContent).toBe('ld');
    expect(range?.startOffset).toBe(2);
    expect(document.activeElement).toBe(editableRoot());
    expect(editorHasFocus()).toBe(document.hasFocus());
  });

  it('places the caret inside an empty paragraph', () => {
    document.body.innerHTML = '<div contenteditable="true"><p><br></p></div>';
    expect(placeCaretInFirstParagraph()).toBe(true);
    const range = document.getSelection()?.getRangeAt(0);
    expect(range?.startContainer).toBe(firstParagraph());
    expect(range?.startOffset).toBe(0);
  });

  it('reports false when there is nothing to type into', () => {
    document.body.innerHTML = '<div contenteditable="true"></div>';
    expect(placeCaretInFirstParagraph()).toBe(false);
    document.body.innerHTML = '';
    expect(placeCaretInFirstParagraph()).toBe(false);
    expect(editorHasFocus()).toBe(false);
  });

  it('counts elements inside open shadow roots, nested ones too', () => {
    const host = document.getElementById('quote') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<table></table><div id="inner"></div><table></table>';
    const inner = shadow.getElementById('inner') as HTMLElement;
    inner.attachShadow({ mode: 'open' }).innerHTML = '<table></table>';
    document.body.insertAdjacentHTML('beforeend', '<table></table>');
    expect(countDeep(document, 'table')).toBe(4);
  });

  describe('mount checks (jsdom has no layout: heights are stubbed)', () => {
    const height = (el: Element, h: number) =>
      vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({ height: h } as DOMRect);

    it('input is ready once the editable root is laid out', () => {
      const root = editableRoot() as HTMLElement;
      height(root, 0);
      expect(inputReady()).toBe(false);
      height(root, 40);
      expect(inputReady()).toBe(true);
    });

    it('our quote is painted once the first element of its shadow body is laid out, whatever the body class', () => {
      const host = document.createElement('div');
      host.className = 'inkwell-quote-host';
      document.body.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      expect(quotePainted()).toBe(false);
      shadow.innerHTML = '<style>p{}</style><div class="any-body"><p>On Monday Bob wrote:</p></div>';
      const first = shadow.querySelector('p') as Element;
      height(first, 0);
      expect(quotePainted()).toBe(false);
      height(first, 18);
      expect(quotePainted()).toBe(true);
    });

    it("the bare editor's quote is painted once its blockquote's first child is laid out", () => {
      const root = editableRoot() as HTMLElement;
      root.insertAdjacentHTML('beforeend', '<blockquote><p>quoted</p></blockquote>');
      height(root.querySelector('blockquote p') as Element, 18);
      expect(quotePainted()).toBe(true);
    });
  });
});
