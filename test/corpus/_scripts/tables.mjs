// Table definitions used by extract.mjs. Line numbers are 1-based and inclusive, in the dataset file
// (tnt305/tai_lieu_noi_bo, src/etl/dataset/<file>). `table` runs from the '|' that opens the header row to the
// '|' that closes the last row. accept(cells, width, h) says whether a candidate row of that width is plausible;
// the parser takes, row by row, the first width (in `widths` order) for which the whole rest still parses.
// Every parse was then read row by row against the text (see each folder's SOURCE.md / notes.md).
const hdr = (c) => /^\**(S?TT)\**$/.test(c[0].trim());
export default [
  { id: '01-nq394-cp-moi-truong', file: '7cfc6fdf6d7a5f5d.md', title: [560, 569], table: [570, 627],
    widths: [5, 2],
    // row 1 continues in a second <tr> holding only "Cơ quan chủ trì" + "Cơ quan phối hợp" (rowspan on TT, name, time)
    accept: (c, w, h) => w === 5 ? (h.isTT(c[0]) || hdr(c)) : !h.isTT(c[0]) && !h.empty(c[0]) },

  { id: '02-qd2629-ttg-chinh-phu-so', file: '2edf5927c71bc4c1.md', title: [938, 942], table: [943, 2366],
    widths: [6, 2, 1],
    accept: (c, w, h) => w === 6 ? (h.isTT(c[0]) || hdr(c)) : w === 2 ? h.isTT(c[0]) && !h.empty(c[1]) : h.empty(c[0]) },

  { id: '03-qd2530-ttg-khong-khi-pl1', file: '646f0a00d4174382.md', title: [687, 692], table: [693, 1863],
    widths: [7, 2, 3, 4], viewLen: 30,
    // 7 columns; group rows A., B. ... are 2 cells; a task (STT) spanning several sub-tasks continues in 3-cell rows
    // (Nội dung nhiệm vụ, Chỉ tiêu đạt được, Thời hạn hoàn thành) under rowspans of the first four columns, or in
    // 4-cell rows when the cooperating unit changes too (Cơ quan phối hợp + the three).
    accept: (c, w, h) => w === 7 ? (h.isTT(c[0]) || h.empty(c[0]) || hdr(c)) && !h.empty(c[1])
      : w === 2 ? h.isTT(c[0]) && !h.empty(c[1]) : !h.isTT(c[0]) && !h.empty(c[0]) },

  { id: '04-qd2530-ttg-khong-khi-pl2', file: '646f0a00d4174382.md', title: [1864, 1869], table: [1870, 2641],
    widths: [8, 2], viewLen: 30,
    accept: (c, w, h) => w === 8 ? (h.isTT(c[0]) || hdr(c)) : h.isTT(c[0]) && !h.empty(c[1]) },

  { id: '05-qd2597-ttg-cds-ha-tang-xay-dung', file: 'ec00bd6f58be7864.md', title: [507, 515], table: [516, 1064],
    widths: [6],
    accept: (c, w, h) => h.isTT(c[0]) || hdr(c) },

  { id: '06-tb624-vpcp-nhiem-vu-cham-muon-pl1', file: '74e2ddc7b11340da.md', title: [325, 332],
    parts: [
      { table: [333, 469] },
      { caption: [470, 471], table: [472, 1125] },
      { caption: [1126, 1127], table: [1128, 1406] },
    ],
    widths: [5],
    accept: (c, w, h) => h.isTT(c[0]) || hdr(c) },

  { id: '07-tb624-vpcp-tien-do-pl2', file: '74e2ddc7b11340da.md', title: [1407, 1411], table: [1412, 2587],
    widths: [6, 2], viewLen: 34,
    accept: (c, w, h) => w === 6 ? (h.isTT(c[0]) || h.empty(c[0]) || hdr(c)) : true },

  { id: '08-cv6225-bvhttdl-cuoi-nam-2025', file: '987cadc82373c854.md', title: [201, 205], table: [206, 433],
    widths: [7],
    accept: (c, w, h) => h.isTT(c[0]) || hdr(c) },

  { id: '09-qd2820-ubnd-hcm-quy-hoach', file: '001c610b2efdcf0c.md', title: [452, 459], table: [460, 947],
    widths: [7, 2, 6, 5, 3],
    // 7 columns; merged cells: "Nguồn kinh phí" (and "Kết quả dự kiến") run down over several rows, so those rows
    // carry 6 or 5 cells; two tasks continue in a second line without TT (own Nhiệm vụ, Cơ quan chủ trì and maybe
    // Cơ quan phối hợp): 2 or 3 cells. Line 948 (after the last row) is a dangling '|'.
    accept: (c, w, h) => w === 7 ? (h.isTT(c[0]) || hdr(c)) : w === 2 ? !h.empty(c[0]) && !h.empty(c[1])
      : w === 3 ? !h.isTT(c[0]) && !h.empty(c[0]) : h.isTT(c[0]) },

  { id: '10-kh310-ubnd-hanoi-5g-iot', file: '31786b0833a4130d.md', title: [408, 417], table: [418, 508],
    widths: [5],
    accept: (c, w, h) => h.isTT(c[0]) || hdr(c) },

  { id: '11-kh552-ubnd-dongthap-doi-moi-cong-nghe', file: '192068354fd1ffe5.md', title: [619, 625], table: [626, 905],
    widths: [5, 2],
    accept: (c, w, h) => w === 5 ? (h.isTT(c[0]) || hdr(c)) : h.isTT(c[0]) && !h.empty(c[1]) },

  { id: '12-kh617-ubnd-dongthap-cds-doanh-nghiep', file: '8718801c503045f9.md', title: [293, 298], table: [299, 473],
    widths: [5, 1],
    // group rows ("I. NÂNG CAO ...") are one cell spanning the table; the table ends with an empty 5-cell row.
    accept: (c, w, h) => w === 5 ? (h.isTT(c[0]) || hdr(c) || c.every(h.empty)) : /^\**[IVX]+\./.test(c[0]) },

  { id: '13-kh980-ubnd-nghean-phong-thu-dan-su', file: 'c5d930a5fc8373cd.md', title: [176, 180],
    // line 350 "….................................." stands between two rows, outside the grid (the page elides
    // part of the table there); it is kept as a one-cell caption row.
    parts: [ { table: [181, 349] }, { caption: [350, 350], table: [351, 511] } ],
    widths: [6, 2],
    accept: (c, w, h) => w === 6 ? (h.isTT(c[0]) || hdr(c)) : h.isTT(c[0]) && !h.empty(c[1]) },

  { id: '14-kh179-ubnd-dongnai-kinh-te-so', file: 'f004d93b21e7fc5f.md', title: [1585, 1592],
    // three HTML tables one after another (blank lines 2365-2366 and 3024-3025 between them); parts B and C
    // open with group rows and repeat the header without its STT cell (5 cells: "Nội dung" ...).
    parts: [ { table: [1593, 2364] }, { table: [2367, 3023] }, { table: [3026, 3300] } ],
    widths: [6, 2, 5, 7], viewLen: 34,
    // some group rows ("5.1 | | Thương mại | | | |") carry 7 cells, one more than the header.
    accept: (c, w, h) => w === 6 ? (h.isTT(c[0]) || hdr(c)) : w === 2 ? h.isTT(c[0]) && !h.empty(c[1])
      : w === 5 ? /Nội dung/.test(c[0]) : h.isTT(c[0]) && h.empty(c[1]) },

  { id: '15-kh144-ubnd-bacninh-chi-tieu-kts', file: 'ad5aff6c13929815.md', title: [1364, 1371], table: [1372, 1551],
    widths: [3],
    // group rows have an empty TT cell and the group name ("I. Kinh tế số") in the second cell.
    accept: (c, w, h) => h.isTT(c[0]) || hdr(c) || (h.empty(c[0]) && /^\**[IVX]+\./.test(c[1])) },

  // Hold-out, session 3 (added after the reader was tuned on 01-18; nothing in core/ changed for it).
  { id: '19-cv174-bcd-chinh-quyen-2-cap', file: 'e42103d7f815212d.md', title: [130, 133], table: [134, 802],
    widths: [4],
    // four columns (TT, Tỉnh kiến nghị, Thông tin đề xuất, Bộ phụ trách tiếp nhận, xử lý); no partner or time column.
    // The page is cut after TT 50's lead cell: line 802 is the '|' that closes it, and the site's footer follows.
    accept: (c, w, h) => h.isTT(c[0]) || hdr(c) },
];
