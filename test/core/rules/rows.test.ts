import { headerMissingColumn } from '../../../core/rules/headerMissingColumn';
import { rowContinuation } from '../../../core/rules/rowContinuation';
import { rowRepeatedHeader } from '../../../core/rules/rowRepeatedHeader';
import { sectionHasAssignment } from '../../../core/rules/sectionHasAssignment';
import { HEADER, appendix, findingsOf, testRule } from '../../helpers/ruleTester';

const T = (n: string | number, lead: string | null = 'Sở Khoa học và Công nghệ', time: string | null = 'Quý II/2026') => [n, 'Nhiệm vụ', lead, null, time];
const G = (n: string, lead: string | null = null, time: string | null = null) => [n, 'Nhóm', lead, null, time];

testRule(rowContinuation, {
  valid: [{ name: 'whole rows', grid: appendix([G('I'), T(1), T(2)]) }],
  invalid: [
    {
      name: 'the tail of a sentence alone in a row (000, 002, 004)',
      grid: appendix([G('I'), T(1), [null, 'hội nhập quốc tế (Đề án 996)', null, null, null], T(2)]),
      findings: [{ cell: 'A6', severity: 'warning', message: 'dòng 5' }],
    },
    {
      name: 'after a repeated header, the tail belongs to the row before the header (004)',
      grid: appendix([T(1), T('a'), HEADER, [null, 'quốc gia, tiêu chuẩn quốc tế', null, null, null]]),
      findings: [{ cell: 'A7', message: 'dòng 5' }],
    },
    {
      name: 'the last word pushed into the next task’s STT cell (001: “lượng”): one finding, an error, at the STT cell',
      grid: appendix([
        G('III'),
        [1, 'Đào tạo nguồn nhân lực, đạt chất', null, null, null],
        ['lượng', 'Xây dựng chương trình', 'Sở GD&ĐT', null, 'Hàng năm'],
        T(3),
      ]),
      findings: [
        {
          cell: 'A6',
          severity: 'error',
          message: '“lượng” ở ô số thứ tự là chữ cuối của nội dung dòng 5',
          messageId: 'pushedWithNumber',
          data: { words: '“lượng”', above: 5, number: 2 },
        },
      ],
      output: [G('III'), [1, 'Đào tạo nguồn nhân lực, đạt chất lượng'], [2, 'Xây dựng chương trình', 'Sở GD&ĐT', null, 'Hàng năm'], T(3)],
    },
    {
      name: 'a cut row merged into the row above, cell by cell; the cut row emptied',
      grid: appendix([T(1), [null, 'phần còn lại', null, 'Công nghệ', null]]),
      findings: [{ cell: 'A5', messageId: 'continues', data: { above: 4 } }],
      output: [[1, 'Nhiệm vụ phần còn lại', 'Sở Khoa học và Công nghệ', 'Công nghệ', 'Quý II/2026'], []],
    },
  ],
});

it('row.continuation moves a pushed word back and writes the number both neighbours tell, as a number', () => {
  const grid = appendix([
    G('III'),
    [1, 'Đào tạo nguồn nhân lực, đạt chất', null, null, null],
    ['lượng', 'Xây dựng chương trình', 'Sở GD&ĐT', null, 'Hàng năm'],
    T(3),
  ]);
  const [f] = findingsOf(rowContinuation, grid);
  expect(f.message).toContain('ghi số “2”');
  expect(f.fix?.changes).toEqual([
    { kind: 'set', row: 5, column: 2, value: 'Đào tạo nguồn nhân lực, đạt chất lượng' },
    { kind: 'set', row: 6, column: 1, value: 2 },
  ]);
});

it('row.continuation offers no fix for a pushed word when the numbers around it do not tell the missing one', () => {
  const [f] = findingsOf(
    rowContinuation,
    appendix([G('III'), [1, 'Đào tạo nguồn nhân lực, đạt chất', null, null, null], ['lượng', 'Xây dựng chương trình', 'Sở GD&ĐT', null, 'Hàng năm'], T(5)]),
  );
  expect(f.code).toBe('row.continuation');
  expect(f.fix).toBeUndefined();
  expect(f.message).toContain('ghi lại số thứ tự');
});

it('row.continuation fixes by merging into the row above', () => {
  const [f] = findingsOf(rowContinuation, appendix([T(1), [null, 'phần còn lại', null, 'Công nghệ', null]]));
  expect(f.fix?.changes).toEqual([{ kind: 'mergeRowInto', row: 5, into: 4 }]);
});

testRule(rowRepeatedHeader, {
  valid: [{ name: 'one header', grid: appendix([T(1), T(2)]) }],
  invalid: [
    {
      name: 'header repeated at each page (004)',
      grid: appendix([T(1), HEADER, T(2), ['STT', 'NỘI DUNG NHIỆM VỤ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'], T(3)]),
      findings: [
        { cell: 'A5', messageId: 'repeated', data: { headerRow: 3 } },
        { cell: 'A7', messageId: 'repeated', data: { headerRow: 3 } },
      ],
      output: [T(1), [], T(2), [], T(3)],
    },
  ],
});

testRule(sectionHasAssignment, {
  valid: [
    { name: 'group rows carry nothing', grid: appendix([G('I'), T(1), T(2)]) },
    { name: 'a group carries the lead its tasks leave empty', grid: appendix([G('I', 'Sở KH&CN', 'Hàng năm'), T(1, null, null)]) },
  ],
  invalid: [
    {
      name: 'group III with a lead unit and a time, tasks with theirs (001)',
      grid: appendix([G('III', 'Sở Khoa học và Công nghệ', 'Hàng năm'), T(1, null, null), T(2)]),
      findings: [{ cell: 'C4', severity: 'warning' }],
    },
  ],
});

testRule(headerMissingColumn, {
  valid: [{ name: 'content and lead columns present', grid: appendix([T(1)]) }],
  invalid: [
    {
      name: 'no lead column',
      grid: appendix([[1, 'Nhiệm vụ', 'Quý I/2026', 'Báo cáo']], ['STT', 'Nội dung', 'Thời gian', 'Kết quả']),
      findings: [{ cell: 'A3', severity: 'error', message: 'Cơ quan chủ trì' }],
    },
  ],
});
