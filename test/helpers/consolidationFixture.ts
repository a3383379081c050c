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
export const row = (master: CellValue[], stt: CellValue, status: string, result: string | null = null): CellValue[] => [
  stt,
  master[1],
  master[2],
  master[3],
  master[4],
  status,
  result,
];

/** Phòng TĐC: its own rows only, reordered and renumbered, plus a row the master does not have. */
export const FROM_TDC: ReturnInput = {
  file: 'Phong-TDC.xlsx',
  grid: {
    name: 'Phụ lục',
    rows: [
      RH,
      row(MASTER.rows[5], 1, 'Đang thực hiện (đạt 70%)'),
      row(MASTER.rows[4], 2, 'Hoàn thành', 'Đã tổ chức 2 lớp, 120 học viên'),
      [3, 'Tổ chức hội thảo về năng suất', PQ, null, 'Quý III/2026', 'Đang thực hiện', null],
    ],
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

/**
 * A master with both a planned-output column ("Sản phẩm") and a reported-result column ("Kết quả thực
 * hiện"), no status column, and a typo in one task ("tâp"), with returns written the way offices
 * write them. What each return says, and where it must land, is read off these rows by hand.
 */
export const QLKH = 'Phòng Quản lý Khoa học';
export const QLCN = 'Phòng Quản lý Công nghệ';
export const VP = 'Văn phòng Sở';

export const OFFICE_HEADER = ['TT', 'Nội dung nhiệm vụ', 'Sản phẩm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'Kết quả thực hiện'];
export const OFFICE_MASTER: Grid = {
  name: 'Phụ lục',
  rows: [
    ['KẾ HOẠCH NĂM 2026'],
    [],
    OFFICE_HEADER,
    ['I', 'Hạ tầng số', null, null, null, null, null],
    [1, 'Nâng cấp mạng nội bộ của Sở', 'Hệ thống mạng được nâng cấp', VP, TT, 'Quý II/2026', null],
    [2, 'Xây dựng cơ sở dữ liệu khoa học và công nghệ', 'Cơ sở dữ liệu', QLKH, VP, 'Quý IV/2026', null],
    ['II', 'Tập huấn, hướng dẫn', null, null, null, null, null],
    [1, 'Tổ chức lớp tâp huấn về sở hữu trí tuệ', 'Lớp tập huấn', QLCN, null, 'Quý I/2026', null],
    [2, 'Hướng dẫn doanh nghiệp đăng ký nhãn hiệu', 'Tài liệu hướng dẫn', QLCN, QLKH, 'Quý III/2026', null],
    [3, 'Kiểm tra đo lường xăng dầu trên địa bàn tỉnh', 'Báo cáo kiểm tra', PQ, null, 'Quý II/2026', null],
  ],
  merges: [],
};

const officeRow = (i: number, extra: CellValue[]): CellValue[] => [...OFFICE_MASTER.rows[i - 1].slice(0, 7), ...extra];

/** Văn phòng Sở: the whole master sent back with only its rows filled, a status column added at the right. */
export const OFFICE_VP: ReturnInput = {
  file: 'bao-cao-van-phong-so.xlsx',
  grid: {
    name: 'Phụ lục',
    rows: [
      ['KẾ HOẠCH NĂM 2026'],
      [],
      [...OFFICE_HEADER, 'Tình trạng'],
      officeRow(4, [null]),
      [...officeRow(5, []).slice(0, 6), 'Đã nâng cấp 48 điểm mạng', 'Hoàn thành'],
      [...officeRow(6, []).slice(0, 6), 'Đã cung cấp số liệu', null],
      officeRow(7, [null]),
      officeRow(8, [null]),
      officeRow(9, [null]),
      officeRow(10, [null]),
    ],
    merges: [],
  },
};

/**
 * Phòng QLCN: a letterhead and a "Đơn vị báo cáo" line above a header lower down, only its own rows
 * numbered 1, 2, an extra "Kinh phí" column, statuses under "Tiến độ" in NFD with trailing spaces,
 * the typo fixed by its marks only, and a note row under the table.
 */
export const OFFICE_QLCN: ReturnInput = {
  file: 'bc-tien-do.xlsx',
  grid: {
    name: 'Báo cáo',
    rows: [
      ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
      ['PHÒNG QUẢN LÝ CÔNG NGHỆ'],
      [],
      ['BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH NĂM 2026'],
      [`Đơn vị báo cáo: ${QLCN}`],
      [],
      ['STT', 'Nội dung nhiệm vụ', 'Sản phẩm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'Kinh phí (triệu đồng)', 'Tiến độ', 'Kết quả thực hiện'],
      [1, 'Tổ chức lớp tập huấn về sở hữu trí tuệ', 'Lớp tập huấn', QLCN, null, 'Quý I/2026', 50, 'Hoàn thành  '.normalize('NFD'), 'Đã tổ chức 2 lớp'],
      [
        2,
        'Hướng dẫn doanh nghiệp đăng ký nhãn hiệu',
        'Tài liệu hướng dẫn',
        QLCN,
        QLKH,
        'Quý III/2026',
        20,
        'Hoàn thành 80% '.normalize('NFD'),
        'Đã xây dựng dự thảo',
      ],
      ['Ghi chú: số liệu tính đến ngày 30/6/2026.'],
    ],
    merges: [],
  },
};

const qlkhRows = (status6: string, result6: string): CellValue[][] => [
  [...OFFICE_HEADER, 'Tình trạng'],
  ['I', 'Hạ tầng số', null, null, null, null, null, null],
  [2, OFFICE_MASTER.rows[5][1], 'Cơ sở dữ liệu', QLKH, VP, 'Quý IV/2026', result6, status6],
  ['II', 'Tập huấn, hướng dẫn', null, null, null, null, null, null],
  [2, OFFICE_MASTER.rows[8][1], 'Tài liệu hướng dẫn', QLCN, QLKH, 'Quý III/2026', 'Đã góp ý tài liệu', null],
  // A task it neither leads nor cooperates on.
  [3, OFFICE_MASTER.rows[9][1], 'Báo cáo kiểm tra', PQ, null, 'Quý II/2026', null, 'Hoàn thành'],
];

/** Phòng QLKH sent two copies; the corrected one sorts first by name and must still win. */
export const OFFICE_QLKH_FIXED: ReturnInput = {
  file: 'bao-cao-phong-qlkh (sửa lại).xlsx',
  grid: { name: 'BC', rows: qlkhRows('Đang thực hiện', 'Đã thu thập 60% dữ liệu'), merges: [] },
};
export const OFFICE_QLKH_FIRST: ReturnInput = { file: 'bao-cao-phong-qlkh.xlsx', grid: { name: 'BC', rows: qlkhRows('Chưa thực hiện', ''), merges: [] } };

export const OFFICE_RETURNS: ReturnInput[] = [OFFICE_QLKH_FIXED, OFFICE_VP, OFFICE_QLCN, OFFICE_QLKH_FIRST];

/** The master with writes applied, for comparing cell by cell. */
export function applied(master: Grid, writes: ReadonlyArray<{ row: number; column: number; value: CellValue }>): Grid {
  const rows = master.rows.map((r) => [...r]);
  for (const w of writes) {
    while (rows.length < w.row) rows.push([]);
    while (rows[w.row - 1].length < w.column) rows[w.row - 1].push(null);
    rows[w.row - 1][w.column - 1] = w.value;
  }
  return { ...master, rows };
}
