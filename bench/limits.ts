/**
 * Work that must stay bounded, each printed with its time (issue 19): a 50,000-task consolidation
 * and summary, a 1 MB cell and Excel's longest (32,767 characters) in a chủ trì cell, a whole-column
 * data validation and a mass of styled empty rows read through the command line's reader.
 */
import { consolidate, validateGrid, validateWorkbook, type CellValue, type Grid } from '../core';
import { performance } from 'node:perf_hooks';
import { loadWorkbook, workbookToGrids } from '../xlsx/workbook';
import { APPENDIX, styledEmptyRowsXlsx, validationXlsx } from '../test/helpers/oddFiles';

async function timed<T>(fn: () => T | Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [Math.round(performance.now() - t0), r];
}

const withLead = (lead: string): Grid => ({
  name: 'Phụ lục',
  rows: [...APPENDIX, [3, 'Việc có ô chủ trì rất dài', lead, null, 'Quý IV/2026', null]],
  merges: [],
});

export async function benchLimits(benchAppendix: (tasks: number) => Grid): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const master = benchAppendix(50_000);
  const tasks = master.rows.length;
  // A return of every row with a status, in the master's own layout.
  const ret: Grid = {
    name: 'BC',
    rows: master.rows.map((r, i): CellValue[] =>
      i === 2 ? [...r, 'Tình trạng'] : i > 2 && typeof r[0] === 'number' ? [...r, ['Hoàn thành', 'Đang thực hiện'][i % 2]] : r,
    ),
    merges: [],
  };
  const reportDate = new Date(Date.UTC(2026, 6, 15));
  const [consMs, cons] = await timed(() => consolidate(master, [{ file: 'So-Khoa-hoc.xlsx', grid: ret }], { reportDate }));
  console.log(`tổng hợp bảng 50.000 nhiệm vụ (${tasks} dòng) với một báo cáo đủ dòng (core): ${consMs} ms, ${cons?.tasks.length} nhiệm vụ`);
  const [sumMs] = await timed(() => consolidate(ret, [], { reportDate, rollUpOnly: true }));
  console.log(`summary bảng 50.000 nhiệm vụ (core): ${sumMs} ms`);
  figures.consolidate50kMs = consMs;
  figures.summary50kMs = sumMs;

  const words = 'phát triển khoa học công nghệ địa phương ';
  for (const [label, key, chars] of [
    ['ô chủ trì 32.767 ký tự', 'unitCell32kMs', 32_767],
    ['ô chủ trì 1 MB', 'unitCell1MBMs', 1_000_000],
  ] as const) {
    const text = words.repeat(Math.ceil(chars / words.length)).slice(0, chars);
    const [ms, r] = await timed(() => validateGrid(withLead(text)));
    console.log(`${label}: kiểm tra ${ms} ms (${r.findings.filter((x) => x.code === 'unit.too_long').length} unit.too_long)`);
    figures[key] = ms;
  }
  const commas = 'Sở Y tế, '.repeat(Math.ceil(1_000_000 / 9)).slice(0, 1_000_000);
  const [commaMs] = await timed(() => validateGrid(withLead(commas)));
  console.log(`ô chủ trì 1 MB toàn tên cách nhau dấu phẩy: kiểm tra ${commaMs} ms`);
  figures.unitCell1MBCommasMs = commaMs;
  const [contentMs] = await timed(() =>
    validateGrid({ name: 'S', rows: [...APPENDIX, [3, words.repeat(25_000), 'Sở Y tế', null, 'Quý IV/2026', null]], merges: [] }),
  );
  console.log(`ô nội dung 1 MB: kiểm tra ${contentMs} ms`);
  figures.contentCell1MBMs = contentMs;

  for (const [label, key, make] of [
    ['xác thực dữ liệu cả cột (F:F)', 'wholeColumnValidationMs', () => validationXlsx('F:F')],
    ['xác thực dữ liệu trên các cột của bảng (A6:H1048576)', 'tableValidationMs', () => validationXlsx('A6:H1048576')],
    ['xác thực dữ liệu cả trang (A1:XFD1048576)', 'wholeSheetValidationMs', () => validationXlsx('A1:XFD1048576')],
    ['1.000.000 dòng trống có định dạng', 'millionStyledRowsMs', () => styledEmptyRowsXlsx(1_000_000)],
  ] as const) {
    const bytes = await make();
    const [ms, r] = await timed(async () => validateWorkbook(workbookToGrids(await loadWorkbook(bytes))));
    console.log(`${label} (${Math.round(bytes.length / 1024)} KB): đọc + kiểm tra ${ms} ms, ${r.findings.length} phát hiện`);
    figures[key] = ms;
  }
  return figures;
}
