import { planPeriodFromTitle } from '../../../core/time/planPeriod';
import { timeInvalid } from '../../../core/rules/timeInvalid';
import { timeMissing } from '../../../core/rules/timeMissing';
import { timeOutOfPeriod } from '../../../core/rules/timeOutOfPeriod';
import { timeStyle } from '../../../core/rules/timeStyle';
import { timeUnparsed } from '../../../core/rules/timeUnparsed';
import { validateWorkbook } from '../../../core/engine/validate';
import { appendix, findingsOf, testRule } from '../../helpers/ruleTester';
import { gridsOf, seedPath } from '../../helpers/workbooks';

const T = (n: string | number, time: string | number | Date | null) => [n, 'Nhiệm vụ', 'Sở Khoa học và Công nghệ', null, time];
const G = (n: string, time: string | null = null) => [n, 'Nhóm', null, null, time];
const plan2026 = { planYear: 2026 };

testRule(timeMissing, {
  valid: [
    { name: 'every task has a time; groups are exempt', grid: appendix([G('I'), T(1, 'Quý II/2026'), T(2, 'Hàng năm')]) },
    { name: 'a task with points is a heading; its points carry the times (004)', grid: appendix([T(1, null), T('a', 'Quý I/2026'), T('b', 'Thường xuyên')]) },
    { name: 'a real Excel date', grid: appendix([T(1, new Date(Date.UTC(2026, 5, 30)))]) },
    { name: 'no time column at all', grid: appendix([[1, 'Nhiệm vụ', 'Sở KH&CN']], ['TT', 'Nội dung', 'Cơ quan chủ trì']) },
  ],
  invalid: [
    { name: 'an empty time cell (001)', grid: appendix([G('I'), T(1, 'Quý II/2026'), T(2, null)]), findings: [{ cell: 'E6', severity: 'error' }] },
    { name: '"-" is not a time', grid: appendix([T(1, '-')]), findings: [{ cell: 'E4', message: '“-”' }] },
  ],
});

testRule(timeUnparsed, {
  valid: [
    {
      name: 'forms of the seeds',
      grid: appendix([T(1, 'Quý III, IV/2026'), T(2, '1 lần/năm (Quý II hàng năm)'), T(3, 'Sau khi Đề án của Trung ương ban hành'), T(4, 'Đến 2030 Đến 2030')]),
    },
  ],
  invalid: [
    { name: 'prose', grid: appendix([T(1, 'Khi nào xong thì báo')]), findings: [{ cell: 'E4', severity: 'warning', message: '“Khi nào xong thì báo”' }] },
  ],
});

testRule(timeInvalid, {
  valid: [{ name: 'real values', grid: appendix([T(1, 'Quý IV/2026'), T(2, '29/02/2028'), T(3, 'Tháng 12/2026')]) }],
  invalid: [
    {
      name: 'Quý V, month 13, 31/02, a reversed range',
      grid: appendix([T(1, 'Quý V/2026'), T(2, 'Tháng 13/2026'), T(3, '31/02/2026'), T(4, 'Từ tháng 11/2026 đến tháng 01/2026')]),
      findings: [
        { cell: 'E4', message: 'quý 5' },
        { cell: 'E5', message: 'tháng 13' },
        { cell: 'E6', message: '31/2/2026' },
        { cell: 'E7', message: 'kết thúc trước' },
      ],
    },
  ],
});

testRule(timeOutOfPeriod, {
  valid: [
    { name: 'inside a 2026 plan', grid: appendix([T(1, 'Quý II/2026'), T(2, 'Đến 2030'), T(3, '2025-2027')]), options: plan2026 },
    {
      name: 'open-ended and recurring frames never',
      grid: appendix([T(1, 'Hàng năm'), T(2, '2020 và những năm tiếp theo'), T(3, 'Thường xuyên')]),
      options: plan2026,
    },
    {
      name: 'no plan year known: skipped, not guessed',
      grid: { name: 'S', rows: [['TT', 'Nội dung', 'Cơ quan chủ trì', 'Phối hợp', 'Thời gian'], T(1, 'Quý II/2019')], merges: [] },
    },
  ],
  invalid: [
    {
      name: 'Quý II/2025 in a 2026 plan',
      grid: appendix([T(1, 'Quý II/2025'), T(2, 'Quý I/2027')]),
      options: plan2026,
      findings: [{ cell: 'E4', severity: 'error' }, { cell: 'E5' }],
    },
    { name: 'the year read from the title line', grid: appendix([T(1, 'Quý IV/2025')]), findings: [{ cell: 'E4', message: 'năm 2026' }] },
  ],
});

