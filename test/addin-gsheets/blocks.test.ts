/**
 * Which rectangles the Sheets adapter writes: every changed cell, and besides them only cells whose
 * value can be written back without loss; few rectangles where the sheet allows.
 */
import fc from 'fast-check';
import { Place, Rect, spillShadow, writeRects } from '../../addin-gsheets/src/server/blocks';

const key = (row: number, column: number) => `${row}:${column}`;
const inside = (r: Rect, row: number, column: number) => row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;

describe('writeRects', () => {
  it('writes the bounding block once when every cell in it can be written back', () => {
    const cells = [
      { row: 5, column: 1 },
      { row: 9, column: 4 },
      { row: 30, column: 1 },
    ];
    expect(writeRects(cells, () => true)).toEqual([{ top: 5, left: 1, bottom: 30, right: 4 }]);
  });

  it('writes nothing for no change', () => {
    expect(writeRects([], () => true)).toEqual([]);
  });

  it('goes around a cell that must not be written, and joins the rest', () => {
    // A status column changed on rows 2..11; row 6 holds a formula.
    const cells = Array.from({ length: 10 }, (_, i) => ({ row: i + 2, column: 8 })).filter((c) => c.row !== 6);
    const rects = writeRects(cells, (row, column) => !(row === 6 && column === 8));
    expect(rects).toEqual([
      { top: 2, left: 8, bottom: 5, right: 8 },
      { top: 7, left: 8, bottom: 11, right: 8 },
    ]);
  });

  it('joins runs across free cells: a column changed every other row is one rectangle when the gaps are plain', () => {
    const cells = Array.from({ length: 5000 }, (_, i) => ({ row: 2 + 2 * i, column: 3 }));
    // Column A holds a link on row 1: outside the block, so nothing stops the join.
    const rects = writeRects(cells, (row, column) => !(row === 1 && column === 1));
    expect(rects).toEqual([{ top: 2, left: 3, bottom: 10000, right: 3 }]);
  });

  it('keeps every promise on random sheets', () => {
    const place = fc.record({ row: fc.integer({ min: 1, max: 40 }), column: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(fc.array(place, { maxLength: 60 }), fc.array(place, { maxLength: 60 }), (changed, blocked) => {
        const changes = new Set(changed.map((c) => key(c.row, c.column)));
        const locked = new Set(blocked.map((c) => key(c.row, c.column)).filter((k) => !changes.has(k)));
        const asked = new Map<string, number>();
        const rects = writeRects(changed, (row, column) => {
          const k = key(row, column);
          asked.set(k, (asked.get(k) ?? 0) + 1);
          expect(changes.has(k)).toBe(false); // a changed cell is written whatever
          return !locked.has(k);
        });
        // Every change is written; no locked cell is; free is asked once per cell at most.
        for (const c of changed) expect(rects.some((r) => inside(r, c.row, c.column))).toBe(true);
        for (const k of locked) {
          const [row, column] = k.split(':').map(Number);
          expect(rects.some((r) => inside(r, row, column))).toBe(false);
        }
        for (const n of asked.values()) expect(n).toBe(1);
        // Never more writes than changed cells.
        expect(rects.length).toBeLessThanOrEqual(changes.size);
        if (locked.size === 0 && changes.size > 0) expect(rects).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it('on a 50,000-row column with a formula every third row, writes each run between formulas once', () => {
    const cells: Place[] = [];
    for (let row = 2; row <= 50_001; row++) if (row % 3 !== 0) cells.push({ row, column: 5 });
    const rects = writeRects(cells, (row) => row % 3 !== 0);
    // Runs of two rows between formulas: one rectangle each, nothing joined across a formula.
    expect(rects.length).toBe(Math.ceil(50_000 / 3));
    const acrossFormula = rects.filter((r) => r.top % 3 === 0 || Math.floor(r.bottom / 3) !== Math.floor(r.top / 3));
    expect(acrossFormula).toEqual([]);
  });
});

describe('spillShadow', () => {
  it('shadows every cell right of and below an array formula, and no other', () => {
    const formulas = [
      ['', '', '', ''],
      ['', '', '=ARRAYFORMULA(A2:A*2)', ''],
      ['', '=B1+1', '', ''],
      ['', '', '', ''],
    ];
    const shadow = spillShadow(formulas);
    expect(shadow(2, 3)).toBe(true);
    expect(shadow(4, 3)).toBe(true);
    expect(shadow(4, 4)).toBe(true);
    expect(shadow(100, 3)).toBe(true); // below the formulas read: still below the anchor
    expect(shadow(1, 3)).toBe(false);
    expect(shadow(4, 2)).toBe(false); // an ordinary formula spills nothing
    expect(shadow(2, 2)).toBe(false);
  });

  it('knows array literals and the functions that return arrays, not plain ones', () => {
    for (const f of ['={1,2,3}', '=filter(A:A, B:B="x")', '=QUERY(A1:D9,"select A")', '=SPLIT(A1, ",")', '=IMPORTRANGE("x","y")', '=SORT(A2:A)']) {
      expect(spillShadow([[f]])(5, 5)).toBe(true);
    }
    for (const f of ['=SUM(A:A)', '=COUNTA(A2:A)', '=IF(A1="","",A1)', '=VLOOKUP(A1,B:C,2,0)']) {
      expect(spillShadow([[f]])(5, 5)).toBe(false);
    }
  });
});
