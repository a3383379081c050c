/** The task pane's entry: waits for Office, then mounts the shared panel on the Excel bridge. */
import { excelBridge } from './excelBridge';
import { officeExcel, tooOld } from './officeExcel';
import { mountPanel } from '../../panel/panel';

void Office.onReady(() => {
  const locale = Office.context.displayLanguage || 'vi-VN';
  const root = document.getElementById('app')!;
  if (tooOld()) {
    root.textContent = /^en\b/i.test(locale)
      ? 'This version of Excel is too old for Phụ lục (it needs ExcelApi 1.4: Excel 2016 with updates, 2019, 2021, Microsoft 365 or Excel on the web).'
      : 'Phiên bản Excel này quá cũ cho Phụ lục (cần ExcelApi 1.4: Excel 2016 đã cập nhật, 2019, 2021, Microsoft 365 hoặc Excel trên web).';
    return;
  }
  // The ribbon's "Tổng hợp" opens the pane with ?view=consolidate.
  const view = new URLSearchParams(location.search).get('view');
  mountPanel(root, excelBridge(officeExcel(), locale), { view: view === 'consolidate' || view === 'settings' ? view : 'check' });
});