testRule(timeStyle, {
  valid: [{ name: 'one spelling', grid: appendix([T(1, 'Quý II/2026'), T(2, 'Quý III, IV/2026'), T(3, 'Quý I và II/2026')]) }],
  invalid: [
    {
      name: 'Quý 2 năm 2026 among Quý II/2026',
      grid: appendix([T(1, 'Quý II/2026'), T(2, 'Quý 2 năm 2026'), T(3, 'Quý IV/2026'), T(4, 'Quý II /2026')]),
      findings: [
        { cell: 'E5', severity: 'info', message: '“Quý II/2026”' },
        { cell: 'E7', message: '“Quý II/2026”' },
      ],
    },
    {
      name: 'a list in another spelling: the suggestion writes it the majority’s way',
      grid: appendix([T(1, 'Quý II/2026'), T(2, 'Quý III/2026'), T(3, 'quý 3, 4 năm 2026')]),
      findings: [{ cell: 'E6', messageId: 'styleFix', data: { fixed: 'Quý III, IV/2026' } }],
      output: [T(1, 'Quý II/2026'), T(2, 'Quý III/2026'), T(3, 'Quý III, IV/2026')],
    },
  ],
});

it('time.style rewrites lists in the majority spelling', () => {
  const [f] = findingsOf(timeStyle, appendix([T(1, 'Quý II/2026'), T(2, 'Quý III/2026'), T(3, 'quý 3, 4 năm 2026')]));
  expect(f.fix?.changes).toEqual([{ kind: 'set', row: 6, column: 5, value: 'Quý III, IV/2026' }]);
});

describe('plan period from the title lines', () => {
  it.each([
    [['KẾ HOẠCH … NĂM 2026'], '2026-01-01', '2026-12-31'],
    [['Kế hoạch giai đoạn 2026-2030'], '2026-01-01', '2030-12-31'],
    [['(Kèm theo Kế hoạch số /KH-SKHCN ngày tháng năm 2026)'], '2026-01-01', '2026-12-31'],
    [['VỀ ĐẨY MẠNH … ĐẾN NĂM 2030 VÀ NHỮNG NĂM TIẾP THEO', '(Kèm theo Quyết định số 1169/QĐ-UBND ngày 28 tháng 4 năm 2025)'], '2025-01-01', undefined],
    [['(Kèm theo Kế hoạch số /KH-SKHCN ngày /9/2025 của Sở)'], '2025-01-01', '2025-12-31'],
  ])('%p', (lines, start, end) => {
    const p = planPeriodFromTitle(lines)!;
    expect(p.start.toISOString().slice(0, 10)).toBe(start);
    expect(p.end?.toISOString().slice(0, 10)).toBe(end);
  });

  it('is unknown when the title says nothing', () => {
    expect(planPeriodFromTitle(['PHỤ LỤC', 'Danh mục nhiệm vụ'])).toBeUndefined();
  });

  it.each([
    ['000-dong-nai-skhcn-2026.xlsx', 'năm 2026'],
    ['001-dong-nai-ubnd-1295.xlsx', 'từ năm 2025, đến năm 2030 và những năm tiếp theo'],
    ['003-binh-duong-ubnd-1169.xlsx', 'từ năm 2025, đến năm 2030 và những năm tiếp theo'],
    ['004-hcm-skhcn-2026.xlsx', 'năm 2026'],
  ])('reads %s as %s', async (name, label) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { planPeriodOf } = require('../../../core/engine/validate') as typeof import('../../../core/engine/validate');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readTables } = require('../../../core/read/table') as typeof import('../../../core/read/table');
    const [grid] = await gridsOf(seedPath(name));
    expect(planPeriodOf(grid, readTables(grid), {})?.label.vi).toBe(label);
  });

  it('--plan-year wins over the title: 003 in a 2026 plan has two 2025 tasks', async () => {
    const report = validateWorkbook(await gridsOf(seedPath('003-binh-duong-ubnd-1169.xlsx')), { planYear: 2026 });
    expect(report.findings.filter((f) => f.code === 'time.out_of_period').map((f) => f.cell)).toEqual(['F8', 'F16']);
  });
});

