/**
 * Kiểm tra and Xóa đánh dấu in Google Sheets, on the five seed appendices in the fake: the cells
 * painted are the findings' cells, the calls are a small constant whatever the length of the sheet,
 * and clearing gives every cell its own look back, exactly.
 */
import { readFileSync } from 'node:fs';
import type { Grid } from '../../core/model/grid';
import { parseA1 } from '../../core/model/grid';
import { validateWorkbook } from '../../core/engine/validate';
import { ruleTitle } from '../../core/rules/titles';
import { SETTINGS_SHEET } from '../../core/engine/settings';
import { DIRECTORY_SHEET } from '../../core/units/directorySheet';
import { FakeApps, FakeSheet, PROPERTY_TOTAL_LIMIT } from '../fakes/fakeAppsScript';
import { gridsOf, seedPath, seedWorkbooks } from '../helpers/workbooks';
import { Loaded, buildDist, load, removeDist } from './harness';

jest.setTimeout(120_000);

let dist: string;
beforeAll(() => {
  dist = buildDist();
});
afterAll(() => removeDist(dist));

interface Expected {
  findings: Array<{ sheet: string; cell: string; code: string; severity: string }>;
}

const expectedOf = (name: string): Expected => JSON.parse(readFileSync(seedPath(name.replace('.xlsx', '.expected.json')), 'utf8'));

/** The appendix, with the settings and directory sheets a real file carries (empty of values that change findings). */
function withSideSheets(grid: Grid) {
  return (f: FakeApps) => {
    f.addSheet(grid.name, grid.rows);
    f.addSheet(SETTINGS_SHEET, [['Thiết đặt', 'Giá trị', 'Ghi chú']]);
    f.addSheet(DIRECTORY_SHEET, [['Tên chuẩn', 'Tên khác / viết tắt']]);
  };
}

/** The sheet repeated `times` times below itself: a longer appendix of the same kind. */
function longer(grid: Grid, times: number): Grid {
  const rows = Array.from({ length: times }, () => grid.rows.map((r) => [...r])).flat();
  return { ...grid, rows };
}

const painted = (sheet: FakeSheet) =>
  Object.entries(sheet.looks())
    .filter(([, l]) => l.background !== '#ffffff')
    .map(([k]) => k)
    .sort();

const keyOfCell = (cell: string) => {
  const p = parseA1(cell)!;
  return `${p.row}:${p.column}`;
};

