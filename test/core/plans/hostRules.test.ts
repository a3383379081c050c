/** Host decisions in core: the unit-names preset, side sheets, text kept as text. */
import { DIRECTORY_SHEET, SETTINGS_SHEET, STORAGE_KEYS, TEXT_FORMAT, fixRules, rules, sideSheetNames, wouldRetype, type Grid } from '../../../core';

describe('host rules', () => {
  it('the unit-names preset runs exactly the two unit-name rules; a full fix runs every rule', () => {
    expect(
      fixRules(true)
        .map((r) => r.meta.code)
        .sort(),
    ).toEqual(['unit.defunct', 'unit.noncanonical']);
    expect(fixRules(false)).toHaveLength(rules.length);
  });

  it('storage keys are the ones both add-ins have always used', () => {
    expect(STORAGE_KEYS).toEqual({ highlights: 'phuluc.highlights', fixes: 'phuluc.fixes', consolidation: 'phuluc.consolidation' });
  });

  it('side sheets: the settings sheet, and the directory the settings name (the default one otherwise)', () => {
    expect(sideSheetNames('Phụ lục')).toEqual({ settings: SETTINGS_SHEET, directory: DIRECTORY_SHEET });
    const settings: Grid = {
      name: SETTINGS_SHEET,
      rows: [
        ['Thiết lập', 'Giá trị'],
        ['Sheet danh mục đơn vị', 'Đơn vị 2026'],
      ],
      merges: [],
    };
    expect(sideSheetNames('Phụ lục', settings)).toEqual({ settings: SETTINGS_SHEET, directory: 'Đơn vị 2026' });
    // The active sheet is never read twice.
    expect(sideSheetNames(SETTINGS_SHEET)).toEqual({ settings: undefined, directory: DIRECTORY_SHEET });
    expect(sideSheetNames(DIRECTORY_SHEET)).toEqual({ settings: SETTINGS_SHEET, directory: undefined });
  });

  it('text a spreadsheet would turn into a number is written as text ("@")', () => {
    expect(TEXT_FORMAT).toBe('@');
    for (const t of ['1', '1.', '2.', '12', '1.2', '01/2026', '50%', 'TRUE', '-', '=A1', ' 3 ']) expect(wouldRetype(t)).toBe(true);
    for (const t of ['I', 'a)', 'Sở Khoa học và Công nghệ', 'Quý II/2026', 'STT', 'đ)']) expect(wouldRetype(t)).toBe(false);
  });
});
