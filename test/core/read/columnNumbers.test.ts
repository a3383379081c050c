/** Column-number rows ("(1) (2) (3)…", "1 2 3…") are never tasks; a header deep in the sheet is found. */
import type { CellValue, Grid } from '../../../core/model/grid';
import { HEADER_SEARCH_ROWS } from '../../../core/read/header';
import { readTables } from '../../../core/read/table';
import { validateGrid } from '../../../core/engine/validate';

const codes = (g: Grid) => validateGrid(g).findings.map((f) => `${f.cell} ${f.code}`);
const TASKS: CellValue[][] = [
  ['I', 'Nhóm một', null, null, null],
  [1, 'Tổ chức hội nghị', 'Sở Y tế', 'Sở Xây dựng', 'Quý II/2026'],
  [2, 'Ban hành kế hoạch', 'Sở Y tế', null, 'Quý III/2026'],
];
const TWO_ROW_HEADER: CellValue[][] = [
  ['STT', 'Nội dung', 'Cơ quan thực hiện', null, 'Thời gian'],
  [null, null, 'Chủ trì', 'Phối hợp', null],
];
const merges = [
  { top: 3, left: 3, bottom: 3, right: 4 },
  { top: 3, left: 1, bottom: 4, right: 1 },
];

describe('a column-number row', () => {
  it.each<[string, CellValue[]]>([
    ['(1) (2) …', ['(1)', '(2)', '(3)', '(4)', '(5)']],
    ['1 2 3 … as numbers', [1, 2, 3, 4, 5]],
    ['[1] [2] …', ['[1]', '[2]', '[3]', '[4]', '[5]']],
  ])('under a merged two-row header (%s) is part of the header', (_name, numbers) => {
    const g: Grid = { name: 'S', rows: [['KẾ HOẠCH NĂM 2026'], [], ...TWO_ROW_HEADER, numbers, ...TASKS], merges };
    const [t] = readTables(g);
    expect(t.header.lastRow).toBe(5);
    expect(t.rows.filter((r) => r.kind === 'task').map((r) => r.row)).toEqual([7, 8]);
    expect(codes(g)).toEqual([]);
  });

  it('after a blank row under the header is no task either', () => {
    const g: Grid = {
      name: 'S',
      rows: [['KẾ HOẠCH NĂM 2026'], [], ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'], [], [1, 2, 3, 4, 5], ...TASKS],
      merges: [],
    };
    expect(readTables(g)[0].rows.find((r) => r.row === 5)?.kind).toBe('blank');
    expect(codes(g)).toEqual([]);
  });

  it('needs numbers one after another: a task row with numbers stays a task', () => {
    const g: Grid = {
      name: 'S',
      rows: [['KẾ HOẠCH NĂM 2026'], [], ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'], [1, 'Việc', 'Sở Y tế', null, 2026], [2, 7, 9, null, 2026]],
      merges: [],
    };
    expect(readTables(g)[0].rows.map((r) => r.kind)).toEqual(['task', 'task']);
  });
});

describe('where the header is looked for', () => {
  const header = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];
  const below = (n: number): Grid => ({
    name: 'S',
    rows: [...Array.from({ length: n }, (_, i) => [`Dòng giới thiệu ${i + 1}`]), header, ...TASKS],
    merges: [],
  });

  it('finds a header far below row 30', () => {
    expect(readTables(below(150))).toHaveLength(1);
  });

  it(`stops after ${HEADER_SEARCH_ROWS} rows`, () => {
    expect(HEADER_SEARCH_ROWS).toBeGreaterThanOrEqual(200);
    expect(readTables(below(HEADER_SEARCH_ROWS))).toHaveLength(0);
  });
});
