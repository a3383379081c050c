/**
 * The sidebar's side of long sheets (the server's is server/parts.ts). A check, fix, undo or clear
 * is driven from here as several google.script.run calls, each reading or writing one band of rows
 * (at most CELLS_PER_CALL cells per Spreadsheet call), with the band shown as progress. The grid is
 * assembled here, in the sidebar, and core runs here on the whole of it: core still sees one Grid,
 * and nothing large has to be sent back to the server (see addin-gsheets/README.md for the numbers).
 * A stop half-way says which band and what was already done, which stays undoable.
 */
import {
  cellFromJson,
  cellToJson,
  highlightPlan,
  isFixable,
  planFixRun,
  selectFixEdits,
  summarize,
  validateWorkbook,
  type CellValue,
  type FixPreview,
  type FixScope,
  type Grid,
  type Lang,
  type ValueEdit,
} from '../../core';
import type { PanelReport } from '../../panel/bridge';
import { editBands, rowRanges, rowsPerCall } from './bands';
import { say, type MessageKey } from './server/strings';
import { JsonBegin, JsonRows, JsonStepOutcome, JsonWriteOutcome, SidebarFunction, gridFromJson } from './wire';

export type Call = <T>(name: SidebarFunction, ...args: Array<string | number | boolean | null>) => Promise<T>;

/** Progress for the person: a sentence and how far along (done of total), or null when finished. */
export type Progress = (text: string | null, done?: number, total?: number) => void;

/** A number as the language writes it: 10.001 in Vietnamese, 10,001 in English. */
export function formatCount(n: number, lang: Lang): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
}

/** A sheet to read in bands: its name, id and size. */
export interface SheetRef {
  sheet: string;
  sheetId: number;
  rows: number;
  columns: number;
}

export interface BandsRead {
  grid: Grid;
  formulas: Set<string>;
  formulaRows: Set<number>;
  /** [row, leftmost column] of every row holding an array formula. */
  arrays: Array<[number, number]>;
}

interface SheetRead extends BandsRead {
  begin: JsonBegin;
}

const messageOf = (e: unknown) => (e && typeof e === 'object' && 'message' in e ? String(e.message) : String(e));
/** A guard against a server that never reports being done: far more steps than any sheet needs. */
export const MAX_STEPS = 100_000;

export class PartsHost {
  constructor(
    protected readonly call: Call,
    protected readonly lang: Lang,
    protected readonly progress: Progress = () => undefined,
  ) {}

