/** The task pane page for tests: the real panel and Excel host, on the Office.js fake, in the browser. */
import { excelBridge } from '../../addin-excel/src/excelBridge';
import { mountPanel, PanelView } from '../../panel/panel';
import type { CellValue } from '../../core/model/grid';
import { FakeWorkbookState, fakeExcel } from '../fakes/fakeExcel';

declare global {
  interface Window {
    __SEED__: { sheet: string; rows: CellValue[][]; locale: string; others?: Record<string, CellValue[][]>; view?: PanelView };
    __STATE__: FakeWorkbookState;
  }
}

const seed = window.__SEED__;
const state = new FakeWorkbookState({ [seed.sheet]: seed.rows, ...(seed.others ?? {}) });
window.__STATE__ = state;
mountPanel(document.getElementById('app')!, excelBridge(fakeExcel(state), seed.locale), { view: seed.view });
