/**
 * A consolidation in parts: a 10,000- and a 50,000-row master in the fake, read, written and undone by
 * the sidebar's own driver (addin-gsheets/src/consolidationChunked.ts) over the built Code.js, as several
 * google.script.run calls. Each call must stay far inside Apps Script's 6-minute limit by the fake's cost
 * model and touch at most CELLS_PER_CALL cells per Spreadsheet call; the sidebar shows which rows it is
 * on; the workbook ends up exactly as the one-call functions leave it; a stop half-way is undone exactly.
 */
import type { CellValue, Grid } from '../../core/model/grid';
import { ReturnInput, SUMMARY_SHEET, consolidate } from '../../core/consolidate/merge';
import { ConsolidationPlan, appendixSheet, consolidationPlan } from '../../core/plans/consolidationPlan';
import { readTables } from '../../core/read/table';
import { intToRoman } from '../../core/read/stt';
import { SETTINGS_SHEET } from '../../core/engine/settings';
import { DIRECTORY_SHEET } from '../../core/units/directorySheet';
import { ConsolidationParts } from '../../addin-gsheets/src/consolidationChunked';
import { CELLS_PER_CALL, JsonOpenWorkbook, gridFromJson, planToJson, type SidebarFunction } from '../../addin-gsheets/src/wire';
import { APPS_SCRIPT_LIMIT_MS, COST_MODEL, type FakeApps } from '../fakes/fakeAppsScript';
import { Loaded, buildDist, load, removeDist } from './harness';
import { type Driven as SidebarDriven, driveSidebar, viNumber } from './sidebarDriver';

jest.setTimeout(600_000);

const REPORT_DATE = new Date(Date.UTC(2026, 6, 15));

let dist: string;
beforeAll(() => {
  dist = buildDist();
});
afterAll(() => removeDist(dist));