  protected say(key: MessageKey, vars: Record<string, string | number>): string {
    const f = (v: string | number) => (typeof v === 'number' ? formatCount(v, this.lang) : v);
    return say(key, this.lang, Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, f(v)])));
  }

  /** A server call; a failure becomes the sentence of `stopped` (which band, what was done) with the server's reason. */
  protected async step<T>(stopped: MessageKey, vars: Record<string, string | number>, name: SidebarFunction, arg?: string): Promise<T> {
    try {
      return arg === undefined ? await this.call<T>(name) : await this.call<T>(name, arg);
    } catch (e) {
      this.progress(null);
      // Only the sentence travels to the panel; the server's reason is in it.
      // eslint-disable-next-line preserve-caught-error
      throw new Error(this.say(stopped, { ...vars, why: messageOf(e) }));
    }
  }

  /** The active sheet, read a band at a time: values (for core), formulas (for fixes and undo). */
  private async read(values: boolean, formulas: boolean, started?: JsonBegin): Promise<SheetRead> {
    const begin = started ?? (await this.call<JsonBegin>('sidebarBeginSheet'));
    return { begin, ...(await this.readBands(begin, values, formulas)) };
  }

  /** A sheet read a band of rows at a time, with its progress: values (when asked), formulas and array formulas. */
  protected async readBands(ref: SheetRef, values: boolean, formulas: boolean): Promise<BandsRead> {
    const rows: CellValue[][] = [];
    const out: BandsRead = { grid: { name: ref.sheet, rows, merges: [] }, formulas: new Set(), formulaRows: new Set(), arrays: [] };
    for (const [top, bottom] of rowRanges(ref.rows, rowsPerCall(ref.columns))) {
      const where = { from: top, to: bottom, total: ref.rows };
      this.progress(this.say(values ? 'chunkReading' : 'chunkFormulas', where), top - 1, ref.rows);
      const arg = JSON.stringify({ sheet: ref.sheet, sheetId: ref.sheetId, top, count: bottom - top + 1, columns: ref.columns, values, formulas });
      const part = await this.step<JsonRows>('chunkStoppedRead', where, 'sidebarReadRows', arg);
      for (const r of part.rows ?? []) rows.push(r.map(cellFromJson));
      for (const [row, column] of part.formulas) {
        out.formulas.add(`${row}:${column}`);
        out.formulaRows.add(row);
      }
      out.arrays.push(...part.arrays);
    }
    return out;
  }

  async check(): Promise<PanelReport> {
    const r = await this.read(true, false);
    const { begin } = r;
    this.progress(this.say('chunkChecking', { total: begin.rows }), begin.rows, begin.rows);
    // Core runs in this page and holds it for a while: let the sentence be drawn first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const name = begin.sheet;
    const report = validateWorkbook([r.grid, ...begin.side.map(gridFromJson)]);
    const findings = report.findings.filter((f) => f.sheet === name);
    const tables = report.sheets.find((s) => s.sheet === name)?.tables.length ?? 0;
    const marks = highlightPlan(findings, this.lang).marks;
    const width = marks.reduce((w, m) => Math.max(w, m.column), Math.max(1, begin.columns, begin.paintedRight));
    const last = marks.reduce((l, m) => Math.max(l, m.row), begin.paintedBottom);
    const per = rowsPerCall(width);
    const bands = rowRanges(last, per);
    const byBand = new Map<number, typeof marks>();
    for (const m of marks) {
      const i = Math.floor((m.row - 1) / per);
      const list = byBand.get(i);
      if (list) list.push(m);
      else byBand.set(i, [m]);
    }
    for (const [i, [top, bottom]] of bands.entries()) {
      const band = byBand.get(i) ?? [];
      if (band.length === 0 && top > begin.paintedBottom) continue;
      const where = { from: top, to: bottom, total: last };
      this.progress(this.say('chunkPainting', where), top - 1, last);
      const arg = JSON.stringify({
        sheet: name,
        sheetId: begin.sheetId,
        top,
        bottom,
        marks: band.map((m) => ({ row: m.row, column: m.column, fill: m.fill, note: m.note, severity: m.severity })),
      });
      await this.step<number>('chunkStoppedPaint', where, 'sidebarPaintRows', arg);
    }
    this.progress(null);
    return { sheet: name, findings: findings.map((f) => ({ ...f, fixable: isFixable(f) })), summary: summarize(findings), tables, undoable: begin.undoable };
  }

  /** Core's fix of `scope` on the sheet read, less rows holding a formula (whole) and formula cells, as the server leaves them. */
  private plan(r: SheetRead, scope: FixScope) {
    const plan = planFixRun(r.grid, r.begin.side.map(gridFromJson), {}, scope);
    const pick = selectFixEdits(
      plan.edits,
      plan.rowGroups,
      (row, column) => r.formulas.has(`${row}:${column}`),
      (row) => r.formulaRows.has(row),
    );
    return { edits: pick.write, groups: plan.rowGroups };
  }

  async previewFix(scope: FixScope): Promise<FixPreview> {
    const r = await this.read(true, true);
    const { edits } = this.plan(r, scope);
    this.progress(null);
    return { sheet: r.begin.sheet, edits };
  }

  async fix(scope: FixScope): Promise<number> {
    const r = await this.read(true, true);
    const { edits, groups } = this.plan(r, scope);
    const right = edits.reduce((w, e) => Math.max(w, e.column), 1);
    let written = 0;
    let newRun = true;
    for (const band of editBands(edits, groups, rowsPerCall(right))) {
      const top = band[0].row;
      const where = { from: top, to: band[band.length - 1].row, done: written, total: edits.length };
      this.progress(this.say('chunkWriting', where), written, edits.length);
      const arg = JSON.stringify({
        sheet: r.begin.sheet,
        sheetId: r.begin.sheetId,
        edits: band.map((e: ValueEdit) => ({ row: e.row, column: e.column, before: cellToJson(e.before), after: cellToJson(e.after) })),
        newRun,
        arrays: arraysAbove(r.arrays, top),
      });
      const out = await this.step<JsonWriteOutcome>('chunkStoppedWrite', where, 'sidebarWriteEdits', arg);
      if (out.written > 0) newRun = false;
      written += out.written;
    }
    this.progress(null);
    return written;
  }

  async undoFix(): Promise<number> {
    // Nothing kept: nothing to read either.
    const begin = await this.call<JsonBegin>('sidebarBeginSheet');
    if (!begin.undoable) return 0;
    const r = await this.read(false, true, begin);
    let done = 0;
    let left = 0;
    for (let i = 0; i < MAX_STEPS; i++) {
      if (i > 0) this.progress(this.say('chunkUndoing', { done, left }), done, done + left);
      const out = await this.step<JsonStepOutcome>(
        'chunkStoppedUndo',
        { done, left },
        'sidebarUndoStep',
        JSON.stringify({ sheet: r.begin.sheet, arrays: r.arrays }),
      );
      done += out.done;
      left = out.left;
      if (left === 0) break;
    }
    this.progress(null);
    return done;
  }

  async clear(): Promise<number> {
    let done = 0;
    let left = 0;
    for (let i = 0; i < MAX_STEPS; i++) {
      if (i > 0) this.progress(this.say('chunkClearing', { done, left }), done, done + left);
      const out = await this.step<JsonStepOutcome>('chunkStoppedClear', { done, left }, 'sidebarClearStep');
      done += out.done;
      left = out.left;
      if (left === 0) break;
    }
    this.progress(null);
    return done;
  }
}

/** The array formulas above row `top`, as one entry (their top row, their leftmost column): all a band needs. */
export function arraysAbove(arrays: ReadonlyArray<[number, number]>, top: number): Array<[number, number]> {
  const above = arrays.filter(([row]) => row < top);
  if (above.length === 0) return [];
  return [[Math.min(...above.map(([row]) => row)), Math.min(...above.map(([, column]) => column))]];
}
