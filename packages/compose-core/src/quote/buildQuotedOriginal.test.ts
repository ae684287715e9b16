import { buildQuotedOriginal } from './buildQuotedOriginal';

const mail = {
  from: '"Ann Smith" <ann@a.example>',
  to: 'me@example.com, Bob <bob@b.example>',
  cc: '',
  subject: 'Plans <draft> & ideas',
  date: '1744407421', // 2025-04-11T21:37:01Z
};

describe('buildQuotedOriginal', () => {
  it('quotes a reply with an attribution in the given locale and zone', () => {
    expect(
      buildQuotedOriginal({ mail, html: '<p>Hi there</p>', mode: 'reply', locale: 'en-GB', timeZone: 'Europe/Berlin' }),
    ).toBe(
      '<blockquote type="cite" data-inkwell-quote="">' +
        '<p data-inkwell-attribution="">On 11 Apr 2025, 23:37, Ann Smith &lt;ann@a.example&gt; wrote:</p>' +
        '<p>Hi there</p></blockquote>',
    );
  });

  it('formats the date in the requested time zone', () => {
    const html = buildQuotedOriginal({
      mail,
      html: '<p>x</p>',
      mode: 'reply',
      locale: 'en-GB',
      timeZone: 'America/New_York',
    });
    expect(html).toContain('On 11 Apr 2025, 17:37, Ann Smith');
  });

  it('speaks German for a German locale', () => {
    const html = buildQuotedOriginal({
      mail,
      html: '<p>x</p>',
      mode: 'reply',
      locale: 'de-DE',
      timeZone: 'Europe/Berlin',
    });
    expect(html).toContain(
      '<p data-inkwell-attribution="">Am 11.04.2025, 23:37 schrieb Ann Smith &lt;ann@a.example&gt;:</p>',
    );
  });

  it('builds a forward header block with From, Date, Subject, To and Cc, escaped', () => {
    const html = buildQuotedOriginal({
      mail: { ...mail, cc: 'carl@c.example' },
      html: '<p>Body</p>',
      mode: 'forward',
      locale: 'en-GB',
      timeZone: 'UTC',
    });
    expect(html).toBe(
      '<blockquote type="cite" data-inkwell-quote=""><p data-inkwell-attribution="">' +
        '---------- Forwarded message ----------<br>' +
        'From: Ann Smith &lt;ann@a.example&gt;<br>' +
        'Date: 11 Apr 2025, 21:37<br>' +
        'Subject: Plans &lt;draft&gt; &amp; ideas<br>' +
        'To: me@example.com, Bob &lt;bob@b.example&gt;<br>' +
        'Cc: carl@c.example</p><p>Body</p></blockquote>',
    );
  });

  it('leaves out Cc when empty and the date when unknown', () => {
    const html = buildQuotedOriginal({ mail: { ...mail, date: '' }, html: '<p>x</p>', mode: 'forward', locale: 'en' });
    expect(html).not.toContain('Cc:');
    expect(html).not.toContain('Date:');
    expect(buildQuotedOriginal({ mail: { ...mail, date: '' }, html: '<p>x</p>', mode: 'reply' })).toContain(
      '<p data-inkwell-attribution="">Ann Smith &lt;ann@a.example&gt; wrote:</p>',
    );
  });

  it('sanitizes the original and keeps its remote images for recipients', () => {
    const html = buildQuotedOriginal({
      mail,
      html: '<html><head><style>p{}</style></head><body><p onclick="x()">Hi<img src="https://t.example/p.gif"></p><script>y()</script></body></html>',
      mode: 'reply',
      locale: 'en-GB',
      timeZone: 'UTC',
    });
    expect(html).toBe(
      '<blockquote type="cite" data-inkwell-quote=""><p data-inkwell-attribution="">On 11 Apr 2025, 21:37, Ann Smith &lt;ann@a.example&gt; wrote:</p>' +
        '<p>Hi<img src="https://t.example/p.gif"></p></blockquote>',
    );
  });

  it('parks remote images when asked to', () => {
    const html = buildQuotedOriginal({
      mail,
      html: '<img src="https://cdn.example/a.png">',
      mode: 'reply',
      allowRemoteImages: false,
    });
    expect(html).toContain('<img data-inkwell-remote-src="https://cdn.example/a.png">');
  });

  it('escapes a text original into paragraphs that keep line breaks and spacing', () => {
    const html = buildQuotedOriginal({
      mail,
      html: '',
      text: 'Hi <Ann> & co,\r\n\r\nline 1\nline  2\n    indented\n\n\n',
      mode: 'reply',
      locale: 'en-GB',
      timeZone: 'UTC',
    });
    expect(html).toBe(
      '<blockquote type="cite" data-inkwell-quote=""><p data-inkwell-attribution="">On 11 Apr 2025, 21:37, Ann Smith &lt;ann@a.example&gt; wrote:</p>' +
        '<p>Hi &lt;Ann&gt; &amp; co,</p><p>line 1<br>line&nbsp;&nbsp;2<br>&nbsp;&nbsp;&nbsp;&nbsp;indented</p></blockquote>',
    );
  });

  it('escapes a sender name that contains markup', () => {
    const html = buildQuotedOriginal({
      mail: { ...mail, from: '"<img src=x onerror=alert(1)>" <evil@e.example>' },
      html: '<p>x</p>',
      mode: 'reply',
    });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &lt;evil@e.example&gt; wrote:');
    expect(html).not.toContain('<img');
  });

  it('rejects an unknown time zone with a clear error', () => {
    expect(() => buildQuotedOriginal({ mail, html: '<p>x</p>', mode: 'reply', timeZone: 'Mars/Olympus' })).toThrow(
      'buildQuotedOriginal: invalid time zone "Mars/Olympus"',
    );
  });
});