describe('second look at plan periods and spellings', () => {
  it.each([
    [['KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT NĂM 2006 TRÊN ĐỊA BÀN TỈNH NĂM 2026'], '2026-01-01', '2026-12-31'],
    [['Thực hiện Nghị quyết số 57-NQ/TW năm 2024 trong năm 2026'], '2026-01-01', '2026-12-31'],
    [['Kế hoạch 5 năm 2026-2030'], '2026-01-01', '2030-12-31'],
  ])('%p', (lines, start, end) => {
    const p = planPeriodFromTitle(lines)!;
    expect(p.start.toISOString().slice(0, 10)).toBe(start);
    expect(p.end?.toISOString().slice(0, 10)).toBe(end);
  });

  it('time.style never offers a rewrite that changes the period or drops a word', () => {
    const grid = appendix([T(1, 'Quý I/2026'), T(2, 'Quý II/2026'), T(3, 'Quý I - II/2026'), T(4, 'Dự kiến Quý IV/2026'), T(5, 'Quý 3 năm 2026')]);
    const found = findingsOf(timeStyle, grid);
    const fixes = Object.fromEntries(found.map((f) => [f.cell, f.fix?.changes[0]]));
    expect(fixes.E8).toEqual({ kind: 'set', row: 8, column: 5, value: 'Quý III/2026' });
    for (const cell of ['E6', 'E7']) expect(fixes[cell]).toBeUndefined();
  });
});

describe('time rules on real deadline forms (issue 15)', () => {
  const titled = (title: string[], body: unknown[][]) => ({
    name: 'Phụ lục',
    rows: [...title.map((t) => [t]), [], ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'], ...body] as never,
    merges: [],
  });
  const KH277 = ['PHỤ LỤC', 'NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH', '(Kèm theo Kế hoạch số 277/KH-UBND ngày 15 tháng 7 năm 2026 của UBND tỉnh)'];

  it('no time.unparsed on relative, event, deferring and following-year deadlines', () => {
    const grid = titled(KH277, [
      ['I', 'Nhóm', null, null, 'Theo thời hạn cụ thể sau đây:'],
      T(1, '100 ngày kể từ ngày ban hành Kế hoạch'),
      T(2, 'Trong 30 ngày kể từ ngày …'),
      T(3, 'Kỳ họp thứ nhất Quốc hội khóa XVI'),
      ['II', 'Nhóm', null, null, 'năm tiếp theo'],
    ]);
    expect(findingsOf(timeUnparsed, grid)).toEqual([]);
    expect(findingsOf(timeMissing, grid)).toEqual([]);
  });

  it('no time.out_of_period when the period is only the issue year', () => {
    // A decision issued in 2026 for a programme that runs on: Quý I/2027 and Quý II/2028 are not errors.
    const grid = titled(
      ['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ', '(Kèm theo Quyết định số 12/QĐ-TTg ngày 3 tháng 2 năm 2026 của Thủ tướng Chính phủ)'],
      [T(1, 'Quý I/2027'), T(2, 'Quý II/2028')],
    );
    expect(findingsOf(timeOutOfPeriod, grid)).toEqual([]);
  });

  it('no time.out_of_period on a multi-year programme read from its title; one outside it still is', () => {
    const grid = titled(
      ['PHỤ LỤC', 'ĐỀ ÁN CHUYỂN ĐỔI SỐ 2026–2030', '(Kèm theo Quyết định số 12/QĐ-UBND ngày 3 tháng 2 năm 2026)'],
      [T(1, 'Quý I/2027'), T(2, 'Quý II/2028'), T(3, 'Năm 2031')],
    );
    expect(findingsOf(timeOutOfPeriod, grid).map((f) => f.cell)).toEqual(['E8']);
  });

  it('--plan-year 2026-2030 accepts Quý II/2028 and refuses 2025', () => {
    const grid = appendix([T(1, 'Quý II/2028'), T(2, 'Năm 2025')]);
    expect(findingsOf(timeOutOfPeriod, grid, { planYear: 2026, planEndYear: 2030 }).map((f) => f.cell)).toEqual(['E5']);
  });

  it('a relative deadline dated from the issue date is checked against the period', () => {
    const grid = titled(
      ['KẾ HOẠCH NĂM 2026', '(Kèm theo Kế hoạch số 277/KH-UBND ngày 15 tháng 7 năm 2026)'],
      [T(1, '200 ngày kể từ ngày ban hành Kế hoạch'), T(2, '100 ngày kể từ ngày ban hành Kế hoạch')],
    );
    // 15/7/2026 + 200 days = 31/1/2027: it starts inside 2026, so it is not wholly outside.
    expect(findingsOf(timeOutOfPeriod, grid)).toEqual([]);
  });
});
