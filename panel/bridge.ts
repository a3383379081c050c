import type { ConsolidationPlan, Finding, FixPreview, FixScope, Grid, Summary, WorkbookSettings } from '../core';
/**
 * What a panel needs from its host (Excel or Google Sheets); each host supplies one. Values cross
 * this boundary as plain data (grids, plans), so a host whose calls are serialised (Apps Script's
 * google.script.run) can carry them as JSON.
 */

/** A finding as a host hands it over; `fixable` where the host could not send the fix itself (Apps Script). */
export type PanelFinding = Finding & { fixable?: boolean };

export interface PanelReport {
  sheet: string;
  findings: PanelFinding[];
  summary: Summary;
  /** Appendix tables found on the sheet; 0 is an error state ("no appendix table"), never a clean sheet. */
  tables?: number;
  /** Whether a fix can be undone, when the host tells it with the check (saves a call to canUndoFix). */
  undoable?: boolean;
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
  /** Safe fixes of `scope` (all, only unit names, or the findings listed), reversible; the number of cells changed. */
  fix?(scope: FixScope): Promise<number>;
  /** What `fix(scope)` would change, written nowhere: the panel shows it and the person confirms. */
  previewFix?(scope: FixScope): Promise<FixPreview>;
  undoFix?(): Promise<number>;
  /** Whether the workbook holds a fix that can be undone. */
  canUndoFix?(): Promise<boolean>;
  /** The settings sheet "Cài đặt Phụ lục" of the open workbook. */
  readSettings?(): Promise<WorkbookSettings>;
  saveSettings?(settings: WorkbookSettings): Promise<void>;
  /** The open workbook, for a consolidation computed in the panel. */
  openWorkbook?(): Promise<OpenWorkbook>;
  /** Writes a consolidation (master cells, "Tổng hợp" sheet, chart where possible); reversible. */
  applyConsolidation?(plan: ConsolidationPlan): Promise<number>;
  undoConsolidation?(): Promise<number>;
}
