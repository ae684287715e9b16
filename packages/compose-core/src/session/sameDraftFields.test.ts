import { emptyDraft } from '../draft';
import { sameDraftFields } from './sameDraftFields';

describe('sameDraftFields', () => {
  it('treats equal recipients in new arrays as no change', () => {
    const a = emptyDraft({ to: [{ name: 'Bob', address: 'bob@inkwell.test' }], bodyHtml: '<p>x</p>' });
    const b = emptyDraft({ to: [{ name: 'Bob', address: 'bob@inkwell.test' }], bodyHtml: '<p>x</p>' });
    expect(sameDraftFields(a, b)).toBe(true);
  });

  it('sees a changed body, recipient, subject or sender', () => {
    const base = emptyDraft({ to: [{ address: 'bob@inkwell.test' }], bodyHtml: '<p>x</p>' });
    expect(sameDraftFields(base, { ...base, bodyHtml: '<p>y</p>' })).toBe(false);
    expect(sameDraftFields(base, { ...base, to: [{ address: 'carol@inkwell.test' }] })).toBe(false);
    expect(sameDraftFields(base, { ...base, subject: 'Hi' })).toBe(false);
    expect(sameDraftFields(base, { ...base, from: { address: 'alice@inkwell.test' } })).toBe(false);
  });

  it('ignores attachments, which the queue owns', () => {
    const base = emptyDraft();
    const withFile = emptyDraft({
      attachments: [
        { localId: 'a', name: 'f.txt', contentType: 'text/plain', size: 1, isInline: false, state: 'queued' },
      ],
    });
    expect(sameDraftFields(base, withFile)).toBe(true);
  });
});
