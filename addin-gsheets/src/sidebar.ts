/**
 * The sidebar's entry: the shared panel on the Google Sheets bridge. The server wrote the user's
 * language and the view to open on into <body> (data-locale, data-view) when it served the page.
 * Long work runs in parts (chunked.ts); how far it has come is shown above the panel.
 */
import { mountPanel, PanelView } from '../../panel/panel';
import { ScriptRun, sheetsBridge } from './sidebarBridge';

declare const google: { script: { run: ScriptRun } };

const body = document.body;
const view: PanelView = body.dataset.view === 'consolidate' ? 'consolidate' : 'check';
const box = document.getElementById('parts')!;
const text = document.getElementById('parts-text')!;
const bar = document.getElementById('parts-bar')!;

/** Text only (textContent), and the bar's position through attributes: nothing inline under the CSP. */
function progress(message: string | null, done?: number, total?: number): void {
  box.hidden = message === null;
  text.textContent = message ?? '';
  if (done !== undefined && total) {
    bar.setAttribute('max', String(total));
    bar.setAttribute('value', String(done));
  } else bar.removeAttribute('value');
}

mountPanel(document.getElementById('app')!, sheetsBridge(google.script.run, body.dataset.locale || 'vi', progress), { view });
