import { intToRoman } from '../../../core/read/stt';
import { sttMissing } from '../../../core/rules/sttMissing';
import { sttMalformed } from '../../../core/rules/sttMalformed';
import { sttAlphabet } from '../../../core/rules/sttAlphabet';
import { sttDuplicate } from '../../../core/rules/sttDuplicate';
import { sttGap } from '../../../core/rules/sttGap';
import { sttOrder } from '../../../core/rules/sttOrder';
import { sttStyleMixed } from '../../../core/rules/sttStyleMixed';
import { appendix, findingsOf, testRule } from '../../helpers/ruleTester';

const T = (n: string | number, text = 'Nhiệm vụ', lead: string | null = 'Sở Khoa học và Công nghệ', time: string | null = 'Quý II/2026') => [
  n,
  text,
  lead,
  null,
  time,
];
const G = (n: string, text = 'Nhóm nhiệm vụ') => [n, text, null, null, null];

testRule(sttMissing, {
  valid: [
    { name: 'every row numbered', grid: appendix([G('I'), T(1), T(2)]) },
    { name: 'tail of a sentence cut by a page break', grid: appendix([G('I'), T(1), [null, 'tiếp theo của câu trên', null, null, null]]) },
  ],
  invalid: [
    {
      name: 'a task with a lead unit and no number',
      grid: appendix([G('I'), T(1), [null, 'Tổ chức kiểm tra', 'Phòng TĐC', null, 'Quý III/2026']]),
      findings: [{ cell: 'A6', severity: 'error' }],
    },
  ],
});

testRule(sttMalformed, {
  valid: [
    // One cut, one finding: row.continuation reports it (test/core/rules/rows.test.ts).
    {
      name: 'a word pushed into the STT cell by a page break (001: lượng)',
      grid: appendix([G('III'), T(1, 'Đào tạo nguồn nhân lực, đạt chất'), ['lượng', 'Xây dựng chương trình', 'Sở GD&ĐT', null, 'Hàng năm'], T(3)]),
    },
    { name: 'Roman, Arabic, letters, dotted, numbers typed as numbers', grid: appendix([G('I.'), T('1.'), T('1.1'), T('a)'), T(2)]) },
    { name: 'number and content in one cell across the row (a group title row)', grid: appendix([['I. Tuyên truyền', null, null, null, null], T(1)]) },
  ],
  invalid: [
    {
      name: 'OCR “Ill” for III, with the corrected token as the fix',
      grid: appendix([G('I'), T(1), G('II'), T(1), G('Ill'), T(1)]),
      findings: [{ cell: 'A8', severity: 'error', message: '“III”', messageId: 'corrected', data: { stt: '“Ill”', corrected: 'III' } }],
      output: [G('I'), T(1), G('II'), T(1), G('III'), T(1)],
    },
    {
      name: 'a word in the STT cell while the row above ends a sentence is no page-break tail',
      grid: appendix([G('III'), T(1, 'Đào tạo nguồn nhân lực.'), ['lượng', 'Xây dựng chương trình', 'Sở GD&ĐT', null, 'Hàng năm'], T(3)]),
      findings: [{ cell: 'A6', message: '“lượng” không phải là số thứ tự.', messageId: 'notNumber' }],
      // Nothing certain to write: no fix, the sheet stays as it is.
      output: [G('III'), T(1, 'Đào tạo nguồn nhân lực.'), ['lượng', 'Xây dựng chương trình', 'Sở GD&ĐT', null, 'Hàng năm'], T(3)],
    },
    {
      name: 'number with text while the content column has text too',
      grid: appendix([G('I'), ['1 Tổ chức', 'Tổ chức hội nghị', 'Sở KH&CN', null, '2026']]),
      findings: [{ cell: 'A5' }],
    },
  ],
});

it('stt.malformed offers “III” for “Ill”', () => {
  const [f] = findingsOf(sttMalformed, appendix([G('I'), G('II'), G('Ill')]));
  expect(f.fix?.changes).toEqual([{ kind: 'set', row: 6, column: 1, value: 'III' }]);
});

