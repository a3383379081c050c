/**
 * Sửa lỗi an toàn and Chuẩn hóa tên đơn vị in Google Sheets: the sheet ends up as core's fixes leave
 * it, in one block write; formulas are never written over; text stays text; undo puts every value
 * back, except a cell someone edited since.
 */
import type { CellValue, Grid } from '../../core/model/grid';
import { fixWorkbook } from '../../core/engine/fixes';
import { rules } from '../../core/rules';
import { diffGrids } from '../../core/plans/valueEdits';
import type { FakeSheet } from '../fakes/fakeAppsScript';
import { gridsOf, seedPath } from '../helpers/workbooks';
import { cutRowAndRepeatedHeader } from '../helpers/tables';
import { buildDist, load, removeDist } from './harness';

jest.setTimeout(120_000);

let dist: string;
beforeAll(() => {
  dist = buildDist();
});
afterAll(() => removeDist(dist));

/** What the fake holds for a core value (dates as the day typed). */
function stored(v: CellValue): unknown {
  if (v instanceof Date) return { wall: v.getTime() };
  if (v !== null && typeof v === 'object') return v.error;
  return v;
}

/** The sheet's contents as core's grid says they should be, formula cells as they were. */
function contentsOf(grid: Grid, formulas: Record<string, { value: unknown; formula: string }>): Record<string, { value: unknown; formula: string }> {
  const out: Record<string, { value: unknown; formula: string }> = {};
  grid.rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v === null || v === '') return;
      out[`${i + 1}:${j + 1}`] = { value: stored(v), formula: '' };
    }),
  );
  for (const [k, f] of Object.entries(formulas)) out[k] = f;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const UNIT_RULES = rules.filter((r) => r.meta.code === 'unit.noncanonical' || r.meta.code === 'unit.defunct');

