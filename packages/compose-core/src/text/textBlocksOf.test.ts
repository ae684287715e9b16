import { textBlocksOf } from './textBlocksOf';

const body = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

describe('textBlocksOf', () => {
  it('runs inline elements on and breaks at blocks, cells and line breaks', () => {
    expect(
      textBlocksOf(
        body(
          '<p>See <a href="https://x.example/r">the <b>report</b></a>,\n  attached</p><div>Ann<br>Sales</div>' +
            '<table><tr><td>north</td><td>12</td></tr></table><p></p>',
        ),
      ),
    ).toEqual(['See the report, attached', 'Ann', 'Sales', 'north', '12']);
  });

  it('does not read styles, scripts or templates', () => {
    expect(
      textBlocksOf(body('<style>p { color: red }</style><p>Hi</p><script>x()</script><template>t</template>')),
    ).toEqual(['Hi']);
  });
});
