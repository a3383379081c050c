/** unit.cut_short: "Cục Quản lý tài nguyên" in a table that elsewhere writes "Cục Quản lý tài nguyên nước" (corpus 17, TT 12). */
import type { CellValue, Grid } from '../../../core/model/grid';
import { validateGrid } from '../../../core/engine/validate';

const grid = (partners: string[]): Grid => ({
  name: 'Phụ lục',
  rows: [
    ['CHƯƠNG TRÌNH HÀNH ĐỘNG NĂM 2024'],
    [],
    ['STT', 'Tên đề án', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
    ...partners.map((p, i): CellValue[] => [i + 1, 'Đề án', 'Viện Khoa học Tài nguyên nước', p, 'Tháng 9/2024']),
  ],
  merges: [],
});
const cut = (g: Grid) =>
  validateGrid(g)
    .findings.filter((f) => f.code === 'unit.cut_short')
    .map((f) => f.cell);

describe('a unit name cut short', () => {
  it('the start of a longer name written in another row, going on in lower case', () => {
    expect(cut(grid(['Cục Quản lý tài nguyên nước', 'Cục Quản lý tài nguyên - Các đơn vị khác có liên quan', 'Cục Quản lý tài nguyên nước']))).toEqual(['D5']);
  });

  it('alone in the table it is only unlisted', () => {
    expect(cut(grid(['Cục Quản lý tài nguyên', 'Cục Quản lý tài nguyên']))).toEqual([]);
  });

  it.each([
    ['an abbreviation after it', 'Trung tâm Chuyển đổi số VHTTDL', 'Trung tâm Chuyển đổi số'],
    ['a capitalised word after it', 'Cục Biển và Hải đảo Việt Nam', 'Cục Biển và Hải đảo'],
    ['a place word after it', 'Ban Chỉ huy Phòng thủ dân sự tỉnh', 'Ban Chỉ huy Phòng thủ dân sự'],
  ])('not with %s', (_why, long, short) => {
    expect(cut(grid([long, short]))).toEqual([]);
  });
});