/** A long appendix: groups of 500 tasks (core reads a task number of four digits as malformed, as real tables never reach it). */
function appendix(tasks: number): Grid {
  const rows: CellValue[][] = [['KẾ HOẠCH NĂM 2026'], [], ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian']];
  for (let i = 1; i <= tasks; i++) {
    if ((i - 1) % 500 === 0) rows.push([intToRoman((i - 1) / 500 + 1), `Nhóm nhiệm vụ ${(i - 1) / 500 + 1}`, null, null, null]);
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

/** A unit's return: the master with a status column filled in, every other task done (as in consolidation.test.ts). */
function returnOf(grid: Grid): ReturnInput {
  const [table] = readTables(grid);
  const column = table.header.lastColumn + 1;
  const rows = grid.rows.map((r) => [...r]);
  const put = (row: number, v: CellValue) => {
    while (rows[row - 1].length < column) rows[row - 1].push(null);
    rows[row - 1][column - 1] = v;
  };
  put(table.header.row, 'Tình trạng');
  table.rows.filter((r) => r.kind === 'task' || r.kind === 'subtask').forEach((r, i) => put(r.row, i % 2 === 0 ? 'Hoàn thành' : 'Đang thực hiện'));
  return { file: 'Phong-TDC.xlsx', grid: { ...grid, rows } };
}

function open(grid: Grid): Loaded {
  return load(dist, {}, (f: FakeApps) => {
    f.addSheet(grid.name, grid.rows);
    f.addSheet(SETTINGS_SHEET, [['Thiết đặt', 'Giá trị', 'Ghi chú']]);
    f.addSheet(DIRECTORY_SHEET, [['Tên chuẩn', 'Tên khác / viết tắt']]);
  });
}

/** Core's plan from a workbook's grids, as the panel makes it. */
function planOf(grids: Grid[], active: string, returns: ReturnInput[]): ConsolidationPlan {
  const m = appendixSheet(grids, active)!;
  return consolidationPlan(m, consolidate(m, returns, { reportDate: REPORT_DATE })!);
}

type Driven = SidebarDriven<ConsolidationParts>;

/** The sidebar's driver over a loaded Code.js; `failAt` makes the n-th call (1-based) of a function fail. */
const driver = (app: Loaded, failAt?: { name: SidebarFunction; n: number }): Driven =>
  driveSidebar(app, (call, lang, progress) => new ConsolidationParts(call, lang, progress), failAt);
const vi = viNumber;

function budgetOf(app: Loaded) {
  const ex = app.fake.executions;
  return { executions: ex.length, maxCells: Math.max(...ex.map((e) => e.maxCells)), maxMs: Math.max(...ex.map((e) => e.modelledMs)) };
}

/** Everything a consolidation leaves behind that a person sees: every sheet's values and formulas, widths, charts. */
function workbookOf(app: Loaded) {
  return app.fake.spreadsheet.sheets.map((s) => ({
    name: s.name,
    contents: s.contents(),
    widths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
    charts: s.charts.map((c) => ({ type: c.type, ranges: c.getRanges().map((r) => [r.row, r.column, r.numRows, r.numColumns]) })),
  }));
}

/** Rows per band for the master's cells: as many as CELLS_PER_CALL allows for the plan's rightmost column. */
const bandRows = (plan: ConsolidationPlan) => Math.floor(CELLS_PER_CALL / Math.max(...plan.edits.map((e) => e.column)));

describe.each([10_000, 50_000])('a consolidation into a master of %d tasks, in parts', (tasks) => {
  let grid: Grid;
  let rows: number;
  let returns: ReturnInput[];
  beforeAll(() => {
    grid = appendix(tasks);
    rows = grid.rows.length;
    returns = [returnOf(grid)];
  });

  it('writes what one call writes, cell for cell, in calls within the budget, with progress, and undoes it exactly', async () => {
    const one = open(grid);
    const oneOpen = one.sidebar<JsonOpenWorkbook>('sidebarOpenWorkbook');
    const oneGrids = oneOpen.grids.map(gridFromJson);
    const onePlan = planOf(oneGrids, oneOpen.active, returns);
    one.fake.executions.length = 0;
    const oneWritten = one.sidebar<number>('sidebarApplyConsolidation', planToJson(onePlan));
    const oneCall = one.fake.executions[0];

    const app = open(grid);
    const original = workbookOf(app);
    app.fake.executions.length = 0;
    const d = driver(app);
    const opened = await d.host.openWorkbook();
    // The workbook read in bands is the one read in one call.
    expect(opened.active).toBe(oneOpen.active);
    expect(opened.grids).toEqual(oneGrids);
    const plan = planOf(opened.grids, opened.active, returns);
    expect(plan.edits.length).toBeGreaterThan(tasks);
    const written = await d.host.applyConsolidation(plan);

    expect(written).toBe(oneWritten);
    expect(written).toBe(plan.edits.length);
    expect(workbookOf(app)).toEqual(workbookOf(one));
    expect(app.fake.sheet(SUMMARY_SHEET).charts).toHaveLength(1);
    // Only the plan's progress columns changed on the master.
    const progressColumns = new Set(plan.addedColumns!.map((a) => a.column));
    const before = original.find((s) => s.name === grid.name)!.contents;
    const after = app.fake.sheet(grid.name).contents();
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)]))
      if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) expect(progressColumns.has(Number(/\d+$/.exec(k)?.[0] ?? NaN)) || k).toBe(true);

    // Calls: one to begin, the master's bands read (values and formulas), its bands compared, then written, then the summary.
    const columns = app.fake.sheet(grid.name).lastColumn - plan.addedColumns!.length;
    const per = Math.floor(CELLS_PER_CALL / columns);
    const reads = Math.ceil(rows / per);
    const firstRow = Math.min(...plan.edits.map((e) => e.row));
    const lastRow = Math.max(...plan.edits.map((e) => e.row));
    const bands = Math.ceil((lastRow - firstRow + 1) / bandRows(plan));
    expect(d.calls).toEqual([
      'sidebarBeginWorkbook',
      ...Array(reads).fill('sidebarReadRows'),
      ...Array(2 * bands).fill('sidebarConsolidateRows'),
      'sidebarKeepSummary',
      ...Array(Math.ceil(plan.summarySheet.rows.length / Math.floor(CELLS_PER_CALL / Math.max(...plan.summarySheet.rows.map((r) => r.length))))).fill(
        'sidebarConsolidateSummary',
      ),
    ]);
    const b = budgetOf(app);
    expect(b.executions).toBe(d.calls.length);
    expect(b.maxCells).toBeLessThanOrEqual(CELLS_PER_CALL);
    expect(b.maxMs).toBeLessThan(APPS_SCRIPT_LIMIT_MS / 6);

    // What the sidebar showed, step by step.
    const readMessages = Array.from({ length: reads }, (_, i) => `Đang đọc dòng ${vi(i * per + 1)}–${vi(Math.min(rows, (i + 1) * per))} / ${vi(rows)}…`);
    expect(d.messages.slice(0, reads)).toEqual(readMessages);
    const comparing = d.messages.slice(reads, reads + bands);
    expect(comparing.every((m) => new RegExp(`^Đang đối chiếu dòng [\\d.]+–[\\d.]+ / ${vi(lastRow)} với bản xem trước…$`).test(m))).toBe(true);
    const writing = d.messages.slice(reads + bands, reads + 2 * bands);
    expect(writing[0]).toMatch(new RegExp(`^Đang ghi dòng ${vi(firstRow)}–[\\d.]+ \\(0 / ${vi(plan.edits.length)} ô\\)…$`));
    expect(writing.every((m) => /^Đang ghi dòng [\d.]+–[\d.]+ \([\d.]+ \/ [\d.]+ ô\)…$/.test(m))).toBe(true);
    const summaryRows = plan.summarySheet.rows.length;
    const summaryPer = Math.floor(CELLS_PER_CALL / Math.max(...plan.summarySheet.rows.map((r) => r.length)));
    const summaryBands = Math.ceil(summaryRows / summaryPer);
    expect(d.messages.slice(reads + 2 * bands)).toEqual([
      `Đang lưu nội dung cũ của trang tính “${SUMMARY_SHEET}” để hoàn tác được…`,
      ...Array.from(
        { length: summaryBands },
        (_, i) =>
          `Đang ghi trang tính “${SUMMARY_SHEET}”, dòng ${vi(i * summaryPer + 1)}–${vi(Math.min(summaryRows, (i + 1) * summaryPer))} / ${vi(summaryRows)}…`,
      ),
    ]);
    console.log(
      `consolidation into ${rows} rows: one call max ${oneCall.maxCells} cells, modelled ${Math.round(oneCall.modelledMs / 1000)} s; ` +
        `in parts ${b.executions} calls, max ${b.maxCells} cells per data call, max modelled ${Math.round(b.maxMs / 1000)} s per call ` +
        `(model: ${COST_MODEL.msPerCall} ms per call, ${COST_MODEL.msPerCell} ms per cell)`,
    );

    // Undo in parts: every cell and the summary sheet as they were, within the budget too.
    app.fake.executions.length = 0;
    const undone = await d.host.undoConsolidation();
    expect(undone).toBe(written);
    expect(undone).toBe(one.sidebar<number>('sidebarUndoConsolidation'));
    expect(workbookOf(app)).toEqual(workbookOf(one));
    // Every cell as it was (the added progress columns keep their width, empty, as after a one-call undo).
    expect(workbookOf(app).map(({ widths: _, ...s }) => s)).toEqual(original.map(({ widths: _, ...s }) => s));
    const u = budgetOf(app);
    expect(u.maxCells).toBeLessThanOrEqual(CELLS_PER_CALL);
    expect(u.maxMs).toBeLessThan(APPS_SCRIPT_LIMIT_MS / 6);
    expect(d.messages.filter((m) => m.startsWith('Đang hoàn tác: đã trả lại')).length).toBe(
      app.fake.executions.filter((e) => e.name === 'sidebarUndoConsolidationStep').length - 1,
    );
    expect(await d.host.undoConsolidation()).toBe(0);
  });

  it('says where it stopped when a band fails half-way, and what it had written is undone exactly', async () => {
    if (tasks > 10_000) return; // the same at 50,000 rows; kept to 10,000 for the suite's time
    const app = open(grid);
    const original = workbookOf(app);
    const probe = driver(app);
    const plan = planOf((await probe.host.openWorkbook()).grids, grid.name, returns);
    const bands = Math.ceil((Math.max(...plan.edits.map((e) => e.row)) - Math.min(...plan.edits.map((e) => e.row)) + 1) / bandRows(plan));
    expect(bands).toBeGreaterThan(1);
    // The compare calls come first: the (bands + 2)-th is the second band written.
    const d = driver(app, { name: 'sidebarConsolidateRows', n: bands + 2 });
    await d.host.openWorkbook();
    const failure = await d.host.applyConsolidation(plan).then(
      () => undefined,
      (e: unknown) => e as Error & { undoable?: boolean },
    );
    expect(failure?.message).toMatch(
      /^Dừng khi ghi dòng [\d.]+–[\d.]+: Exceeded maximum execution time Đã ghi [1-9][\d.]* ô vào bảng tổng hợp trước đó; “Hoàn tác tổng hợp” trả lại được các ô này\.$/,
    );
    expect(failure?.undoable).toBe(true);
    expect(workbookOf(app)).not.toEqual(original);
    expect(app.fake.spreadsheet.sheets.some((s) => s.name === SUMMARY_SHEET)).toBe(false);
    const n = Number(/Đã ghi ([\d.]+) ô/.exec(failure!.message)![1].replace(/\./g, ''));
    expect(await driver(app).host.undoConsolidation()).toBe(n);
    expect(workbookOf(app)).toEqual(original);
  });

  it('says so when the summary sheet fails, and undo takes back the master’s cells', async () => {
    if (tasks > 10_000) return;
    const app = open(grid);
    const original = workbookOf(app);
    const d = driver(app, { name: 'sidebarKeepSummary', n: 1 });
    const plan = planOf((await d.host.openWorkbook()).grids, grid.name, returns);
    await expect(d.host.applyConsolidation(plan)).rejects.toThrow(
      new RegExp(
        `^Dừng khi ghi trang tính “${SUMMARY_SHEET}”: Exceeded maximum execution time Đã ghi ${vi(plan.edits.length)} ô vào bảng tổng hợp; “Hoàn tác tổng hợp” trả lại được các ô này\\.$`,
      ),
    );
    expect(await driver(app).host.undoConsolidation()).toBe(plan.edits.length);
    expect(workbookOf(app)).toEqual(original);
  });

  it('refuses a stale plan before writing anything, even when the change is in a later band', async () => {
    if (tasks > 10_000) return;
    const app = open(grid);
    const original = workbookOf(app);
    const d = driver(app);
    const plan = planOf((await d.host.openWorkbook()).grids, grid.name, returns);
    // A cell the plan writes, in its last band, typed into after the preview.
    const late = plan.edits.reduce((a, e) => (e.row > a.row ? e : a));
    app.fake.sheet(grid.name).cell(late.row, late.column).value = 'Ai đó vừa gõ vào đây';
    const typed = workbookOf(app);
    expect(typed).not.toEqual(original);
    await expect(d.host.applyConsolidation(plan)).rejects.toThrow(`Bảng “${grid.name}” đã thay đổi sau khi xem trước (1 ô khác đi). Chưa ghi gì`);
    expect(workbookOf(app)).toEqual(typed);
    expect(d.calls.includes('sidebarConsolidateSummary')).toBe(false);
    expect(await driver(app).host.undoConsolidation()).toBe(0);
  });
});

