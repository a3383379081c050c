/** Every form the seeds and the issue name, with the period it denotes. */
import fc from 'fast-check';
import { deadlineOf, parseTimeFrame, TimeFrame } from '../../../core/time/timeFrame';
import { intToRoman } from '../../../core/read/stt';

const d = (s: string) => new Date(`${s}T00:00:00.000Z`);
const ctx = { planYear: 2026 };

type Want = Partial<Omit<TimeFrame, 'start' | 'end' | 'parts' | 'invalid'>> & { start?: string; end?: string; parts?: string[]; invalid?: boolean };

const cases: Array<[string, Want]> = [
  // quarters
  ['Quý III/2026', { kind: 'quarter', start: '2026-07-01', end: '2026-09-30', quarters: [3] }],
  ['Quý II /2026', { kind: 'quarter', start: '2026-04-01', end: '2026-06-30' }],
  ['quý IV/2026', { kind: 'quarter', start: '2026-10-01', end: '2026-12-31' }],
  ['Quý III, IV/2026', { kind: 'quarters', start: '2026-07-01', end: '2026-12-31', quarters: [3, 4] }],
  ['Quý I và II/2026', { kind: 'quarters', start: '2026-01-01', end: '2026-06-30', quarters: [1, 2] }],
  ['Quý II, III và IV/2026.', { kind: 'quarters', start: '2026-04-01', end: '2026-12-31', quarters: [2, 3, 4] }],
  ['Quý IV năm 2025', { kind: 'quarter', start: '2025-10-01', end: '2025-12-31' }],
  ['Quý 2/2026', { kind: 'quarter', start: '2026-04-01', end: '2026-06-30' }],
  ['QUÝ I/2026', { kind: 'quarter', start: '2026-01-01', end: '2026-03-31' }],
  // months and dates
  ['Tháng 6/2026', { kind: 'month', start: '2026-06-01', end: '2026-06-30' }],
  ['6/2026', { kind: 'month', start: '2026-06-01', end: '2026-06-30' }],
  ['06/2026', { kind: 'month', start: '2026-06-01', end: '2026-06-30' }],
  ['tháng 9 năm 2026', { kind: 'month', start: '2026-09-01', end: '2026-09-30' }],
  ['Từ tháng 01/2026 đến tháng 11/2026', { kind: 'range', start: '2026-01-01', end: '2026-11-30' }],
  ['30/6/2026', { kind: 'date', start: '2026-06-30', end: '2026-06-30' }],
  ['Trước ngày 15/11/2026', { kind: 'before', end: '2026-11-15' }],
  ['trước ngày 15/11', { kind: 'before', end: '2026-11-15', yearFromPlan: true }],
  ['Đến hết ngày 24/5/2026', { kind: 'before', end: '2026-05-24' }],
  // years and periods
  ['2026', { kind: 'year', start: '2026-01-01', end: '2026-12-31' }],
  ['Năm 2026', { kind: 'year', start: '2026-01-01', end: '2026-12-31' }],
  ['6 tháng đầu năm 2026', { kind: 'half-year', start: '2026-01-01', end: '2026-06-30' }],
  ['6 tháng cuối năm', { kind: 'half-year', start: '2026-07-01', end: '2026-12-31', yearFromPlan: true }],
  ['2025-2026', { kind: 'range', start: '2025-01-01', end: '2026-12-31' }],
  ['2025 - 2030', { kind: 'range', start: '2025-01-01', end: '2030-12-31' }],
  ['Giai đoạn 2026-2030', { kind: 'range', start: '2026-01-01', end: '2030-12-31' }],
  ['Đến 2030', { kind: 'before', end: '2030-12-31' }],
  ['Đến năm 2030', { kind: 'before', end: '2030-12-31' }],
  ['2025 và những năm tiếp theo', { kind: 'from', start: '2025-01-01' }],
  ['Trước 2030', { kind: 'before', end: '2029-12-31' }],
  ['Từ năm 2026', { kind: 'from', start: '2026-01-01' }],
  // recurring and ongoing
  ['Hàng năm', { kind: 'recurring', recurring: 'yearly' }],
  ['Hằng năm', { kind: 'recurring', recurring: 'yearly' }],
  ['Hằng quý', { kind: 'recurring', recurring: 'quarterly' }],
  ['Thường xuyên', { kind: 'ongoing' }],
  ['Nhiệm vụ thường xuyên', { kind: 'ongoing' }],
  ['Liên tục', { kind: 'ongoing' }],
  ['Tuyên truyền thường xuyên với nhiều hình thức', { kind: 'ongoing' }],
  ['1 lần/năm (Quý II hàng năm)', { kind: 'recurring', recurring: 'yearly', quarters: [2] }],
  ['01 lớp/năm', { kind: 'recurring', recurring: 'yearly' }],
  ['Ít nhất 1 lần/năm', { kind: 'recurring', recurring: 'yearly' }],
  ['Định kỳ hoặc đột xuất theo yêu cầu', { kind: 'recurring', recurring: 'periodic' }],
  // conditional
  ['Sau khi Đề án của Trung ương ban hành', { kind: 'conditional' }],
  ['Ngay sau khi trung ương ban hành chủ trương, chính sách', { kind: 'conditional' }],
  ['Thực hiện sau khi có hướng dẫn cụ thể của Bộ KH&CN', { kind: 'conditional' }],
  ['Theo kế hoạch được cấp có thẩm quyền phê duyệt', { kind: 'conditional' }],
  ['Theo kế hoạch được cấp có thẩm quyền phê duyệt hoặc đột xuất khi có dấu hiệu vi phạm', { kind: 'conditional' }],
  // several milestones
  [
    'Quý IV năm 2025 ban hành kế hoạch. Thực hiện các nhiệm vụ cụ thể theo Kế hoạch',
    { kind: 'several', parts: ['quarter', 'conditional'], start: '2025-10-01', end: '2025-12-31' },
  ],
  ['Ban hành kế hoạch trong quý I hàng năm; Tổ chức kiểm tra theo kế hoạch và đột xuất', { kind: 'several', parts: ['recurring', 'conditional'] }],
  ['Đến 2030 Đến 2030 Đến 2030 Đến 2030', { kind: 'several', parts: ['before', 'before', 'before', 'before'], end: '2030-12-31' }],
  ['Đa dạng các hình thức tuyên truyền: báo chí, mạng xã hội (zalo, facebook...), sổ tay, infographic... Thực hiện thường xuyên', { kind: 'ongoing' }],
  // impossible values
  ['Quý V/2026', { kind: 'quarter', invalid: true }],
  ['Tháng 13/2026', { kind: 'month', invalid: true }],
  ['31/02/2026', { kind: 'date', invalid: true }],
  ['Từ tháng 11/2026 đến tháng 01/2026', { kind: 'range', invalid: true }],
  ['2030-2025', { kind: 'range', invalid: true }],
  // more forms officers write (second look)
  ['Tháng 3-4/2026', { kind: 'range', start: '2026-03-01', end: '2026-04-30' }],
  ['Tháng 12/2025 - Tháng 3/2026', { kind: 'range', start: '2025-12-01', end: '2026-03-31' }],
  ['Quý IV/2025 - Quý I/2026', { kind: 'range', start: '2025-10-01', end: '2026-03-31' }],
  ['01/3/2026 - 30/6/2026', { kind: 'range', start: '2026-03-01', end: '2026-06-30' }],
  ['Năm 2025, 2026', { kind: 'range', start: '2025-01-01', end: '2026-12-31' }],
  ['Năm học 2025-2026', { kind: 'range', start: '2025-01-01', end: '2026-12-31' }],
  ['Từ tháng 3 đến tháng 6/2026', { kind: 'range', start: '2026-03-01', end: '2026-06-30' }],
  ['Trước ngày 15 tháng 11 năm 2026', { kind: 'before', end: '2026-11-15' }],
  ['Trước 30/6', { kind: 'before', end: '2026-06-30', yearFromPlan: true }],
  ['Quý IV/2026 và các năm tiếp theo', { kind: 'from', start: '2026-10-01' }],
  ['Trước ngày 31/12 hàng năm', { kind: 'recurring' }],
  ['Trước ngày 30/6 và 30/11 hằng năm', { kind: 'recurring' }],
  // not understood
  ['Khi nào xong thì báo', { kind: 'unknown' }],
];

