/**
 * The sidebar's entry: the shared panel on the Google Sheets bridge. The server wrote the user's
 * language and the view to open on into <body> (data-locale, data-view) when it served the page.
 */
import { mountPanel, PanelView } from '../../panel/panel';
import { ScriptRun, sheetsBridge } from './sidebarBridge';

declare const google: { script: { run: ScriptRun } };

const body = document.body;
const view: PanelView = body.dataset.view === 'consolidate' ? 'consolidate' : 'check';
mountPanel(document.getElementById('app')!, sheetsBridge(google.script.run, body.dataset.locale || 'vi'), { view });
