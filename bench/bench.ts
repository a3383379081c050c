/**
 * `npm run bench`: figures for the foundation's targets, measured in one run so ratios compare like
 * with like on whatever machine runs it.
 *   - validate a generated 10,000-task appendix in core: median ms, peak MB, ratio to one pass that
 *     only NFC-normalises every cell (target ≤ 150 ms, ratio ≤ 5 on 2 cores);
 *   - the command line's read + check of a 10,000-row .xlsx against a bare ExcelJS read (target ≤ 1.3×).
 * The last line printed is a JSON object of the figures.
 */
import { type CellValue, consolidate, type Grid, intToRoman, ReturnInput, validateGrid, validateWorkbook, VIETNAMESE_LETTERS } from '../core';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadWorkbook, workbookToGrids } from '../xlsx/workbook';
import { benchLimits } from './limits';

const TASKS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const CONTENT = [
  'Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức, doanh nghiệp',
  'Rà soát, kiến nghị cấp thẩm quyền xem xét điều chỉnh, sửa đổi, bổ sung các văn bản quy phạm pháp luật',
  'Xây dựng cơ sở dữ liệu về năng suất, chất lượng; <p>tăng cường</p> ứng dụng chuyển đổi số',
  'Phối hợp với Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia trong việc đầu tư, thiết lập, duy trì các chuẩn đo lường',
];
const LEADS = ['Sở Khoa học và Công nghệ', 'Phòng TĐC', 'Sở Công Thương', 'Chi cục Tiêu chuẩn Đo lường Chất lượng', 'Văn phòng Sở'];
const COOPS = ['Các sở, ban, ngành', 'Các phòng, đơn vị trực thuộc Sở', 'UBND các xã, phường', 'Trung tâm Khoa học và Công nghệ', '-'];
const TIMES = ['Quý II/2026', 'Quý III, IV/2026', 'Thường xuyên', 'Hàng năm', 'Trước ngày 15/11/2026', 'Từ tháng 01/2026 đến tháng 11/2026'];

