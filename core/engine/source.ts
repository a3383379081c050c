/**
 * One analysis per table, as ESLint passes `context.sourceCode`: the table's numbering, parsed times,
 * unit cells and text cells, each worked out the first time a rule asks and then shared by every rule.
 * Built per table and per check (the times depend on the plan period), so nothing is held between checks.
 */
import type { Grid } from '../model/grid';
import { Numbering, numberingOf } from '../read/numbering';
import type { AppendixTable } from '../read/table';
import { RowTime, rowTimesOf } from '../read/tableTimes';
import { RowUnits, rowUnitsOf } from '../read/tableUnits';
import { TextCell, textCellsOf } from '../read/textScan';
import type { PlanPeriod } from '../time/planPeriod';
import type { UnitCell, UnitReader } from '../units/unitCell';

export class SheetSource {
  private numberingValue?: Numbering;
  private timesValue?: RowTime[];
  private unitsValue?: RowUnits[];
  private textValue?: TextCell[];
  /** The unit rules' rewrite of a cell (canonical names and successors), by cell and plan day. */
  readonly unitRewrites = new Map<UnitCell, Map<number, string | undefined>>();

  constructor(
    readonly grid: Grid,
    readonly table: AppendixTable,
    readonly plan: PlanPeriod | undefined,
    readonly reader: UnitReader,
  ) {}

  /** The STT sequence and style analysis (core/read/numbering.ts). */
  get numbering(): Numbering {
    return (this.numberingValue ??= numberingOf(this.table));
  }

  /** The time frame of every row that has one, read against the plan period. */
  get times(): RowTime[] {
    return (this.timesValue ??= rowTimesOf(this.table, this.plan));
  }

  /** The chủ trì and phối hợp cells of every row, read against the unit directory. */
  get units(): RowUnits[] {
    return (this.unitsValue ??= rowUnitsOf(this.table, this.reader));
  }

  /** The cells with markup, a non-NFC form or stray spaces. */
  get textCells(): TextCell[] {
    return (this.textValue ??= textCellsOf(this.grid, this.table));
  }
}
