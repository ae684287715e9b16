import type { SerializedComposer } from '../serialize/types';
import { createChangeFilter } from './createChangeFilter';

const message = (bodyHtml: string, extra: Partial<SerializedComposer> = {}): SerializedComposer => ({
  bodyHtml,
  bodyText: '',
  temporaryAttachments: [],
  pendingAttachments: [],
  unresolvedContentIds: [],
  isPlainText: false,
  ...extra,
});

describe('createChangeFilter', () => {
  it('passes nothing equal to the baseline and each change once', () => {
    const filter = createChangeFilter(message('<p>a</p>'));
    expect(filter.changed(message('<p>a</p>'))).toBe(false);
    expect(filter.changed(message('<p>ab</p>'))).toBe(true);
    expect(filter.changed(message('<p>ab</p>'))).toBe(false);
    expect(filter.changed(message('<p>a</p>'))).toBe(true);
  });

  it('passes a change of the parts with the same body (an upload finished, plain-text mode)', () => {
    const filter = createChangeFilter(message('<p>a</p>', { pendingAttachments: ['img-1'] }));
    const uploaded = message('<p>a</p>', { temporaryAttachments: [{ id: 7, contentId: 'c@x', isInline: true }] });
    expect(filter.changed(uploaded)).toBe(true);
    expect(filter.changed(message('<p>a</p>', { ...uploaded, isPlainText: true }))).toBe(true);
  });
});
