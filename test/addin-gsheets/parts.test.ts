/**
 * Long sheets in parts: a 10,000- and a 50,000-row appendix in the fake, checked, fixed, undone and
 * cleared by the sidebar's own driver (addin-gsheets/src/chunked.ts) over the built Code.js, as
 * several google.script.run calls. Each call must stay far inside Apps Script's 6-minute limit by the
 * fake's cost model and touch at most CELLS_PER_CALL cells per Spreadsheet call; the sidebar shows
 * which rows it is on; and the sheet ends up exactly as the one-call functions leave it.
 */
import type { Grid } from '../../core/model/grid';
import { SETTINGS_SHEET } from '../../core/engine/settings';
import { DIRECTORY_SHEET } from '../../core/units/directorySheet';
import { PartsHost } from '../../addin-gsheets/src/chunked';
import { CELLS_PER_CALL, type SidebarFunction } from '../../addin-gsheets/src/wire';
import { APPS_SCRIPT_LIMIT_MS, COST_MODEL, type FakeApps } from '../fakes/fakeAppsScript';
import { gridsOf, seedPath } from '../helpers/workbooks';
import { Loaded, buildDist, load, removeDist } from './harness';
import { type Driven as SidebarDriven, driveSidebar, viNumber } from './sidebarDriver';

jest.setTimeout(600_000);

let dist: string;
let seed: Grid;
beforeAll(async () => {
  dist = buildDist();
  [seed] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
});
afterAll(() => removeDist(dist));

/** The seed repeated below itself to `rows` rows: a long appendix with the seed's findings all along. */
function longSheet(rows: number): Grid {
  const out = [];
  while (out.length < rows) out.push(...seed.rows.map((r) => [...r]));
  return { ...seed, rows: out.slice(0, rows) };
}

function open(grid: Grid): Loaded {
  return load(dist, {}, (f: FakeApps) => {
    f.addSheet(grid.name, grid.rows);
    f.addSheet(SETTINGS_SHEET, [['Thiết đặt', 'Giá trị', 'Ghi chú']]);
    f.addSheet(DIRECTORY_SHEET, [['Tên chuẩn', 'Tên khác / viết tắt']]);
  });
}

type Driven = SidebarDriven<PartsHost>;

/** The sidebar's driver over a loaded Code.js; `failAt` makes the n-th call (1-based) of a function fail. */
const driver = (app: Loaded, failAt?: { name: SidebarFunction; n: number }): Driven =>
  driveSidebar(app, (call, lang, progress) => new PartsHost(call, lang, progress), failAt);
const vi = viNumber;

/** What the findings of a report look like to the panel (the one-call check sends no fix). */
const shown = (findings: Array<{ cell: string; code: string; severity: string; message: string; fixable?: boolean }>) =>
  findings.map((f) => `${f.cell} ${f.code} ${f.severity} ${f.fixable} ${f.message}`).sort();

function budgetOf(app: Loaded) {
  const ex = app.fake.executions;
  return {
    executions: ex.length,
    maxCells: Math.max(...ex.map((e) => e.maxCells)),
    maxMs: Math.max(...ex.map((e) => e.modelledMs)),
  };
}

