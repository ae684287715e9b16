import { describe, expect, it } from 'vitest';
import { GOOGLE_DOCS_PASTE } from '../__fixtures__/googleDocsPaste';
import { WORD_PASTE } from '../__fixtures__/wordPaste';
import { cleanOfficeHtml } from './cleanOfficeHtml';

describe('cleanOfficeHtml', () => {
  it('strips Word machinery and turns its list paragraphs into a list', () => {
    const html = cleanOfficeHtml(WORD_PASTE);
    expect(html).not.toMatch(/mso-|Mso|<o:p|<!--|\[if|<style|<meta|<xml/i);
    expect(html).toContain('<b>Quarterly</b> report is <i>ready</i>');
    expect(html).toContain('<ul><li>Revenue</li><li>Costs</li></ul>');
    expect(html).not.toContain('·');
  });

  it('unwraps the Google Docs guid wrapper and turns span styles into marks', () => {
    const html = cleanOfficeHtml(GOOGLE_DOCS_PASTE);
    expect(html).not.toContain('docs-internal-guid');
    expect(html).not.toContain('font-weight:normal');
    expect(html).toContain('<strong>Launch</strong> plan is <em><u>final</u></em>');
    expect(html).toContain('Design review');
    expect(html).not.toContain('<span');
    expect(html).not.toContain('dir="ltr"');
    expect(html).not.toMatch(/<\/p><br>/);
  });

  it('orders numbered Word lists', () => {
    const html = cleanOfficeHtml(
      `<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span>&nbsp; </span></span>First</p>` +
        `<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>2.<span>&nbsp; </span></span>Second</p><p>After</p>`,
    );
    expect(html).toBe('<ol><li>First</li><li>Second</li></ol><p>After</p>');
  });

  it('removes empty spans and keeps line breaks and images inside spans', () => {
    expect(cleanOfficeHtml('<p><span></span>a<span><br></span><span><img src="cid:x"></span></p>')).toBe(
      '<p>a<br><img src="cid:x"></p>',
    );
  });
});
