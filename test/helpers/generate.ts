/** Well-formed appendices, generated: either numbering style, any consistent punctuation. */
import fc from 'fast-check';
import type { CellValue, Grid } from '../../core/model/grid';
import { VIETNAMESE_LETTERS, intToRoman } from '../../core/read/stt';

export interface Shape {
  groups: number[][]; // per group, per task: number of sub-tasks
  straight: boolean;
  groupPunct: '' | '.';
  taskPunct: '' | '.';
  letterPunct: '' | ')' | '.';
  taskAsNumber: boolean;
}

export const shapeArb: fc.Arbitrary<Shape> = fc.record({
  groups: fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 6 }),
  straight: fc.boolean(),
  groupPunct: fc.constantFrom('' as const, '.' as const),
  taskPunct: fc.constantFrom('' as const, '.' as const),
  letterPunct: fc.constantFrom('' as const, ')' as const, '.' as const),
  taskAsNumber: fc.boolean(),
});

export interface Generated {
  grid: Grid;
  /** Sheet rows of numbered rows, with what they are. */
  numbered: Array<{ row: number; kind: 'group' | 'task' | 'subtask'; value: number; first: boolean }>;
}

export const HEADER_ROW = 3;

export function buildAppendix(shape: Shape): Generated {
  const rows: CellValue[][] = [['KẾ HOẠCH NĂM 2026'], [], ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian']];
  const numbered: Generated['numbered'] = [];
  let taskNo = 0;
  shape.groups.forEach((tasks, g) => {
    rows.push([intToRoman(g + 1) + shape.groupPunct, `Nhóm nhiệm vụ ${g + 1}`, null, null, null]);
    numbered.push({ row: rows.length, kind: 'group', value: g + 1, first: g === 0 });
    if (!shape.straight) taskNo = 0;
    tasks.forEach((subs, t) => {
      taskNo++;
      const stt: CellValue = shape.taskAsNumber && shape.taskPunct === '' ? taskNo : `${taskNo}${shape.taskPunct}`;
      rows.push([stt, `Tổ chức nhiệm vụ số ${taskNo}`, 'Sở Khoa học và Công nghệ', 'Các sở, ban, ngành', 'Quý II/2026']);
      numbered.push({ row: rows.length, kind: 'task', value: taskNo, first: t === 0 });
      for (let s = 0; s < subs; s++) {
        rows.push([
          `${VIETNAMESE_LETTERS[s]}${shape.letterPunct}`,
          `Thực hiện nội dung ${s + 1}`,
          'Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng',
          null,
          'Quý III/2026',
        ]);
        numbered.push({ row: rows.length, kind: 'subtask', value: s + 1, first: s === 0 });
      }
    });
  });
  return { grid: { name: 'Phụ lục', rows, merges: [] }, numbered };
}

/** Anything a cell can hold, with the text real tables throw at a reader. */
export const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(
    'TT',
    'STT',
    'Nội dung nhiệm vụ',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Thời gian',
    'I',
    'II.',
    'Ill',
    'l',
    '1 .',
    'a)',
    'f)',
    'đ',
    '1.2.3',
    'lượng',
    '--',
    '',
    ' ',
    '<p>x</p>',
    '&amp;',
    'Sở KH&CN',
    'Thường xuyên'.normalize('NFD'),
    'IV Tăng cường',
    '\u00a0',
    'C',
    'L',
    'X.',
  ),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }),
);

export const gridArb: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(fc.array(cellArb, { maxLength: 9 }), { maxLength: 40 }),
    merges: fc.array(
      fc.record({
        top: fc.integer({ min: 1, max: 40 }),
        left: fc.integer({ min: 1, max: 9 }),
        h: fc.integer({ min: 0, max: 3 }),
        w: fc.integer({ min: 0, max: 3 }),
      }),
      { maxLength: 4 },
    ),
    withHeader: fc.boolean(),
  })
  .map(({ rows, merges, withHeader }) => ({
    name: 'S',
    rows: withHeader ? [['TT', 'Nội dung', 'Cơ quan chủ trì', 'Phối hợp', 'Thời gian'], ...rows] : rows,
    merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
  }));