describe('parseTimeFrame', () => {
  it.each(cases)('%p', (text, want) => {
    const f = parseTimeFrame(text, ctx)!;
    expect(f.kind).toBe(want.kind);
    if (want.start) expect(f.start).toEqual(d(want.start));
    if (want.end) expect(f.end).toEqual(d(want.end));
    if (want.quarters) expect(f.quarters).toEqual(want.quarters);
    if (want.recurring) expect(f.recurring).toBe(want.recurring);
    if (want.yearFromPlan) expect(f.yearFromPlan).toBe(true);
    if (want.parts) expect(f.parts?.map((p) => p.kind)).toEqual(want.parts);
    expect(!!f.invalid).toBe(!!want.invalid);
    if (want.invalid) expect(f.invalid!.vi).not.toBe(f.invalid!.en);
    if (want.kind === 'conditional') expect(f.condition).toBe(text);
  });

  it('reads real Excel dates and date serials', () => {
    expect(parseTimeFrame(new Date(Date.UTC(2026, 5, 30)))).toMatchObject({ kind: 'date', end: d('2026-06-30') });
    expect(parseTimeFrame(46203)).toMatchObject({ kind: 'date', end: d('2026-06-30') });
    expect(parseTimeFrame(2026)).toMatchObject({ kind: 'year', end: d('2026-12-31') });
  });

  it('treats empty cells and "-", "/" as no time at all', () => {
    for (const v of [null, '', '  ', '-', '/', '—']) expect(parseTimeFrame(v)).toBeUndefined();
  });

  it('leaves the year out when the plan year is unknown, rather than guessing', () => {
    expect(parseTimeFrame('trước ngày 15/11')).toEqual({ kind: 'before' });
    expect(parseTimeFrame('6 tháng cuối năm')).toEqual({ kind: 'half-year' });
  });

  it('reads NFD text and HTML leftovers the same', () => {
    expect(parseTimeFrame('Quý III, IV/2026'.normalize('NFD'))).toMatchObject({ kind: 'quarters', quarters: [3, 4] });
    expect(parseTimeFrame('<p>Quý II/2026</p>')).toMatchObject({ kind: 'quarter', quarters: [2] });
  });

  it('gives deadlines only to frames that end', () => {
    expect(deadlineOf(parseTimeFrame('Quý III, IV/2026')!)).toEqual(d('2026-12-31'));
    expect(deadlineOf(parseTimeFrame('Hàng năm')!)).toBeUndefined();
    expect(deadlineOf(parseTimeFrame('Sau khi Đề án của Trung ương ban hành')!)).toBeUndefined();
    expect(deadlineOf(parseTimeFrame('Quý IV năm 2025 ban hành kế hoạch. Thực hiện theo Kế hoạch')!)).toEqual(d('2025-12-31'));
  });
});

