import { unitUnknown } from '../../../core/rules/unitUnknown';
import { unitTooLong } from '../../../core/rules/unitTooLong';
import { BUILTIN_UNITS } from '../../../core/units/builtin';
import { UnitDirectory } from '../../../core/units/directory';
import { UNIT_CELL_MAX_CHARS, UNIT_PIECE_MAX_CHARS, UnitReader } from '../../../core/units/unitCell';
import { appendix, findingsOf, testRule } from '../../helpers/ruleTester';

const T = (n: string | number, lead: string | null, coop: string | null = null) => [n, 'Nhiệm vụ', lead, coop, 'Quý II/2026'];
/** Words that are no unit, with no separator a reader could split on. */
const words = (chars: number) =>
  'phát triển khoa học công nghệ địa phương '
    .repeat(Math.ceil(chars / 41))
    .slice(0, chars)
    .trim();

testRule(unitTooLong, {
  valid: [
    { name: 'ordinary names', grid: appendix([T(1, 'Sở Khoa học và Công nghệ', 'Sở Y tế, Sở Xây dựng')]) },
    {
      name: 'a long list cut by commas',
      grid: appendix([T(1, 'Sở Y tế', Array.from({ length: 30 }, () => 'Sở Khoa học và Công nghệ').join(', '))]),
    },
  ],
  invalid: [
    { name: 'pasted text in the lead cell', grid: appendix([T(1, words(400))]), findings: [{ cell: 'C4', severity: 'info', message: 'quá dài' }] },
    { name: 'a long stretch among names', grid: appendix([T(1, 'Sở Y tế', `Sở Xây dựng; ${words(UNIT_PIECE_MAX_CHARS + 1)}`)]), findings: [{ cell: 'D4' }] },
  ],
});

describe('a long unit cell', () => {
  const reader = new UnitReader(UnitDirectory.from(BUILTIN_UNITS));

  it('is not also reported as an unknown unit', () => {
    expect(findingsOf(unitUnknown, appendix([T(1, words(1000))]))).toEqual([]);
  });

  it('keeps the names around a long stretch', () => {
    const cell = reader.read(`Sở Y tế; ${words(1000)}; Sở Xây dựng`);
    expect(cell.pieces.map((p) => p.match?.entry.name ?? (p.tooLong ? 'too long' : '?'))).toEqual(['Sở Y tế', 'too long', 'Sở Xây dựng']);
  });

  it('reads Excel’s longest cell, with and without separators', () => {
    // No clock here: the property is that it finishes; the bench prints the time.
    for (const text of [words(32_767), `${'Sở Khoa học và Công nghệ Sở Y tế '.repeat(1000)}`.slice(0, 32_767)]) {
      const cell = reader.read(text);
      expect(cell.pieces.length).toBeGreaterThan(0);
    }
  });

  it('still splits names that follow each other with no separator', () => {
    const cell = reader.read('Sở Khoa học và Công nghệ Sở Xây dựng Sở Y tế');
    expect(cell.pieces.map((p) => p.match?.entry.name)).toEqual(['Sở Khoa học và Công nghệ', 'Sở Xây dựng', 'Sở Y tế']);
  });
});

describe('a cell longer than any list of names', () => {
  it('is one too-long piece, even when cut by commas', () => {
    const reader = new UnitReader(UnitDirectory.from(BUILTIN_UNITS));
    const cell = reader.read('xyz, '.repeat(UNIT_CELL_MAX_CHARS));
    expect(cell.pieces).toHaveLength(1);
    expect(cell.pieces[0].tooLong).toBe(true);
    expect(findingsOf(unitTooLong, appendix([T(1, 'Sở Y tế', 'xyz, '.repeat(UNIT_CELL_MAX_CHARS))])).map((f) => f.cell)).toEqual(['D4']);
  });
});
