/** What a check reports, positioned to a cell the way Excel shows it (rows 1-based, A1 cells). */
import type { CellValue } from './grid';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One change a fix asks for. Hosts never compute these; core does, and the fix engine applies them. */
export type FixChange =
  | { kind: 'set'; row: number; column: number; value: CellValue }
  /** Append each non-empty cell of `row` to the same column of `into`, then remove `row`. */
  | { kind: 'mergeRowInto'; row: number; into: number }
  | { kind: 'deleteRow'; row: number };

export interface Fix {
  /** What the fix does, for people: Vietnamese and English. */
  label: string;
  labelEn: string;
  changes: FixChange[];
}

export interface Finding {
  sheet: string;
  row: number;
  column: number;
  cell: string;
  code: string;
  severity: Severity;
  message: string;
  messageEn: string;
  fix?: Fix;
}

export interface Summary {
  error: number;
  warning: number;
  info: number;
}

export function summarize(findings: readonly Finding[]): Summary {
  const s: Summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) s[f.severity]++;
  return s;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityRank(s: Severity): number {
  return SEVERITY_RANK[s];
}

/** Sheet order as given, then row, column, severity, code: the order a person reads a sheet in. */
export function compareFindings(sheetOrder: readonly string[]) {
  return (a: Finding, b: Finding): number =>
    sheetOrder.indexOf(a.sheet) - sheetOrder.indexOf(b.sheet) ||
    a.row - b.row ||
    a.column - b.column ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
