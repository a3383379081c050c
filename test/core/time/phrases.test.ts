/**
 * Deadlines as real national and city tables write them: relative to the issue date, tied to an
 * event, deferred to the items of a group, "the following years", and long phrases with a period inside.
 */
import { deadlineOf, isOpenEnded, parseTimeFrame, TimeContext } from '../../../core/time/timeFrame';

const iso = (d?: Date) => (d ? d.toISOString().slice(0, 10) : null);
/** "Kèm theo Kế hoạch số 277/KH-UBND ngày 15 tháng 7 năm 2026" */
const ISSUED: TimeContext = { issueDate: new Date(Date.UTC(2026, 6, 15)), issueDocument: 'ke hoach' };

type Want = [kind: string, start: string | null, end: string | null];

describe('relative deadlines', () => {
  it.each<[string, Want]>([
    ['100 ngày kể từ ngày ban hành Kế hoạch', ['relative', '2026-07-15', '2026-10-23']],
    ['Trong 30 ngày kể từ ngày ban hành Kế hoạch này', ['relative', '2026-07-15', '2026-08-14']],
    ['trong vòng 30 ngày kể từ ngày ký ban hành', ['relative', '2026-07-15', '2026-08-14']],
    ['Chậm nhất 03 tháng kể từ ngày Kế hoạch được ban hành', ['relative', '2026-07-15', '2026-10-15']],
    ['Hoàn thành trong 02 tuần kể từ ngày ban hành', ['relative', '2026-07-15', '2026-07-29']],
    ['Trong 01 năm kể từ ngày ban hành Kế hoạch', ['relative', '2026-07-15', '2027-07-15']],
    // 15/7/2026 is a Wednesday: 15 working days later, weekends skipped, is Wednesday 5/8/2026.
    ['15 ngày làm việc kể từ ngày ban hành Kế hoạch', ['relative', '2026-07-15', '2026-08-05']],
    // "after": a start, no end.
    ['Sau 6 tháng kể từ ngày ban hành Kế hoạch', ['relative', '2027-01-15', null]],
    // An anchor with its own date needs no issue date.
    ['30 ngày kể từ ngày 31/1/2026', ['relative', '2026-01-31', '2026-03-02']],
  ])('%p → %p', (text, [kind, start, end]) => {
    const f = parseTimeFrame(text, ISSUED)!;
    expect([f.kind, iso(f.start), iso(f.end)]).toEqual([kind, start, end]);
    expect(f.relative).toBeDefined();
  });

  it('a month later ends on the month’s last day when it is shorter', () => {
    const f = parseTimeFrame('01 tháng kể từ ngày ban hành Kế hoạch', { issueDate: new Date(Date.UTC(2026, 0, 31)), issueDocument: 'ke hoach' })!;
    expect(iso(f.end)).toBe('2026-02-28');
  });

  it.each([
    // No issue date could be read: kept relative, never "unknown".
    ['100 ngày kể từ ngày ban hành Kế hoạch', {}],
    // The anchor is elided or is another document's event.
    ['Trong 30 ngày kể từ ngày …', ISSUED],
    ['30 ngày kể từ ngày Nghị định có hiệu lực', ISSUED],
    ['Trong 30 ngày kể từ ngày ban hành Quyết định', ISSUED],
    ['Trong 60 ngày kể từ ngày ban hành Kế hoạch số 12/KH-UBND', ISSUED],
  ])('%p stays relative, undated', (text, ctx) => {
    const f = parseTimeFrame(text, ctx)!;
    expect(f.kind).toBe('relative');
    expect([f.start, f.end]).toEqual([undefined, undefined]);
    expect(isOpenEnded(f)).toBe(true);
  });

  it('the issue date of a decision dates "ngày ban hành Quyết định"', () => {
    const f = parseTimeFrame('Trong 30 ngày kể từ ngày ban hành Quyết định', { issueDate: new Date(Date.UTC(2025, 10, 19)), issueDocument: 'quyet dinh' })!;
    expect([iso(f.start), iso(f.end), f.fromIssueDate]).toEqual(['2025-11-19', '2025-12-19', true]);
  });

  it('an impossible anchor date is invalid', () => {
    expect(parseTimeFrame('30 ngày kể từ ngày 31/2/2026', ISSUED)!.invalid).toBeDefined();
  });

  it('a dated relative deadline is a deadline', () => {
    expect(iso(deadlineOf(parseTimeFrame('100 ngày kể từ ngày ban hành Kế hoạch', ISSUED)!))).toBe('2026-10-23');
  });
});

