/**
 * Reversible highlights for the add-ins: before a cell is painted, its own fill and note are kept
 * (in the workbook, so clearing works after reopening); clearing puts them back exactly. Checking
 * again never mistakes our own paint for the cell's look.
 */
import type { CellMark } from './editPlan';

/** How a cell looks: its fill colour (#RRGGBB) and note, null for none. */
export interface CellLook {
  fill: string | null;
  note: string | null;
}

export interface SavedCell extends CellLook {
  row: number;
  column: number;
}

/** What the host keeps in the workbook between a check and "Xóa đánh dấu". */
export interface SavedHighlights {
  version: 1;
  sheet: string;
  cells: SavedCell[];
}

export interface LookWrite extends CellLook {
  row: number;
  column: number;
}

export const NOTE_SEPARATOR = '\n── Phụ lục ──\n';

const key = (row: number, column: number) => `${row}:${column}`;

/** ARGB ("FFFFC7CE") to the #RRGGBB hosts use. */
export function argbToHex(argb: string): string {
  return `#${argb.slice(-6).toUpperCase()}`;
}

/**
 * The writes that paint this check's marks, and what to keep. `current` is how the marked and the
 * previously painted cells look now; `previous` is what the last check kept.
 */
export function paintPlan(
  sheet: string,
  marks: readonly CellMark[],
  current: ReadonlyMap<string, CellLook>,
  previous?: SavedHighlights,
): { writes: LookWrite[]; saved: SavedHighlights } {
  const before = new Map<string, SavedCell>();
  if (previous && previous.sheet === sheet) for (const c of previous.cells) before.set(key(c.row, c.column), c);
  const writes: LookWrite[] = [];
  const saved: SavedCell[] = [];
  const marked = new Set<string>();
  for (const m of marks) {
    if (m.sheet !== sheet) continue;
    const k = key(m.row, m.column);
    marked.add(k);
    const own = before.get(k) ?? { row: m.row, column: m.column, ...(current.get(k) ?? { fill: null, note: null }) };
    saved.push({ row: m.row, column: m.column, fill: own.fill, note: own.note });
    writes.push({ row: m.row, column: m.column, fill: argbToHex(m.fill), note: own.note ? `${own.note}${NOTE_SEPARATOR}${m.note}` : m.note });
  }
  // Cells painted last time and clean now get their own look back.
  for (const [k, c] of before) if (!marked.has(k)) writes.push({ row: c.row, column: c.column, fill: c.fill, note: c.note });
  return { writes, saved: { version: 1, sheet, cells: saved } };
}

/** The writes that undo a check: every painted cell back to its own fill and note. */
export function clearPlan(saved: SavedHighlights | undefined): LookWrite[] {
  return (saved?.cells ?? []).map((c) => ({ row: c.row, column: c.column, fill: c.fill, note: c.note }));
}

export function parseSaved(json: string | null | undefined): SavedHighlights | undefined {
  if (!json) return undefined;
  try {
    const v = JSON.parse(json) as SavedHighlights;
    return v && v.version === 1 && Array.isArray(v.cells) ? v : undefined;
  } catch {
    return undefined;
  }
}