describe.each(seedWorkbooks())('checking %s', (name) => {
  let grid: Grid;
  beforeAll(async () => {
    [grid] = await gridsOf(seedPath(name));
  });

  it('paints exactly the cells of the findings read off the table by hand, each with what is wrong, in words, in the note', () => {
    const app = load(dist, {}, withSideSheets(grid));
    app.fake.resetCounts();
    app.call('menuCheck');
    const expected = expectedOf(name).findings.filter((f) => f.sheet === grid.name);
    const sheet = app.fake.sheet(grid.name);
    expect(painted(sheet)).toEqual([...new Set(expected.map((f) => keyOfCell(f.cell)))].sort());
    const [row, column] = painted(sheet)[0].split(':').map(Number);
    for (const f of expected) {
      const p = parseA1(f.cell)!;
      // The note names what is wrong in words; the rule's code is for JSON and the docs, not for a note.
      expect(sheet.peek(p.row, p.column)!.note).toContain(`– ${ruleTitle(f.code, 'vi')}:`);
      expect(sheet.peek(p.row, p.column)!.note).not.toContain(f.code);
    }
    expect(sheet.peek(row, column)!.background).toMatch(/^#(ffc7ce|ffeb9c|ddebf7)$/);
    // Nothing painted on the other sheets.
    expect(painted(app.fake.sheet(SETTINGS_SHEET))).toEqual([]);
    expect(painted(app.fake.sheet(DIRECTORY_SHEET))).toEqual([]);
  });

  it('reads and writes cells in at most 8 calls, and makes the same number of calls on a sheet ten times longer', () => {
    const short = load(dist, {}, withSideSheets(grid));
    short.fake.resetCounts();
    short.sidebar('sidebarCheck');
    const long = load(dist, {}, withSideSheets(longer(grid, 10)));
    long.fake.resetCounts();
    const report = long.sidebar<{ findings: unknown[] }>('sidebarCheck');
    // The longer sheet really has more to paint: the calls stay, the work grows.
    expect(report.findings.length).toBeGreaterThanOrEqual(10 * expectedOf(name).findings.length);
    expect(short.fake.dataCalls).toBeLessThanOrEqual(8);
    expect(long.fake.dataCalls).toBe(short.fake.dataCalls);
    expect(long.fake.spreadsheetCalls).toBe(short.fake.spreadsheetCalls);
    expect(short.fake.spreadsheetCalls).toBeLessThanOrEqual(20);
    // A check again (with the kept state to reconcile) is also constant.
    short.fake.resetCounts();
    long.fake.resetCounts();
    short.sidebar('sidebarCheck');
    long.sidebar('sidebarCheck');
    expect(short.fake.dataCalls).toBeLessThanOrEqual(8);
    expect(long.fake.spreadsheetCalls).toBe(short.fake.spreadsheetCalls);
  });

  it('says what it found in a toast, counted as core counts it', () => {
    const app = load(dist, {}, withSideSheets(grid));
    app.call('menuCheck');
    const s = validateWorkbook([grid]).summary;
    expect(app.fake.spreadsheet.toasts).toEqual([
      { title: 'Phụ lục', message: `Đã kiểm tra “${grid.name}”: ${s.error} lỗi, ${s.warning} cảnh báo, ${s.info} gợi ý` },
    ]);
    expect(app.fake.ui.alerts).toEqual([]);
  });

  it('clearing restores every background and note exactly, the cells’ own ones included, even after checking twice', () => {
    const app = load(dist, {}, withSideSheets(grid));
    const sheet = app.fake.sheet(grid.name);
    const flagged = expectedOf(name).findings.map((f) => parseA1(f.cell)!);
    // A finding's cell with its own fill and note, one with a note only, and untouched cells with a look of their own.
    Object.assign(sheet.cell(flagged[0].row, flagged[0].column), { background: '#00b050', note: 'Ghi chú của cán bộ' });
    Object.assign(sheet.cell(flagged[flagged.length - 1].row, flagged[flagged.length - 1].column), { note: 'Đã hỏi lại đơn vị' });
    Object.assign(sheet.cell(1, 1), { background: '#ffff00' });
    Object.assign(sheet.cell(2, 3), { note: 'Ghi chú ở ô không có lỗi' });
    const looks = sheet.looks();
    const contents = sheet.contents();

    app.call('menuCheck');
    const first = sheet.peek(flagged[0].row, flagged[0].column)!;
    expect(first.background).not.toBe('#00b050');
    expect(first.note.startsWith('Ghi chú của cán bộ\n── Phụ lục ──\n')).toBe(true);
    app.call('menuCheck');
    expect(sheet.peek(flagged[0].row, flagged[0].column)!.note.match(/── Phụ lục ──/g)).toHaveLength(1);

    app.call('menuClear');
    expect(sheet.looks()).toEqual(looks);
    expect(sheet.contents()).toEqual(contents);
    expect([...app.fake.documentProperties.values.keys()]).toEqual([]);
    expect(app.fake.spreadsheet.toasts.at(-1)!.message).toMatch(/^Đã xóa đánh dấu ở \d+ ô\.$/);
  });
});

describe('checking again after the sheet was edited', () => {
  let app: Loaded;
  let sheet: FakeSheet;
  beforeEach(async () => {
    const [grid] = await gridsOf(seedPath('001-dong-nai-ubnd-1295.xlsx'));
    app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    sheet = app.fake.sheet(grid.name);
  });

  it('gives a cell fixed by hand its own look back, and never keeps our paint as anyone’s own look', () => {
    // A37 holds a repeated "VII"; give it a look of its own first.
    Object.assign(sheet.cell(37, 1), { background: '#c6efce', note: 'Xem lại' });
    const looks = sheet.looks();
    app.call('menuCheck');
    expect(sheet.peek(37, 1)!.background).not.toBe('#c6efce');
    sheet.cell(37, 1).value = 'VIII';
    app.call('menuCheck');
    expect(sheet.peek(37, 1)).toMatchObject({ background: '#c6efce', note: 'Xem lại' });
    // Break a cell that was fine: it is painted, and clearing still gives everything its own look.
    sheet.cell(36, 1).value = 'IX';
    app.call('menuCheck');
    app.call('menuCheck');
    app.call('menuClear');
    expect(sheet.looks()).toEqual(looks);
  });

  it('keeps the record under the sheet’s id, so a renamed sheet still clears', () => {
    const looks = sheet.looks();
    app.call('menuCheck');
    sheet.name = 'Phụ lục (bản 2)';
    app.call('menuClear');
    expect(sheet.looks()).toEqual(looks);
  });

  it('checking another sheet leaves the first sheet’s record alone, and clearing clears both', async () => {
    const [other] = await gridsOf(seedPath('003-binh-duong-ubnd-1169.xlsx'));
    const second = app.fake.addSheet('Phụ lục 2', other.rows);
    app.call('menuCheck');
    app.fake.spreadsheet.activeSheet = second;
    app.call('menuCheck');
    expect(painted(sheet).length).toBeGreaterThan(0);
    expect(painted(second).length).toBeGreaterThan(0);
    app.call('menuClear');
    expect(painted(sheet)).toEqual([]);
    expect(painted(second)).toEqual([]);
    expect(sheet.looks()).toEqual({});
    expect(second.looks()).toEqual({});
  });
});

describe('the saved state in the document’s properties', () => {
  /** An appendix with `n` tasks whose unit is misspelt, each cell with a long note of its own. */
  function noisy(n: number): Grid {
    const rows: Grid['rows'] = [
      ['KẾ HOẠCH NĂM 2026'],
      [],
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
      ['I', 'Nhóm', null, null, null],
    ];
    for (let i = 1; i <= n; i++) rows.push([i, `Nhiệm vụ số ${i}`, 'So Y te', null, 'Quý V/2026']);
    return { name: 'Phụ lục', rows, merges: [] };
  }

  /** Text that does not compress, as officers' own notes would not repeat. */
  function noteOf(i: number): string {
    let x = i * 2654435761;
    let s = '';
    for (let k = 0; k < 60; k++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      s += 'aăâbcdđeêghiklmnoôơpqrstuưvxy0123456789'[x % 39];
    }
    return s;
  }

  it('splits a long record across properties under 9 KB each, and restores it exactly', () => {
    const grid = noisy(400);
    const app = load(dist, {}, (f) => {
      const sheet = f.addSheet(grid.name, grid.rows);
      for (let r = 5; r < 5 + 400; r++) sheet.cell(r, 3).note = noteOf(r);
    });
    const sheet = app.fake.sheet(grid.name);
    const looks = sheet.looks();
    app.call('menuCheck');
    const keys = [...app.fake.documentProperties.values.keys()];
    expect(keys.filter((k) => /\.\d+$/.test(k)).length).toBeGreaterThan(1);
    for (const v of app.fake.documentProperties.values.values()) expect(new TextEncoder().encode(v).length).toBeLessThanOrEqual(9 * 1024);
    app.call('menuCheck');
    app.call('menuClear');
    expect(sheet.looks()).toEqual(looks);
    expect(app.fake.documentProperties.values.size).toBe(0);
  });

  it('past Google’s 500 KB, says so in Vietnamese and paints nothing (rather than a paint it could not undo)', () => {
    const grid = noisy(20);
    const app = load(dist, {}, (f) => {
      f.addSheet(grid.name, grid.rows);
      // Other properties of the document fill it to within a kilobyte of the quota.
      let left = PROPERTY_TOTAL_LIMIT - 1_000;
      for (let i = 0; left > 20; i++) {
        const key = `other.${i}`;
        const value = 'x'.repeat(Math.min(8_000, left - key.length));
        f.documentProperties.values.set(key, value);
        left -= key.length + value.length;
      }
    });
    const sheet = app.fake.sheet(grid.name);
    const looks = sheet.looks();
    const properties = new Map(app.fake.documentProperties.values);
    app.call('menuCheck');
    expect(app.fake.ui.alerts).toEqual([expect.stringMatching(/^Tệp không còn chỗ lưu trạng thái của Phụ lục \(giới hạn 500 KB của Google/)]);
    expect(app.fake.spreadsheet.toasts).toEqual([]);
    expect(sheet.looks()).toEqual(looks);
    expect(app.fake.documentProperties.values).toEqual(properties);
    // The sidebar gets the same message as an Error, in English for an English-speaking user.
    app.fake.locale = 'en';
    expect(() => app.sidebar('sidebarCheck')).toThrow(/^The file has no room left for Phụ lục’s saved state/);
    expect(sheet.looks()).toEqual(looks);
  });

  it('a record damaged by hand reads as none: nothing is restored wrongly', () => {
    const grid = noisy(5);
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    app.call('menuCheck');
    const chunk = [...app.fake.documentProperties.values.keys()].find((k) => /\.0$/.test(k))!;
    app.fake.documentProperties.values.set(chunk, 'không phải base64 gzip');
    const looks = app.fake.sheet(grid.name).looks();
    app.call('menuClear');
    expect(app.fake.sheet(grid.name).looks()).toEqual(looks);
    expect(app.fake.ui.alerts).toEqual([]);
  });
});

describe('two people at once', () => {
  it('a check while someone else’s run holds the file waits, then says so and paints nothing', async () => {
    const [grid] = await gridsOf(seedPath('001-dong-nai-ubnd-1295.xlsx'));
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    app.fake.holdDocumentLock();
    app.call('menuCheck');
    expect(app.fake.ui.alerts).toEqual(['Phụ lục đang chạy trên tệp này cho một người khác (kiểm tra, sửa lỗi hoặc tổng hợp); hãy thử lại sau ít phút.']);
    expect(app.fake.lock.waits).toEqual([10_000]);
    expect(app.fake.sheet(grid.name).looks()).toEqual({});
    expect(() => app.sidebar('sidebarClear')).toThrow(/^Phụ lục đang chạy trên tệp này/);
    app.fake.releaseHeldLock();
    app.call('menuCheck');
    expect(Object.keys(app.fake.sheet(grid.name).looks()).length).toBeGreaterThan(0);
    expect(app.fake.lock.holder).toBeNull();
  });
});

describe('an empty sheet, or one without an appendix', () => {
  it('is checked without error and says there is no table', () => {
    const app = load(dist, {}, (f) => f.addSheet('Trống'));
    app.call('menuCheck');
    expect(app.fake.ui.alerts).toEqual([]);
    expect(app.fake.spreadsheet.toasts[0].message).toBe('Trang tính “Trống” không có bảng phụ lục (không thấy dòng tiêu đề STT / Nội dung / Chủ trì).');
    // The sidebar learns there is no table (tables: 0): an error state, never "no problems"; nothing to undo.
    expect(app.sidebar('sidebarCheck')).toEqual({ sheet: 'Trống', tables: 0, findings: [], summary: { error: 0, warning: 0, info: 0 }, undoable: false });
  });
});
