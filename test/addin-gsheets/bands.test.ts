/** Bands of rows for long sheets in parts: budgets kept, every row covered once, row fixes never cut. */
import { editBands, rowRanges, rowsPerCall } from '../../addin-gsheets/src/bands';
import { CELLS_PER_CALL } from '../../addin-gsheets/src/wire';

describe('bands of rows', () => {
  it('rows per call keep a range under the budget, with at least one row', () => {
    expect(rowsPerCall(6)).toBe(8333);
    expect(rowsPerCall(6) * 6).toBeLessThanOrEqual(CELLS_PER_CALL);
    expect((rowsPerCall(6) + 1) * 6).toBeGreaterThan(CELLS_PER_CALL);
    expect(rowsPerCall(100_000)).toBe(1);
    expect(rowsPerCall(0)).toBe(CELLS_PER_CALL);
  });

  it('ranges cover 1…total once, in order', () => {
    expect(rowRanges(25_000, 10_000)).toEqual([
      [1, 10_000],
      [10_001, 20_000],
      [20_001, 25_000],
    ]);
    expect(rowRanges(0, 10)).toEqual([]);
  });

  it('edit bands hold at most maxRows rows, keep every edit once, and never cut a row group', () => {
    const edits = [1, 2, 3, 9, 10, 11, 12, 20].map((row) => ({ row, column: 1 }));
    // Rows 10–12 are one row fix (a page-break cut joined back); rows 2–3 another.
    const groups = [
      [2, 3],
      [10, 11, 12],
    ];
    const bands = editBands(edits, groups, 3);
    expect(bands.map((b) => b.map((e) => e.row))).toEqual([[1, 2, 3], [9], [10, 11, 12], [20]]);
    for (const b of bands) expect(b[b.length - 1].row - b[0].row + 1).toBeLessThanOrEqual(3);
    expect(bands.flat()).toHaveLength(edits.length);
    // Without groups the same edits split at the budget only.
    expect(editBands(edits, [], 3).map((b) => b.map((e) => e.row))).toEqual([[1, 2, 3], [9, 10, 11], [12], [20]]);
  });
});