testRule(sttDuplicate, {
  valid: [{ name: 'task numbers restart in each group', grid: appendix([G('I'), T(1), T(2), G('II'), T(1), T(2)]) }],
  invalid: [
    {
      name: 'a group number used twice (001: VII, VII)',
      grid: appendix([G('I'), G('II'), G('III'), G('IV'), G('V'), G('VI'), G('VI')]),
      findings: [{ cell: 'A10', message: 'dòng 9' }],
    },
    { name: 'a task number used twice', grid: appendix([G('I'), T(1), T(2), T(2), T(3)]), findings: [{ cell: 'A7' }] },
  ],
});

testRule(sttGap, {
  valid: [
    { name: 'straight-through numbering across groups', grid: appendix([G('I'), T(1), T(2), G('II'), T(3), T(4)]) },
    { name: 'a malformed row fills the slot', grid: appendix([G('I'), T(1), ['lượng', 'Xây dựng', 'Sở', null, '2026'], T(3)]) },
  ],
  invalid: [
    { name: 'V then VII (001)', grid: appendix([G('IV'.replace('IV', 'I')), G('II'), G('IV')]), findings: [{ cell: 'A6', message: '“III”' }] },
    { name: 'a task skipped', grid: appendix([G('I'), T(1), T(3)]), findings: [{ cell: 'A6', severity: 'warning' }] },
    { name: 'first point is b', grid: appendix([G('I'), T(1), T('b)'), T('c)')]), findings: [{ cell: 'A6', message: '“a”' }] },
  ],
});

testRule(sttOrder, {
  valid: [{ name: 'in order', grid: appendix([G('I'), T(1), T('a)'), T('b)'), T(2)]) }],
  invalid: [
    { name: 'two tasks swapped', grid: appendix([G('I'), T(1), T(3), T(2), T(4)]), findings: [{ cell: 'A7' }] },
    { name: 'points going back', grid: appendix([T(1), T('a)'), T('c)'), T('b)')]), findings: [{ cell: 'A7' }] },
  ],
});

it('stt.gap is not reported for a swap that stt.order reports', () => {
  expect(findingsOf(sttGap, appendix([G('I'), T(1), T(3), T(2), T(4)]))).toEqual([]);
});

testRule(sttAlphabet, {
  valid: [
    {
      name: 'the whole Vietnamese sequence',
      grid: appendix([T(1), ...'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ').map((l) => T(`${l})`))]),
    },
  ],
  invalid: [
    {
      name: 'f in a Vietnamese sequence (000)',
      grid: appendix([T(1), T('a)'), T('b)'), T('c)'), T('d)'), T('đ)'), T('e)'), T('f)'), T('g)')]),
      findings: [{ cell: 'A11', message: '“g”' }],
    },
  ],
});

testRule(sttStyleMixed, {
  valid: [
    { name: 'one style per level', grid: appendix([G('I.'), T('1.'), T('2.'), G('II.'), T('1.')]) },
    { name: 'straight-through alone', grid: appendix([G('I'), T(1), G('II'), T(2), G('III'), T(3)]) },
    {
      name: 'group titles in one cell everywhere (000)',
      grid: appendix([['I. Nhóm một', null, null, null, null], T(1), ['II. Nhóm hai', null, null, null, null], T(1)]),
    },
  ],
  invalid: [
    {
      name: 'I. beside II, III (001), with the majority form as the fix',
      grid: appendix([G('I.'), T(1), G('II'), T(1), G('III'), T(1)]),
      findings: [{ cell: 'A4', severity: 'info', message: '“I”', messageId: 'written', data: { stt: 'I.', fixTo: 'I' } }],
      output: [G('I'), T(1), G('II'), T(1), G('III'), T(1)],
    },
    {
      name: '“1 .” beside “2.” (003)',
      grid: appendix([G('I'), T('1 .'), T('2.'), T('3.')]),
      findings: [{ cell: 'A5', severity: 'info', message: '“1.”' }],
      output: [G('I'), T('1.'), T('2.'), T('3.')],
    },
    {
      name: 'Roman and capital letters at one level',
      grid: appendix([G('I'), T(1), G('II'), T(1), G('D'), T(1)]),
      findings: [{ cell: 'A8', severity: 'warning' }],
    },
    {
      name: 'restart in two groups, straight through in the third',
      grid: appendix([G('I'), T(1), T(2), G('II'), T(1), G('III'), T(2), G('IV'), T(1)]),
      findings: [{ cell: 'A10', severity: 'warning', message: 'nối tiếp', messageId: 'continues', data: { stt: '2' } }],
    },
    {
      name: 'one group title typed in the STT cell while the others split (001: IV)',
      grid: appendix([G('I'), T(1), G('II'), T(1), ['III Nhóm ba', null, null, null, null], T(1)]),
      findings: [{ cell: 'A8', severity: 'warning', message: 'chung một ô', messageId: 'inline' }],
      output: [G('I'), T(1), G('II'), T(1), ['III', 'Nhóm ba'], T(1)],
    },
  ],
});

