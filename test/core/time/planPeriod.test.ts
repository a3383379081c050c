/** The plan period from the lines above the table: stated spans are certain, the issue year alone is not. */
import { issueOfTitle, parsePlanYears, planPeriodFromTitle } from '../../../core/time/planPeriod';

const iso = (d?: Date) => (d ? d.toISOString().slice(0, 10) : null);

describe('planPeriodFromTitle', () => {
  it.each<[string[], string, string | null, boolean]>([
    [['KẾ HOẠCH … NĂM 2026'], '2026-01-01', '2026-12-31', true],
    [['Kế hoạch giai đoạn 2026-2030'], '2026-01-01', '2030-12-31', true],
    [
      ['KẾ HOẠCH HÀNH ĐỘNG QUỐC GIA … GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2045', '(Kèm theo Quyết định số 2530/QĐ-TTg ngày 19 tháng 11 năm 2025)'],
      '2026-01-01',
      '2030-12-31',
      true,
    ],
    [['ĐỀ ÁN CHUYỂN ĐỔI SỐ 2026–2030', '(Kèm theo Quyết định số 12/QĐ-UBND ngày 3/2/2026)'], '2026-01-01', '2030-12-31', true],
    [
      ['DANH MỤC … KẾT CẤU HẠ TẦNG XÂY DỰNG (GIAI ĐOẠN', '2025-2030)', '(Kèm theo Quyết định số 2597/QĐ-TTg ngày 27 tháng 11 năm 2025)'],
      '2025-01-01',
      '2030-12-31',
      true,
    ],
    [['… TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI ĐẾN NĂM 2030', '(Kèm theo Kế hoạch số 310/KH-UBND ngày 24 tháng 11 năm 2025)'], '2025-01-01', '2030-12-31', true],
    // Only the issue date: its year, for year-less cells, but not a period to judge deadlines by.
    [
      ['PHỤ LỤC', 'NHIỆM VỤ CỦA CÁC SỞ', '(Kèm theo Quyết định số 2820/QĐ-UBND ngày 19 tháng 11 năm 2025 của UBND Thành phố)'],
      '2025-01-01',
      '2025-12-31',
      false,
    ],
    [['(Kèm theo Kế hoạch số /KH-SKHCN ngày tháng năm 2026)'], '2026-01-01', '2026-12-31', false],
  ])('%p', (lines, start, end, certain) => {
    const p = planPeriodFromTitle(lines)!;
    expect([iso(p.start), iso(p.end), p.certain]).toEqual([start, end, certain]);
  });

  it('does not take a document number or a date for a span', () => {
    expect(planPeriodFromTitle(['Thực hiện Nghị định số 13/2023-2024/NĐ-CP'])).toBeUndefined();
    expect(planPeriodFromTitle(['PHỤ LỤC', 'Danh mục nhiệm vụ'])).toBeUndefined();
  });
});

describe('issueOfTitle', () => {
  it.each<[string[], string | null, string | undefined]>([
    [['(Kèm theo Kế hoạch số 277/KH-UBND ngày 15 tháng 7 năm 2026)'], '2026-07-15', 'ke hoach'],
    [['*(Kèm theo Quyết định số 2629/QĐ-TTg ngày 01 tháng* *12* *năm 2025', 'của Thủ tướng Chính phủ)*'], '2025-12-01', 'quyet dinh'],
    [['*(Kèm theo Kế hoạch', 'số 980/KH-UBND ngày 18 tháng 11 năm 2025 của UBND tỉnh Nghệ An)*'], '2025-11-18', 'ke hoach'],
    [['(Ban hành kèm theo Kế hoạch số 552/KH-UBND ngày 19/11/2025 của Ủy ban nhân dân tỉnh)'], '2025-11-19', 'ke hoach'],
    [['(Kèm theo Thông báo kết luận số 624/TB-VPCP ngày 16 tháng 11 năm 2025)'], '2025-11-16', 'thong bao'],
    // Left blank to be filled in at signing: no date.
    [['(Kèm theo Kế hoạch số: /KH-UBND ngày / /2025)'], null, 'ke hoach'],
    [['(Kèm theo Quyết định số 1/QĐ-UBND ngày 31 tháng 2 năm 2026)'], null, 'quyet dinh'],
  ])('%p', (lines, date, document) => {
    const issue = issueOfTitle(lines);
    expect([iso(issue.date), issue.document]).toEqual([date, document]);
  });
});

describe('parsePlanYears', () => {
  it.each<[string, { from: number; to: number } | undefined]>([
    ['2026', { from: 2026, to: 2026 }],
    ['2026-2030', { from: 2026, to: 2030 }],
    ['2026–2030', { from: 2026, to: 2030 }],
    ['2030-2026', undefined],
    ['26', undefined],
    ['1800', undefined],
    ['năm 2026', undefined],
  ])('%p', (text, want) => {
    expect(parsePlanYears(text)).toEqual(want);
  });
});
