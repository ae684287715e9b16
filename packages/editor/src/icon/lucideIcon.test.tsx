import { Send } from 'lucide';
import { renderToStaticMarkup } from 'react-dom/server';
import { lucideIcon } from './lucideIcon';

const SendIcon = lucideIcon('send', Send);

describe('lucideIcon', () => {
  it('draws the same <svg> as lucide-react did', () => {
    // lucide-react 1.81's markup for <Send size={16} aria-hidden="true" /> (its extra alias classes aside).
    expect(renderToStaticMarkup(<SendIcon size={16} aria-hidden="true" />)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24" fill="none" ' +
        'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" ' +
        'class="lucide lucide-send" aria-hidden="true">' +
        '<path d="M14.536 21.686a.5.5 0 0 0 .937-.024l6.5-19a.496.496 0 0 0-.635-.635l-19 6.5a.5.5 0 0 0-.024.937l7.93 3.18a2 2 0 0 1 1.112 1.11z"></path>' +
        '<path d="m21.854 2.147-10.94 10.939"></path></svg>',
    );
  });

  it('is hidden from assistive technology unless named, and takes a class and a stroke width', () => {
    const named = renderToStaticMarkup(<SendIcon aria-label="Send" className="big" strokeWidth={1.5} />);
    expect(named).not.toContain('aria-hidden');
    expect(named).toContain('aria-label="Send"');
    expect(named).toContain('class="lucide lucide-send big"');
    expect(named).toContain('stroke-width="1.5"');
    expect(named).toContain('width="24"');
    expect(renderToStaticMarkup(<SendIcon />)).toContain('aria-hidden="true"');
  });
});