describe('safe fixes on 000-dong-nai-skhcn-2026', () => {
  let grid: Grid;
  let box: { top: number; left: number; bottom: number; right: number };
  let editedRows: Set<number>;
  beforeAll(async () => {
    [grid] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
    const edits = diffGrids(grid, fixWorkbook([grid]).grids[0]);
    editedRows = new Set(edits.map((e) => e.row));
    box = {
      top: Math.min(...edits.map((e) => e.row)),
      left: Math.min(...edits.map((e) => e.column)),
      bottom: Math.max(...edits.map((e) => e.row)),
      right: Math.max(...edits.map((e) => e.column)),
    };
  });

  /** A cell inside the block the fix writes, empty in the seed, on a row the fix leaves alone. */
  function emptyCellInBlock(taken: Set<string>): { row: number; column: number } {
    for (let r = box.bottom; r >= box.top; r--) {
      if (editedRows.has(r)) continue;
      for (let c = box.left; c <= box.right; c++) {
        const v = grid.rows[r - 1]?.[c - 1];
        if ((v === null || v === undefined) && !taken.has(`${r}:${c}`)) return { row: r, column: c };
      }
    }
    throw new Error('no empty cell in the block');
  }

  it('leaves the sheet as core’s fixes leave it, keeps every formula, and keeps text that looks like a number or date as text', () => {
    const rows = grid.rows.map((r) => [...r]);
    const taken = new Set<string>();
    const put = (v: CellValue) => {
      const at = emptyCellInBlock(taken);
      taken.add(`${at.row}:${at.column}`);
      while (rows[at.row - 1].length < at.column) rows[at.row - 1].push(null);
      rows[at.row - 1][at.column - 1] = v;
      return at;
    };
    const textLikeDate = put('6/2026');
    const textLikeNumber = put('1.1');
    const date = put(new Date(Date.UTC(2026, 10, 30)));
    const withText: Grid = { ...grid, rows };
    let sheet!: FakeSheet;
    const app = load(dist, {}, (f) => {
      sheet = f.addSheet(grid.name, rows);
      // D7 would be fixed ("Phòng TĐC" spelt out) but holds a formula; another formula sits unchanged in the block.
      sheet.setFormulaCell(7, 4, '=Z1', 'Phòng TĐC');
      const inBlock = emptyCellInBlock(taken);
      sheet.setFormulaCell(inBlock.row, inBlock.column, '=COUNTA(A:A)', 37);
      taken.add(`${inBlock.row}:${inBlock.column}`);
    });
    const formulas = Object.fromEntries(Object.entries(sheet.contents()).filter(([, c]) => c.formula));
    expect(Object.keys(formulas)).toHaveLength(2);
    app.fake.resetCounts();
    app.call('menuFixSafe');

    const coreView: Grid = { ...withText, rows: withText.rows.map((r) => [...r]) };
    for (const [k, f] of Object.entries(formulas)) {
      const [r, c] = k.split(':').map(Number);
      while (coreView.rows[r - 1].length < c) coreView.rows[r - 1].push(null);
      coreView.rows[r - 1][c - 1] = f.value as CellValue;
    }
    const fixed = fixWorkbook([coreView]).grids[0];
    expect(sheet.contents()).toEqual(contentsOf(fixed, formulas));
    expect(sheet.peek(textLikeDate.row, textLikeDate.column)!.value).toBe('6/2026');
    expect(sheet.peek(textLikeNumber.row, textLikeNumber.column)!.value).toBe('1.1');
    expect(sheet.peek(date.row, date.column)!.value).toEqual({ wall: Date.UTC(2026, 10, 30) });
    const edits = diffGrids(coreView, fixed);
    expect(app.fake.spreadsheet.toasts).toEqual([
      { title: 'Phụ lục', message: `Đã sửa ${edits.length - 1} ô; có thể hoàn tác trong bảng kiểm tra. (1 ô chứa công thức được giữ nguyên)` },
    ]);
    // The block read once (values, formulas, number formats, rich text); the formula cells never written,
    // so the block is written in a few rectangles around them.
    for (const k of Object.keys(formulas)) {
      const [r, c] = k.split(':').map(Number);
      expect(sheet.peek(r, c)!.writes).toBeUndefined();
    }
    // Once for the rows a row fix touches (a row holding a formula is left whole), once for the block;
    // all of it twice from the menu: for the preview the person confirms, then for the fix.
    expect(app.fake.calls.get('Range.getFormulas')).toBe(4);
    expect(app.fake.calls.get('Range.getRichTextValues')).toBe(2);
    expect(app.fake.ui.alerts).toHaveLength(1);
    expect(app.fake.calls.get('Range.setValues')).toBeGreaterThan(1);
    expect(app.fake.calls.get('Range.setValues')).toBeLessThanOrEqual(6);
  });

  it('writes only values: rich text, links and array-formula results in the block stay as they were', () => {
    const rows = grid.rows.map((r) => [...r]);
    const taken = new Set<string>();
    const spot = () => {
      const at = emptyCellInBlock(taken);
      taken.add(`${at.row}:${at.column}`);
      return at;
    };
    const rich = spot();
    const link = spot();
    // Three cells of the “Kết quả thực hiện” column inside the block that no fix touches: an array
    // formula and the two results it spills below itself.
    const edited = new Set(diffGrids(grid, fixWorkbook([grid]).grids[0]).map((e) => `${e.row}:${e.column}`));
    const anchor = (() => {
      const free = (r: number, c: number) => !taken.has(`${r}:${c}`) && !edited.has(`${r}:${c}`);
      for (let r = box.top; r + 2 <= box.bottom; r++) if (free(r, 3) && free(r + 1, 3) && free(r + 2, 3)) return { row: r, column: 3 };
      throw new Error('no room for an array formula in the block');
    })();
    let sheet!: FakeSheet;
    const app = load(dist, {}, (f) => {
      sheet = f.addSheet(grid.name, rows);
      Object.assign(sheet.cell(rich.row, rich.column), { value: 'Chữ đậm một phần', runs: 2 });
      Object.assign(sheet.cell(link.row, link.column), { value: 'Văn bản gốc', link: 'https://vanban.example/1295' });
      // An array formula whose results fill the cells below it.
      sheet.setFormulaCell(anchor.row, anchor.column, '=ARRAYFORMULA(ROW(A1:A3))', 1);
      for (let i = 1; i <= 2; i++) sheet.cell(anchor.row + i, anchor.column).value = i + 1;
    });
    // Core sees the values; none of these cells is one a fix changes.
    const coreView: Grid = { ...grid, rows: grid.rows.map((r) => [...r]) };
    const see = (at: { row: number; column: number }, v: CellValue) => {
      while (coreView.rows[at.row - 1].length < at.column) coreView.rows[at.row - 1].push(null);
      coreView.rows[at.row - 1][at.column - 1] = v;
    };
    see(rich, 'Chữ đậm một phần');
    see(link, 'Văn bản gốc');
    for (let i = 0; i <= 2; i++) see({ row: anchor.row + i, column: anchor.column }, i + 1);
    const expected = diffGrids(coreView, fixWorkbook([coreView]).grids[0]);
    const special = [rich, link, anchor, { row: anchor.row + 1, column: anchor.column }, { row: anchor.row + 2, column: anchor.column }];
    expect(expected.filter((e) => special.some((p) => p.row === e.row && p.column === e.column))).toEqual([]);
    const before = sheet.contents();
    app.fake.resetCounts();
    expect(app.sidebar<number>('sidebarFix', false)).toBe(expected.length);
    expect(sheet.contents()).not.toEqual(before);
    // Every changed cell written (rectangles may overlap; they carry the same values), in a few calls.
    for (const e of expected) expect(sheet.peek(e.row, e.column)!.writes).toBeGreaterThanOrEqual(1);
    expect(app.fake.calls.get('Range.setValues')).toBeLessThan(expected.length);
    expect(sheet.peek(rich.row, rich.column)).toMatchObject({ value: 'Chữ đậm một phần', runs: 2 });
    expect(sheet.peek(rich.row, rich.column)!.writes).toBeUndefined();
    expect(sheet.peek(link.row, link.column)).toMatchObject({ link: 'https://vanban.example/1295' });
    expect(sheet.peek(link.row, link.column)!.writes).toBeUndefined();
    for (let i = 0; i <= 2; i++) expect(sheet.peek(anchor.row + i, anchor.column)!.writes).toBeUndefined();
    // Undo goes around them the same way.
    expect(app.sidebar<number>('sidebarUndoFix')).toBe(expected.length);
    expect(sheet.peek(rich.row, rich.column)!.writes).toBeUndefined();
    expect(sheet.peek(link.row, link.column)!.writes).toBeUndefined();
    expect(sheet.contents()).toEqual(before);
  });

  it('undo puts every value back exactly, and the sheet reads as before', () => {
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    const sheet = app.fake.sheet(grid.name);
    const before = sheet.contents();
    const n = app.sidebar<number>('sidebarFix', false);
    expect(n).toBe(diffGrids(grid, fixWorkbook([grid]).grids[0]).length);
    expect(sheet.contents()).not.toEqual(before);
    expect(app.sidebar<number>('sidebarUndoFix')).toBe(n);
    expect(sheet.contents()).toEqual(before);
    // Nothing left to undo: the record is gone.
    expect(app.sidebar<number>('sidebarUndoFix')).toBe(0);
    expect([...app.fake.documentProperties.values.keys()]).toEqual([]);
  });

  it('undo leaves a cell someone edited since the fix as they left it', () => {
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    const sheet = app.fake.sheet(grid.name);
    const before = sheet.contents();
    app.sidebar('sidebarFix', false);
    sheet.cell(7, 4).value = 'Văn phòng Sở';
    app.sidebar('sidebarUndoFix');
    expect(sheet.peek(7, 4)!.value).toBe('Văn phòng Sở');
    const { ['7:4']: _edited, ...rest } = sheet.contents();
    const { ['7:4']: _was, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
  });

  it('“Chuẩn hóa tên đơn vị” changes the unit names only, as core’s unit rules do', () => {
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    const sheet = app.fake.sheet(grid.name);
    app.call('menuCanonicalNames');
    const fixed = fixWorkbook([grid], {}, UNIT_RULES).grids[0];
    expect(sheet.contents()).toEqual(contentsOf(fixed, {}));
    expect(app.fake.spreadsheet.toasts[0].message).toBe(`Đã sửa ${diffGrids(grid, fixed).length} ô; có thể hoàn tác trong bảng kiểm tra.`);
  });

  it('uses the workbook’s own unit directory', () => {
    const directory = [
      ['Tên chuẩn', 'Tên khác / viết tắt'],
      ['Phòng Tiêu chuẩn Đo lường Chất lượng', 'Phòng TĐC'],
    ];
    const app = load(dist, {}, (f) => {
      f.addSheet(grid.name, grid.rows);
      f.addSheet('Danh mục đơn vị', directory);
    });
    app.call('menuCanonicalNames');
    expect(app.fake.sheet(grid.name).peek(7, 4)!.value).toBe('Phòng Tiêu chuẩn Đo lường Chất lượng');
  });
});

describe('fixing a sheet with nothing to fix', () => {
  it('says so and writes nothing', async () => {
    const [grid] = await gridsOf(seedPath('001-dong-nai-ubnd-1295.xlsx'));
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    app.call('menuCanonicalNames');
    expect(app.fake.spreadsheet.toasts[0].message).toBe('Không có gì cần sửa.');
    expect(app.fake.calls.get('Range.setValues')).toBeUndefined();
    expect(app.fake.documentProperties.values.size).toBe(0);
  });
});

describe('bad input from the sidebar', () => {
  it('sidebarFix refuses anything but true or false, in Vietnamese, and changes nothing', async () => {
    const [grid] = await gridsOf(seedPath('003-binh-duong-ubnd-1169.xlsx'));
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    const before = app.fake.sheet(grid.name).contents();
    for (const bad of ['true', 1, null, { unitsOnly: true }]) {
      expect(() => app.sidebar('sidebarFix', bad)).toThrow('Tham số không hợp lệ: cần đúng hoặc sai');
    }
    expect(app.fake.sheet(grid.name).contents()).toEqual(before);
  });

  it('sidebarSelect refuses what is not a cell address and a sheet that does not exist', async () => {
    const [grid] = await gridsOf(seedPath('003-binh-duong-ubnd-1169.xlsx'));
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    expect(() => app.sidebar('sidebarSelect', grid.name, 'A1:Z999')).toThrow('“A1:Z999” không phải địa chỉ ô');
    expect(() => app.sidebar('sidebarSelect', grid.name, 42)).toThrow(/không phải địa chỉ ô/);
    expect(() => app.sidebar('sidebarSelect', 'Không có', 'B7')).toThrow('Không tìm thấy trang tính “Không có”.');
    app.sidebar('sidebarSelect', grid.name, 'B7');
    expect(app.fake.spreadsheet.selected).toBe(`${grid.name}!B7`);
  });
});

describe('the sidebar’s fix preview (issue 18) on the Sheets host', () => {
  it('lists exactly the cells the fix then writes (a formula cell in neither), writes nothing, and undo is offered only after a fix', async () => {
    const [grid] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
    let sheet!: FakeSheet;
    const app = load(dist, {}, (f) => {
      sheet = f.addSheet(
        grid.name,
        grid.rows.map((r) => [...r]),
      );
      // D7 would be fixed ("Phòng TĐC" spelt out) but holds a formula.
      sheet.setFormulaCell(7, 4, '=Z1', 'Phòng TĐC');
    });
    const before = JSON.stringify(sheet.contents());
    expect(app.sidebar<{ undoable: boolean }>('sidebarCheck').undoable).toBe(false);
    const preview = app.sidebar<{ sheet: string; edits: Array<{ row: number; column: number }> }>('sidebarPreviewFix', JSON.stringify({}));
    expect(JSON.stringify(sheet.contents())).toBe(before);
    expect(preview.sheet).toBe(grid.name);
    const cells = preview.edits.map((e) => `${e.row}:${e.column}`);
    expect(cells).not.toContain('7:4');
    expect(cells.length).toBeGreaterThan(0);
    expect(app.sidebar<number>('sidebarFix', JSON.stringify({}))).toBe(cells.length);
    expect(app.sidebar<boolean>('sidebarCanUndoFix')).toBe(true);
  });
});

describe('the undo rules Excel shares (core)', () => {
  it('a row fix is applied whole or not at all: rows holding a formula are left and named', () => {
    const rows: CellValue[][] = cutRowAndRepeatedHeader();
    const app = load(dist, {}, (f) => f.addSheet('Phụ lục', rows));
    const sheet = app.fake.sheet('Phụ lục');
    sheet.setFormulaCell(5, 5, '=""', '');
    sheet.setFormulaCell(6, 1, '="TT"', 'TT');
    app.call('menuFixSafe');
    expect(app.fake.spreadsheet.toasts[0].message).toContain('Các dòng 4, 5, 6 chứa công thức');
    rows.slice(3, 6).forEach((row, i) => row.forEach((v, j) => expect(sheet.peek(4 + i, j + 1)?.value ?? '').toEqual(v ?? '')));
    expect(sheet.peek(7, 3)!.value).toBe('Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng');
  });

  it('several fix runs are undone newest first: canonical names, then safe fixes, then undo twice', async () => {
    const [grid] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    const sheet = app.fake.sheet(grid.name);
    const original = sheet.contents();
    const names = app.sidebar<number>('sidebarFix', true);
    const afterNames = sheet.contents();
    const safe = app.sidebar<number>('sidebarFix', false);
    expect(names).toBeGreaterThan(0);
    expect(safe).toBeGreaterThan(0);
    expect(app.sidebar<number>('sidebarUndoFix')).toBe(safe);
    expect(sheet.contents()).toEqual(afterNames);
    expect(app.sidebar<number>('sidebarUndoFix')).toBe(names);
    expect(sheet.contents()).toEqual(original);
    expect(app.sidebar<number>('sidebarUndoFix')).toBe(0);
  });
});
