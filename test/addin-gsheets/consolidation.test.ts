/**
 * Consolidation in Google Sheets: the sidebar gets the open workbook, computes the plan with core
 * (as the panel does) and sends it back; the server writes the master's cells, the "Tổng hợp" sheet
 * and its chart under the document lock, in a fixed number of calls, and can undo all of it.
 */
import { performance } from 'node:perf_hooks';
import type { CellValue, Grid } from '../../core/model/grid';
import { ReturnInput, SUMMARY_SHEET, consolidate } from '../../core/consolidate/merge';
import { ConsolidationPlan, appendixSheet, consolidationPlan, widthInPixels } from '../../core/plans/consolidationPlan';
import { readTables } from '../../core/read/table';
import { JsonOpenWorkbook, gridFromJson, planToJson } from '../../addin-gsheets/src/wire';
import { gridsOf, seedPath } from '../helpers/workbooks';
import { Loaded, buildDist, load, removeDist } from './harness';

jest.setTimeout(180_000);

const REPORT_DATE = new Date(Date.UTC(2026, 6, 15));
const BUSY = 'Đang có một lần tổng hợp khác chạy trên tệp này; hãy thử lại sau ít phút.';

let dist: string;
let master: Grid;
afterAll(() => removeDist(dist));
beforeAll(async () => {
  dist = buildDist();
  [master] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
});

/** A unit's return: the master with a status column filled in, every other task done. */
function returnOf(grid: Grid, file = 'Phong-TDC.xlsx'): ReturnInput {
  const [table] = readTables(grid);
  const column = table.header.lastColumn + 1;
  const rows = grid.rows.map((r) => [...r]);
  const put = (row: number, v: CellValue) => {
    while (rows[row - 1].length < column) rows[row - 1].push(null);
    rows[row - 1][column - 1] = v;
  };
  put(table.header.row, 'Tình trạng');
  table.rows.filter((r) => r.kind === 'task' || r.kind === 'subtask').forEach((r, i) => put(r.row, i % 2 === 0 ? 'Hoàn thành' : 'Đang thực hiện'));
  return { file, grid: { ...grid, rows } };
}

/** What the sidebar does: open the workbook, merge the returns with core, make the plan. */
function planFor(app: Loaded, returns: ReturnInput[]): ConsolidationPlan {
  const open = app.sidebar<JsonOpenWorkbook>('sidebarOpenWorkbook');
  const grids = open.grids.map(gridFromJson);
  const m = appendixSheet(grids, open.active)!;
  return consolidationPlan(m, consolidate(m, returns, { reportDate: REPORT_DATE })!);
}

/** What the fake holds for a core value. */
function stored(v: CellValue): unknown {
  if (v === null || v === '') return undefined;
  if (v instanceof Date) return { wall: v.getTime() };
  return v;
}

function valueOf(app: Loaded, sheet: string, row: number, column: number): unknown {
  const v = app.fake.sheet(sheet).peek(row, column)?.value;
  return v === '' ? undefined : v;
}

