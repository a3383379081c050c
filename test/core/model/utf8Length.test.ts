/** utf8Length counts as UTF-8 does (the quotas of both add-ins are in UTF-8 bytes). */
import fc from 'fast-check';
import { utf8Length } from '../../../core';

describe('utf8Length', () => {
  it('one, two, three and four bytes a character', () => {
    expect(utf8Length('')).toBe(0);
    expect(utf8Length('STT')).toBe(3);
    expect(utf8Length('ô')).toBe(2);
    expect(utf8Length('Kiểm tra')).toBe(Buffer.byteLength('Kiểm tra'));
    expect(utf8Length('“…”')).toBe(9);
    expect(utf8Length('😀')).toBe(4);
  });

  it('agrees with Node on any well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => utf8Length(s) === Buffer.byteLength(s, 'utf8')),
      { numRuns: 500 },
    );
  });
});
