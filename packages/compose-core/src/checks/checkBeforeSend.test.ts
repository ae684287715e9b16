import { emptyDraft, type DraftAttachment } from '../draft';
import { checkBeforeSend } from './checkBeforeSend';

const ann = { name: 'Ann', address: 'ann@example.com' };
const file = (overrides: Partial<DraftAttachment>): DraftAttachment => ({
  localId: 'l1',
  name: 'report.pdf',
  contentType: 'application/pdf',
  size: 1000,
  isInline: false,
  state: 'uploaded',
  queueId: 5,
  ...overrides,
});

describe('checkBeforeSend', () => {
  it('passes a complete draft', () => {
    expect(checkBeforeSend(emptyDraft({ to: [ann], subject: 'Hi', bodyHtml: '<p>Hello</p>' }))).toEqual([]);
  });

  it('reports a draft without recipients as an error', () => {
    expect(checkBeforeSend(emptyDraft({ subject: 'Hi' }))).toEqual([
      { code: 'no-recipients', severity: 'error', message: 'Add at least one recipient.', field: 'to' },
    ]);
  });

  it('accepts Bcc as the only recipient', () => {
    expect(checkBeforeSend(emptyDraft({ bcc: [ann], subject: 'Hi' }))).toEqual([]);
  });

  it('names the field and the value of each invalid address', () => {
    const draft = emptyDraft({
      to: [ann, { address: 'bob@' }],
      cc: [{ name: 'Carl', address: 'carl@localhost' }],
      replyTo: [{ address: 'x y@example.com' }],
      subject: 'Hi',
    });
    expect(checkBeforeSend(draft)).toEqual([
      {
        code: 'invalid-address',
        severity: 'error',
        message: '"bob@" in To is not a valid email address.',
        field: 'to',
        value: 'bob@',
      },
      {
        code: 'invalid-address',
        severity: 'error',
        message: '"carl@localhost" in Cc is not a valid email address.',
        field: 'cc',
        value: 'carl@localhost',
      },
      {
        code: 'invalid-address',
        severity: 'error',
        message: '"x y@example.com" in Reply-To is not a valid email address.',
        field: 'replyTo',
        value: 'x y@example.com',
      },
    ]);
  });

  it('accepts IDN addresses', () => {
    expect(checkBeforeSend(emptyDraft({ to: [{ address: 'jörg@bücher.de' }], subject: 'Hi' }))).toEqual([]);
  });

  it('warns about an empty or prefix-only subject', () => {
    const expected = [
      { code: 'empty-subject', severity: 'warning', message: 'The subject is empty.', field: 'subject' },
    ];
    expect(checkBeforeSend(emptyDraft({ to: [ann], subject: '  ' }))).toEqual(expected);
    expect(checkBeforeSend(emptyDraft({ to: [ann], subject: 'Re:' }))).toEqual(expected);
  });

  it('warns when the body promises an attachment and none is attached', () => {
    expect(
      checkBeforeSend(emptyDraft({ to: [ann], subject: 'Q3', bodyHtml: '<p>Please see <b>attached</b> numbers.</p>' })),
    ).toEqual([
      {
        code: 'missing-attachment',
        severity: 'warning',
        message: 'The message mentions an attachment ("attached") but nothing is attached.',
        field: 'body',
      },
    ]);
  });

  it('does not warn when a regular attachment is there', () => {
    const draft = emptyDraft({ to: [ann], subject: 'Q3', bodyHtml: '<p>see attached</p>', attachments: [file({})] });
    expect(checkBeforeSend(draft)).toEqual([]);
  });

  it('still warns when the only part is an inline image', () => {
    const draft = emptyDraft({
      to: [ann],
      subject: 'Q3',
      bodyHtml: '<p>im Anhang</p><img src="cid:a@x">',
      attachments: [file({ isInline: true, contentId: 'a@x', name: 'a.png' })],
    });
    expect(checkBeforeSend(draft).map((c) => c.code)).toEqual(['missing-attachment']);
  });

  it('ignores mentions in the quoted original, the signature and link targets', () => {
    const bodyHtml =
      '<p>Thanks, <a href="https://example.com/attachments">see this</a></p>' +
      '<blockquote type="cite" data-inkwell-quote=""><p>Please see attached</p></blockquote>' +
      '<div data-inkwell-signature=""><p>Attachments are scanned.</p></div>';
    expect(checkBeforeSend(emptyDraft({ to: [ann], subject: 'Re: x', bodyHtml }))).toEqual([]);
  });

  it('blocks sending while uploads run and names failed uploads', () => {
    const draft = emptyDraft({
      to: [ann],
      subject: 'Files',
      attachments: [
        file({ localId: 'a', state: 'uploading', progress: 0.5 }),
        file({ localId: 'b', state: 'queued' }),
        file({ localId: 'c', name: 'big.zip', state: 'failed', error: 'The file is larger than 25 MB' }),
      ],
    });
    expect(checkBeforeSend(draft)).toEqual([
      {
        code: 'uploads-pending',
        severity: 'error',
        message: '2 attachments are still uploading.',
        field: 'attachments',
      },
      {
        code: 'upload-failed',
        severity: 'error',
        message: '"big.zip" could not be uploaded: The file is larger than 25 MB. Retry or remove it.',
        field: 'attachments',
        value: 'c',
      },
    ]);
  });

  it('speaks German for a German locale', () => {
    const checks = checkBeforeSend(emptyDraft({ to: [{ address: 'x@' }], bodyHtml: '<p>Anbei der Bericht</p>' }), {
      locale: 'de-AT',
    });
    expect(checks.map((c) => c.message)).toEqual([
      '„x@“ in An ist keine gültige E-Mail-Adresse.',
      'Der Betreff ist leer.',
      'Die Nachricht erwähnt einen Anhang („Anbei“), aber es ist nichts angehängt.',
    ]);
  });
});
