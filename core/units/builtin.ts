/**
 * The units that appear in provincial plans, after the 2025 reorganisation (ministries merged on
 * 1/3/2025, provincial departments in March 2025, district level abolished on 1/7/2025). A workbook's
 * "Danh mục đơn vị" sheet and `--units` extend and override it.
 */
import type { UnitEntryInput } from './directory';
import { CITY_GENERIC_UNITS, NATIONAL_UNITS, allProvincialUnits } from './national';

const MERGED_2025_03 = '2025-02-28';
const DISTRICTS_END = '2025-06-30';

/** What a provincial department's own tables write: "UBND tỉnh", "Sở Y tế", its own Phòng and Chi cục. */
export const PROVINCIAL_UNITS: UnitEntryInput[] = [
  // Provincial leadership
  { name: 'UBND tỉnh', aliases: ['Ủy ban nhân dân tỉnh', 'Uỷ ban nhân dân tỉnh', 'UBND Tỉnh'] },
  { name: 'HĐND tỉnh', aliases: ['Hội đồng nhân dân tỉnh'] },
  { name: 'Chủ tịch UBND tỉnh', aliases: ['Chủ tịch Ủy ban nhân dân tỉnh'] },
  { name: 'Văn phòng UBND tỉnh', aliases: ['Văn phòng Ủy ban nhân dân tỉnh', 'VP UBND tỉnh'] },
  { name: 'Tỉnh ủy', aliases: ['Tỉnh uỷ', 'Ban Thường vụ Tỉnh ủy'] },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', aliases: ['Ủy ban MTTQ Việt Nam tỉnh', 'UBMTTQ tỉnh', 'Mặt trận Tổ quốc tỉnh'] },

  // Departments (sở, ban, ngành) after March 2025
  { name: 'Sở Nội vụ', aliases: ['SNV'] },
  { name: 'Sở Tư pháp', aliases: ['STP'] },
  { name: 'Sở Tài chính', aliases: ['STC'] },
  { name: 'Sở Công Thương', aliases: ['Sở Công thương', 'SCT'] },
  { name: 'Sở Nông nghiệp và Môi trường', aliases: ['Sở NN&MT', 'Sở NNMT'] },
  { name: 'Sở Xây dựng', aliases: ['SXD'] },
  { name: 'Sở Văn hóa, Thể thao và Du lịch', aliases: ['Sở VHTTDL', 'Sở VH,TT&DL', 'Sở Văn hoá, Thể thao và Du lịch'] },
  { name: 'Sở Khoa học và Công nghệ', aliases: ['Sở KH&CN', 'Sở KHCN', 'SKHCN', 'Sở Khoa học Công nghệ'] },
  { name: 'Sở Giáo dục và Đào tạo', aliases: ['Sở GD&ĐT', 'Sở GDĐT'] },
  { name: 'Sở Y tế', aliases: ['SYT'] },
  { name: 'Sở Dân tộc và Tôn giáo', aliases: ['Sở DT&TG'] },
  { name: 'Sở Ngoại vụ', aliases: [] },
  { name: 'Sở Du lịch', aliases: [] },
  { name: 'Thanh tra tỉnh', aliases: [] },
  { name: 'Công an tỉnh', aliases: [] },
  { name: 'Bộ Chỉ huy quân sự tỉnh', aliases: ['Bộ CHQS tỉnh', 'Bộ Chỉ huy Quân sự tỉnh'] },
  { name: 'Ban Quản lý các khu công nghiệp', aliases: ['Ban Quản lý các KCN', 'BQL các KCN'] },
  { name: 'Ban Quản lý Khu kinh tế', aliases: ['BQL Khu kinh tế'] },
  { name: 'Liên minh Hợp tác xã tỉnh', aliases: [] },
  { name: 'Tỉnh đoàn', aliases: ['Tỉnh Đoàn', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh'] },
  { name: 'Liên đoàn Lao động tỉnh', aliases: [] },
  { name: 'Hội Liên hiệp Phụ nữ tỉnh', aliases: [] },
  { name: 'Cục Thuế tỉnh', aliases: [] },
  { name: 'Cục Thống kê tỉnh', aliases: [] },
  { name: 'Kho bạc Nhà nước tỉnh', aliases: [] },
  { name: 'Ngân hàng Nhà nước chi nhánh tỉnh', aliases: [] },
  { name: 'Đài Phát thanh và Truyền hình tỉnh', aliases: ['Đài PT-TH tỉnh'] },
  { name: 'Báo tỉnh', aliases: [] },

  // Merged away in March 2025, with the department that took over
  { name: 'Sở Kế hoạch và Đầu tư', aliases: ['Sở KH&ĐT', 'Sở KHĐT'], validTo: MERGED_2025_03, successor: 'Sở Tài chính' },
  {
    name: 'Sở Lao động - Thương binh và Xã hội',
    aliases: ['Sở LĐTBXH', 'Sở LĐ-TB&XH', 'Sở Lao động, Thương binh và Xã hội'],
    validTo: MERGED_2025_03,
    successor: 'Sở Nội vụ',
  },
  { name: 'Sở Tài nguyên và Môi trường', aliases: ['Sở TN&MT', 'Sở TNMT'], validTo: MERGED_2025_03, successor: 'Sở Nông nghiệp và Môi trường' },
  { name: 'Sở Nông nghiệp và Phát triển nông thôn', aliases: ['Sở NN&PTNT', 'Sở NNPTNT'], validTo: MERGED_2025_03, successor: 'Sở Nông nghiệp và Môi trường' },
  { name: 'Sở Giao thông vận tải', aliases: ['Sở GTVT'], validTo: MERGED_2025_03, successor: 'Sở Xây dựng' },
  { name: 'Sở Thông tin và Truyền thông', aliases: ['Sở TT&TT', 'Sở TTTT'], validTo: MERGED_2025_03, successor: 'Sở Khoa học và Công nghệ' },
  { name: 'Ban Dân tộc tỉnh', aliases: ['Ban Dân tộc'], validTo: MERGED_2025_03, successor: 'Sở Dân tộc và Tôn giáo' },
  { name: 'UBND các huyện', aliases: ['Ủy ban nhân dân các huyện', 'UBND cấp huyện'], validTo: DISTRICTS_END, successor: 'UBND các xã, phường, đặc khu' },
  // Each its own name: the cities are part of what it says, not a spelling of "UBND các huyện".
  { name: 'UBND các huyện, thành phố', aliases: ['Ủy ban nhân dân các huyện, thành phố'], validTo: DISTRICTS_END, successor: 'UBND các xã, phường, đặc khu' },
  { name: 'UBND huyện, thành phố', aliases: [], validTo: DISTRICTS_END, successor: 'UBND các xã, phường, đặc khu' },
  { name: 'UBND các huyện, thị xã, thành phố', aliases: [], validTo: DISTRICTS_END, successor: 'UBND các xã, phường, đặc khu' },

  // Local government after July 2025 (collective)
  {
    name: 'UBND các xã, phường, đặc khu',
    aliases: ['Ủy ban nhân dân các xã, phường, đặc khu', 'UBND các phường, xã, đặc khu', 'UBND các xã, phường và đặc khu'],
  },
  // Provinces without special zones say only this; it is a name of its own, not a short "đặc khu".
  { name: 'UBND các xã, phường', aliases: ['Ủy ban nhân dân các xã, phường', 'UBND xã, phường', 'UBND cấp xã', 'UBND các phường, xã'] },

  // Ministries after March 2025
  { name: 'Bộ Quốc phòng', aliases: ['BQP'] },
  { name: 'Bộ Công an', aliases: ['BCA'] },
  { name: 'Bộ Ngoại giao', aliases: [] },
  { name: 'Bộ Nội vụ', aliases: [] },
  { name: 'Bộ Tư pháp', aliases: [] },
  { name: 'Bộ Tài chính', aliases: [] },
  { name: 'Bộ Công Thương', aliases: ['Bộ Công thương'] },
  { name: 'Bộ Nông nghiệp và Môi trường', aliases: ['Bộ NN&MT'] },
  { name: 'Bộ Xây dựng', aliases: [] },
  { name: 'Bộ Văn hóa, Thể thao và Du lịch', aliases: ['Bộ VHTTDL'] },
  { name: 'Bộ Khoa học và Công nghệ', aliases: ['Bộ KH&CN', 'Bộ KHCN'] },
  { name: 'Bộ Giáo dục và Đào tạo', aliases: ['Bộ GD&ĐT'] },
  { name: 'Bộ Y tế', aliases: [] },
  { name: 'Bộ Dân tộc và Tôn giáo', aliases: [] },
  { name: 'Ngân hàng Nhà nước Việt Nam', aliases: ['NHNN'] },
  { name: 'Thanh tra Chính phủ', aliases: [] },
  { name: 'Văn phòng Chính phủ', aliases: [] },
  { name: 'Bộ Kế hoạch và Đầu tư', aliases: ['Bộ KH&ĐT'], validTo: MERGED_2025_03, successor: 'Bộ Tài chính' },
  { name: 'Bộ Lao động - Thương binh và Xã hội', aliases: ['Bộ LĐTBXH'], validTo: MERGED_2025_03, successor: 'Bộ Nội vụ' },
  { name: 'Bộ Tài nguyên và Môi trường', aliases: ['Bộ TN&MT'], validTo: MERGED_2025_03, successor: 'Bộ Nông nghiệp và Môi trường' },
  { name: 'Bộ Nông nghiệp và Phát triển nông thôn', aliases: ['Bộ NN&PTNT'], validTo: MERGED_2025_03, successor: 'Bộ Nông nghiệp và Môi trường' },
  { name: 'Bộ Giao thông vận tải', aliases: ['Bộ GTVT'], validTo: MERGED_2025_03, successor: 'Bộ Xây dựng' },
  { name: 'Bộ Thông tin và Truyền thông', aliases: ['Bộ TT&TT'], validTo: MERGED_2025_03, successor: 'Bộ Khoa học và Công nghệ' },
  { name: 'Ủy ban Dân tộc', aliases: [], validTo: MERGED_2025_03, successor: 'Bộ Dân tộc và Tôn giáo' },

  // Standards bodies
  { name: 'Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia', aliases: ['Ủy ban TĐC Quốc gia', 'Uỷ ban Tiêu chuẩn Đo lường Chất lượng Quốc gia'] },
  {
    name: 'Tổng cục Tiêu chuẩn Đo lường Chất lượng',
    aliases: ['Tổng cục TĐC'],
    validTo: MERGED_2025_03,
    successor: 'Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia',
  },
  { name: 'Tổ chức Năng suất Châu Á', aliases: ['APO', 'Tổ chức Năng suất Châu Á (APO)'] },

  // Units inside a Sở Khoa học và Công nghệ
  { name: 'Văn phòng Sở', aliases: ['VP Sở'], parent: 'Sở Khoa học và Công nghệ' },
  { name: 'Thanh tra Sở', aliases: [], parent: 'Sở Khoa học và Công nghệ' },
  { name: 'Phòng Kế hoạch - Tài chính', aliases: ['Phòng KH-TC', 'Phòng Kế hoạch Tài chính'], parent: 'Sở Khoa học và Công nghệ' },
  { name: 'Phòng Quản lý Khoa học', aliases: ['Phòng QLKH'], parent: 'Sở Khoa học và Công nghệ' },
  { name: 'Phòng Quản lý Công nghệ', aliases: ['Phòng QLCN'], parent: 'Sở Khoa học và Công nghệ' },
  {
    name: 'Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng',
    aliases: ['Phòng TĐC', 'P. TĐC', 'P.TĐC', 'Phòng Tiêu chuẩn Đo lường Chất lượng', 'Phòng QLTĐC'],
    parent: 'Sở Khoa học và Công nghệ',
  },
  { name: 'Phòng Chuyển đổi số', aliases: ['Phòng CĐS'], parent: 'Sở Khoa học và Công nghệ' },
  { name: 'Phòng Bưu chính, Viễn thông', aliases: ['Phòng Bưu chính viễn thông'], parent: 'Sở Khoa học và Công nghệ' },
  { name: 'Phòng Kiểm tra - Pháp chế', aliases: ['Phòng Kiểm tra – Pháp chế', 'Phòng Kiểm tra Pháp chế'], parent: 'Sở Khoa học và Công nghệ' },
  {
    name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    aliases: ['Chi cục TĐC', 'Chi cục Tiêu chuẩn - Đo lường - Chất lượng'],
    parent: 'Sở Khoa học và Công nghệ',
  },
  { name: 'Trung tâm Khoa học và Công nghệ', aliases: ['TT KH&CN'], parent: 'Sở Khoa học và Công nghệ' },
  {
    name: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng',
    aliases: ['Trung tâm Kỹ thuật TĐC', 'Trung tâm Kỹ thuật tiêu chuẩn đo lường chất lượng'],
    parent: 'Sở Khoa học và Công nghệ',
  },
  { name: 'Trung tâm Chuyển đổi số và Đổi mới sáng tạo', aliases: [], parent: 'Sở Khoa học và Công nghệ' },
  { name: 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng', aliases: [], parent: 'Sở Khoa học và Công nghệ' },
  { name: 'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ', aliases: [], parent: 'Sở Khoa học và Công nghệ' },
];

/**
 * Forms as correct as the canonical name: the acronyms the bodies print on their own documents (vtv.vn,
 * vov.vn, vnanet.vn "TTXVN") and the Front's short name used in the Constitution (Điều 9: "Mặt trận
 * Tổ quốc Việt Nam"). The 2025 national plan style "VTV, VOV, TTXVN, các địa phương" is right as written.
 */
const ACCEPTED: Record<string, string[]> = {
  'Đài Truyền hình Việt Nam': ['VTV'],
  'Đài Tiếng nói Việt Nam': ['VOV'],
  'Thông tấn xã Việt Nam': ['TTXVN'],
  'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam': ['Mặt trận Tổ quốc Việt Nam'],
};

/**
 * The built-in directory: national bodies, every province's bodies (generated, national.ts), a city's
 * bare forms ("UBND Thành phố") and a province's ("UBND tỉnh"). Later entries of one name add aliases.
 */
export const BUILTIN_UNITS: UnitEntryInput[] = [...NATIONAL_UNITS, ...allProvincialUnits(), ...CITY_GENERIC_UNITS, ...PROVINCIAL_UNITS].map((e) =>
  ACCEPTED[e.name] ? { ...e, accepted: ACCEPTED[e.name] } : e,
);

/**
 * Phrases that name a group of units rather than one: valid in any unit cell, never "unknown".
 * Compared on the folded key.
 */
export const COLLECTIVE_UNITS: string[] = [
  'Các sở, ban, ngành',
  'Các sở, ban ngành',
  'Các sở, ngành',
  'Các Sở ngành',
  'Các sở, ban, ngành liên quan',
  'Các sở, ngành liên quan',
  'Các sở, ngành, cơ quan liên quan',
  'Các sở, ban, ngành, cơ quan có liên quan',
  'Các cơ quan có liên quan',
  'Cơ quan có liên quan',
  'Cơ quan liên quan',
  'Các Sở ngành, cơ quan liên quan',
  'Các cơ quan liên quan',
  'Các cơ quan, đơn vị có liên quan',
  'Các cơ quan, đơn vị liên quan',
  'Các đơn vị liên quan',
  'Các phòng, đơn vị trực thuộc Sở',
  'Các phòng, đơn vị',
  'Các phòng, đơn vị thuộc Sở',
  'Các đơn vị trực thuộc Sở',
  'Doanh nghiệp',
  'Các doanh nghiệp',
  'Các tổ chức, doanh nghiệp',
  'Các Trường Đại học, Cao đẳng, Trung cấp',
  'Trường Đại học, Cao đẳng',
  'Các trường đại học, cao đẳng',
  'Các cơ sở giáo dục nghề nghiệp',
  'Các hội, hiệp hội',
  'Các địa phương',
];
