/** What a panel needs from its host (Excel or Google Sheets); each host supplies one. */
import type { Finding, Summary } from '../../../core/finding';

export interface PanelReport {
  sheet: string;
  findings: Finding[];
  summary: Summary;
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
}
