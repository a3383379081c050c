/**
 * National bodies, the provinces before and after the merger of 1/7/2025, and the bodies every
 * province has, in the directory's entry shape. Data only: every group names the public text it was
 * checked against; what could not be checked is left out or marked "unverified". README.md next to
 * this file lists the counts, the sources and the doubtful items.
 *
 * Old and new tone placement (hoà/hòa, thuỷ/thủy, Uỷ/Ủy), case, "&", "." and dashes fold to the same
 * key in unitKey(), so aliases here are only the spellings that fold differently: abbreviations,
 * longer and shorter forms.
 */
import type { UnitEntryInput } from './directory';

/** Nghị quyết 176/2025/QH15: the old ministries "tiếp tục hoạt động cho đến hết ngày 28/02/2025". */
const MERGED_2025_03 = '2025-02-28';
/**
 * Party bodies merged or ended by the Politburo decisions announced on 3/2/2025 (after Kết luận
 * 121-KL/TW of 24/01/2025). The decisions' own dates were not found: 2/2 is the last day the old
 * bodies can have existed, an upper bound.
 */
const PARTY_2025_02 = '2025-02-02';
/**
 * National Assembly bodies reorganised by the Resolution "về việc tổ chức các cơ quan của Quốc hội"
 * passed on 18/2/2025. Its number and effective day were not found; 28/2 is an upper bound (the new
 * structure of the State worked from 1/3/2025).
 */
const NA_2025_02 = '2025-02-28';
/** Nghị quyết 202/2025/QH15: the old provincial governments work until the new ones start on 1/7/2025. */
const PROVINCES_END = '2025-06-30';
/** Nghị quyết 175/2024/QH15: tỉnh Thừa Thiên Huế became thành phố Huế on 1/1/2025, bodies renamed. */
const THUA_THIEN_HUE_END = '2024-12-31';

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, digits] of table) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

function numbered(count: number, make: (label: string, n: number) => UnitEntryInput, label: (n: number) => string = roman): UnitEntryInput[] {
  const out: UnitEntryInput[] = [];
  for (let n = 1; n <= count; n++) out.push(make(label(n), n));
  return out;
}

