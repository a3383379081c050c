/** Small appendix tables that tests of several hosts read. */
import type { CellValue } from '../../core/model/grid';

export const TASK_HEADER: readonly CellValue[] = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];

/**
 * Task 1 cut by a page break (row 5 holds the end of row 4's content and lead unit) and the header
 * repeated (row 6): two row fixes. A new copy each call, so a test may change it.
 */
export function cutRowAndRepeatedHeader(): CellValue[][] {
  return [
    ['KẾ HOẠCH NĂM 2026'],
    [],
    [...TASK_HEADER],
    [1, 'Phối hợp với Ủy ban Tiêu chuẩn', 'Sở Khoa học và', null, 'Hàng năm'],
    [null, 'đo lường chất lượng', 'Công nghệ', null, null],
    [...TASK_HEADER],
    [2, 'Tổ chức', 'Phòng TĐC', null, 'Quý II/2026'],
  ];
}
