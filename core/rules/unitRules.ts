/** unit.* and lead.*: the chủ trì and phối hợp cells against the unit directory. */
import type { Fix } from '../model/finding';
import type { Rule, RuleContext } from '../engine/rule';
import { RowUnits, UnitCellAt, rowUnitsOf } from '../read/tableUnits';
import { isHeadingTask } from '../read/tableTimes';
import { unitKey } from '../units/directory';
import { UnitPiece, canonicalCellText } from '../units/unitCell';
import { q } from './where';

const ROLE_VI = { chuTri: 'chủ trì', phoiHop: 'phối hợp' } as const;
const ROLE_EN = { chuTri: 'lead', phoiHop: 'cooperating' } as const;

/** The day the plan speaks of: its document date, else the start of its period. */
function planDay(ctx: RuleContext): Date | undefined {
  return ctx.plan?.date ?? ctx.plan?.start;
}

function isDefunct(p: UnitPiece, day: Date | undefined): boolean {
  const to = p.match?.entry.validTo;
  return !!(day && to && p.match?.entry.successor && new Date(`${to}T00:00:00Z`) < day);
}

const rewrites = new WeakMap<object, Map<number, string | undefined>>();

/** The cell with canonical names and successors, once per distinct cell and plan day. */
function rewrite(at: UnitCellAt, day: Date | undefined): string | undefined {
  let byDay = rewrites.get(at.cell);
  if (!byDay) rewrites.set(at.cell, (byDay = new Map()));
  const key = day?.getTime() ?? 0;
  if (byDay.has(key)) return byDay.get(key);
  const value = canonicalCellText(at.cell, (p) => {
    if (!p.match || p.match.how === 'fuzzy') return undefined;
    if (isDefunct(p, day)) return p.match.entry.successor;
    return p.match.entry.name;
  });
  byDay.set(key, value);
  return value;
}

/** One rewrite per cell: canonical names and successors together, so fixes never disagree. */
function cellFix(ctx: RuleContext, at: UnitCellAt, row: number, column: number): Fix | undefined {
  if (at.hasTail) return undefined;
  const value = rewrite(at, planDay(ctx));
  if (value === undefined || value === at.raw) return undefined;
  return {
    label: `Sửa thành “${value}”`,
    labelEn: `Change to “${value}”`,
    changes: [{ kind: 'set', row, column, value }],
  };
}

function forEachUnitCell(ctx: RuleContext, fn: (u: RowUnits, role: 'chuTri' | 'phoiHop', at: UnitCellAt, column: number) => void): void {
  for (const u of rowUnitsOf(ctx.table, ctx.units)) {
    for (const role of ['chuTri', 'phoiHop'] as const) {
      const at = u[role];
      const column = ctx.table.header.columns[role];
      if (at && column !== undefined) fn(u, role, at, column);
    }
  }
}

export const unitNoncanonical: Rule = {
  meta: {
    code: 'unit.noncanonical',
    severity: 'warning',
    fixable: true,
    description: {
      vi: 'Đơn vị có trong danh mục nhưng viết khác tên chuẩn (Phòng TĐC, Sở KHCN, sai dấu, dạng NFD…); sửa thành tên chuẩn.',
      en: 'A known unit written another way (Phòng TĐC, Sở KHCN, a wrong tone mark, NFD…); fix: its canonical name.',
    },
  },
  check(ctx) {
    const day = planDay(ctx);
    forEachUnitCell(ctx, (u, role, at, column) => {
      const off = at.cell.pieces.filter((p) => p.match && p.match.how !== 'fuzzy' && p.match.how !== 'exact' && !isDefunct(p, day));
      if (off.length === 0) return;
      const list = off.map((p) => `${q(p.main)} → “${p.match!.entry.name}”`).join('; ');
      const fix = cellFix(ctx, at, u.row.row, column);
      ctx.report({
        row: u.row.row,
        column,
        message: {
          vi: `Tên đơn vị ${ROLE_VI[role]} chưa viết theo tên chuẩn: ${list}.`,
          en: `The ${ROLE_EN[role]} unit is not written by its canonical name: ${list}.`,
        },
        ...(fix ? { fix } : {}),
      });
    });
  },
};

export const unitUnknown: Rule = {
  meta: {
    code: 'unit.unknown',
    severity: 'warning',
    fixable: false,
    description: {
      vi: 'Đơn vị không có trong danh mục và không khớp chắc chắn với đơn vị nào; gợi ý tối đa ba tên gần nhất.',
      en: 'A unit not in the directory with no certain match; up to three nearest names are suggested.',
    },
  },
  check(ctx) {
    forEachUnitCell(ctx, (u, role, at, column) => {
      for (const p of at.cell.pieces) {
        if ((p.match && p.match.how !== 'fuzzy') || p.collective || p.institution) continue;
        // A close spelling of a known unit ("Sở Tài chánh") is only a suggestion, never a fix.
        const s = p.match ? [p.match.entry.name, ...(p.suggestions ?? [])].slice(0, 3) : (p.suggestions ?? []);
        ctx.report({
          row: u.row.row,
          column,
          message: {
            vi: `Đơn vị ${ROLE_VI[role]} ${q(p.main)} không có trong danh mục đơn vị.${s.length ? ` Có phải: ${s.map((n) => `“${n}”`).join(', ')}?` : ''} Nếu đúng, hãy thêm vào trang tính “Danh mục đơn vị”.`,
            en: `${ROLE_EN[role] === 'lead' ? 'Lead' : 'Cooperating'} unit ${q(p.main)} is not in the unit directory.${s.length ? ` Did you mean: ${s.map((n) => `“${n}”`).join(', ')}?` : ''} If it is right, add it to the “Danh mục đơn vị” sheet.`,
          },
        });
      }
    });
  },
};

