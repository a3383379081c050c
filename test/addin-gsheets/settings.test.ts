/**
 * The settings sheet "Cài đặt Phụ lục" from the sidebar: what sidebarSaveSettings writes is what
 * core's readSettings reads back from the sheet's values, and what the next check uses. Values are
 * written as plain text, so Sheets keeps "30/11/2026" as typed.
 */
import type { Grid } from '../../core/model/grid';
import { SETTINGS_SHEET, readSettings } from '../../core/engine/settings';
import { validateWorkbook } from '../../core/engine/validate';
import type { FakeApps } from '../fakes/fakeAppsScript';
import { gridsOf, seedPath } from '../helpers/workbooks';
import { buildDist, load, removeDist } from './harness';

jest.setTimeout(120_000);

let dist: string;
let grid: Grid;
afterAll(() => removeDist(dist));
beforeAll(async () => {
  dist = buildDist();
  [grid] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
});

/** A sheet of the fake read as core reads a sheet: getValues' answer, as the fake gives it. */
function gridOfSheet(fake: FakeApps, name: string): Grid {
  const sheet = fake.sheet(name);
  const rows: Grid['rows'] = [];
  for (let r = 1; r <= sheet.lastRow; r++) {
    const row: Grid['rows'][number] = [];
    for (let c = 1; c <= sheet.lastColumn; c++) {
      const v = sheet.valueAt(r, c);
      row.push(v === '' ? null : (v as Grid['rows'][number][number]));
    }
    rows.push(row);
  }
  return { name, rows, merges: [] };
}

const outOfPeriod = (r: { findings: Array<{ code: string }> }) => r.findings.filter((f) => f.code === 'time.out_of_period').length;

describe('saving settings from the sidebar', () => {
  it('writes a settings sheet that core reads back, without leaving the sheet the user is on', () => {
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    app.sidebar('sidebarSaveSettings', JSON.stringify({ planYear: 2030, reportDate: '2026-11-30', unitSheet: 'Đơn vị của Sở' }));
    expect(app.fake.spreadsheet.sheets.map((s) => s.name)).toEqual([grid.name, SETTINGS_SHEET]);
    expect(app.fake.spreadsheet.activeSheet.name).toBe(grid.name);
    const read = readSettings(gridOfSheet(app.fake, SETTINGS_SHEET));
    expect(read.problems).toEqual([]);
    expect(read.settings).toEqual({ planYear: 2030, reportDate: new Date(Date.UTC(2026, 10, 30)), unitSheet: 'Đơn vị của Sở' });
    expect(app.sidebar('sidebarReadSettings')).toEqual({ planYear: 2030, reportDate: '2026-11-30', unitSheet: 'Đơn vị của Sở' });
  });

  it('keeps the date and the year as text: the value cells are plain text before anything is written', () => {
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    app.sidebar('sidebarSaveSettings', JSON.stringify({ planYear: 2030, reportDate: '2026-11-30' }));
    const sheet = app.fake.sheet(SETTINGS_SHEET);
    const cells = [...Array(3).keys()].map((i) => sheet.peek(i + 2, 2)!);
    expect(cells.map((c) => c.format)).toEqual(['@', '@', '@']);
    expect(cells[0].value).toBe('2030');
    expect(cells[1].value).toBe('30/11/2026');
    // Without the plain-text format the fake, like Sheets, would have made them a number and a date.
    const plain = sheet.cell(20, 2);
    app.fake
      .sheet(SETTINGS_SHEET)
      .getRange(20, 2)
      .setValues([['30/11/2026']]);
    expect(plain.value).toEqual({ wall: Date.UTC(2026, 10, 30) });
  });

  it('the next check uses the saved plan year (time frames outside it are flagged)', () => {
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    const before = app.sidebar<{ findings: Array<{ code: string }> }>('sidebarCheck');
    app.sidebar('sidebarSaveSettings', JSON.stringify({ planYear: 2020 }));
    const after = app.sidebar<{ findings: Array<{ code: string }> }>('sidebarCheck');
    expect(outOfPeriod(before)).toBe(outOfPeriod(validateWorkbook([grid])));
    expect(outOfPeriod(after)).toBe(outOfPeriod(validateWorkbook([grid], { planYear: 2020 })));
    expect(outOfPeriod(after)).toBeGreaterThan(outOfPeriod(before));
  });

  it('reads a date typed into the settings sheet by hand as that day, whatever the spreadsheet’s time zone', () => {
    for (const timeZone of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      const app = load(dist, { timeZone }, (f) => {
        f.addSheet(grid.name, grid.rows);
        f.addSheet(SETTINGS_SHEET, [
          ['Thiết đặt', 'Giá trị'],
          ['Ngày báo cáo', new Date(Date.UTC(2026, 6, 15))],
        ]);
      });
      expect(app.sidebar('sidebarReadSettings')).toEqual({ reportDate: '2026-07-15' });
    }
  });

  it('rewrites an existing settings sheet in place', () => {
    const app = load(dist, {}, (f) => {
      f.addSheet(grid.name, grid.rows);
      f.addSheet(SETTINGS_SHEET, [
        ['Thiết đặt', 'Giá trị', 'Ghi chú'],
        ['Năm kế hoạch', 2025],
      ]);
    });
    app.sidebar('sidebarSaveSettings', JSON.stringify({ planYear: 2027 }));
    expect(app.fake.spreadsheet.sheets).toHaveLength(2);
    expect(readSettings(gridOfSheet(app.fake, SETTINGS_SHEET)).settings).toEqual({ planYear: 2027 });
  });
});