describe.each([10_000, 50_000])('a %d-row sheet in parts', (rows) => {
  let grid: Grid;
  let columns: number;
  let per: number;
  beforeAll(() => {
    grid = longSheet(rows);
    const probe = open(grid);
    columns = probe.fake.sheet(grid.name).lastColumn;
    per = Math.floor(CELLS_PER_CALL / columns);
  });

  it('checks in calls of at most CELLS_PER_CALL cells each, shows the rows it reads, and paints exactly what one call paints', async () => {
    const one = open(grid);
    one.fake.executions.length = 0;
    const whole = one.sidebar<{
      findings: Array<{ cell: string; code: string; severity: string; message: string; fixable: boolean; row: number }>;
      summary: unknown;
      tables: number;
    }>('sidebarCheck');
    const oneCall = one.fake.executions[0];

    const app = open(grid);
    app.fake.executions.length = 0;
    const d = driver(app);
    const report = await d.host.check();

    expect(shown(report.findings)).toEqual(shown(whole.findings));
    expect(report.summary).toEqual(whole.summary);
    expect(report.tables).toBe(whole.tables);
    expect(whole.findings.length).toBeGreaterThan(rows / 100);
    expect(app.fake.sheet(grid.name).looks()).toEqual(one.fake.sheet(grid.name).looks());

    // Calls: one to begin, one per band of `per` rows read, one per band with something to paint.
    const reads = Math.ceil(rows / per);
    const paintBands = new Set(whole.findings.map((f) => Math.floor((f.row - 1) / per)));
    expect(d.calls).toEqual(['sidebarBeginSheet', ...Array(reads).fill('sidebarReadRows'), ...Array(paintBands.size).fill('sidebarPaintRows')]);
    const b = budgetOf(app);
    expect(b.executions).toBe(1 + reads + paintBands.size);
    expect(b.maxCells).toBeLessThanOrEqual(CELLS_PER_CALL);
    expect(b.maxMs).toBeLessThan(APPS_SCRIPT_LIMIT_MS / 6);

    // What the sidebar showed, band by band.
    const readMessages = Array.from({ length: reads }, (_, i) => `Đang đọc dòng ${vi(i * per + 1)}–${vi(Math.min(rows, (i + 1) * per))} / ${vi(rows)}…`);
    expect(d.messages.slice(0, reads)).toEqual(readMessages);
    expect(d.messages[reads]).toBe(`Đang kiểm tra ${vi(rows)} dòng…`);
    expect(d.messages.slice(reads + 1).every((m) => /^Đang tô dòng [\d.]+–[\d.]+ \/ [\d.]+…$/.test(m))).toBe(true);
    expect(d.messages.length).toBe(reads + 1 + paintBands.size);
    console.log(
      `${rows} rows × ${columns} columns: one call ${oneCall.dataCalls} data calls, max ${oneCall.maxCells} cells, modelled ${Math.round(oneCall.modelledMs / 1000)} s; ` +
        `in parts ${b.executions} calls, max ${b.maxCells} cells per data call, max modelled ${Math.round(b.maxMs / 1000)} s per call ` +
        `(model: ${COST_MODEL.msPerCall} ms per call, ${COST_MODEL.msPerCell} ms per cell)`,
    );

    // A second check reconciles with the first, band by band, and clearing in parts gives every cell its look back.
    await d.host.check();
    one.sidebar('sidebarCheck');
    expect(app.fake.sheet(grid.name).looks()).toEqual(one.fake.sheet(grid.name).looks());
    app.fake.executions.length = 0;
    const cleared = await d.host.clear();
    expect(cleared).toBe(one.sidebar<number>('sidebarClear'));
    expect(app.fake.sheet(grid.name).looks()).toEqual({});
    expect(budgetOf(app).maxCells).toBeLessThanOrEqual(CELLS_PER_CALL);
    expect(budgetOf(app).maxMs).toBeLessThan(APPS_SCRIPT_LIMIT_MS / 6);
    expect(d.messages.filter((m) => m.startsWith('Đang xóa đánh dấu')).length).toBe(app.fake.executions.length - 1);
  });

  it('previews and fixes what one call fixes, in bands, and undoes it exactly', async () => {
    const one = open(grid);
    const app = open(grid);
    const original = app.fake.sheet(grid.name).contents();
    const d = driver(app);

    const preview = await d.host.previewFix({});
    const onePreview = one.sidebar<{ edits: Array<{ row: number; column: number }> }>('sidebarPreviewFix', '{}');
    expect(preview.edits.length).toBe(onePreview.edits.length);
    expect(preview.edits.length).toBeGreaterThan(rows / 100);

    app.fake.executions.length = 0;
    const written = await d.host.fix({});
    expect(written).toBe(one.sidebar<number>('sidebarFix', '{}'));
    expect(written).toBe(preview.edits.length);
    expect(app.fake.sheet(grid.name).contents()).toEqual(one.fake.sheet(grid.name).contents());
    expect(app.fake.sheet(grid.name).contents()).not.toEqual(original);
    let b = budgetOf(app);
    expect(b.maxCells).toBeLessThanOrEqual(CELLS_PER_CALL);
    expect(b.maxMs).toBeLessThan(APPS_SCRIPT_LIMIT_MS / 6);
    // As many write calls as bands of rows the edits span at the budget (none splits a row fix, so maybe one more).
    const right = Math.max(...preview.edits.map((e) => e.column));
    const span = Math.max(...preview.edits.map((e) => e.row)) - Math.min(...preview.edits.map((e) => e.row)) + 1;
    const writes = d.calls.filter((c) => c === 'sidebarWriteEdits').length;
    expect(writes).toBeGreaterThanOrEqual(Math.ceil(span / Math.floor(CELLS_PER_CALL / right)));
    expect(writes).toBeLessThanOrEqual(Math.ceil(span / Math.floor(CELLS_PER_CALL / right)) + 1);
    expect(d.messages.some((m) => /^Đang ghi dòng [\d.]+–[\d.]+ \(0 \/ [\d.]+ ô\)…$/.test(m))).toBe(true);

    app.fake.executions.length = 0;
    const undone = await d.host.undoFix();
    expect(undone).toBe(written);
    expect(app.fake.sheet(grid.name).contents()).toEqual(original);
    b = budgetOf(app);
    expect(b.maxCells).toBeLessThanOrEqual(CELLS_PER_CALL);
    expect(b.maxMs).toBeLessThan(APPS_SCRIPT_LIMIT_MS / 6);
    expect(await d.host.undoFix()).toBe(0);
  });

  it('says where it stopped when highlighting fails half-way, and what it had painted is cleared exactly', async () => {
    const app = open(grid);
    const d = driver(app, { name: 'sidebarPaintRows', n: 2 });
    await expect(d.host.check()).rejects.toThrow(
      /^Dừng khi tô dòng [\d.]+–[\d.]+: Exceeded maximum execution time Các dòng trước đó đã được tô và gỡ được bằng “Xóa đánh dấu”\.$/,
    );
    expect(app.fake.sheet(grid.name).looks()).not.toEqual({});
    expect(await driver(app).host.clear()).toBeGreaterThan(0);
    expect(app.fake.sheet(grid.name).looks()).toEqual({});
  });

  it('says where it stopped when a fix fails half-way, and what it had written is undone exactly', async () => {
    if (rows < 50_000) return; // the 10,000-row fix fits in one write call: nothing to stop half-way
    const app = open(grid);
    const original = app.fake.sheet(grid.name).contents();
    const d = driver(app, { name: 'sidebarWriteEdits', n: 2 });
    await expect(d.host.fix({})).rejects.toThrow(
      /^Dừng khi ghi dòng [\d.]+–[\d.]+: Exceeded maximum execution time Đã sửa [1-9][\d.]* ô trước đó; “Hoàn tác sửa lỗi” trả lại được các ô này\.$/,
    );
    expect(app.fake.sheet(grid.name).contents()).not.toEqual(original);
    const again = driver(app);
    expect(await again.host.undoFix()).toBeGreaterThan(0);
    expect(app.fake.sheet(grid.name).contents()).toEqual(original);
  });
});