describe('parseTimeFrame properties', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.integer(), fc.double(), fc.date()), (v) => {
        parseTimeFrame(v, ctx);
      }),
      { numRuns: 1000 },
    );
  });

  const spelling = fc.record({
    word: fc.constantFrom('Quý', 'quý', 'QUÝ'),
    roman: fc.boolean(),
    sep: fc.constantFrom('/', ' /', ' năm ', '/ '),
    dot: fc.constantFrom('', '.'),
  });

  it('returns the quarter a generated quarter phrase denotes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2000, max: 2099 }), spelling, (q, y, s) => {
        const text = `${s.word} ${s.roman ? intToRoman(q) : q}${s.sep}${y}${s.dot}`;
        const f = parseTimeFrame(text)!;
        expect(f.kind).toBe('quarter');
        expect(f.start).toEqual(new Date(Date.UTC(y, 3 * q - 3, 1)));
        expect(f.end).toEqual(new Date(Date.UTC(y, 3 * q, 0)));
      }),
    );
  });

  it('returns the month and the day of generated month and date phrases', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
        fc.boolean(),
        fc.boolean(),
        (date, pad, word) => {
          const y = date.getUTCFullYear();
          const m = date.getUTCMonth() + 1;
          const dd = date.getUTCDate();
          const mm = pad ? String(m).padStart(2, '0') : String(m);
          const month = parseTimeFrame(`${word ? 'Tháng ' : ''}${mm}/${y}`)!;
          expect(month).toMatchObject({ kind: 'month', start: new Date(Date.UTC(y, m - 1, 1)), end: new Date(Date.UTC(y, m, 0)) });
          const on = parseTimeFrame(`${word ? 'Ngày ' : ''}${dd}/${mm}/${y}`)!;
          expect(on).toMatchObject({ kind: 'date', start: new Date(Date.UTC(y, m - 1, dd)) });
          const before = parseTimeFrame(`Trước ngày ${dd}/${mm}/${y}`)!;
          expect(before).toMatchObject({ kind: 'before', end: new Date(Date.UTC(y, m - 1, dd)) });
        },
      ),
    );
  });
});
