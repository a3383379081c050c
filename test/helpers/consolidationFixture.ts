/** A master and returns that cover every consolidation case; shared by the core and the add-in tests. */
import type { ReturnInput } from '../../core/consolidate/merge';
import type { CellValue, Grid } from '../../core/model/grid';

export const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];
export const PQ = 'Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng';
export const TT = 'Trung tâm Khoa học và Công nghệ';

export const MASTER: Grid = {
  name: 'Phụ lục',
  rows: [
    ['KẾ HOẠCH NĂM 2026'],
    [],
    HEADER,
    ['I', 'Tuyên truyền, tập huấn', null, null, null],
    [1, 'Tổ chức hội nghị tập huấn về tiêu chuẩn đo lường chất lượng', PQ, 'Văn phòng Sở', 'Quý I/2026'],
    [2, 'Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng tiên tiến', PQ, TT, 'Quý IV/2026'],
    ['II', 'Kiểm tra, khảo sát', null, null, null],
    [1, 'Kiểm tra nhà nước về đo lường đối với xăng dầu trên địa bàn tỉnh', TT, null, 'Quý II/2026'],
    [2, 'Khảo sát chất lượng sản phẩm hàng hóa lưu thông trên thị trường', 'Phòng Quản lý Khoa học', null, 'Hàng năm'],
    [3, 'Xây dựng cơ sở dữ liệu về tiêu chuẩn đo lường chất lượng', 'Văn phòng Sở', null, 'Quý III/2026'],
  ],
  merges: [],
};

export const RH = [...HEADER, 'Tình trạng', 'Kết quả thực hiện'];
export const row = (master: CellValue[], stt: CellValue, status: string, result: string | null = null): CellValue[] => [stt, master[1], master[2], master[3], master[4], status, result];

/** Phòng TĐC: its own rows only, reordered and renumbered, plus a row the master does not have. */
export const FROM_TDC: ReturnInput = {
  file: 'Phong-TDC.xlsx',
  grid: {
    name: 'Phụ lục',
    rows: [RH, row(MASTER.rows[5], 1, 'Đang thực hiện (đạt 70%)'), row(MASTER.rows[4], 2, 'Hoàn thành', 'Đã tổ chức 2 lớp, 120 học viên'), [3, 'Tổ chức hội thảo về năng suất', PQ, null, 'Quý III/2026', 'Đang thực hiện', null]],
    merges: [],
  },
};

/** The centre: named in a title line; one row lightly reworded; a cooperating report that disagrees. */
export const FROM_CENTRE: ReturnInput = {
  file: 'bao-cao.xlsx',
  grid: {
    name: 'Báo cáo',
    rows: [
      ['Đơn vị báo cáo: Trung tâm Khoa học và Công nghệ'],
      RH,
      ['I', 'Tuyên truyền, tập huấn', null, null, null, null, null],
      row(MASTER.rows[5], 2, 'Hoàn thành', 'Đã hỗ trợ 5 doanh nghiệp'),
      ['II', 'Kiểm tra, khảo sát', null, null, null, null, null],
      [1, 'Kiểm tra nhà nước về đo lường với xăng dầu trên địa bàn tỉnh', TT, null, 'Quý II/2026', 'chưa triển khai', null],
    ],
    merges: [],
  },
};

/** A file whose sender is given by the person (--unit-of), with a status word nobody can read. */
export const FROM_OFFICE: ReturnInput = { file: 'x.xlsx', unit: 'Văn phòng Sở', grid: { name: 'S', rows: [RH, row(MASTER.rows[9], 3, 'Tốt')], merges: [] } };

