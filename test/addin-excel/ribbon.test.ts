/** The ribbon's messages: every command tells what happened, in Vietnamese and English; failures say what to do. */
import { runRibbon } from '../../addin-excel/src/ribbon';
import { validateWorkbook } from '../../core';
import { FakeWorkbookState, fakeExcel } from '../fakes/fakeExcel';
import { gridsOf, seedPath } from '../helpers/workbooks';
import type { ExcelLike } from '../../addin-excel/src/excelRead';

jest.setTimeout(120_000);

async function seed() {
  const [grid] = await gridsOf(seedPath('000-dong-nai-skhcn-2026.xlsx'));
  return { grid, state: new FakeWorkbookState({ [grid.name]: grid.rows }) };
}

describe('ribbon messages', () => {
  it('check: the counts, read from core’s report of the same sheet', async () => {
    const { grid, state } = await seed();
    const s = validateWorkbook([grid]).summary;
    expect(s.error + s.warning + s.info).toBeGreaterThan(0);
    const vi = await runRibbon('checkSheet', fakeExcel(state), 'vi');
    expect(vi.ok).toBe(true);
    expect(vi.text).toContain(`Đã kiểm tra “Phụ lục”: ${s.error} lỗi, ${s.warning} cảnh báo, ${s.info} gợi ý.`);
    const en = await runRibbon('checkSheet', fakeExcel(state), 'en');
    expect(en.text).toContain(`Checked “Phụ lục”: ${s.error} error(s), ${s.warning} warning(s), ${s.info} suggestion(s).`);
  });

  it('check on a sheet without a table: an error naming what to do, never "no problems"', async () => {
    const state = new FakeWorkbookState({ 'Ghi chú': [['Danh sách cán bộ'], ['Nguyễn Văn A', 'Phòng TĐC']] });
    const vi = await runRibbon('checkSheet', fakeExcel(state), 'vi');
    expect(vi.ok).toBe(false);
    expect(vi.text).toContain('Không tìm thấy bảng phụ lục');
    expect(vi.text).toContain('Hãy chọn sheet chứa bảng phụ lục');
    expect(vi.text).not.toContain('không phát hiện vấn đề');
    const en = await runRibbon('checkSheet', fakeExcel(state), 'en');
    expect(en.text).toContain('No appendix table found');
    expect(en.text).toContain('Select the sheet that holds the appendix table');
  });

  it('fix, undo, clear: counts, then the check after; nothing to undo or clear is said too', async () => {
    const { state } = await seed();
    const excel = fakeExcel(state);
    const fix = await runRibbon('fixSafe', excel, 'vi');
    expect(fix.ok).toBe(true);
    expect(fix.text).toMatch(/^Đã sửa \d+ ô trên “Phụ lục”; .* Đã kiểm tra “Phụ lục”: \d+ lỗi/);
    const undo = await runRibbon('undoFixes', excel, 'vi');
    expect(undo.text).toMatch(/^Đã hoàn tác: trả lại \d+ ô trên “Phụ lục”\. Đã kiểm tra/);
    expect((await runRibbon('undoFixes', excel, 'en')).text).toBe('There is no fix to undo.');
    const clear = await runRibbon('clearHighlights', excel, 'vi');
    expect(clear.text).toMatch(/^Đã xóa đánh dấu ở \d+ ô\.$/);
    expect((await runRibbon('clearHighlights', excel, 'vi')).text).toBe('Không có đánh dấu nào để xóa.');
  });

  it('undo after a later edit names the cells it kept', async () => {
    const { state } = await seed();
    const excel = fakeExcel(state);
    await runRibbon('canonicalNames', excel, 'vi');
    state.cell('Phụ lục', 7, 4).value = 'Sở Tài chính';
    const undo = await runRibbon('undoFixes', excel, 'vi');
    expect(undo.text).toContain('1 ô đã được sửa tay sau đó nên được giữ nguyên: D7.');
  });

  it('a failure says what went wrong and what to do; the button never ends silently', async () => {
    const broken: ExcelLike = { run: () => Promise.reject(new Error('GeneralException: the workbook is busy')) };
    for (const command of ['checkSheet', 'clearHighlights', 'fixSafe', 'canonicalNames', 'undoFixes'] as const) {
      const vi = await runRibbon(command, broken, 'vi');
      expect(vi.ok).toBe(false);
      expect(vi.text).toContain('Không thực hiện được: GeneralException: the workbook is busy');
      expect(vi.text).toContain('Hãy thử lại');
      const en = await runRibbon(command, broken, 'en');
      expect(en.text).toContain('Could not do it');
      expect(en.text).toContain('Try again');
    }
    // A fix that fails may have written part of its changes: the message says they can be undone.
    expect((await runRibbon('fixSafe', broken, 'vi')).text).toContain('Hoàn tác sửa lỗi');
  });

  it('a fix whose check afterwards fails still reports the fix, and that the check did not run', async () => {
    const { state } = await seed();
    const excel = fakeExcel(state);
    let runs = 0;
    const flaky: ExcelLike = { ...excel, run: (batch) => (++runs === 2 ? Promise.reject(new Error('lost connection')) : excel.run(batch)) };
    const r = await runRibbon('fixSafe', flaky, 'vi');
    expect(r.ok).toBe(false);
    expect(r.text).toMatch(/^Đã sửa \d+ ô .* bước kiểm tra lại sau khi sửa không chạy được .*lost connection/);
  });
});