/** A large appendix: groups of 100 tasks, every fifth task with three points, realistic text. */
export function benchAppendix(tasks = TASKS): Grid {
  const rows: CellValue[][] = [
    ['KẾ HOẠCH TRIỂN KHAI NĂM 2026'],
    [],
    ['TT', 'Nội dung nhiệm vụ', 'Kết quả thực hiện', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
  ];
  let n = 0;
  for (let g = 1; n < tasks; g++) {
    rows.push([intToRoman(g), `Nhóm nhiệm vụ ${g}: ${CONTENT[g % CONTENT.length]}`, null, null, null, null]);
    for (let t = 1; t <= 100 && n < tasks; t++, n++) {
      rows.push([t, `${CONTENT[n % CONTENT.length]} (${n})`, 'Báo cáo kết quả', LEADS[n % LEADS.length], COOPS[n % COOPS.length], TIMES[n % TIMES.length]]);
      if (t % 5 === 0) {
        for (let s = 0; s < 3; s++)
          rows.push([`${VIETNAMESE_LETTERS[s]})`, `Thực hiện nội dung ${s + 1} của nhiệm vụ ${n}`, null, 'Phòng TĐC', null, 'Quý IV/2026']);
      }
    }
  }
  return { name: 'Phụ lục', rows, merges: [] };
}

/** A progress table of about `rows` rows: groups of 100 tasks, statuses filled in two rows of three. */
export function benchProgress(rows: number): Grid {
  const out: CellValue[][] = [
    ['KẾ HOẠCH TRIỂN KHAI NĂM 2026'],
    [],
    ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'Tình trạng', 'Kết quả thực hiện'],
  ];
  for (let g = 1, n = 0; out.length < rows; g++) {
    out.push([intToRoman(g), `Nhóm nhiệm vụ ${g}`, null, null, null, null, null]);
    for (let t = 1; t <= 100 && out.length < rows; t++, n++) {
      out.push([
        t,
        `${CONTENT[n % CONTENT.length]} (${n})`,
        LEADS[n % LEADS.length],
        COOPS[n % COOPS.length],
        TIMES[n % TIMES.length],
        n % 3 ? 'Hoàn thành' : null,
        null,
      ]);
    }
  }
  return { name: 'Phụ lục', rows: out, merges: [] };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time<T>(fn: () => T): [number, T] {
  const t0 = performance.now();
  const r = fn();
  return [performance.now() - t0, r];
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

async function main(): Promise<void> {
  const grid = benchAppendix();
  const cells = grid.rows.reduce((k, r) => k + r.length, 0);
  console.log(`Bảng thử: ${grid.rows.length} dòng, ${TASKS} nhiệm vụ, ${cells} ô; ${RUNS} lần đo`);

  // Warm both paths so the JIT has seen them.
  for (let i = 0; i < 10; i++) validateGrid(grid);
  const nfcPass = () => {
    let k = 0;
    for (const r of grid.rows) for (const v of r) if (typeof v === 'string') k += v.normalize('NFC').length;
    return k;
  };
  for (let i = 0; i < 3; i++) nfcPass();

  const validateMs: number[] = [];
  const nfcMs: number[] = [];
  let peakHeap = 0;
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const [ms, r] = time(() => validateGrid(grid));
    findings = r.findings.length;
    validateMs.push(ms);
    nfcMs.push(time(nfcPass)[0]);
  }
  // Memory apart from timing: a forced collection before a timed run slows that run down.
  for (let i = 0; i < 3; i++) {
    gc();
    const base = process.memoryUsage().heapUsed;
    const r = validateGrid(grid);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - base);
    findings = r.findings.length;
  }
  const validateMedian = median(validateMs);
  const nfcMedian = median(nfcMs);
  console.log(`validate (core): trung vị ${round(validateMedian)} ms, bộ nhớ tăng tối đa ${mb(peakHeap)} MB, ${findings} phát hiện`);
  console.log(`chỉ chuẩn hóa NFC mọi ô: trung vị ${round(nfcMedian, 2)} ms; tỉ lệ ${round(validateMedian / nfcMedian, 2)}`);

  // The command line on a real file: ExcelJS read alone, and read + grid + validate.
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-bench-'));
  const file = join(dir, 'bench.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  for (const r of grid.rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
  const bytes = readFileSync(file);
  const fileRuns = Math.max(3, Math.round(RUNS / 3));
  const bare: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < fileRuns + 1; i++) {
    const [b] = await timeAsync(async () => {
      const w = new ExcelJS.Workbook();
      await w.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      return w;
    });
    const [f] = await timeAsync(async () => validateWorkbook(workbookToGrids(await loadWorkbook(bytes))));
    if (i > 0) {
      bare.push(b);
      full.push(f);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const bareMedian = median(bare);
  const fullMedian = median(full);
  console.log(
    `tệp .xlsx ${grid.rows.length} dòng: ExcelJS đọc ${round(bareMedian)} ms; phuluc đọc + kiểm tra ${round(fullMedian)} ms; tỉ lệ ${round(fullMedian / bareMedian, 2)}`,
  );

  // Consolidation: 50 returns of 300 rows into a 300-task master; a few rows reworded, a few reordered.
  const UNITS = [
    'Sở Y tế',
    'Sở Tài chính',
    'Sở Công Thương',
    'Sở Xây dựng',
    'Sở Nội vụ',
    'Sở Tư pháp',
    'Công an tỉnh',
    'Sở Giáo dục và Đào tạo',
    'Sở Nông nghiệp và Môi trường',
    'Sở Khoa học và Công nghệ',
  ];
  const head = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];
  const masterRows: CellValue[][] = [['KẾ HOẠCH NĂM 2026'], [], head];
  for (let g = 1; g <= 3; g++) {
    masterRows.push([intToRoman(g), `Nhóm ${g}`, null, null, null]);
    for (let t = 1; t <= 100; t++)
      masterRows.push([t, `${CONTENT[(g * t) % CONTENT.length]} — việc ${g}.${t}`, UNITS[(g + t) % UNITS.length], null, TIMES[t % TIMES.length]]);
  }
  const master: Grid = { name: 'Phụ lục', rows: masterRows, merges: [] };
  const returns: ReturnInput[] = Array.from({ length: 50 }, (_, k) => {
    const rows: CellValue[][] = [[...head, 'Tình trạng', 'Kết quả thực hiện']];
    const body = masterRows.slice(3).filter((r) => typeof r[0] === 'number');
    body.forEach((r, i) => {
      const text = i % 20 === k % 20 && typeof r[1] === 'string' ? r[1].replace('Tổ chức', 'Tổ chức thực hiện') : r[1];
      rows.push([r[0], text, r[2], r[3], r[4], ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'][(i + k) % 3], `Báo cáo ${k}`]);
    });
    if (k % 2) rows.reverse().unshift(rows.pop()!);
    return { file: `don-vi-${k}.xlsx`, grid: { name: 'BC', rows, merges: [] }, unit: UNITS[k % UNITS.length] };
  });
  const consMs: number[] = [];
  let consTasks = 0;
  for (let i = 0; i < 6; i++) {
    const [ms, r] = time(() => consolidate(master, returns, { reportDate: new Date(Date.UTC(2026, 6, 15)) }));
    if (i > 0) consMs.push(ms);
    consTasks = r?.tasks.length ?? 0;
  }
  const consMedian = median(consMs);
  console.log(`tổng hợp 50 báo cáo × 300 dòng vào bảng ${consTasks} nhiệm vụ (core): trung vị ${round(consMedian)} ms`);

  // Consolidation at 50,000 rows: `summary` of a table that holds statuses, then five full copies
  // (each unit's rows filled) merged into it. Both must stay linear in the rows.
  const big = benchProgress(50_000);
  const [summaryMs, summaryResult] = time(() => consolidate(big, [], { rollUpOnly: true, reportDate: new Date(Date.UTC(2026, 6, 15)) }));
  console.log(`summary bảng ${big.rows.length} dòng (${summaryResult?.tasks.length ?? 0} nhiệm vụ): ${round(summaryMs)} ms`);
  const bigReturns = LEADS.map((unit, k): ReturnInput => ({
    file: `bao-cao-${k}.xlsx`,
    unit,
    grid: {
      name: 'BC',
      rows: big.rows.map((r, i) => (i < 3 || r[2] !== unit ? r : [...r.slice(0, 5), i % 3 ? 'Đang thực hiện' : 'Hoàn thành', `Báo cáo dòng ${i + 1}`])),
      merges: [],
    },
  }));
  const [bigMs, bigResult] = time(() => consolidate(big, bigReturns, { reportDate: new Date(Date.UTC(2026, 6, 15)) }));
  console.log(`tổng hợp ${bigReturns.length} bản đủ ${big.rows.length} dòng vào bảng ${bigResult?.tasks.length ?? 0} nhiệm vụ (core): ${round(bigMs)} ms`);

  const figures = {
    tasks: TASKS,
    rows: grid.rows.length,
    runs: RUNS,
    validateMedianMs: round(validateMedian),
    validatePeakHeapMB: mb(peakHeap),
    nfcPassMedianMs: round(nfcMedian, 2),
    ratioToNfcPass: round(validateMedian / nfcMedian, 2),
    xlsxReadMedianMs: round(bareMedian),
    cliCheckMedianMs: round(fullMedian),
    cliToReadRatio: round(fullMedian / bareMedian, 2),
    consolidate50x300MedianMs: round(consMedian),
    summary50kRowsMs: round(summaryMs),
    consolidate5x50kRowsMs: round(bigMs),
    ...(await benchLimits(benchAppendix)),
    rssMB: mb(process.memoryUsage().rss),
  };
  console.log(JSON.stringify(figures));
}

if (process.env.PHULUC_BENCH_LIB !== '1') void main();
