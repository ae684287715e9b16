import { htmlToPlainText } from './htmlToPlainText';

describe('htmlToPlainText', () => {
  it('separates paragraphs by a blank line and keeps <br> as a line break', () => {
    expect(htmlToPlainText('<p>Hello Ann,</p><p>line one<br>line two</p><p>Bye</p>')).toBe(
      'Hello Ann,\n\nline one\nline two\n\nBye',
    );
  });

  it('collapses whitespace like a browser and decodes entities', () => {
    expect(htmlToPlainText('<p>  a \n\t b&nbsp;&amp;&lt;c&gt; <b>bold</b>  <i>it</i> </p>')).toBe('a b &<c> bold it');
  });

  it('turns divs into lines and keeps empty-line <br><br>', () => {
    expect(htmlToPlainText('<div>one</div><div>two<br><br>three</div>')).toBe('one\ntwo\n\nthree');
  });

  it('treats an editor empty paragraph as the blank line it shows, and Gmail-style <div><br></div> too', () => {
    expect(htmlToPlainText('<p>Hi</p><p><br></p><p>Bye</p>')).toBe('Hi\n\nBye');
    expect(htmlToPlainText('<div>Hi</div><div><br></div><div>Bye</div>')).toBe('Hi\n\nBye');
    expect(htmlToPlainText('<p><br></p><p>Text</p>')).toBe('Text');
  });

  it('writes bullet and numbered lists, nested lists indented', () => {
    const html =
      '<ul><li>apples</li><li>pears<ul><li>green</li><li>red</li></ul></li></ul><ol start="3"><li>third</li><li>fourth</li></ol>';
    expect(htmlToPlainText(html)).toBe('- apples\n- pears\n  - green\n  - red\n\n3. third\n4. fourth');
  });

  it('indents the continuation lines of a list item', () => {
    expect(htmlToPlainText('<ol><li><p>first para</p><p>second para</p></li></ol>')).toBe(
      '1. first para\n\n   second para',
    );
  });

  it('quotes blockquotes with "> ", nested with "> > "', () => {
    const html = '<p>Reply</p><blockquote><p>Quoted</p><p>more</p><blockquote>older</blockquote></blockquote>';
    expect(htmlToPlainText(html)).toBe('Reply\n\n> Quoted\n>\n> more\n>\n> > older');
  });

  it('leaves the blank line between two separate quotes unprefixed', () => {
    expect(htmlToPlainText('<blockquote>a</blockquote><blockquote>b</blockquote>')).toBe('> a\n\n> b');
  });

  it('shows link targets unless the text already is the target', () => {
    const html =
      '<p><a href="https://example.com/docs">the docs</a>, <a href="https://example.com/">https://example.com/</a>, ' +
      '<a href="https://www.example.org/">example.org</a>, <a href="mailto:ann@example.com?subject=x">Ann</a>, ' +
      '<a href="mailto:bob@example.com">bob@example.com</a>, <a href="#top">top</a></p>';
    expect(htmlToPlainText(html)).toBe(
      'the docs <https://example.com/docs>, https://example.com/, example.org, Ann <ann@example.com>, bob@example.com, top',
    );
  });

  it('writes images as [alt] and drops images without alt', () => {
    expect(htmlToPlainText('<p>Logo: <img src="cid:a@x" alt="ACME  logo"><img src="cid:pixel@x"> end</p>')).toBe(
      'Logo: [ACME logo] end',
    );
  });

  it('shows a linked image as [alt] <url>', () => {
    expect(htmlToPlainText('<a href="https://shop.example/"><img alt="Shop now"></a>')).toBe(
      '[Shop now] <https://shop.example/>',
    );
  });

  it('writes table rows as tab-separated lines', () => {
    const html =
      '<p>Prices:</p><table><tr><th>Item</th><th>Price</th></tr><tr><td>Tea</td><td>3 €</td></tr><tr><td></td><td></td></tr></table><p>after</p>';
    expect(htmlToPlainText(html)).toBe('Prices:\n\nItem\tPrice\nTea\t3 €\n\nafter');
  });

  it('stacks layout-table cells that hold blocks instead of tab-joining them', () => {
    const html = '<table><tr><td><p>Left one</p><p>Left two</p></td><td>Right</td></tr></table>';
    expect(htmlToPlainText(html)).toBe('Left one\n\nLeft two\n\nRight');
  });

  it('underlines h1 and h2 and sets other headings apart', () => {
    expect(htmlToPlainText('<h1>Title</h1><p>x</p><h2>Sub</h2><h3>Minor</h3><p>y</p>')).toBe(
      'Title\n=====\n\nx\n\nSub\n---\n\nMinor\n\ny',
    );
  });

  it('draws <hr> as a line', () => {
    expect(htmlToPlainText('<p>a</p><hr><p>b</p>')).toBe(`a\n\n${'-'.repeat(30)}\n\nb`);
  });

  it('keeps <pre> verbatim, also inside quotes', () => {
    expect(htmlToPlainText('<blockquote><pre>  x = 1\n\ty = 2</pre></blockquote>')).toBe('>   x = 1\n> \ty = 2');
  });

  it('skips hidden preheaders, styles and scripts', () => {
    const html =
      '<style>p{color:red}</style><div style="display:none">Preheader</div><span hidden>h</span><p>Visible</p><script>x()</script>';
    expect(htmlToPlainText(html)).toBe('Visible');
  });

  it('gives an empty string for empty input or only whitespace', () => {
    expect(htmlToPlainText('')).toBe('');
    expect(htmlToPlainText('<p> </p><br><p></p>')).toBe('');
  });
});