describe('applying a consolidation', () => {
  it('writes the master’s cells, the “Tổng hợp” sheet and a chart of the status counts, and undoes all of it', () => {
    const app = load(dist, {}, (f) => f.addSheet(master.name, master.rows));
    const sheet = app.fake.sheet(master.name);
    const before = sheet.contents();
    const plan = planFor(app, [returnOf(master)]);
    expect(plan.edits.length).toBeGreaterThan(10);

    const n = app.sidebar<number>('sidebarApplyConsolidation', planToJson(plan));
    expect(n).toBe(plan.edits.length);
    for (const e of plan.edits) expect(valueOf(app, master.name, e.row, e.column)).toEqual(stored(e.after));
    const summary = app.fake.sheet(SUMMARY_SHEET);
    plan.summarySheet.rows.forEach((r, i) => r.forEach((v, j) => expect(valueOf(app, SUMMARY_SHEET, i + 1, j + 1)).toEqual(stored(v))));
    expect(summary.lastRow).toBe(plan.summarySheet.rows.length);
    // Columns sized from core's widths (the CLI's too); the master's added progress columns as well.
    expect(plan.summarySheet.widths!.map((w, i) => summary.columnWidths.get(i + 1))).toEqual(plan.summarySheet.widths!.map(widthInPixels));
    expect(plan.addedColumns!.length).toBeGreaterThan(0);
    for (const a of plan.addedColumns!) expect(sheet.columnWidths.get(a.column)).toBe(widthInPixels(a.width));
    expect(summary.charts).toHaveLength(1);
    const chart = summary.charts[0];
    const r = plan.chartRange!;
    expect(chart.type).toBe('COLUMN');
    expect(chart.getRanges().map((x) => [x.row, x.column, x.numRows, x.numColumns])).toEqual([[r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1]]);
    // The user stays on the master; the lock is let go.
    expect(app.fake.spreadsheet.activeSheet.name).toBe(master.name);
    expect(app.fake.lock.holder).toBeNull();
    expect(app.fake.lock.waits).toEqual([10_000]);

    expect(app.sidebar<number>('sidebarUndoConsolidation')).toBe(n);
    expect(sheet.contents()).toEqual(before);
    expect(app.fake.spreadsheet.sheets.map((s) => s.name)).toEqual([master.name]);
    expect(app.fake.documentProperties.values.size).toBe(0);
  });

  it('replaces an existing “Tổng hợp” sheet, and undo gives it back its old content', () => {
    const old = [
      ['Bảng tổng hợp quý trước', null, 12],
      ['Ghi chú', 'giữ lại'],
    ];
    const app = load(dist, {}, (f) => {
      f.addSheet(master.name, master.rows);
      f.addSheet(SUMMARY_SHEET, old);
    });
    const oldContents = app.fake.sheet(SUMMARY_SHEET).contents();
    app.sidebar('sidebarApplyConsolidation', planToJson(planFor(app, [returnOf(master)])));
    expect(valueOf(app, SUMMARY_SHEET, 1, 1)).toBe('TỔNG HỢP TÌNH HÌNH THỰC HIỆN');
    expect(app.fake.spreadsheet.sheets.map((s) => s.name)).toEqual([master.name, SUMMARY_SHEET]);
    app.sidebar('sidebarUndoConsolidation');
    expect(app.fake.sheet(SUMMARY_SHEET).contents()).toEqual(oldContents);
    expect(app.fake.sheet(SUMMARY_SHEET).charts).toEqual([]);
  });

  it('never writes over a formula in the master', () => {
    const app = load(dist, {}, (f) => f.addSheet(master.name, master.rows));
    const plan = planFor(app, [returnOf(master)]);
    const target = plan.edits.find((e) => e.before === null)!;
    // Someone put a formula where the plan expects an empty cell that computes to empty.
    app.fake.sheet(master.name).setFormulaCell(target.row, target.column, '=IF(FALSE,1,"")', '');
    const n = app.sidebar<number>('sidebarApplyConsolidation', planToJson(plan));
    expect(n).toBe(plan.edits.length - 1);
    expect(app.fake.sheet(master.name).peek(target.row, target.column)).toMatchObject({ formula: '=IF(FALSE,1,"")' });
  });
});

describe('consolidation refused', () => {
  function setup(): { app: Loaded; json: string; snapshot: () => unknown } {
    const app = load(dist, {}, (f) => f.addSheet(master.name, master.rows));
    const json = planToJson(planFor(app, [returnOf(master)]));
    const snapshot = () => ({
      sheets: app.fake.spreadsheet.sheets.map((s) => [s.name, s.contents(), s.looks()]),
      properties: [...app.fake.documentProperties.values],
    });
    return { app, json, snapshot };
  }

  it('while another consolidation holds the document lock, with the Vietnamese message, and nothing changes', () => {
    const { app, json, snapshot } = setup();
    const before = snapshot();
    app.fake.holdDocumentLock();
    expect(() => app.sidebar('sidebarApplyConsolidation', json)).toThrow(BUSY);
    expect(snapshot()).toEqual(before);
    expect(app.fake.lock.waits).toEqual([10_000]);
    // In English for an English-speaking user; and once the lock is free, it goes through.
    app.fake.locale = 'en';
    expect(() => app.sidebar('sidebarApplyConsolidation', json)).toThrow('Another consolidation is running on this file; please try again in a few minutes.');
    app.fake.releaseHeldLock();
    expect(app.sidebar<number>('sidebarApplyConsolidation', json)).toBeGreaterThan(0);
  });

  it('when the master changed after the preview, and the lock is let go', () => {
    const { app, json, snapshot } = setup();
    const plan = JSON.parse(json) as { edits: Array<{ row: number; column: number }> };
    app.fake.sheet(master.name).cell(plan.edits[3].row, plan.edits[3].column).value = 'Ai đó vừa gõ vào đây';
    const before = snapshot();
    expect(() => app.sidebar('sidebarApplyConsolidation', json)).toThrow(/^Bảng “Phụ lục” đã thay đổi sau khi xem trước \(1 ô khác đi\)\. Chưa ghi gì/);
    expect(snapshot()).toEqual(before);
    expect(app.fake.lock.holder).toBeNull();
  });

  const bad: Array<[string, (plan: Record<string, unknown>) => unknown, RegExp]> = [
    ['malformed JSON', () => '{"sheet": "Phụ lục", "edits": [', /^Dữ liệu gửi từ bảng kiểm tra không đọc được/],
    ['an object instead of JSON text', (p) => p, /^Dữ liệu gửi từ bảng kiểm tra không đọc được/],
    ['a sheet name that is a number', (p) => JSON.stringify({ ...p, sheet: 7 }), /^Dữ liệu tổng hợp không hợp lệ: sai ở sheet$/],
    ['a row 0', (p) => JSON.stringify({ ...p, edits: [{ row: 0, column: 1, before: null, after: 'x' }] }), /sai ở edits\.0\.row/],
    [
      'a cell value that is an object',
      (p) => JSON.stringify({ ...p, edits: [{ row: 5, column: 1, before: null, after: { html: '<b>' } }] }),
      /sai ở edits\.0\.after/,
    ],
    ['a field the plan does not have', (p) => JSON.stringify({ ...p, deleteSheets: ['Phụ lục'] }), /^Dữ liệu tổng hợp không hợp lệ/],
    [
      'a summary sheet named like the master',
      (p) => JSON.stringify({ ...p, summarySheet: { name: 'Phụ lục', rows: [] } }),
      /sheet tổng hợp phải tên là “Tổng hợp”/,
    ],
    [
      'a cell written twice',
      (p) =>
        JSON.stringify({
          ...p,
          edits: [
            { row: 5, column: 9, before: null, after: 'a' },
            { row: 5, column: 9, before: null, after: 'b' },
          ],
        }),
      /ô I5 được ghi hai lần/,
    ],
    ['a master that does not exist', (p) => JSON.stringify({ ...p, sheet: 'Không có' }), /^Không tìm thấy trang tính “Không có”\.$/],
  ];

  it.each(bad)('for %s, with a Vietnamese message, and nothing changes', (_what, make, message) => {
    const { app, json, snapshot } = setup();
    const before = snapshot();
    expect(() => app.sidebar('sidebarApplyConsolidation', make(JSON.parse(json)))).toThrow(message);
    expect(snapshot()).toEqual(before);
    expect(app.fake.lock.holder).toBeNull();
  });

  it('undo with nothing to undo does nothing', () => {
    const { app, snapshot } = setup();
    const before = snapshot();
    expect(app.sidebar('sidebarUndoConsolidation')).toBe(0);
    expect(snapshot()).toEqual(before);
  });
});

