import { sanitizeMailHtml } from './sanitizeMailHtml';

describe('sanitizeMailHtml without a DOM', () => {
  it('throws a clear error instead of returning unsanitized HTML', () => {
    expect(() => sanitizeMailHtml('<p>x</p>')).toThrow(/needs a DOM: call it in a browser, or in a jsdom/);
  });
});
