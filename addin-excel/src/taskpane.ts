/** The task pane's entry: waits for Office, then mounts the shared panel on the Excel bridge. */
import { excelBridge } from './excelBridge';
import { mountPanel } from './panel/panel';

Office.onReady(() => {
  const locale = Office.context.displayLanguage || 'vi-VN';
  mountPanel(document.getElementById('app')!, excelBridge(Excel, locale));
});
