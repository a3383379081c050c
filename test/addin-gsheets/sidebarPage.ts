/**
 * What the browser test injects before the sidebar page's own script: the fake Apps Script over an
 * in-page spreadsheet, and a google.script.run that calls the top-level functions of the built
 * Code.js (appended right after this bundle, so the server runs in the page as it runs in Apps Script).
 */
import type { JsonCell } from '../../core/plans/valueEdits';
import { cellFromJson } from '../../core/plans/valueEdits';
import { FakeApps, ScriptRunCall, fakeScriptRun } from '../fakes/fakeAppsScript';

export interface PageSeed {
  locale: string;
  sheets: Array<{ name: string; rows: JsonCell[][] }>;
}

declare global {
  interface Window {
    __GSHEETS_SEED__: PageSeed;
    __GSHEETS__: FakeApps;
    __GSHEETS_RUN__: ScriptRunCall[];
  }
}

const seed = window.__GSHEETS_SEED__;
const fake = new FakeApps({ locale: seed.locale });
for (const s of seed.sheets)
  fake.addSheet(
    s.name,
    s.rows.map((r) => r.map(cellFromJson)),
  );
Object.assign(window, fake.globals());
window.__GSHEETS__ = fake;
window.__GSHEETS_RUN__ = [];
const scope = window as unknown as Record<string, unknown>;
scope.google = { script: { run: fakeScriptRun((name) => scope[name] as ((...args: unknown[]) => unknown) | undefined, window.__GSHEETS_RUN__) } };
