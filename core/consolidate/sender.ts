/**
 * Who sent a return, and which copy counts when one unit sent several. The person's word wins, then
 * a "Đơn vị báo cáo: …" line above the table, then the file name, then the lead of the rows it filled.
 */
import { Grid, cellAt, cellText } from '../model/grid';
import { foldKey } from '../model/text';
import type { AppendixTable } from '../read/table';
import type { UnitReader } from '../units/unitCell';
import { tasksOf } from './match';

export interface ReturnInput {
  /** What the person calls it: a file name, or a sheet name for returns kept as sheets. */
  file: string;
  grid: Grid;
  /** The sending unit, when the person says so (--unit-of). */
  unit?: string;
}

export interface Sender {
  file: string;
  unit: string;
  how: 'given' | 'title' | 'file-name' | 'rows' | 'unknown';
}

/** Units of a chủ trì / phối hợp cell, by their directory name where the directory knows them. */
export function canonicalUnits(reader: UnitReader, cell: string | undefined): string[] {
  if (!cell) return [];
  return reader.read(cell).pieces.map((p) => (p.match && p.match.how !== 'fuzzy' ? p.match.entry.name : p.main));
}

/** Whether a cell names a collective ("Các sở, ban, ngành", "các cơ quan liên quan") that any unit may belong to. */
export function hasCollective(reader: UnitReader, cell: string | undefined): boolean {
  if (!cell) return false;
  return reader.read(cell).pieces.some((p) => p.collective);
}

export function senderOf(input: ReturnInput, table: AppendixTable, reader: UnitReader): Sender {
  const named = (text: string): string | undefined => {
    const p = reader.read(text).pieces[0];
    return p?.match && p.match.how !== 'fuzzy' ? p.match.entry.name : undefined;
  };
  if (input.unit) return { file: input.file, unit: named(input.unit) ?? input.unit.trim(), how: 'given' };
  for (let r = 1; r < table.header.row; r++) {
    for (const v of input.grid.rows[r - 1] ?? []) {
      const t = cellText(v);
      const m = /^\s*(?:đơn vị|cơ quan|don vi|co quan)(?:\s+(?:báo cáo|bao cao|thực hiện|thuc hien))?\s*:\s*(.+)$/i.exec(t.normalize('NFC'));
      if (m) return { file: input.file, unit: named(m[1]) ?? m[1].trim(), how: 'title' };
    }
  }
  const base = baseName(input.file).replace(/[-_]+/g, ' ');
  const fromName = named(withoutCorrectionMark(base)) ?? nameInside(reader, base);
  if (fromName) return { file: input.file, unit: fromName, how: 'file-name' };
  const counts = new Map<string, number>();
  const col = table.header.columns.status ?? table.header.columns.result;
  for (const r of tasksOf(table)) {
    if (col === undefined || !cellText(cellAt(input.grid, r.row, col)).trim()) continue;
    for (const u of canonicalUnits(reader, r.cells.chuTri).slice(0, 1)) counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best) return { file: input.file, unit: best[0], how: 'rows' };
  return { file: input.file, unit: base, how: 'unknown' };
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** A unit named inside a longer file name ("BC Sở Tài chính", "Bao cao - So Y te"): the longest one. */
function nameInside(reader: UnitReader, base: string): string | undefined {
  const key = ` ${foldKey(base.replace(/&/g, ''))} `;
  let best: string | undefined;
  let bestLength = 0;
  for (const e of reader.directory.entries) {
    for (const n of [e.name, ...e.aliases]) {
      const k = foldKey(n.replace(/&/g, ''));
      if (k.length > bestLength && k.length >= 5 && key.includes(` ${k} `)) {
        best = e.name;
        bestLength = k.length;
      }
    }
  }
  return best;
}

/** Words in a file name that say it corrects an earlier copy: "(sửa lại)", "lần 2", "v2", "bổ sung". */
const CORRECTION = /\b(sua lai|sua doi|da sua|lan (?:[2-9]|hai|ba|thu hai|thu ba)|v ?[2-9]|bo sung|cap nhat|ban moi)\b/;

export function isCorrection(file: string): boolean {
  return CORRECTION.test(foldKey(baseName(file)));
}

function withoutCorrectionMark(base: string): string {
  const folded = foldKey(base);
  return CORRECTION.test(folded) ? folded.replace(new RegExp(CORRECTION.source, 'g'), ' ').trim() : base;
}

export interface ChosenReturn<T> {
  unit: string;
  used: T;
  ignored: T[];
}

/**
 * One copy per unit: a copy whose name marks a correction beats a plain one whatever the order;
 * otherwise the one given last wins (on the command line, or picked last in an add-in).
 */
export function chooseReturns<T extends { sender: Sender }>(given: readonly T[]): ChosenReturn<T>[] {
  const byUnit = new Map<string, T[]>();
  for (const g of given) {
    const list = byUnit.get(g.sender.unit);
    if (list) list.push(g);
    else byUnit.set(g.sender.unit, [g]);
  }
  const chosen: ChosenReturn<T>[] = [];
  for (const [unit, copies] of byUnit) {
    let used = copies[0];
    for (const c of copies.slice(1)) if (isCorrection(c.sender.file) || !isCorrection(used.sender.file)) used = c;
    chosen.push({ unit, used, ignored: copies.filter((c) => c !== used) });
  }
  return chosen;
}