export const unitDefunct: Rule = {
  meta: {
    code: 'unit.defunct',
    severity: 'warning',
    fixable: true,
    description: {
      vi: 'Đơn vị đã không còn (sáp nhập năm 2025) vào ngày của kế hoạch; sửa thành đơn vị kế thừa.',
      en: 'A unit that no longer existed (2025 mergers) on the plan’s date; fix: its successor.',
    },
  },
  check(ctx) {
    const day = planDay(ctx);
    if (!day) return;
    forEachUnitCell(ctx, (u, role, at, column) => {
      const gone = at.cell.pieces.filter((p) => isDefunct(p, day));
      if (gone.length === 0) return;
      const fix = cellFix(ctx, at, u.row.row, column);
      const list = gone.map((p) => `${q(p.main)} → “${p.match!.entry.successor}”`).join('; ');
      ctx.report({
        row: u.row.row,
        column,
        message: {
          vi: `Đơn vị ${ROLE_VI[role]} đã sáp nhập, không còn vào thời điểm của kế hoạch: ${list}.`,
          en: `The ${ROLE_EN[role]} unit had been merged away by the plan’s date: ${list}.`,
        },
        ...(fix ? { fix } : {}),
      });
    });
  },
};

export const leadMissing: Rule = {
  meta: {
    code: 'lead.missing',
    severity: 'error',
    fixable: false,
    description: {
      vi: 'Nhiệm vụ không có cơ quan chủ trì (dòng nhóm được miễn).',
      en: 'A task has no lead unit (group rows are exempt).',
    },
  },
  check(ctx) {
    const { table } = ctx;
    const col = table.header.columns.chuTri;
    if (col === undefined) return;
    const withLead = new Set(
      rowUnitsOf(table, ctx.units)
        .filter((u) => u.chuTri && !u.chuTri.cell.none)
        .map((u) => u.index),
    );
    table.rows.forEach((r, index) => {
      if (r.kind !== 'task' && r.kind !== 'subtask') return;
      if (withLead.has(index) || isHeadingTask(table, r)) return;
      ctx.report({
        row: r.row,
        column: col,
        message: { vi: 'Nhiệm vụ chưa có cơ quan chủ trì.', en: 'The task has no lead unit.' },
      });
    });
  },
};

function sameUnit(a: UnitPiece, b: UnitPiece): boolean {
  if (a.match && b.match && a.match.how !== 'fuzzy' && b.match.how !== 'fuzzy') return a.match.entry === b.match.entry;
  return unitKey(a.main) === unitKey(b.main);
}

export const leadAlsoCooperating: Rule = {
  meta: {
    code: 'lead.also_cooperating',
    severity: 'warning',
    fixable: true,
    description: {
      vi: 'Cơ quan chủ trì cũng được ghi ở cột phối hợp; bỏ khỏi cột phối hợp.',
      en: 'The lead unit is also listed as cooperating; drop it from phối hợp.',
    },
  },
  check(ctx) {
    const col = ctx.table.header.columns.phoiHop;
    if (col === undefined) return;
    for (const u of rowUnitsOf(ctx.table, ctx.units)) {
      if (!u.chuTri || !u.phoiHop) continue;
      const leads = u.chuTri.cell.pieces.filter((p) => !p.collective);
      const dup = u.phoiHop.cell.pieces.filter((p) => !p.collective && leads.some((l) => sameUnit(l, p)));
      if (dup.length === 0) continue;
      const rest = u.phoiHop.cell.pieces.filter((p) => !dup.includes(p)).map((p) => p.text);
      const value = rest.join(', ');
      const names = dup.map((p) => q(p.main)).join(', ');
      ctx.report({
        row: u.row.row,
        column: col,
        message: {
          vi: `${names} là cơ quan chủ trì nhưng cũng được ghi ở cột phối hợp.`,
          en: `${names} leads the task but is also listed as cooperating.`,
        },
        ...(u.phoiHop.hasTail
          ? {}
          : {
              fix: {
                label: value ? `Bỏ ${names} khỏi cột phối hợp` : 'Xóa ô phối hợp',
                labelEn: `Drop ${names} from the cooperating units`,
                changes: [{ kind: 'set' as const, row: u.row.row, column: col, value: value || null }],
              },
            }),
      });
    }
  },
};

export const leadMultiple: Rule = {
  meta: {
    code: 'lead.multiple',
    severity: 'info',
    fixable: false,
    description: {
      vi: 'Một ô chủ trì ghi nhiều cơ quan; khi tổng hợp, cơ quan đầu tiên được coi là chủ trì chính.',
      en: 'Several lead units in one cell; consolidation treats the first as the main lead.',
    },
  },
  check(ctx) {
    const col = ctx.table.header.columns.chuTri;
    if (col === undefined) return;
    for (const u of rowUnitsOf(ctx.table, ctx.units)) {
      const pieces = u.chuTri?.cell.pieces ?? [];
      if (pieces.length < 2 || u.row.kind === 'group') continue;
      ctx.report({
        row: u.row.row,
        column: col,
        message: {
          vi: `Ô chủ trì ghi ${pieces.length} cơ quan: ${pieces.map((p) => q(p.main)).join(', ')}.`,
          en: `The lead cell names ${pieces.length} units: ${pieces.map((p) => q(p.main)).join(', ')}.`,
        },
      });
    }
  },
};