describe('event deadlines', () => {
  it.each([
    'Kỳ họp thứ nhất Quốc hội khóa XVI',
    'Trước Kỳ họp thứ 10 Quốc hội khóa XV',
    'Trình tại Hội nghị Ban Chấp hành Trung ương',
    'Trước Tết Nguyên đán',
    'Sau Đại hội Đảng bộ tỉnh',
    'Trước sự kiện khai mạc',
  ])('%p is an event, open', (text) => {
    const f = parseTimeFrame(text)!;
    expect(f.kind).toBe('event');
    expect(f.event).toBe(text);
    expect([f.start, f.end]).toEqual([undefined, undefined]);
    expect(deadlineOf(f)).toBeUndefined();
  });

  it('an event with its own date is that date', () => {
    const f = parseTimeFrame('Hội nghị tháng 12/2026')!;
    expect([f.kind, iso(f.start), iso(f.end)]).toEqual(['month', '2026-12-01', '2026-12-31']);
  });
});

describe('group rows that defer to their items', () => {
  it.each(['Theo thời hạn cụ thể sau đây:', 'Theo tiến độ của từng nhiệm vụ', 'Theo thời gian cụ thể tại các nhiệm vụ', 'Thời gian cụ thể như sau'])(
    '%p',
    (text) => {
      const f = parseTimeFrame(text)!;
      expect(f.kind).toBe('deferred');
      expect(deadlineOf(f)).toBeUndefined();
    },
  );
});

describe('the following years', () => {
  it.each<[string, TimeContext, string | null]>([
    ['năm tiếp theo', { planYear: 2025 }, '2026-01-01'],
    ['Các năm tiếp theo', { planYear: 2026 }, '2027-01-01'],
    ['Những năm tiếp theo', ISSUED, '2027-01-01'],
    ['năm tiếp theo', {}, null],
    ['2025 và những năm tiếp theo', {}, '2025-01-01'],
  ])('%p → from %p', (text, ctx, start) => {
    const f = parseTimeFrame(text, ctx)!;
    expect([f.kind, iso(f.start), iso(f.end)]).toEqual(['from', start, null]);
  });
});

describe('long phrases from Prime Minister decisions (QĐ 2530/QĐ-TTg)', () => {
  it.each<[string, Want]>([
    ['Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên, liên tục', ['range', '2026-01-01', '2027-12-31']],
    ['Thí điểm trong giai đoạn 2026 - 2028, nghiên cứu xem xét mở rộng sau thí điểm.', ['range', '2026-01-01', '2028-12-31']],
    ['Hoàn thành trong năm 2026 và có rà soát, sửa đổi, bổ sung trong các năm tiếp theo (nếu có)', ['year', '2026-01-01', '2026-12-31']],
    ['Hoàn thành trong quý I năm 2026 và có rà soát, sửa đổi, bổ sung trong các năm tiếp theo (nếu có)', ['quarter', '2026-01-01', '2026-03-31']],
    ['Triển khai từ năm 2026 và thực hiện thường xuyên, liên tục', ['from', '2026-01-01', null]],
    ['Bắt đầu triển khai từ năm 2026', ['from', '2026-01-01', null]],
    ['Mạng lưới quan trắc được đầu tư, đồng bộ hoàn thành trước năm 2027 và vận hành thường xuyên, liên tục.', ['before', null, '2026-12-31']],
    ['Hoàn thành kiểm kê lần đầu trong năm 2026. Định kỳ cập nhật kết quả kiểm kê phát thải (nếu có)', ['several', '2026-01-01', '2026-12-31']],
    ['Quý IV/2025- Quý II/2026', ['range', '2025-10-01', '2026-06-30']],
    ['Quí IV-2025', ['quarter', '2025-10-01', '2025-12-31']],
    ['Năm 2025-2030', ['range', '2025-01-01', '2030-12-31']],
  ])('%p → %p', (text, [kind, start, end]) => {
    const f = parseTimeFrame(text)!;
    expect([f.kind, iso(f.start), iso(f.end)]).toEqual([kind, start, end]);
  });

  it('a span that ends before it starts is invalid', () => {
    expect(parseTimeFrame('Hoàn thành trong giai đoạn 2028 - 2026')!.invalid).toBeDefined();
  });
});