describe('a consolidation over a long “Tổng hợp” already there', () => {
  /** A small master, and a "Tổng hợp" of 30,000 rows × 3 columns left by someone: more than one band to keep and to put back. */
  function setup(): Loaded {
    const grid = appendix(300);
    return load(dist, {}, (f: FakeApps) => {
      f.addSheet(grid.name, grid.rows);
      f.addSheet(
        SUMMARY_SHEET,
        Array.from({ length: 30_000 }, (_, i) => [`Dòng ${i + 1}`, i % 7 === 0 ? null : i, i % 3 === 0 ? 'ghi chú' : null]),
      );
    });
  }

  it('keeps it in bands, writes over it as one call does, and puts it back exactly, even after an undo stopped half-way', async () => {
    const one = setup();
    const oneOpen = one.sidebar<JsonOpenWorkbook>('sidebarOpenWorkbook');
    const grids = oneOpen.grids.map(gridFromJson);
    const master = appendixSheet(grids, oneOpen.active)!;
    const returns = [returnOf(master)];
    const plan = planOf(grids, oneOpen.active, returns);
    one.sidebar<number>('sidebarApplyConsolidation', planToJson(plan));

    const app = setup();
    const original = workbookOf(app);
    app.fake.executions.length = 0;
    const d = driver(app);
    const opened = await d.host.openWorkbook();
    expect(opened.grids).toEqual(grids);
    expect(await d.host.applyConsolidation(planOf(opened.grids, opened.active, returns))).toBe(plan.edits.length);
    expect(workbookOf(app)).toEqual(workbookOf(one));
    // 90,000 cells of the old sheet: two calls to keep them.
    expect(d.calls.filter((c) => c === 'sidebarKeepSummary')).toHaveLength(2);
    expect(budgetOf(app).maxCells).toBeLessThanOrEqual(CELLS_PER_CALL);

    // An undo that stops while putting "Tổng hợp" back says how far it got; the next one finishes it.
    app.fake.executions.length = 0;
    const stopped = driver(app, { name: 'sidebarUndoConsolidationStep', n: 3 });
    await expect(stopped.host.undoConsolidation()).rejects.toThrow(
      new RegExp(
        `^Dừng khi hoàn tác tổng hợp: Exceeded maximum execution time Đã trả lại ${vi(plan.edits.length)} ô; bấm “Hoàn tác tổng hợp” lần nữa để trả lại [1-9][\\d.]* ô còn lại\\.$`,
      ),
    );
    expect(await driver(app).host.undoConsolidation()).toBe(0);
    one.sidebar<number>('sidebarUndoConsolidation');
    expect(workbookOf(app)).toEqual(workbookOf(one));
    expect(workbookOf(app).map(({ widths: _, ...s }) => s)).toEqual(original.map(({ widths: _, ...s }) => s));
    expect(budgetOf(app).maxCells).toBeLessThanOrEqual(CELLS_PER_CALL);
    expect(await driver(app).host.undoConsolidation()).toBe(0);
  });
});
