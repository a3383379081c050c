import type { ConsolidationPlan, Finding, Grid, Summary, WorkbookSettings } from '../core';
/**
 * What a panel needs from its host (Excel or Google Sheets); each host supplies one. Values cross
 * this boundary as plain data (grids, plans), so a host whose calls are serialised (Apps Script's
 * google.script.run) can carry them as JSON.
 */

export interface PanelReport {
  sheet: string;
  /** Appendix tables found on the sheet; 0 means "no appendix table" (an error, never a clean sheet). Hosts that predate it leave it out. */
  tables?: number;
  findings: Finding[];
  summary: Summary;
}

export interface OpenWorkbook {
  /** Every sheet's values. */
  grids: Grid[];
  /** The sheet the user is on. */
  active: string;
}

export interface HostBridge {
  /** "vi" or "en", from the host's display language. */
  locale(): string;
  check(): Promise<PanelReport>;
  select(sheet: string, cell: string): Promise<void>;
  clear(): Promise<number>;
  /** Safe fixes (or only unit names), reversible; the number of cells changed. */
  fix?(unitsOnly: boolean): Promise<number>;
  undoFix?(): Promise<number>;
  /** The settings sheet "Cài đặt Phụ lục" of the open workbook. */
  readSettings?(): Promise<WorkbookSettings>;
  saveSettings?(settings: WorkbookSettings): Promise<void>;
  /** The open workbook, for a consolidation computed in the panel. */
  openWorkbook?(): Promise<OpenWorkbook>;
  /** Writes a consolidation (master cells, "Tổng hợp" sheet, chart where possible); reversible. */
  applyConsolidation?(plan: ConsolidationPlan): Promise<number>;
  undoConsolidation?(): Promise<number>;
}
