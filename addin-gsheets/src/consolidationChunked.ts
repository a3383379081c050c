/**
 * The sidebar's side of a consolidation in parts (the server's is server/consolidationParts.ts). The
 * workbook is read with the check's band reading (small sheets come at once), core's consolidate()
 * runs here on whole grids (the panel does that), and the plan goes back band by band under the same
 * CELLS_PER_CALL budget: first every band compared with the sheet (a stale plan is refused before
 * anything is written), then every band written, each with its part of the undo record, then
 * "Tổng hợp". A stop half-way says which rows and how many cells were written; those are undoable.
 */
import { cellToJson, type ConsolidationPlan } from '../../core';
import type { OpenWorkbook } from '../../panel/bridge';
import { editBands, rowRanges, rowsPerCall } from './bands';
import { MAX_STEPS, PartsHost, arraysAbove, type SheetRef } from './chunked';
import { JsonBeginWorkbook, JsonStepOutcome, JsonUndoBegin, JsonWriteOutcome, gridFromJson, planToJson } from './wire';

/** An error after which something was written: the panel offers the undo. */
function undoable(e: unknown, yes: boolean): unknown {
  if (yes && e instanceof Error) Object.assign(e, { undoable: true });
  return e;
}

export class ConsolidationParts extends PartsHost {
  /** The sheets read by the last openWorkbook: where they are and their array formulas. */
  private readonly sheets = new Map<string, SheetRef & { arrays: Array<[number, number]> }>();

  /** Every sheet's values: small sheets in the first call, long ones a band of rows at a time. */
  async openWorkbook(): Promise<OpenWorkbook> {
    const wb = await this.call<JsonBeginWorkbook>('sidebarBeginWorkbook');
    this.sheets.clear();
    const grids = [];
    for (const s of wb.sheets) {
      const ref = { sheet: s.sheet, sheetId: s.sheetId, rows: s.rows, columns: s.columns };
      if (s.grid) {
        grids.push(gridFromJson(s.grid));
        this.sheets.set(s.sheet, { ...ref, arrays: s.arrays ?? [] });
        continue;
      }
      const r = await this.readBands(ref, true, true);
      grids.push(r.grid);
      this.sheets.set(s.sheet, { ...ref, arrays: r.arrays });
    }
    this.progress(null);
    return { grids, active: wb.active };
  }

  /** The plan's master cells compared, then written band by band, then "Tổng hợp"; the number of master cells written. */
  async applyConsolidation(plan: ConsolidationPlan): Promise<number> {
    const ref = this.sheets.get(plan.sheet) ?? (await this.openWorkbook(), this.sheets.get(plan.sheet));
    const sheetId = ref?.sheetId ?? -1;
    const arrays = ref?.arrays ?? [];
    const right = plan.edits.reduce((w, e) => Math.max(w, e.column), 1);
    const bands = editBands(plan.edits, [], rowsPerCall(right));
    const last = plan.edits.reduce((b, e) => Math.max(b, e.row), 0);
    const total = plan.edits.length;
    const arg = (band: typeof plan.edits, write: boolean, newRecord: boolean) =>
      JSON.stringify({
        sheet: plan.sheet,
        sheetId,
        edits: band.map((e) => ({ row: e.row, column: e.column, before: cellToJson(e.before), after: cellToJson(e.after) })),
        write,
        newRecord,
        arrays: arraysAbove(arrays, band[0].row),
      });
    const span = (band: typeof plan.edits) => ({ from: band[0].row, to: band[band.length - 1].row });

    // The master as the preview saw it? Refused whole before anything is written, as in one call.
    let stale = 0;
    for (const band of bands) {
      const where = { ...span(band), total: last };
      this.progress(this.say('chunkComparing', where), where.from - 1, last);
      stale += (await this.step<JsonWriteOutcome>('chunkStoppedRead', where, 'sidebarConsolidateRows', arg(band, false, false))).changedSince;
    }
    if (stale > 0) {
      this.progress(null);
      throw new Error(this.say('stalePlan', { sheet: plan.sheet, n: stale }));
    }

    let written = 0;
    let newRecord = true;
    for (const band of bands) {
      const where = { ...span(band), done: written, total };
      this.progress(this.say('chunkWriting', where), written, total);
      try {
        const out = await this.step<JsonWriteOutcome>('chunkStoppedConsolidate', where, 'sidebarConsolidateRows', arg(band, true, newRecord));
        if (out.written > 0) newRecord = false;
        written += out.written;
      } catch (e) {
        throw undoable(e, written > 0);
      }
    }
    try {
      await this.writeSummary(plan, written, newRecord);
    } catch (e) {
      throw undoable(e, written > 0);
    }
    this.progress(null);
    return written;
  }

  /** "Tổng hợp": what it holds kept in the undo record, then its new rows, a band at a time each. */
  private async writeSummary(plan: ConsolidationPlan, written: number, newRecord: boolean): Promise<void> {
    const name = plan.summarySheet.name;
    const stopped = { name, done: written };
    this.progress(this.say('chunkKeeping', { name }));
    let top = 1;
    for (let i = 0; i < MAX_STEPS; i++) {
      const arg = JSON.stringify({ sheet: plan.sheet, name, top, newRecord });
      const out = await this.step<JsonStepOutcome>('chunkStoppedSummary', stopped, 'sidebarKeepSummary', arg);
      top += out.done;
      if (out.left === 0) break;
    }
    const rows = plan.summarySheet.rows;
    const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
    const bands = rowRanges(Math.max(1, rows.length), rowsPerCall(width));
    for (const [i, [from, to]] of bands.entries()) {
      this.progress(this.say('chunkSummary', { name, from, to, total: rows.length }), from - 1, rows.length);
      const band = { ...plan, edits: [], summarySheet: { ...plan.summarySheet, rows: rows.slice(from - 1, to) } };
      const arg = JSON.stringify({ plan: JSON.parse(planToJson(band)) as unknown, top: from, first: i === 0, last: i === bands.length - 1, width });
      await this.step<number>('chunkStoppedSummary', stopped, 'sidebarConsolidateSummary', arg);
    }
  }

  /** The master's cells put back band by band (cells edited since keep the person's value), "Tổng hợp" with the last. */
  async undoConsolidation(): Promise<number> {
    const begin = await this.call<JsonUndoBegin>('sidebarBeginConsolidationUndo');
    if (!begin) return 0;
    const { arrays } = await this.readBands(begin, false, true);
    let done = 0;
    let left = 0;
    for (let i = 0; i < MAX_STEPS; i++) {
      if (i > 0) this.progress(this.say('chunkUndoing', { done, left }), done, done + left);
      const arg = JSON.stringify({ sheet: begin.sheet, arrays });
      const out = await this.step<JsonStepOutcome>('chunkStoppedUndoConsolidate', { done, left }, 'sidebarUndoConsolidationStep', arg);
      done += out.done;
      left = out.left;
      if (left === 0) break;
    }
    this.progress(null);
    return done;
  }
}