describe('a consolidation of 10,000 rows', () => {
  /** Groups of 500 tasks (core reads a task number of four digits as malformed, as real tables never reach it). */
  function appendix(tasks: number): Grid {
    const rows: CellValue[][] = [['KẾ HOẠCH NĂM 2026'], [], ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian']];
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
    for (let i = 1; i <= tasks; i++) {
      if ((i - 1) % 500 === 0) rows.push([roman[(i - 1) / 500], `Nhóm nhiệm vụ ${(i - 1) / 500 + 1}`, null, null, null]);
      rows.push([
        ((i - 1) % 500) + 1,
        `Triển khai nội dung số ${i} của kế hoạch chuyển đổi số năm 2026`,
        'Sở Khoa học và Công nghệ',
        'Các sở, ban, ngành',
        `Quý ${['I', 'II', 'III', 'IV'][i % 4]}/2026`,
      ]);
    }
    return { name: 'Phụ lục', rows, merges: [] };
  }

  function applied(tasks: number): { app: Loaded; ms: number; plan: ConsolidationPlan } {
    const grid = appendix(tasks);
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    const plan = planFor(app, [returnOf(grid, 'So-KHCN.xlsx')]);
    const json = planToJson(plan);
    app.fake.resetCounts();
    const start = performance.now();
    app.sidebar('sidebarApplyConsolidation', json);
    return { app, ms: performance.now() - start, plan };
  }

  it('is applied in the same number of calls as 100 rows, and undone', () => {
    const small = applied(100);
    const large = applied(10_000);
    expect(large.plan.edits.length).toBeGreaterThan(10_000);
    // The same calls, in the same order; a sheet too short for the rows grows once (insertRowsAfter), never per row.
    const steady = (a: Loaded) => a.fake.log.map((c) => c.name).filter((n) => !/^(Utilities|Properties)\.|\.insert(Rows|Columns)After$/.test(n));
    expect(steady(large.app)).toEqual(steady(small.app));
    expect(large.app.fake.calls.get('Sheet.insertRowsAfter') ?? 0).toBeLessThanOrEqual(2);
    expect(large.app.fake.dataCalls).toBe(small.app.fake.dataCalls);
    expect(large.app.fake.spreadsheetCalls).toBeLessThanOrEqual(small.app.fake.spreadsheetCalls + 2);
    // Reported, not asserted: wall-clock time depends on the machine.
    console.log(
      `10,000-row consolidation in the fake: ${large.plan.edits.length} master cells, ${large.plan.summarySheet.rows.length} summary rows, ` +
        `apply ${Math.round(large.ms)} ms, ${large.app.fake.spreadsheetCalls} spreadsheet calls (${large.app.fake.dataCalls} data calls), ` +
        `undo record ${[...large.app.fake.documentProperties.values.values()].reduce((n, v) => n + v.length, 0)} bytes in ${large.app.fake.documentProperties.values.size} properties`,
    );
    const sheet = large.app.fake.sheet('Phụ lục');
    const last = large.plan.edits[large.plan.edits.length - 1];
    expect(sheet.peek(last.row, last.column)?.value).toEqual(stored(last.after));
    large.app.sidebar('sidebarUndoConsolidation');
    expect(sheet.peek(last.row, last.column)?.value ?? '').toBe('');
  });
});