it('stt.style_mixed splits an in-cell title into its two columns', () => {
  const [f] = findingsOf(sttStyleMixed, appendix([G('I'), G('II'), ['III Nhóm ba', null, null, null, null]]));
  expect(f.fix?.changes).toEqual([
    { kind: 'set', row: 6, column: 1, value: 'III' },
    { kind: 'set', row: 6, column: 2, value: 'Nhóm ba' },
  ]);
});

it('a lone “l” after k is the point letter, elsewhere an OCR’d I', () => {
  const letters = 'a b c d đ e g h i k l'.split(' ').map((l) => T(`${l})`));
  expect(findingsOf(sttMalformed, appendix([T(1), ...letters]))).toEqual([]);
  const [f] = findingsOf(sttMalformed, appendix([G('l'), T(1), G('II'), T(1)]));
  expect(f.cell).toBe('A4');
  expect(f.fix?.changes).toEqual([{ kind: 'set', row: 4, column: 1, value: 'I' }]);
});

it('reads lone L and C as Roman in a Roman sequence, and I as a letter after H', () => {
  const romans = Array.from({ length: 101 }, (_, i) => G(intToRoman(i + 1)));
  expect(findingsOf(sttDuplicate, appendix(romans))).toEqual([]);
  expect(findingsOf(sttGap, appendix(romans))).toEqual([]);
  expect(findingsOf(sttStyleMixed, appendix(romans))).toEqual([]);
  const letters = 'A B C D Đ E G H I K'.split(' ').map((l) => G(`${l}.`));
  expect(findingsOf(sttGap, appendix(letters))).toEqual([]);
  expect(findingsOf(sttStyleMixed, appendix(letters))).toEqual([]);
});

describe('numbering layouts beyond I → 1 → a', () => {
  const codes = (grid: ReturnType<typeof appendix>) =>
    [sttMalformed, sttDuplicate, sttGap, sttOrder, sttAlphabet, sttStyleMixed].flatMap((r) => findingsOf(r, grid)).map((f) => `${f.cell} ${f.code}`);

  it('dotted numbers, typed as text or stored by Excel as numbers', () => {
    expect(codes(appendix([T(1), T(1.1), T(1.2), T(2), T('2.1'), T('2.2')]))).toEqual([]);
    expect(codes(appendix([T(1), T('1.1'), T('1.1.1'), T('1.1.2'), T('1.2')]))).toEqual([]);
    expect(codes(appendix([T(1), T('1.1'), T('a)'), T('b)'), T('1.2')]))).toEqual([]);
  });

  it('a dotted number under the wrong parent', () => {
    expect(codes(appendix([T(1), T('1.1'), T(2), T('1.1')]))).toEqual(['A7 stt.order']);
  });

  it('items numbered under their Roman group (I.1, I.2)', () => {
    expect(codes(appendix([G('I'), T('I.1'), T('I.2'), G('II'), T('II.1')]))).toEqual([]);
  });

  it('capital-letter parts above Roman groups', () => {
    expect(codes(appendix([G('A'), G('I'), T(1), G('II'), T(1), G('B'), G('I'), T(1)]))).toEqual([]);
    expect(codes(appendix([G('A'), G('I'), G('III'), G('B'), G('I')]))).toEqual(['A6 stt.gap']);
  });

  it('bracketed and comma forms', () => {
    expect(codes(appendix([T('(1)'), T('(2)'), T('(3)')]))).toEqual([]);
    expect(codes(appendix([T('1,'), T('2,')]))).toEqual([]);
  });

  it('a phone number or a year in the STT cell is not a number, and never a thousand-number message', () => {
    const found = [sttMalformed, sttGap].flatMap((r) => findingsOf(r, appendix([T(1), T('0912345678'), T(2026), T(999)])));
    expect(found.map((f) => `${f.cell} ${f.code}`)).toEqual(['A5 stt.malformed', 'A6 stt.malformed', 'A7 stt.gap']);
    for (const f of found) expect(f.message.length).toBeLessThan(200);
  });
});
