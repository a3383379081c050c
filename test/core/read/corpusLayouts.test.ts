/**
 * Layouts of the real corpus tables (issue 14, session 3), in small sheets shaped like each: sub-tables
 * restarting after a numbered caption, a header repeated under each group without its STT cell, parts
 * A/B/C above Roman groups, sub-group headings, numberless group titles, merged cells, an elision line.
 */
import type { CellValue, Grid } from '../../../core/model/grid';
import { readTables } from '../../../core/read/table';
import { resolveGroupLetter, parseStt } from '../../../core/read/stt';
import { validateGrid } from '../../../core/engine/validate';
import { understandWorkbook } from '../../../core/engine/understood';

const grid = (rows: CellValue[][], merges: Grid['merges'] = []): Grid => ({ name: 'Phụ lục', rows: [['KẾ HOẠCH NĂM 2026'], [], ...rows], merges });
const codes = (g: Grid) =>
  validateGrid(g)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.cell} ${f.code}`);
const LEAD = 'Sở Khoa học và Công nghệ';
const HEADER = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'];

describe('sub-tables printed one after another, each after a numbered caption (TB 624 PL I)', () => {
  const rows: CellValue[][] = [
    HEADER,
    ['1.', 'Xây dựng kế hoạch', LEAD, 'Các sở, ngành', '31/10/2026'],
    ['2.', 'Rà soát quy định', LEAD, 'Các sở, ngành', '30/11/2026'],
    ['2. Các nhiệm vụ về chuyển đổi số quá hạn chưa hoàn thành'],
    HEADER,
    ['1.', 'Ban hành chiến lược dữ liệu', 'Sở Tài chính', 'Các sở, ngành', '30/09/2026'],
    ['2.', 'Kết nối cơ sở dữ liệu', 'Sở Tài chính', 'Các sở, ngành', '15/10/2026'],
  ];

  it('reads two tables, the caption in neither, each numbered from 1', () => {
    const tables = readTables(grid(rows));
    expect(tables.map((t) => [t.header.row, t.firstRow, t.lastRow])).toEqual([
      [3, 4, 5],
      [7, 8, 9],
    ]);
    expect(tables.flatMap((t) => t.rows.map((r) => r.kind))).toEqual(['task', 'task', 'task', 'task']);
    expect(codes(grid(rows))).toEqual([]);
  });

  it('still finds a duplicate inside one sub-table', () => {
    const dup = rows.map((r, i) => (i === 6 ? ['1.', ...r.slice(1)] : r));
    expect(codes(grid(dup))).toEqual(['A9 stt.duplicate']);
  });

  it('a Roman group title above a repeated header is a group, not a caption: one table', () => {
    const withGroup: CellValue[][] = [
      HEADER,
      ['I', 'NHÓM MỘT', null, null, null],
      ['1.', 'Xây dựng kế hoạch', LEAD, 'Các sở, ngành', '31/10/2026'],
      ['II. Nhóm nhiệm vụ về chuyển đổi số'],
      HEADER,
      ['1.', 'Ban hành chiến lược dữ liệu', LEAD, 'Các sở, ngành', '30/09/2026'],
    ];
    const tables = readTables(grid(withGroup));
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.kind)).toEqual(['group', 'task', 'group', 'repeatedHeader', 'task']);
  });
});

describe('a header repeated under each group, its STT cell empty (KH 179 Đồng Nai, parts B and C)', () => {
  const rows: CellValue[][] = [
    ['STT', 'Nhiệm vụ, giải pháp', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện'],
    ['I', 'Phát triển nông nghiệp số'],
    [null, 'Nội dung', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện'],
    ['1.1', 'Xây dựng nền tảng dữ liệu', LEAD, 'Các sở, ban, ngành', '2026 - 2030'],
    ['1.2', 'Triển khai sàn giao dịch', LEAD, 'Các sở, ban, ngành', '2026 - 2030'],
    ['II', 'Phát triển y tế số'],
    [null, 'Nội dung', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện'],
    ['2.1', 'Triển khai hồ sơ bệnh án điện tử', 'Sở Y tế', 'Các sở, ban, ngành', '2026 - 2030'],
  ];

  it('is the same header: one table, the rows under it read from the STT column', () => {
    const tables = readTables(grid(rows));
    expect(tables).toHaveLength(1);
    // "1.1" under a Roman group is read at the sub-task level, as everywhere.
    expect(tables[0].rows.map((r) => r.kind)).toEqual(['group', 'repeatedHeader', 'subtask', 'subtask', 'group', 'repeatedHeader', 'subtask']);
    expect(tables[0].rows.filter((r) => r.kind === 'unnumbered')).toEqual([]);
  });

  it('gives no stt.missing; the repeat under a group title is information, not a warning', () => {
    const found = validateGrid(grid(rows)).findings.filter((f) => f.code === 'row.repeated_header');
    expect(found.map((f) => `${f.cell} ${f.severity}`)).toEqual(['A5 info', 'A9 info']);
    expect(codes(grid(rows))).toEqual([]);
  });

  it('a header repeated between two tasks (a page break) stays a warning', () => {
    const cut = [...rows.slice(0, 4), rows[2], ...rows.slice(4)];
    const found = validateGrid(grid(cut)).findings.filter((f) => f.code === 'row.repeated_header');
    expect(found.map((f) => `${f.cell} ${f.severity}`)).toEqual(['A5 info', 'A7 warning', 'A10 info']);
  });

  it('a header with a different label where STT is (not blank) is not taken for a repeat', () => {
    const other = rows.map((r, i) => (i === 6 ? ['Ghi chú', ...r.slice(1)] : r));
    expect(readTables(grid(other)).some((t) => t.rows.some((r) => r.row === 9 && r.kind === 'repeatedHeader'))).toBe(false);
  });
});

describe('capital-letter parts above Roman groups (A. I. … B. I. … C. I.)', () => {
  it('a C after a Roman group, with part B above, opens part C', () => {
    const c = parseStt('C').token!;
    expect(resolveGroupLetter(c, parseStt('VII').token, parseStt('B').token).system).toBe('upper');
    // With no part above, C after VII is still read as the Roman number it may be.
    expect(resolveGroupLetter(c, parseStt('VII').token).system).toBe('roman');
    // V after IV is the next Roman group even under part U.
    expect(resolveGroupLetter(parseStt('V').token!, parseStt('IV').token, parseStt('U').token).system).toBe('roman');
  });

  const rows: CellValue[][] = [
    HEADER,
    ['A', 'NỀN MÓNG'],
    ['I', 'Thể chế'],
    ['1.1', 'Rà soát văn bản', LEAD, null, '2026'],
    ['II', 'Hạ tầng'],
    ['2.1', 'Triển khai hạ tầng số', LEAD, null, '2026'],
    ['III', 'Nền tảng'],
    ['3', 'Xây dựng kế hoạch nền tảng', LEAD, null, '2026'],
    ['B', 'NGÀNH, LĨNH VỰC'],
    ['I', 'Nông nghiệp'],
    ['1.1', 'Nền tảng nông nghiệp', LEAD, null, '2026'],
    ['II', 'Y tế'],
    ['2.1', 'Hồ sơ sức khỏe', LEAD, null, '2026'],
    ['III', 'Giáo dục'],
    ['3.1', 'Học trực tuyến', LEAD, null, '2026'],
    ['3.2', 'Học liệu số', LEAD, null, '2026'],
    ['C', 'GIẢI PHÁP'],
    ['I', 'Tổ chức'],
    ['1.1', 'Kiện toàn Ban Chỉ đạo', LEAD, null, '2026'],
  ];

  it('reads C as a part, and "3.1" of B.III is not under the task “3” of A.III', () => {
    const [t] = readTables(grid(rows));
    expect(t.rows.find((r) => r.sttText === 'C')!.stt.token!.system).toBe('upper');
    const b31 = t.rows.find((r) => r.row === 17)!;
    expect(t.rows[b31.parent!].sttText).toBe('III');
    expect(t.rows[b31.parent!].row).toBe(16);
    // Only A.III's lone “3” (the real slip in KH 179) is reported.
    expect(codes(grid(rows))).toEqual(['A10 stt.gap', 'A10 stt.style_mixed']);
  });
});

describe('a group numbered twice whose points carry the number it should have (KH 179, IV twice)', () => {
  const rows: CellValue[][] = [
    HEADER,
    ['I', 'Nông nghiệp'],
    ['1.1', 'Nền tảng nông nghiệp', LEAD, null, '2026'],
    ['II', 'Y tế'],
    ['2.1', 'Hồ sơ sức khỏe', LEAD, null, '2026'],
    ['II', 'Thương mại'],
    ['3.1', 'Thương mại điện tử', LEAD, null, '2026'],
    ['3.2', 'Sàn giao dịch', LEAD, null, '2026'],
  ];

  it('reports the group, not its points', () => {
    expect(codes(grid(rows))).toEqual(['A8 stt.duplicate']);
  });

  it('points that match neither number are still out of place', () => {
    const wrong = rows.map((r, i) => (i === 6 ? ['4.1', ...r.slice(1)] : r));
    expect(codes(grid(wrong))).toEqual(['A8 stt.duplicate', 'A9 stt.order']);
  });
});

describe('a ragged heading row: its title pushed into the lead column (KH 179, “5.1 | | Thương mại”)', () => {
  const rows: CellValue[][] = [
    HEADER,
    ['I', 'Kinh tế số thương mại, công nghiệp'],
    ['1.1', null, 'Thương mại', null, null],
    ['1.1.1', 'Phát triển thương mại điện tử', 'Sở Công Thương', null, '2026'],
    ['1.1.2', 'Quản lý sàn giao dịch', 'Sở Công Thương', null, '2026'],
  ];

  it('reads the text as the heading’s title, not as a lead unit', () => {
    const [t] = readTables(grid(rows));
    expect(t.rows[1]).toMatchObject({ titleIn: 'chuTri', cells: { content: 'Thương mại' } });
    expect(codes(grid(rows))).toEqual([]);
  });

  it('a body’s name alone on a row with points under it is still its lead', () => {
    const lead = rows.map((r, i) => (i === 2 ? ['1.1', null, 'Sở Công Thương', null, null] : r));
    expect(readTables(grid(lead))[0].rows[1].cells).toEqual({ stt: '1.1', chuTri: 'Sở Công Thương' });
  });

  it('a row with no points under it keeps its text where it is written', () => {
    const [t] = readTables(grid(rows.slice(0, 3)));
    expect(t.rows[1].cells.chuTri).toBe('Thương mại');
  });
});

describe('numberless group titles over tasks numbered straight through (TB 624 PL II)', () => {
  const rows: CellValue[][] = [
    ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
    [null, 'Nhiệm vụ giao Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo', null, null],
    [1, 'Xây dựng Đề án', 'Bộ Khoa học và Công nghệ', '31/12/2026'],
    [2, 'Hướng dẫn các bộ', 'Bộ Khoa học và Công nghệ', '31/10/2026'],
    [null, 'Nhiệm vụ giao Bộ trưởng Bộ Công an chỉ đạo', null, null],
    [3, 'Vận hành trung tâm', 'Bộ Công an', '31/12/2026'],
    [null, 'Nhiệm vụ giao Bộ trưởng Bộ Nội vụ chỉ đạo', null, null],
    [4, 'Hoàn thiện quy định', 'Bộ Nội vụ', '31/10/2026'],
    [4, 'Nghiên cứu tiền lương', 'Bộ Nội vụ', '31/10/2026'],
  ];

  it('are titles, not tasks missing their number; the numbering 1–4 is one sequence', () => {
    const [t] = readTables(grid(rows));
    expect(t.rows.filter((r) => r.numberlessTitle).map((r) => r.row)).toEqual([4, 7, 9]);
    expect(codes(grid(rows))).toEqual(['A11 stt.duplicate']);
  });

  it('where the tasks restart at 1 under each title, the titles are still missing their numbers', () => {
    const restart = rows.map((r, i) => (i === 5 ? [1, ...r.slice(1)] : i === 7 ? [1, ...r.slice(1)] : i === 8 ? [2, ...r.slice(1)] : r));
    expect(codes(grid(restart))).toEqual(['A4 stt.missing', 'A7 stt.missing', 'A9 stt.missing']);
  });

  it('a numberless row with its own lead is still a task missing its number', () => {
    const lead = rows.map((r, i) => (i === 6 ? [null, 'Bộ Nội vụ', 'Bộ Nội vụ', '31/10/2026'] : r));
    expect(codes(grid(lead))).toContain('A9 stt.missing');
  });

  it('where groups carry numbers, a numberless title is still reported', () => {
    const numbered: CellValue[][] = [
      rows[0],
      ['I', 'Nhóm một', null, null],
      ...rows.slice(2, 4),
      [null, 'Nhiệm vụ giao Bộ Công an', null, null],
      [1, 'Vận hành', 'Bộ Công an', '31/12/2026'],
    ];
    expect(codes(grid(numbered))).toContain('A7 stt.missing');
  });
});

describe('sub-group headings under a Roman group (QĐ 2629, III.1, III.1.1; here under I)', () => {
  const rows: CellValue[][] = [
    ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
    ['I', 'Phát triển các ứng dụng'],
    ['I.1', 'Nhóm ứng dụng quy mô quốc gia'],
    ['I.1.1', 'Nhóm nền tảng giải quyết thủ tục'],
    [1, 'Triển khai Cổng Dịch vụ công', 'Bộ Công an', 'Các bộ, ngành', 'Tháng 02/2026'],
    [2, 'Cổng thông tin một cửa', 'Bộ Tài chính', 'Các bộ, ngành', 'Năm 2026'],
    ['I.1.2', 'Nhóm nền tảng quản trị'],
    [3, 'Hệ thống báo cáo', 'Văn phòng Chính phủ', 'Các bộ, ngành', 'Năm 2026'],
    ['I.2', 'Nhóm ứng dụng cấp bộ, cấp tỉnh'],
    [4, 'Hệ thống cấp bộ', 'Các bộ, ngành, địa phương', 'Bộ Công an', 'Năm 2026'],
  ];

  it('are headings: no lead, time or numbering finding; the tasks run 1–4 in group III', () => {
    const [t] = readTables(grid(rows));
    expect(t.rows.filter((r) => r.subHeading).map((r) => r.sttText)).toEqual(['I.1', 'I.1.1', 'I.1.2', 'I.2']);
    expect(t.rows.filter((r) => r.kind === 'task' && !r.subHeading).every((r) => r.parent === 0)).toBe(true);
    expect(codes(grid(rows))).toEqual([]);
  });

  it('are listed as groups in what the tool understood (phuluc tasks)', () => {
    const kinds = understandWorkbook([grid(rows)]).tasks.map((t) => `${t.stt}:${t.kind}`);
    expect(kinds).toEqual(['I:group', 'I.1:group', 'I.1.1:group', '1:task', '2:task', 'I.1.2:group', '3:task', 'I.2:group', '4:task']);
  });

  it('a task numbered twice is still found among them', () => {
    const dup = rows.map((r, i) => (i === 7 ? [2, ...r.slice(1)] : r));
    expect(codes(grid(dup))).toEqual(['A10 stt.duplicate', 'A12 stt.gap']);
  });

  it('a dotted row with its own lead is a task, not a heading', () => {
    const withLead = rows.map((r, i) => (i === 8 ? ['I.2', 'Nhóm ứng dụng', 'Bộ Công an', null, 'Năm 2026'] : r));
    expect(readTables(grid(withLead))[0].rows.find((r) => r.sttText === 'I.2')!.subHeading).toBeUndefined();
  });
});

describe('merged cells of a published table (QĐ 2530 PL I)', () => {
  const rows: CellValue[][] = [
    ['STT', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Nội dung nhiệm vụ', 'Thời hạn'],
    ['A.', 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', null, null, null],
    [1, 'Bộ Nông nghiệp và Môi trường', 'Bộ Công Thương', '- Hoàn thiện Nghị định', 'Quý I năm 2026'],
    [null, null, null, '- Rà soát, cập nhật các hướng dẫn', 'Giai đoạn 2026 - 2027'],
    [2, 'Bộ Nông nghiệp và Môi trường', 'Bộ Công Thương', '- Tăng cường giám sát', 'Giai đoạn 2026 - 2030'],
  ];
  const merges = [{ top: 4, left: 2, bottom: 4, right: 5 }, ...[1, 2, 3].map((c) => ({ top: 5, left: c, bottom: 6, right: c }))];

  it('a group title merged across the content column is the title, not a lead of the group', () => {
    const [t] = readTables(grid(rows, merges));
    expect(t.rows[0].cells).toEqual({ stt: 'A.', content: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG' });
    expect(codes(grid(rows, merges))).toEqual([]);
  });

  it('without the merges, the group names a lead of its own and the sub-task line reads as a cut row', () => {
    expect(readTables(grid(rows))[0].rows[0].cells.chuTri).toBe('BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    expect(codes(grid(rows))).toEqual(['A6 row.continuation', 'B4 section.has_assignment']);
  });
});

describe('a line of dots where a copy leaves rows out (KH 980 Nghệ An)', () => {
  it('is not a row of the plan; the numbers around it are still checked', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['I', 'NHÓM MỘT'],
      [1, 'Tổ chức lại Ban Chỉ huy', LEAD, null, '2026'],
      [2, 'Ban hành quy chế', LEAD, null, '2026'],
      ['….................................'],
      [2, 'Thành lập bộ máy', LEAD, null, '2026'],
    ];
    const [t] = readTables(grid(rows));
    expect(t.rows[3].kind).toBe('note');
    expect(codes(grid(rows))).toEqual(['A8 stt.duplicate']);
  });
});