export const NATIONAL_UNITS: UnitEntryInput[] = [
  // Party central bodies (names as in Điều lệ Đảng and the Party's own documents).
  // 2025 changes: Kết luận 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương (tổng kết Nghị quyết
  // 18-NQ/TW) and the Politburo decisions announced 3/2/2025 — checked against vietnamnews.vn
  // 2025-02-03 "Decisions on major restructuring of central Party organisations announced", znews.vn
  // "Ông Nguyễn Trọng Nghĩa làm Trưởng ban Tuyên giáo và Dân vận Trung ương", news.laodong.vn on
  // Kết luận 121-KL/TW. Abbreviations BTCTW, BTGDVTW as used in document numbers (Công văn
  // 8011-CV/BTCTW, 196-CV/BTGDVTW).
  { name: 'Ban Chấp hành Trung ương', aliases: ['Ban Chấp hành Trung ương Đảng', 'BCH Trung ương', 'BCHTW', 'BCH TW'] },
  { name: 'Bộ Chính trị', aliases: [] },
  { name: 'Ban Bí thư', aliases: ['Ban Bí thư Trung ương Đảng'] },
  { name: 'Văn phòng Trung ương Đảng', aliases: ['Văn phòng Trung ương', 'Văn phòng TW Đảng', 'VPTW'] },
  { name: 'Ban Tổ chức Trung ương', aliases: ['Ban Tổ chức TW', 'BTCTW'] },
  { name: 'Ban Tuyên giáo và Dân vận Trung ương', aliases: ['Ban Tuyên giáo và Dân vận TW', 'BTGDVTW'] },
  { name: 'Ban Tuyên giáo Trung ương', aliases: ['Ban Tuyên giáo TW', 'BTGTW'], validTo: PARTY_2025_02, successor: 'Ban Tuyên giáo và Dân vận Trung ương' },
  { name: 'Ban Dân vận Trung ương', aliases: ['Ban Dân vận TW', 'BDVTW'], validTo: PARTY_2025_02, successor: 'Ban Tuyên giáo và Dân vận Trung ương' },
  { name: 'Ban Chính sách, chiến lược Trung ương', aliases: ['Ban Chính sách, chiến lược TW'] },
  { name: 'Ban Kinh tế Trung ương', aliases: ['Ban Kinh tế TW', 'BKTTW'], validTo: PARTY_2025_02, successor: 'Ban Chính sách, chiến lược Trung ương' },
  { name: 'Ban Nội chính Trung ương', aliases: ['Ban Nội chính TW', 'BNCTW'] },
  // Ended; its functions went to the Ministry of Foreign Affairs and its Party committee (Kết luận 121-KL/TW).
  { name: 'Ban Đối ngoại Trung ương', aliases: ['Ban Đối ngoại TW', 'BĐNTW'], validTo: PARTY_2025_02, successor: 'Bộ Ngoại giao' },
  { name: 'Ủy ban Kiểm tra Trung ương', aliases: ['Ủy ban Kiểm tra TW', 'UBKTTW', 'UBKT Trung ương'] },
  { name: 'Hội đồng Lý luận Trung ương', aliases: [] },
  { name: 'Quân ủy Trung ương', aliases: ['QUTW'] },
  { name: 'Đảng ủy Công an Trung ương', aliases: [] },
  // The four Party committees under the Central Committee set up in 2025 (announced 3/2/2025).
  { name: 'Đảng ủy các cơ quan Đảng Trung ương', aliases: [] },
  { name: 'Đảng ủy Chính phủ', aliases: [] },
  { name: 'Đảng ủy Quốc hội', aliases: [] },
  { name: 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', aliases: ['Đảng ủy MTTQ, các đoàn thể Trung ương'] },
  // Ended 2025 (vietnamnews.vn 2025-02-03). The successors are the new committees of the same body.
  { name: 'Ban cán sự đảng Chính phủ', aliases: [], validTo: PARTY_2025_02, successor: 'Đảng ủy Chính phủ' },
  { name: 'Đảng đoàn Quốc hội', aliases: [], validTo: PARTY_2025_02, successor: 'Đảng ủy Quốc hội' },
  {
    name: 'Đảng đoàn Mặt trận Tổ quốc Việt Nam',
    aliases: ['Đảng đoàn MTTQ Việt Nam'],
    validTo: PARTY_2025_02,
    successor: 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương',
  },
  // Ended 2025; their Party organisations were spread over several new committees: no one successor.
  { name: 'Đảng ủy Khối các cơ quan Trung ương', aliases: [], validTo: PARTY_2025_02 },
  { name: 'Đảng ủy Khối Doanh nghiệp Trung ương', aliases: [], validTo: PARTY_2025_02 },
  { name: 'Học viện Chính trị quốc gia Hồ Chí Minh', aliases: ['Học viện CTQG Hồ Chí Minh'] },

  // The State's constitutional bodies: Hiến pháp năm 2013, Chương V (Quốc hội), VI (Chủ tịch nước),
  // VII (Chính phủ), VIII (Tòa án nhân dân, Viện kiểm sát nhân dân), X (Hội đồng bầu cử quốc gia,
  // Kiểm toán nhà nước).
  { name: 'Quốc hội', aliases: [] },
  { name: 'Ủy ban Thường vụ Quốc hội', aliases: ['UBTVQH', 'Ủy ban TVQH'] },
  { name: 'Văn phòng Quốc hội', aliases: ['VPQH'] },
  { name: 'Hội đồng bầu cử quốc gia', aliases: [] },
  { name: 'Kiểm toán nhà nước', aliases: ['KTNN'] },
  { name: 'Chủ tịch nước', aliases: [] },
  { name: 'Văn phòng Chủ tịch nước', aliases: [] },
  { name: 'Chính phủ', aliases: [] },
  { name: 'Thủ tướng Chính phủ', aliases: ['Thủ tướng', 'TTg'] },
  { name: 'Phó Thủ tướng Chính phủ', aliases: ['Phó Thủ tướng'] },
  { name: 'Tòa án nhân dân tối cao', aliases: ['TAND tối cao', 'TANDTC'] },
  { name: 'Viện kiểm sát nhân dân tối cao', aliases: ['VKSND tối cao', 'VKSNDTC'] },

  // National Assembly bodies from 2025: the Resolution on organising the NA's bodies passed 18/2/2025 —
  // checked against baodongkhoi.vn "Quốc hội quyết định việc tổ chức các cơ quan của Quốc hội" and
  // soha.vn 2025-02-06 "Bộ máy của Quốc hội sau sắp xếp có Hội đồng Dân tộc và 7 ủy ban".
  { name: 'Hội đồng Dân tộc', aliases: ['Hội đồng Dân tộc của Quốc hội'] },
  { name: 'Ủy ban Pháp luật và Tư pháp', aliases: ['Ủy ban Pháp luật và Tư pháp của Quốc hội'] },
  { name: 'Ủy ban Kinh tế và Tài chính', aliases: ['Ủy ban Kinh tế và Tài chính của Quốc hội'] },
  { name: 'Ủy ban Quốc phòng, An ninh và Đối ngoại', aliases: ['Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội'] },
  { name: 'Ủy ban Văn hóa và Xã hội', aliases: ['Ủy ban Văn hóa và Xã hội của Quốc hội'] },
  { name: 'Ủy ban Khoa học, Công nghệ và Môi trường', aliases: ['Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội'] },
  { name: 'Ủy ban Công tác đại biểu', aliases: ['Ủy ban Công tác đại biểu của Quốc hội'] },
  { name: 'Ủy ban Dân nguyện và Giám sát', aliases: ['Ủy ban Dân nguyện và Giám sát của Quốc hội'] },
  // Merged, renamed or ended by the same Resolution.
  { name: 'Ủy ban Pháp luật', aliases: ['Ủy ban Pháp luật của Quốc hội'], validTo: NA_2025_02, successor: 'Ủy ban Pháp luật và Tư pháp' },
  { name: 'Ủy ban Tư pháp', aliases: ['Ủy ban Tư pháp của Quốc hội'], validTo: NA_2025_02, successor: 'Ủy ban Pháp luật và Tư pháp' },
  { name: 'Ủy ban Kinh tế', aliases: ['Ủy ban Kinh tế của Quốc hội'], validTo: NA_2025_02, successor: 'Ủy ban Kinh tế và Tài chính' },
  {
    name: 'Ủy ban Tài chính, Ngân sách',
    aliases: ['Ủy ban Tài chính, Ngân sách của Quốc hội', 'Ủy ban TCNS'],
    validTo: NA_2025_02,
    successor: 'Ủy ban Kinh tế và Tài chính',
  },
  { name: 'Ủy ban Văn hóa, Giáo dục', aliases: ['Ủy ban Văn hóa, Giáo dục của Quốc hội'], validTo: NA_2025_02, successor: 'Ủy ban Văn hóa và Xã hội' },
  { name: 'Ủy ban Xã hội', aliases: ['Ủy ban Xã hội của Quốc hội'], validTo: NA_2025_02, successor: 'Ủy ban Văn hóa và Xã hội' },
  {
    name: 'Ủy ban Quốc phòng và An ninh',
    aliases: ['Ủy ban Quốc phòng và An ninh của Quốc hội'],
    validTo: NA_2025_02,
    successor: 'Ủy ban Quốc phòng, An ninh và Đối ngoại',
  },
  // Ended; its work went to the renamed defence committee, the NA Office and the Ministry of Foreign Affairs.
  { name: 'Ủy ban Đối ngoại', aliases: ['Ủy ban Đối ngoại của Quốc hội'], validTo: NA_2025_02, successor: 'Ủy ban Quốc phòng, An ninh và Đối ngoại' },
  {
    name: 'Ban Công tác đại biểu',
    aliases: ['Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội'],
    validTo: NA_2025_02,
    successor: 'Ủy ban Công tác đại biểu',
  },
  { name: 'Ban Dân nguyện', aliases: ['Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội'], validTo: NA_2025_02, successor: 'Ủy ban Dân nguyện và Giám sát' },

  // The Government from 1/3/2025: Nghị quyết 176/2025/QH15 về cơ cấu tổ chức của Chính phủ nhiệm kỳ
  // Quốc hội khóa XV (14 bộ, 3 cơ quan ngang bộ; the old ones worked until 28/02/2025) — checked
  // against thuvienphapluat.vn "Đã có Nghị quyết 176/2025/QH15…" and news.laodong.vn.
  { name: 'Bộ Quốc phòng', aliases: ['BQP', 'Bộ QP'] },
  { name: 'Bộ Công an', aliases: ['BCA', 'Bộ CA'] },
  { name: 'Bộ Ngoại giao', aliases: ['BNG'] },
  { name: 'Bộ Nội vụ', aliases: ['BNV'] },
  { name: 'Bộ Tư pháp', aliases: ['BTP'] },
  { name: 'Bộ Tài chính', aliases: ['Bộ TC'] },
  { name: 'Bộ Công Thương', aliases: [] },
  { name: 'Bộ Nông nghiệp và Môi trường', aliases: ['Bộ NN&MT', 'BNNMT'] },
  { name: 'Bộ Xây dựng', aliases: ['BXD'] },
  { name: 'Bộ Văn hóa, Thể thao và Du lịch', aliases: ['Bộ VHTTDL', 'Bộ VH,TT&DL', 'BVHTTDL'] },
  { name: 'Bộ Khoa học và Công nghệ', aliases: ['Bộ KH&CN', 'BKHCN'] },
  { name: 'Bộ Giáo dục và Đào tạo', aliases: ['Bộ GD&ĐT', 'BGDĐT'] },
  { name: 'Bộ Y tế', aliases: ['BYT'] },
  { name: 'Bộ Dân tộc và Tôn giáo', aliases: ['Bộ DT&TG'] },
  { name: 'Ngân hàng Nhà nước Việt Nam', aliases: ['Ngân hàng Nhà nước', 'NHNN', 'NHNNVN'] },
  { name: 'Thanh tra Chính phủ', aliases: ['TTCP'] },
  { name: 'Văn phòng Chính phủ', aliases: ['VPCP'] },
  // Merged away on 1/3/2025 (same source; news.laodong.vn on the Politburo plan of 1/12/2024 for
  // where the tasks went). Bộ LĐ-TB&XH's tasks were split (vocational training to Bộ GD&ĐT, others to
  // Bộ Y tế): Bộ Nội vụ took the ministry and is given as its successor.
  { name: 'Bộ Kế hoạch và Đầu tư', aliases: ['Bộ KH&ĐT', 'BKHĐT'], validTo: MERGED_2025_03, successor: 'Bộ Tài chính' },
  { name: 'Bộ Lao động - Thương binh và Xã hội', aliases: ['Bộ LĐTBXH', 'Bộ LĐ-TB&XH'], validTo: MERGED_2025_03, successor: 'Bộ Nội vụ' },
  { name: 'Bộ Tài nguyên và Môi trường', aliases: ['Bộ TN&MT', 'BTNMT'], validTo: MERGED_2025_03, successor: 'Bộ Nông nghiệp và Môi trường' },
  { name: 'Bộ Nông nghiệp và Phát triển nông thôn', aliases: ['Bộ NN&PTNT', 'BNNPTNT'], validTo: MERGED_2025_03, successor: 'Bộ Nông nghiệp và Môi trường' },
  { name: 'Bộ Giao thông vận tải', aliases: ['Bộ GTVT', 'BGTVT'], validTo: MERGED_2025_03, successor: 'Bộ Xây dựng' },
  { name: 'Bộ Thông tin và Truyền thông', aliases: ['Bộ TT&TT', 'BTTTT'], validTo: MERGED_2025_03, successor: 'Bộ Khoa học và Công nghệ' },
  { name: 'Ủy ban Dân tộc', aliases: ['UBDT'], validTo: MERGED_2025_03, successor: 'Bộ Dân tộc và Tôn giáo' },
  // Dissolved by Nghị quyết 58/NQ-CP ngày 21/3/2025 (doanhnhan.congly.vn); its tasks "to the Ministry of
  // Finance, specialized ministries" (news.laodong.vn, plan of 1/12/2024). unverified: the day the
  // dissolution took effect — the day before the Resolution is used.
  {
    name: 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp',
    aliases: ['Ủy ban Quản lý vốn nhà nước', 'UBQLV', 'CMSC'],
    validTo: '2025-03-20',
    successor: 'Bộ Tài chính',
  },

  // Agencies under the Government after 2025 (five): Viện Hàn lâm KH&CN VN, Viện Hàn lâm KHXH VN, Đài
  // Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam — checked against VNA/Vietnam+
  // "Streamlined Government apparatus to feature 14 ministries, 8 agencies, no general departments"
  // (2025-01) and Nghị định 27/2025/NĐ-CP (chức năng, nhiệm vụ của Thông tấn xã Việt Nam).
  { name: 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', aliases: ['Viện Hàn lâm KH&CN Việt Nam', 'VAST'] },
  { name: 'Viện Hàn lâm Khoa học xã hội Việt Nam', aliases: ['Viện Hàn lâm KHXH Việt Nam', 'VASS'] },
  { name: 'Đài Truyền hình Việt Nam', aliases: ['VTV'] },
  { name: 'Đài Tiếng nói Việt Nam', aliases: ['VOV'] },
  { name: 'Thông tấn xã Việt Nam', aliases: ['TTXVN'] },
  // The two national universities (long-standing names; no 2025 change found).
  { name: 'Đại học Quốc gia Hà Nội', aliases: ['ĐHQG Hà Nội', 'ĐHQGHN'] },
  { name: 'Đại học Quốc gia Thành phố Hồ Chí Minh', aliases: ['ĐHQG-HCM', 'ĐHQG TP.HCM', 'ĐHQG TPHCM', 'ĐHQGHCM'] },

  // Bộ Tài chính's departments from 1/3/2025 (all general departments ended: VNA, above):
  // Quyết định 381/QĐ-BTC (Cục Thuế: 20 Chi cục Thuế khu vực), 382/QĐ-BTC (Cục Hải quan: 20 Chi cục Hải
  // quan khu vực, numbered I–XX), 384/QĐ-BTC ngày 26/2/2025 (Cục Thống kê), 391/QĐ-BTC ngày 26/2/2025
  // (Bảo hiểm xã hội Việt Nam under the Ministry, 35 Bảo hiểm xã hội khu vực), 925/QĐ-BTC ngày 4/3/2025
  // (20 Kho bạc Nhà nước khu vực I–XX) — checked against vietnam.vn (baophuyen.vn), laodongthudo.vn,
  // thuvienphapluat.vn (QĐ 925), baodongkhoi.vn (QĐ 391), defzone/Wikipedia "Cục Thống kê" (QĐ 384).
  // From 1/7/2025: Quyết định 2229/QĐ-BTC (34 Thuế tỉnh, thành phố replace the regional tax offices;
  // thoibaotaichinhvietnam.vn), 2286/QĐ-BTC ngày 30/6/2025 (Bảo hiểm xã hội khu vực renamed to
  // Bảo hiểm xã hội tỉnh; vjs.vietnam.vn), 2019/QĐ-BTC (customs regions re-drawn, kept).
  { name: 'Cục Thuế', aliases: [] },
  { name: 'Tổng cục Thuế', aliases: [], validTo: MERGED_2025_03, successor: 'Cục Thuế' },
  { name: 'Cục Hải quan', aliases: [] },
  { name: 'Tổng cục Hải quan', aliases: [], validTo: MERGED_2025_03, successor: 'Cục Hải quan' },
  { name: 'Cục Thống kê', aliases: [] },
  { name: 'Tổng cục Thống kê', aliases: ['TCTK'], validTo: MERGED_2025_03, successor: 'Cục Thống kê' },
  { name: 'Kho bạc Nhà nước', aliases: ['KBNN'] },
  { name: 'Bảo hiểm xã hội Việt Nam', aliases: ['BHXH Việt Nam', 'BHXHVN'] },
  ...numbered(20, (r) => ({ name: `Kho bạc Nhà nước khu vực ${r}`, aliases: [`KBNN khu vực ${r}`] })),
  ...numbered(20, (r) => ({ name: `Chi cục Hải quan khu vực ${r}`, aliases: [] })),
  // Replaced on 1/7/2025 by the 34 "Thuế tỉnh/thành phố", each region split over several: no one successor.
  ...numbered(20, (r) => ({ name: `Chi cục Thuế khu vực ${r}`, aliases: [], validFrom: '2025-03-01', validTo: PROVINCES_END })),
  // Renamed to the provincial Bảo hiểm xã hội on 1/7/2025; the region-to-province table (Công văn
  // 1521/BHXH-TCCB) was only seen in part: no successors.
  ...numbered(35, (r) => ({ name: `Bảo hiểm xã hội khu vực ${r}`, aliases: [`BHXH khu vực ${r}`], validFrom: '2025-03-01', validTo: PROVINCES_END })),
  // The State Bank's 63 provincial branches became 15 regional ones, working from 1/3/2025
  // (nhipsongkinhdoanh.vn "Tổ chức lại 15 ngân hàng nhà nước khu vực"; written "NHNN Khu vực 1").
  ...numbered(15, (r) => ({ name: `Ngân hàng Nhà nước Khu vực ${r}`, aliases: [`NHNN Khu vực ${r}`] }), String),

  // Viet Nam Fatherland Front and the socio-political organisations (members named in its Charter; see
  // vi.wikipedia "Mặt trận Tổ quốc Việt Nam"). In 2025 they were placed under the Front; their names
  // did not change (vietnamplus.vn 2025-12-31 "10 hoạt động và sự kiện nổi bật của công tác Mặt trận").
  {
    name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    aliases: ['Ủy ban Trung ương MTTQ Việt Nam', 'UBTƯ MTTQ Việt Nam', 'UBTW MTTQ Việt Nam', 'UBTWMTTQVN', 'Mặt trận Tổ quốc Việt Nam', 'MTTQ Việt Nam'],
  },
  {
    name: 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    aliases: ['Trung ương Đoàn TNCS Hồ Chí Minh', 'Trung ương Đoàn', 'TW Đoàn', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
  },
  { name: 'Tổng Liên đoàn Lao động Việt Nam', aliases: ['Tổng LĐLĐ Việt Nam', 'TLĐLĐVN'] },
  { name: 'Hội Liên hiệp Phụ nữ Việt Nam', aliases: ['Trung ương Hội Liên hiệp Phụ nữ Việt Nam', 'Hội LHPN Việt Nam', 'TW Hội LHPN Việt Nam'] },
  { name: 'Hội Nông dân Việt Nam', aliases: ['Trung ương Hội Nông dân Việt Nam', 'TW Hội Nông dân Việt Nam'] },
  { name: 'Hội Cựu chiến binh Việt Nam', aliases: ['Trung ương Hội Cựu chiến binh Việt Nam', 'Hội CCB Việt Nam'] },
  // The mass associations the Party and State give tasks to: Kết luận 230-KL/TW ngày 05/01/2026 của Bộ
  // Chính trị, Ban Bí thư (list of 29) — checked against luatvietnam.vn and xaydungchinhsach.chinhphu.vn
  // 2026-01-09. Items 1–18 of the list; 19–29 were not seen in full and are left out.
  { name: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', aliases: ['Liên hiệp các Hội KH&KT Việt Nam', 'VUSTA'] },
  { name: 'Liên hiệp các Hội Văn học nghệ thuật Việt Nam', aliases: ['Liên hiệp các Hội VHNT Việt Nam'] },
  { name: 'Liên hiệp các tổ chức hữu nghị Việt Nam', aliases: ['VUFO'] },
  // Renamed by its 7th congress on 31/12/2021 (dantri.com.vn, baodautu.vn 2021-12-31), abbreviation kept.
  { name: 'Liên đoàn Thương mại và Công nghiệp Việt Nam', aliases: ['VCCI'] },
  { name: 'Phòng Thương mại và Công nghiệp Việt Nam', aliases: [], validTo: '2021-12-30', successor: 'Liên đoàn Thương mại và Công nghiệp Việt Nam' },
  { name: 'Liên minh Hợp tác xã Việt Nam', aliases: ['Liên minh HTX Việt Nam'] },
  { name: 'Hội Chữ thập đỏ Việt Nam', aliases: [] },
  { name: 'Hội Nhà báo Việt Nam', aliases: [] },
  { name: 'Hội Nhà văn Việt Nam', aliases: [] },
  { name: 'Hội Luật gia Việt Nam', aliases: [] },
  { name: 'Liên đoàn Luật sư Việt Nam', aliases: [] },
  { name: 'Hội Người cao tuổi Việt Nam', aliases: [] },
  { name: 'Hội Cựu Công an nhân dân Việt Nam', aliases: [] },
  { name: 'Hội Cựu thanh niên xung phong Việt Nam', aliases: [] },
  { name: 'Hội Khuyến học Việt Nam', aliases: [] },
  { name: 'Hội Người mù Việt Nam', aliases: [] },
  { name: 'Hội Bảo trợ người khuyết tật Việt Nam', aliases: [] },
  { name: 'Hội Nạn nhân chất độc da cam/dioxin Việt Nam', aliases: ['Hội Nạn nhân chất độc da cam Việt Nam'] },
  { name: 'Hội Đông y Việt Nam', aliases: [] },
  // The committee for foreign NGO affairs (Quyết định 59/2001/QĐ-TTg; its standing body is VUFO) and
  // PACCOM, VUFO's aid coordination office — checked against ngocentre.org.vn "COMINGO, VUFO and
  // PACCOM", thoidai.com.vn 2023-08-23. No 2025 change found.
  {
    name: 'Ủy ban công tác về các tổ chức phi chính phủ nước ngoài',
    aliases: ['Ủy ban Công tác về các tổ chức PCPNN', 'Ủy ban Công tác về các TCPCPNN', 'COMINGO'],
  },
  { name: 'Ban Điều phối viện trợ nhân dân', aliases: ['PACCOM'] },
];

// ---------------------------------------------------------------------------------------------
// Provinces

export type ProvinceType = 'tỉnh' | 'thành phố';

export interface Province {
  /** The place name alone: "Đồng Nai", "Hồ Chí Minh". */
  name: string;
  type: ProvinceType;
}

export interface FormerProvince extends Province {
  /** The place name of the 2025 province it is part of; its own name when it was not merged away. */
  successor: string;
}

/**
 * The 34 provincial units from 12/6/2025 (governments working from 1/7/2025): Nghị quyết 202/2025/QH15
 * về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025 — 6 cities, 28 provinces; names as in the list
 * attached to Nghị quyết 60-NQ/TW ngày 12/4/2025 and adopted by the Resolution (checked against
 * baothanhhoa.vn, bnews.vn, tintucvietnam.vn, thuvienphapluat.com 2025-06-13, news.laodong.vn).
 */
export const PROVINCE_LIST_2025: Province[] = [
  { name: 'Hà Nội', type: 'thành phố' },
  { name: 'Huế', type: 'thành phố' },
  { name: 'Hải Phòng', type: 'thành phố' },
  { name: 'Đà Nẵng', type: 'thành phố' },
  { name: 'Hồ Chí Minh', type: 'thành phố' },
  { name: 'Cần Thơ', type: 'thành phố' },
  { name: 'Lai Châu', type: 'tỉnh' },
  { name: 'Điện Biên', type: 'tỉnh' },
  { name: 'Sơn La', type: 'tỉnh' },
  { name: 'Lạng Sơn', type: 'tỉnh' },
  { name: 'Quảng Ninh', type: 'tỉnh' },
  { name: 'Cao Bằng', type: 'tỉnh' },
  { name: 'Tuyên Quang', type: 'tỉnh' },
  { name: 'Lào Cai', type: 'tỉnh' },
  { name: 'Thái Nguyên', type: 'tỉnh' },
  { name: 'Phú Thọ', type: 'tỉnh' },
  { name: 'Bắc Ninh', type: 'tỉnh' },
  { name: 'Hưng Yên', type: 'tỉnh' },
  { name: 'Ninh Bình', type: 'tỉnh' },
  { name: 'Thanh Hóa', type: 'tỉnh' },
  { name: 'Nghệ An', type: 'tỉnh' },
  { name: 'Hà Tĩnh', type: 'tỉnh' },
  { name: 'Quảng Trị', type: 'tỉnh' },
  { name: 'Quảng Ngãi', type: 'tỉnh' },
  { name: 'Gia Lai', type: 'tỉnh' },
  { name: 'Khánh Hòa', type: 'tỉnh' },
  { name: 'Lâm Đồng', type: 'tỉnh' },
  { name: 'Đắk Lắk', type: 'tỉnh' },
  { name: 'Đồng Nai', type: 'tỉnh' },
  { name: 'Tây Ninh', type: 'tỉnh' },
  { name: 'Vĩnh Long', type: 'tỉnh' },
  { name: 'Đồng Tháp', type: 'tỉnh' },
  { name: 'An Giang', type: 'tỉnh' },
  { name: 'Cà Mau', type: 'tỉnh' },
];

/** "tỉnh Đồng Nai", "thành phố Hà Nội", "Thành phố Hồ Chí Minh" (the city's own capitalisation). */
export function provinceFullName(p: Province): string {
  return p.name === 'Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : `${p.type} ${p.name}`;
}

/** The 34 provincial units after 1/7/2025, each written with its type. */
export const PROVINCES_2025: string[] = PROVINCE_LIST_2025.map(provinceFullName);

/**
 * The 63 provincial units before the merger, each with the 2025 province it became part of (itself when
 * not merged). Same sources as PROVINCE_LIST_2025 (the 23 mergers in Nghị quyết 202/2025/QH15, Điều 1).
 * Huế is listed as a city: it became one on 1/1/2025 (Nghị quyết 175/2024/QH15); THUA_THIEN_HUE below
 * is the province before that.
 */
export const PROVINCES_BEFORE_2025: FormerProvince[] = [
  // Not merged (11).
  { name: 'Hà Nội', type: 'thành phố', successor: 'Hà Nội' },
  { name: 'Huế', type: 'thành phố', successor: 'Huế' },
  { name: 'Lai Châu', type: 'tỉnh', successor: 'Lai Châu' },
  { name: 'Điện Biên', type: 'tỉnh', successor: 'Điện Biên' },
  { name: 'Sơn La', type: 'tỉnh', successor: 'Sơn La' },
  { name: 'Lạng Sơn', type: 'tỉnh', successor: 'Lạng Sơn' },
  { name: 'Quảng Ninh', type: 'tỉnh', successor: 'Quảng Ninh' },
  { name: 'Thanh Hóa', type: 'tỉnh', successor: 'Thanh Hóa' },
  { name: 'Nghệ An', type: 'tỉnh', successor: 'Nghệ An' },
  { name: 'Hà Tĩnh', type: 'tỉnh', successor: 'Hà Tĩnh' },
  { name: 'Cao Bằng', type: 'tỉnh', successor: 'Cao Bằng' },
  // Merged (52 into 23).
  { name: 'Tuyên Quang', type: 'tỉnh', successor: 'Tuyên Quang' },
  { name: 'Hà Giang', type: 'tỉnh', successor: 'Tuyên Quang' },
  { name: 'Lào Cai', type: 'tỉnh', successor: 'Lào Cai' },
  { name: 'Yên Bái', type: 'tỉnh', successor: 'Lào Cai' },
  { name: 'Thái Nguyên', type: 'tỉnh', successor: 'Thái Nguyên' },
  { name: 'Bắc Kạn', type: 'tỉnh', successor: 'Thái Nguyên' },
  { name: 'Phú Thọ', type: 'tỉnh', successor: 'Phú Thọ' },
  { name: 'Vĩnh Phúc', type: 'tỉnh', successor: 'Phú Thọ' },
  { name: 'Hòa Bình', type: 'tỉnh', successor: 'Phú Thọ' },
  { name: 'Bắc Ninh', type: 'tỉnh', successor: 'Bắc Ninh' },
  { name: 'Bắc Giang', type: 'tỉnh', successor: 'Bắc Ninh' },
  { name: 'Hưng Yên', type: 'tỉnh', successor: 'Hưng Yên' },
  { name: 'Thái Bình', type: 'tỉnh', successor: 'Hưng Yên' },
  { name: 'Hải Phòng', type: 'thành phố', successor: 'Hải Phòng' },
  { name: 'Hải Dương', type: 'tỉnh', successor: 'Hải Phòng' },
  { name: 'Ninh Bình', type: 'tỉnh', successor: 'Ninh Bình' },
  { name: 'Hà Nam', type: 'tỉnh', successor: 'Ninh Bình' },
  { name: 'Nam Định', type: 'tỉnh', successor: 'Ninh Bình' },
  { name: 'Quảng Trị', type: 'tỉnh', successor: 'Quảng Trị' },
  { name: 'Quảng Bình', type: 'tỉnh', successor: 'Quảng Trị' },
  { name: 'Đà Nẵng', type: 'thành phố', successor: 'Đà Nẵng' },
  { name: 'Quảng Nam', type: 'tỉnh', successor: 'Đà Nẵng' },
  { name: 'Quảng Ngãi', type: 'tỉnh', successor: 'Quảng Ngãi' },
  { name: 'Kon Tum', type: 'tỉnh', successor: 'Quảng Ngãi' },
  { name: 'Gia Lai', type: 'tỉnh', successor: 'Gia Lai' },
  { name: 'Bình Định', type: 'tỉnh', successor: 'Gia Lai' },
  { name: 'Khánh Hòa', type: 'tỉnh', successor: 'Khánh Hòa' },
  { name: 'Ninh Thuận', type: 'tỉnh', successor: 'Khánh Hòa' },
  { name: 'Lâm Đồng', type: 'tỉnh', successor: 'Lâm Đồng' },
  { name: 'Đắk Nông', type: 'tỉnh', successor: 'Lâm Đồng' },
  { name: 'Bình Thuận', type: 'tỉnh', successor: 'Lâm Đồng' },
  { name: 'Đắk Lắk', type: 'tỉnh', successor: 'Đắk Lắk' },
  { name: 'Phú Yên', type: 'tỉnh', successor: 'Đắk Lắk' },
  { name: 'Hồ Chí Minh', type: 'thành phố', successor: 'Hồ Chí Minh' },
  { name: 'Bình Dương', type: 'tỉnh', successor: 'Hồ Chí Minh' },
  { name: 'Bà Rịa - Vũng Tàu', type: 'tỉnh', successor: 'Hồ Chí Minh' },
  { name: 'Đồng Nai', type: 'tỉnh', successor: 'Đồng Nai' },
  { name: 'Bình Phước', type: 'tỉnh', successor: 'Đồng Nai' },
  { name: 'Tây Ninh', type: 'tỉnh', successor: 'Tây Ninh' },
  { name: 'Long An', type: 'tỉnh', successor: 'Tây Ninh' },
  { name: 'Cần Thơ', type: 'thành phố', successor: 'Cần Thơ' },
  { name: 'Sóc Trăng', type: 'tỉnh', successor: 'Cần Thơ' },
  { name: 'Hậu Giang', type: 'tỉnh', successor: 'Cần Thơ' },
  { name: 'Vĩnh Long', type: 'tỉnh', successor: 'Vĩnh Long' },
  { name: 'Bến Tre', type: 'tỉnh', successor: 'Vĩnh Long' },
  { name: 'Trà Vinh', type: 'tỉnh', successor: 'Vĩnh Long' },
  { name: 'Đồng Tháp', type: 'tỉnh', successor: 'Đồng Tháp' },
  { name: 'Tiền Giang', type: 'tỉnh', successor: 'Đồng Tháp' },
  { name: 'Cà Mau', type: 'tỉnh', successor: 'Cà Mau' },
  { name: 'Bạc Liêu', type: 'tỉnh', successor: 'Cà Mau' },
  { name: 'An Giang', type: 'tỉnh', successor: 'An Giang' },
  { name: 'Kiên Giang', type: 'tỉnh', successor: 'An Giang' },
];

/** Before 1/1/2025 (Nghị quyết 175/2024/QH15, khamphahue.com.vn, cand.com.vn 2024-12-29). */
export const THUA_THIEN_HUE: FormerProvince = { name: 'Thừa Thiên Huế', type: 'tỉnh', successor: 'Huế' };

// ---------------------------------------------------------------------------------------------
// Bodies of one province

const isCity = (p: Province): boolean => p.type === 'thành phố';
const isHcm = (p: Province): boolean => p.name === 'Hồ Chí Minh';
const isHanoi = (p: Province): boolean => p.name === 'Hà Nội';

/** The ways tables write the locality after a body: "tỉnh X"; "thành phố X", "TP X", "TP.HCM". */
function localityForms(p: Province): string[] {
  const forms = [provinceFullName(p)];
  if (isCity(p)) forms.push(`TP ${p.name}`);
  if (isHcm(p)) forms.push('TP HCM', 'TPHCM');
  return forms;
}

/** The place alone, as Party and mass bodies write it: "Tỉnh ủy Đồng Nai", "Thành ủy TP.HCM". */
function placeForms(p: Province): string[] {
  return isHcm(p) ? ['Thành phố Hồ Chí Minh', 'TP HCM', 'TPHCM', 'TP Hồ Chí Minh'] : [p.name];
}

/** Folds like unitKey (marks, đ, case, punctuation) so that aliases that would meet are listed once. */
function roughKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/&/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every head with every locality; the first pair is the canonical name. */
function entry(heads: string[], places: string[], extra: Omit<UnitEntryInput, 'name' | 'aliases'> = {}): UnitEntryInput {
  const name = `${heads[0]} ${places[0]}`;
  const seen = new Set([roughKey(name)]);
  const aliases: string[] = [];
  for (const h of heads) {
    for (const pl of places) {
      const a = `${h} ${pl}`;
      const k = roughKey(a);
      if (!seen.has(k)) {
        seen.add(k);
        aliases.push(a);
      }
    }
  }
  return { name, aliases, ...extra };
}

/** The departments every province has: Nghị định 150/2025/NĐ-CP (from 1/7/2025; Điều 8) and Nghị
 * định 45/2025/NĐ-CP ngày 28/2/2025 before it — 10 sở plus Thanh tra tỉnh and Văn phòng UBND (below).
 * Checked against luatvietnam.vn "7 điểm đáng chú ý tại Nghị định 150/2025/NĐ-CP", vinanet.vn,
 * hdnd.dongnai.gov.vn (Nghị định 45). Abbreviations as in builtin.ts. */
const UNIFORM_DEPARTMENTS: string[][] = [
  ['Sở Nội vụ'],
  ['Sở Tư pháp'],
  ['Sở Tài chính'],
  ['Sở Công Thương'],
  ['Sở Nông nghiệp và Môi trường', 'Sở NN&MT'],
  ['Sở Xây dựng'],
  ['Sở Khoa học và Công nghệ', 'Sở KH&CN'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'Sở VHTTDL', 'Sở VH,TT&DL'],
  ['Sở Giáo dục và Đào tạo', 'Sở GD&ĐT'],
  ['Sở Y tế'],
];

/** Departments set up only where the criteria of Nghị định 150/2025/NĐ-CP Điều 9 are met. */
export const SPECIAL_DEPARTMENTS = ['Sở Ngoại vụ', 'Sở Dân tộc và Tôn giáo', 'Sở Du lịch'] as const;
export type SpecialDepartment = (typeof SPECIAL_DEPARTMENTS)[number];

const DEPARTMENT_HEADS: Record<string, string[]> = {
  'Sở Ngoại vụ': ['Sở Ngoại vụ'],
  'Sở Dân tộc và Tôn giáo': ['Sở Dân tộc và Tôn giáo', 'Sở DT&TG'],
  'Sở Du lịch': ['Sở Du lịch'],
  'Sở Văn hóa và Thể thao': ['Sở Văn hóa và Thể thao', 'Sở VH&TT'],
  'Sở Quy hoạch - Kiến trúc': ['Sở Quy hoạch - Kiến trúc', 'Sở QH-KT'],
  'Sở An toàn thực phẩm': ['Sở An toàn thực phẩm', 'Sở ATTP'],
};

/**
 * Hà Nội's 15 departments from 1/3/2025: Nghị quyết of HĐND thành phố Hà Nội passed 25/2/2025
 * (nld.com.vn "Hà Nội giảm 6 sở, còn 15 sở"); its Sở Ngoại vụ went into Văn phòng UBND.
 * TP. Hồ Chí Minh's 15 from 1/7/2025: Nghị quyết of HĐND TP.HCM passed 1/7/2025 (thanhnien.vn
 * "Lập 15 cơ quan chuyên môn thuộc UBND TP.HCM"); it has no Sở Quy hoạch - Kiến trúc.
 * Both have Sở Văn hóa và Thể thao and Sở Du lịch instead of Sở Văn hóa, Thể thao và Du lịch.
 */
function departmentHeads(p: Province, special: readonly SpecialDepartment[]): string[][] {
  if (!isHanoi(p) && !isHcm(p)) return [...UNIFORM_DEPARTMENTS, ...special.map((s) => DEPARTMENT_HEADS[s])];
  const extra = isHanoi(p)
    ? ['Sở Văn hóa và Thể thao', 'Sở Du lịch', 'Sở Dân tộc và Tôn giáo', 'Sở Quy hoạch - Kiến trúc']
    : ['Sở Văn hóa và Thể thao', 'Sở Du lịch', 'Sở Dân tộc và Tôn giáo', 'Sở An toàn thực phẩm'];
  return [...UNIFORM_DEPARTMENTS.filter((h) => h[0] !== 'Sở Văn hóa, Thể thao và Du lịch'), ...extra.map((s) => DEPARTMENT_HEADS[s])];
}

export interface ProvincialBodiesOptions {
  /** Departments of Nghị định 150/2025/NĐ-CP Điều 9 this province has (Hà Nội and TP.HCM: built in). */
  special?: readonly SpecialDepartment[];
  /** Add "Ban Quản lý các khu công nghiệp X" (not every province has one, and the names vary). */
  industrialZones?: boolean;
  /** Add "Ban Quản lý Khu kinh tế X" (likewise). */
  economicZone?: boolean;
}

/** One body of a province, by kind, so that a former province's body can name its 2025 successor. */
type BodyKind =
  | 'ubnd'
  | 'hdnd'
  | 'vpUbnd'
  | 'vpDbqh'
  | 'thanhTra'
  | 'partyCommittee'
  | 'partyOffice'
  | 'partyOrganisation'
  | 'partyPropaganda'
  | 'partyInspection'
  | 'frontCommittee'
  | 'police'
  | 'military';

function body(kind: BodyKind, p: Province): UnitEntryInput {
  const loc = localityForms(p);
  const place = placeForms(p);
  const committee = isCity(p) ? 'Thành ủy' : 'Tỉnh ủy';
  switch (kind) {
    // Local government (Luật Tổ chức chính quyền địa phương 2025).
    case 'ubnd':
      return entry(['UBND', 'Ủy ban nhân dân'], loc);
    case 'hdnd':
      return entry(['HĐND', 'Hội đồng nhân dân'], loc);
    case 'vpUbnd':
      return entry(['Văn phòng UBND', 'Văn phòng Ủy ban nhân dân', 'VP UBND'], loc);
    // Named in Nghị định 45/2025 and 150/2025 (Điều 2) as "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân cấp tỉnh".
    case 'vpDbqh':
      return entry(['Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân', 'Văn phòng Đoàn ĐBQH và HĐND'], loc);
    case 'thanhTra':
      return entry(['Thanh tra'], loc);
    // Party committee and its bodies; Ban Tuyên giáo và Dân vận Tỉnh ủy from 2025 (laichau.dcs.vn:
    // merged 1/3/2025 by Quyết định 1676-QĐ/TU; reatimes.vn for Cà Mau, April 2025).
    case 'partyCommittee':
      return entry([committee], place);
    case 'partyOffice':
      return entry([`Văn phòng ${committee}`], place);
    case 'partyOrganisation':
      return entry([`Ban Tổ chức ${committee}`], place);
    case 'partyPropaganda':
      return entry([`Ban Tuyên giáo và Dân vận ${committee}`], place);
    case 'partyInspection':
      return entry([`Ủy ban Kiểm tra ${committee}`], place);
    // Ủy ban MTTQ Việt Nam of the 23 merged provinces set up in 2025 (vietnamplus.vn 2025-12-31).
    case 'frontCommittee':
      return entry(['Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban MTTQ Việt Nam', 'UBMTTQ Việt Nam', 'Ủy ban MTTQ'], loc);
    case 'police':
      return entry(['Công an'], loc);
    // Hà Nội: Bộ Tư lệnh Thủ đô Hà Nội; TP.HCM: Bộ Tư lệnh TP.HCM (thanhnien.vn 2025-07-01, "Tư lệnh Bộ
    // Tư lệnh TP.HCM"); elsewhere Bộ Chỉ huy quân sự tỉnh/thành phố.
    case 'military':
      if (isHanoi(p)) return { name: 'Bộ Tư lệnh Thủ đô Hà Nội', aliases: ['Bộ Tư lệnh Thủ đô', 'BTL Thủ đô Hà Nội'] };
      if (isHcm(p)) return { name: 'Bộ Tư lệnh Thành phố Hồ Chí Minh', aliases: ['Bộ Tư lệnh TP.HCM', 'Bộ Tư lệnh TPHCM'] };
      return entry(['Bộ Chỉ huy quân sự', 'Bộ CHQS'], loc);
  }
}

const CORE_KINDS: BodyKind[] = [
  'ubnd',
  'hdnd',
  'vpUbnd',
  'vpDbqh',
  'thanhTra',
  'partyCommittee',
  'partyOffice',
  'partyOrganisation',
  'partyPropaganda',
  'partyInspection',
  'frontCommittee',
  'police',
  'military',
];

/**
 * The bodies every 2025 province has, spelled the ways tables write them: "UBND tỉnh Đồng Nai",
 * "Ủy ban nhân dân thành phố Hà Nội", "UBND TP.HCM". The canonical name carries the locality.
 * The bare forms of a city's own tables ("UBND Thành phố") are in CITY_GENERIC_UNITS.
 */
export function provincialBodies(p: Province, options: ProvincialBodiesOptions = {}): UnitEntryInput[] {
  const loc = localityForms(p);
  const place = placeForms(p);
  const out: UnitEntryInput[] = CORE_KINDS.map((k) => body(k, p));
  for (const heads of departmentHeads(p, options.special ?? [])) out.push(entry(heads, loc));

  // Courts and procuracy of the province (Hiến pháp 2013, Chương VIII).
  out.push(entry(['Tòa án nhân dân', 'TAND'], loc));
  out.push(entry(['Viện kiểm sát nhân dân', 'VKSND'], loc));

  // Mass organisations of the province (long-standing names; under the Front since 2025, names kept).
  out.push(entry(['Liên đoàn Lao động', 'LĐLĐ'], loc));
  out.push(entry([isCity(p) ? 'Thành Đoàn' : 'Tỉnh Đoàn'], place));
  out.push(entry(['Hội Liên hiệp Phụ nữ', 'Hội LHPN'], loc));
  out.push(entry(['Hội Nông dân'], loc));
  out.push(entry(['Hội Cựu chiến binh', 'Hội CCB'], loc));

  // Trung tâm Phục vụ hành chính công cấp tỉnh from 1/7/2025, under Văn phòng UBND: Nghị định
  // 118/2025/NĐ-CP ngày 9/6/2025 (giaobinh.ninhbinh.gov.vn, news.laodong.vn; Thanh Hóa QĐ 128/2025/QĐ-UBND).
  out.push(entry(['Trung tâm Phục vụ hành chính công', 'Trung tâm PVHCC'], loc, { validFrom: '2025-07-01' }));
  // Thuế tỉnh/thành phố from 1/7/2025: Quyết định 2229/QĐ-BTC (thoibaotaichinhvietnam.vn "34 Thuế tỉnh, thành phố").
  out.push(entry(['Thuế'], loc, { validFrom: '2025-07-01' }));
  // Bảo hiểm xã hội tỉnh/thành phố from 1/7/2025: Quyết định 2286/QĐ-BTC ngày 30/6/2025 (hoidapbhxh.com:
  // "Bảo hiểm xã hội thành phố Hà Nội", "Bảo hiểm xã hội Thành phố Hồ Chí Minh"). The same names were
  // used before 3/2025, so no validFrom.
  out.push(entry(['Bảo hiểm xã hội', 'BHXH'], loc));
  // The merged Party press of a province: Công văn số 1373 ngày 27/6/2025 of Ban Tuyên giáo và
  // Dân vận Trung ương sets the name "Báo và Phát thanh, Truyền hình <địa phương>" (examples: Đà Nẵng,
  // Ninh Bình); Hà Nội and TP.HCM are handled apart (doanhnhanccb.vn, tracuuquyhoach.com).
  // unverified: that every other province used exactly this name.
  if (!isHanoi(p) && !isHcm(p)) out.push(entry(['Báo và Phát thanh, Truyền hình'], place));
  // Not every province has these and names vary ("Ban Quản lý Khu kinh tế tỉnh", "… Khu kinh tế Dung Quất").
  if (options.industrialZones) out.push(entry(['Ban Quản lý các khu công nghiệp', 'Ban Quản lý các KCN', 'BQL các KCN'], loc));
  if (options.economicZone) out.push(entry(['Ban Quản lý Khu kinh tế', 'BQL Khu kinh tế', 'BQL KKT'], loc));
  return out;
}

/** The 2025 province a former one is part of. */
function province2025(name: string): Province {
  const p = PROVINCE_LIST_2025.find((q) => q.name === name);
  if (!p) throw new Error(`not a 2025 province: ${name}`);
  return p;
}

/**
 * The bodies of a province that was merged away (its name is not its successor's) with the day they
 * ended and the matching body of the 2025 province; for every former province, the provincial agencies
 * of central bodies reorganised on 1/3/2025 and the Party bodies merged in 2025.
 */
export function formerProvincialBodies(old: FormerProvince): UnitEntryInput[] {
  const ended = PROVINCES_END;
  const next = province2025(old.successor);
  const loc = localityForms(old);
  const place = placeForms(old);
  const committee = isCity(old) ? 'Thành ủy' : 'Tỉnh ủy';
  const out: UnitEntryInput[] = [];
  const merged = old.name !== next.name;

  if (merged) {
    for (const k of CORE_KINDS) out.push({ ...body(k, old), validTo: ended, successor: body(k, next).name });
    const nextDepartments = departmentHeads(next, []);
    for (const heads of UNIFORM_DEPARTMENTS) {
      // The same department of the new province; none when it has no department of that name (TP.HCM has no Sở VHTTDL).
      const same = nextDepartments.find((h) => h[0] === heads[0]);
      out.push(entry(heads, loc, same ? { validTo: ended, successor: entry(same, localityForms(next)).name } : { validTo: ended }));
    }
  }
  // Ban Tuyên giáo and Ban Dân vận of the Party committee were merged in the first half of 2025 (dates
  // differ by province: Lai Châu 1/3/2025); the end of the old provinces is the upper bound used.
  const propaganda = body('partyPropaganda', next).name;
  out.push(entry([`Ban Tuyên giáo ${committee}`], place, { validTo: PROVINCES_END, successor: propaganda }));
  out.push(entry([`Ban Dân vận ${committee}`], place, { validTo: PROVINCES_END, successor: propaganda }));

  // Agencies of central bodies reorganised into regions on 1/3/2025 (sources at NATIONAL_UNITS). The
  // region each province went to was not seen in full: no successors.
  out.push(entry(['Cục Thuế'], loc, { validTo: MERGED_2025_03 }));
  out.push(entry(['Ngân hàng Nhà nước chi nhánh', 'NHNN chi nhánh'], loc, { validTo: MERGED_2025_03 }));
  // Cục Thống kê tỉnh became Chi cục Thống kê tỉnh under the new Cục Thống kê (Quyết định 384/QĐ-BTC);
  // seen in use in May 2025 ("Chi cục Thống kê tỉnh Bình Định"). unverified: its name after 1/7/2025.
  const chiCuc = entry(['Chi cục Thống kê'], loc, merged ? { validFrom: '2025-03-01', validTo: ended } : { validFrom: '2025-03-01' });
  out.push(entry(['Cục Thống kê'], loc, { validTo: MERGED_2025_03, successor: chiCuc.name }));
  out.push(chiCuc);
  return out;
}

/**
 * Bodies named after tỉnh Thừa Thiên Huế, renamed after thành phố Huế on 1/1/2025 (Nghị quyết
 * 175/2024/QH15: "các cơ quan, tổ chức, đơn vị có tên gọi gắn với địa danh tỉnh Thừa Thiên Huế được đổi
 * tên để hoạt động với tên gọi thành phố Huế"). The successors are the Huế names; those of them merged
 * later carry their own successors (formerProvincialBodies of Huế), one step at a time.
 */
export function thuaThienHueBodies(): UnitEntryInput[] {
  const old = THUA_THIEN_HUE;
  const next = province2025(old.successor);
  const renamed = (heads: string[], nextHeads: string[], place: (p: Province) => string[]): UnitEntryInput =>
    entry(heads, place(old), { validTo: THUA_THIEN_HUE_END, successor: entry(nextHeads, place(next)).name });
  // Ban Tuyên giáo và Dân vận did not exist yet in 2024.
  const out: UnitEntryInput[] = CORE_KINDS.filter((k) => k !== 'partyPropaganda').map((k) => ({
    ...body(k, old),
    validTo: THUA_THIEN_HUE_END,
    successor: body(k, next).name,
  }));
  out.push(renamed(['Ban Tuyên giáo Tỉnh ủy'], ['Ban Tuyên giáo Thành ủy'], placeForms));
  out.push(renamed(['Ban Dân vận Tỉnh ủy'], ['Ban Dân vận Thành ủy'], placeForms));
  out.push(renamed(['Cục Thuế'], ['Cục Thuế'], localityForms));
  out.push(renamed(['Cục Thống kê'], ['Cục Thống kê'], localityForms));
  out.push(renamed(['Ngân hàng Nhà nước chi nhánh', 'NHNN chi nhánh'], ['Ngân hàng Nhà nước chi nhánh'], localityForms));
  return out;
}

/**
 * What a city's own tables write without naming the city, the counterparts of builtin.ts's "UBND tỉnh",
 * "Tỉnh ủy": "UBND Thành phố", "Thành ủy", "Công an Thành phố".
 */
export const CITY_GENERIC_UNITS: UnitEntryInput[] = [
  { name: 'UBND Thành phố', aliases: ['Ủy ban nhân dân Thành phố', 'UBND TP'] },
  { name: 'HĐND Thành phố', aliases: ['Hội đồng nhân dân Thành phố', 'HĐND TP'] },
  { name: 'Văn phòng UBND Thành phố', aliases: ['Văn phòng Ủy ban nhân dân Thành phố', 'VP UBND Thành phố', 'VP UBND TP'] },
  { name: 'Thành ủy', aliases: ['Ban Thường vụ Thành ủy'] },
  { name: 'Văn phòng Thành ủy', aliases: [] },
  { name: 'Thanh tra Thành phố', aliases: ['Thanh tra TP'] },
  { name: 'Công an Thành phố', aliases: ['Công an TP'] },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố', aliases: ['Ủy ban MTTQ Việt Nam Thành phố', 'UBMTTQ Việt Nam Thành phố'] },
  { name: 'Thành Đoàn', aliases: [] },
  { name: 'Liên đoàn Lao động Thành phố', aliases: ['LĐLĐ Thành phố'] },
  { name: 'Hội Liên hiệp Phụ nữ Thành phố', aliases: ['Hội LHPN Thành phố'] },
];

/** Every provincial entry: the 34 provinces' bodies, the former provinces' and Thừa Thiên Huế's. */
export function allProvincialUnits(): UnitEntryInput[] {
  return [
    ...PROVINCE_LIST_2025.flatMap((p) => provincialBodies(p)),
    ...PROVINCES_BEFORE_2025.flatMap((p) => formerProvincialBodies(p)),
    ...thuaThienHueBodies(),
  ];
}
