/** What the unit.* and lead.* rules share: reading a unit cell's pieces, and its one rewrite. */
import type { Fix } from '../../model/finding';
import type { RuleContext } from '../../engine/rule';
import type { RowUnits, UnitCellAt } from '../../read/tableUnits';
import { unitKey } from '../../units/directory';
import { UnitPiece, canonicalCellText } from '../../units/unitCell';

export const ROLE_VI = { chuTri: 'chủ trì', phoiHop: 'phối hợp' } as const;
export const ROLE_EN = { chuTri: 'lead', phoiHop: 'cooperating' } as const;

/** The day the plan speaks of: its document date, else the start of its period. */
export function planDay(ctx: RuleContext): Date | undefined {
  return ctx.plan?.date ?? ctx.plan?.start;
}

export function isDefunct(p: UnitPiece, day: Date | undefined): boolean {
  const to = p.match?.entry.validTo;
  return !!(day && to && p.match?.entry.successor && new Date(`${to}T00:00:00Z`) < day);
}

/** The cell with canonical names and successors, once per distinct cell and plan day of the table. */
function rewrite(ctx: RuleContext, at: UnitCellAt, day: Date | undefined): string | undefined {
  const rewrites = ctx.source.unitRewrites;
  let byDay = rewrites.get(at.cell);
  if (!byDay) rewrites.set(at.cell, (byDay = new Map<number, string | undefined>()));
  const key = day?.getTime() ?? 0;
  if (byDay.has(key)) return byDay.get(key);
  const value = canonicalCellText(at.cell, (p) => {
    if (!p.match || p.match.how === 'fuzzy') return undefined;
    if (isDefunct(p, day)) return p.match.entry.successor;
    if (acceptedAsWritten(p)) return undefined;
    return p.match.entry.name;
  });
  byDay.set(key, value);
  return value;
}

/** One rewrite per cell: canonical names and successors together, so fixes never disagree. */
export function cellFix(ctx: RuleContext, at: UnitCellAt, row: number, column: number): Fix | undefined {
  if (at.hasTail) return undefined;
  const value = rewrite(ctx, at, planDay(ctx));
  if (value === undefined || value === at.raw) return undefined;
  return {
    label: `Sửa thành “${value}”`,
    labelEn: `Change to “${value}”`,
    changes: [{ kind: 'set', row, column, value }],
  };
}

export function forEachUnitCell(ctx: RuleContext, fn: (u: RowUnits, role: 'chuTri' | 'phoiHop', at: UnitCellAt, column: number) => void): void {
  for (const u of ctx.source.units) {
    for (const role of ['chuTri', 'phoiHop'] as const) {
      const at = u[role];
      const column = ctx.table.header.columns[role];
      if (at && column !== undefined) fn(u, role, at, column);
    }
  }
}

/**
 * Written another way, but not wrongly: a group written in another order or form ("UBND các phường,
 * xã"), a name set in capitals (a group title "BỘ Y TẾ"), an acronym the body itself uses (VTV, VOV,
 * TTXVN), or the directory's own accepted form.
 */
export function acceptedAsWritten(p: UnitPiece): boolean {
  if (p.collective) return true;
  const written = p.main.normalize('NFC');
  const name = p.match!.entry.name;
  if (written === written.toUpperCase() && written !== written.toLowerCase() && written.replace(/[–—]/g, '-') === name.toUpperCase()) return true;
  return (p.match!.entry.accepted ?? []).some((a) => unitKey(a) === unitKey(written));
}

/** The column's name inside a sentence (“chủ trì” / “lead”), as message data. */
export function roleWord(role: 'chuTri' | 'phoiHop'): { vi: string; en: string } {
  return { vi: ROLE_VI[role], en: ROLE_EN[role] };
}

/** The column's name opening an English sentence (“chủ trì” / “Lead”), as message data. */
export function roleWordFirst(role: 'chuTri' | 'phoiHop'): { vi: string; en: string } {
  return { vi: ROLE_VI[role], en: ROLE_EN[role] === 'lead' ? 'Lead' : 'Cooperating' };
}
