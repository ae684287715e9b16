import { parseBenchCase } from './benchCase';

describe('parseBenchCase', () => {
  it('reads editor and size, with the quote size in bytes', () => {
    expect(parseBenchCase('?editor=inkwell&size=1m')).toEqual({ editor: 'inkwell', size: '1m', quoteBytes: 1048576 });
    expect(parseBenchCase('?size=200k&editor=starterkit')).toEqual({
      editor: 'starterkit',
      size: '200k',
      quoteBytes: 204800,
    });
    expect(parseBenchCase('?editor=starterkit&size=empty').quoteBytes).toBeNull();
  });

  it('rejects a missing or unknown editor or size with the accepted values', () => {
    expect(() => parseBenchCase('?size=1m')).toThrow('Unknown editor null: use ?editor=inkwell|starterkit');
    expect(() => parseBenchCase('?editor=quill&size=1m')).toThrow('Unknown editor "quill"');
    expect(() => parseBenchCase('?editor=inkwell&size=2m')).toThrow('Unknown size "2m": use &size=empty|200k|1m');
  });
});