describe('bad settings from the sidebar', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['malformed JSON', '{"planYear": 20', /^Dữ liệu gửi từ bảng kiểm tra không đọc được/],
    ['not a string at all', { planYear: 2026 }, /^Dữ liệu gửi từ bảng kiểm tra không đọc được/],
    ['a year as text', '{"planYear":"2026"}', /^Cài đặt không hợp lệ: năm kế hoạch phải là số nguyên từ 1990 đến 2100$/],
    ['a year out of range', '{"planYear":3026}', /năm kế hoạch phải là số nguyên/],
    ['a day that does not exist', '{"reportDate":"2026-02-30"}', /^Cài đặt không hợp lệ: ngày báo cáo phải là một ngày có thật/],
    ['a day written the other way', '{"reportDate":"30/11/2026"}', /ngày báo cáo phải là một ngày có thật/],
    ['a sheet name too long', JSON.stringify({ unitSheet: 'x'.repeat(101) }), /tên sheet danh mục phải có từ 1 đến 100 ký tự/],
    ['a setting that does not exist', '{"planYear":2026,"colour":"red"}', /không có thiết đặt “colour”/],
    ['an array', '[2026]', /^Cài đặt không hợp lệ: cần một đối tượng JSON/],
    ['null', 'null', /^Cài đặt không hợp lệ: cần một đối tượng JSON/],
  ];

  it.each(cases)('%s is refused with a Vietnamese message, and no sheet is touched', (_what, input, message) => {
    const app = load(dist, {}, (f) => f.addSheet(grid.name, grid.rows));
    const before = app.fake.sheet(grid.name).contents();
    expect(() => app.sidebar('sidebarSaveSettings', input)).toThrow(message);
    expect(app.fake.spreadsheet.sheets.map((s) => s.name)).toEqual([grid.name]);
    expect(app.fake.sheet(grid.name).contents()).toEqual(before);
  });

  it('is refused in English for an English-speaking user', () => {
    const app = load(dist, { locale: 'en_US' }, (f) => f.addSheet(grid.name, grid.rows));
    expect(() => app.sidebar('sidebarSaveSettings', '{"planYear":1}')).toThrow(
      'The settings are not valid: the plan year must be a whole number from 1990 to 2100',
    );
  });
});
