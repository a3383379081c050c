/** unit.* and lead.*: the chủ trì and phối hợp cells against the unit directory. */
import type { Fix } from '../model/finding';
import type { Rule, RuleContext } from '../engine/rule';
import { RowUnits, UnitCellAt, rowUnitsOf } from '../read/tableUnits';
import { isHeadingTask } from '../read/tableTimes';
import { unitKey } from '../units/directory';
import { UnitPiece, canonicalCellText, isListed } from '../units/unitCell';
import { lookAlikeNote } from '../units/lookAlike';
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

/**
 * Written another way, but not wrongly: a group written in another order or form ("UBND các phường,
 * xã"), a name set in capitals (a group title "BỘ Y TẾ"), an acronym the body itself uses (VTV, VOV,
 * TTXVN), or the directory's own accepted form.
 */
function acceptedAsWritten(p: UnitPiece): boolean {
  if (p.collective) return true;
  const written = p.main.normalize('NFC');
  const name = p.match!.entry.name;
  if (written === written.toUpperCase() && written !== written.toLowerCase() && written.replace(/[–—]/g, '-') === name.toUpperCase()) return true;
  return (p.match!.entry.accepted ?? []).some((a) => unitKey(a) === unitKey(written));
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
      const off = at.cell.pieces.filter((p) => p.match && p.match.how !== 'fuzzy' && p.match.how !== 'exact' && !isDefunct(p, day) && !acceptedAsWritten(p));
      if (off.length === 0) return;
      const list = off.map((p) => `${q(p.main)} → “${p.match!.entry.name}”`).join('; ');
      const notes = off.map((p) => lookAlikeNote(p.main, p.match!.entry.name, at.raw)).filter((n) => n !== undefined);
      const why = notes.length ? { vi: ` (${notes.map((n) => n.vi).join('; ')})`, en: ` (${notes.map((n) => n.en).join('; ')})` } : { vi: '', en: '' };
      const fix = cellFix(ctx, at, u.row.row, column);
      ctx.report({
        row: u.row.row,
        column,
        message: {
          vi: `Tên đơn vị ${ROLE_VI[role]} chưa viết theo tên chuẩn: ${list}${why.vi}.`,
          en: `The ${ROLE_EN[role]} unit is not written by its canonical name: ${list}${why.en}.`,
        },
        ...(fix ? { fix } : {}),
      });
    });
  },
};

/** What is wrong with a piece not read as a listed unit, in both languages; undefined if nothing. */
function unknownMessage(p: UnitPiece, role: 'chuTri' | 'phoiHop'): { vi: string; en: string } | undefined {
  if (p.tooLong || p.collective || p.unlisted || isListed(p) || (p.problem === 'runTogether' && p.match)) return undefined;
  const lead = ROLE_EN[role] === 'lead' ? 'Lead' : 'Cooperating';
  const add = { vi: ' Nếu đúng, hãy thêm vào trang tính “Danh mục đơn vị”.', en: ' If it is right, add it to the “Danh mục đơn vị” sheet.' };
  if (p.problem === 'runTogether') {
    return {
      vi: `Ô ${ROLE_VI[role]} ghi ${q(p.main)}: có vẻ là hai tên đơn vị viết liền nhau; hãy ngăn cách bằng dấu phẩy hoặc chấm phẩy.`,
      en: `The ${ROLE_EN[role]} cell reads ${q(p.main)}: two unit names seem to run together; separate them with a comma or semicolon.`,
    };
  }
  if (p.problem === 'trailing' && p.known) {
    return {
      vi: `Ô ${ROLE_VI[role]} ghi ${q(p.main)}: sau tên “${p.known}” còn chữ không thuộc tên đơn vị; hãy chỉ ghi tên đơn vị.`,
      en: `The ${ROLE_EN[role]} cell reads ${q(p.main)}: words after “${p.known}” are not part of a unit’s name; write the unit only.`,
    };
  }
  // A close spelling of a known unit ("Sở Tài chánh") is only a suggestion, never a fix.
  const s = p.match ? [p.match.entry.name, ...(p.suggestions ?? [])].filter((n, i, all) => all.indexOf(n) === i).slice(0, 3) : (p.suggestions ?? []);
  const ask = s.length
    ? { vi: ` Có phải: ${s.map((n) => `“${n}”`).join(', ')}?`, en: ` Did you mean: ${s.map((n) => `“${n}”`).join(', ')}?` }
    : { vi: '', en: '' };
  if (p.problem === 'malformed' && !p.match) {
    return {
      vi: `Đơn vị ${ROLE_VI[role]} ${q(p.main)} không giống tên một cơ quan, đơn vị (không bắt đầu bằng “Sở”, “Bộ”, “Trung tâm”…) và không có trong danh mục.${ask.vi}${add.vi}`,
      en: `${lead} unit ${q(p.main)} does not look like the name of a body (it does not start with “Sở”, “Bộ”, “Trung tâm”…) and is not in the directory.${ask.en}${add.en}`,
    };
  }
  return {
    vi: `Đơn vị ${ROLE_VI[role]} ${q(p.main)} không có trong danh mục đơn vị.${ask.vi}${add.vi}`,
    en: `${lead} unit ${q(p.main)} is not in the unit directory.${ask.en}${add.en}`,
  };
}

export const unitUnknown: Rule = {
  meta: {
    code: 'unit.unknown',
    severity: 'warning',
    fixable: false,
    description: {
      vi: 'Đơn vị không có trong danh mục, gần giống một tên trong danh mục (có thể gõ sai; gợi ý tên gần nhất) hoặc không phải tên đơn vị (hai tên liền, chữ thừa).',
      en: 'A unit not in the directory that is close to a listed name (a likely typo; the nearest names are suggested), or not a unit’s name at all (two names run together, words after a name).',
    },
  },
  check(ctx) {
    forEachUnitCell(ctx, (u, role, at, column) => {
      const pieces = at.cell.pieces;
      for (let i = 0; i < pieces.length; i++) {
        const p = pieces[i];
        if (p.problem === 'runTogether' && p.match) {
          // Listed names one after another with no separator: one finding for the run.
          let j = i;
          while (j + 1 < pieces.length && pieces[j + 1].problem === 'runTogether' && pieces[j + 1].match) j++;
          const run = pieces.slice(i, j + 1);
          const names = run.map((x) => `“${x.match!.entry.name}”`).join(', ');
          ctx.report({
            row: u.row.row,
            column,
            message: {
              vi: `Ô ${ROLE_VI[role]} ghi ${run.length} tên đơn vị liền nhau, không có dấu phẩy hoặc chấm phẩy: ${names}.`,
              en: `The ${ROLE_EN[role]} cell writes ${run.length} unit names one after another with no comma or semicolon: ${names}.`,
            },
          });
          i = j;
          continue;
        }
        const message = unknownMessage(p, role);
        if (message) ctx.report({ row: u.row.row, column, message });
      }
    });
  },
};

export const unitUnlisted: Rule = {
  meta: {
    code: 'unit.unlisted',
    severity: 'info',
    fixable: false,
    description: {
      vi: 'Tên đơn vị viết đúng dạng (Sở …, Trung tâm …, Tập đoàn …) nhưng chưa có trong danh mục; nếu đúng, hãy thêm vào trang tính “Danh mục đơn vị”.',
      en: 'A well-formed unit name (Sở …, Trung tâm …, Tập đoàn …) that the directory does not list; if it is right, add it to the “Danh mục đơn vị” sheet.',
    },
  },
  check(ctx) {
    forEachUnitCell(ctx, (u, role, at, column) => {
      const unlisted = at.cell.pieces.filter((p) => p.unlisted);
      if (unlisted.length === 0) return;
      const list = unlisted.map((p) => q(p.main)).join(', ');
      ctx.report({
        row: u.row.row,
        column,
        message: {
          vi: `Đơn vị ${ROLE_VI[role]} chưa có trong danh mục: ${list}. Nếu đúng, hãy thêm vào trang tính “Danh mục đơn vị” để các lần kiểm tra sau nhận ra.`,
          en: `${ROLE_EN[role] === 'lead' ? 'Lead' : 'Cooperating'} unit not in the directory: ${list}. If it is right, add it to the “Danh mục đơn vị” sheet so later checks know it.`,
        },
      });
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

/** More named leads than this in one cell is likely a mistake (shared tasks name two or three). */
const MANY_LEADS = 3;

export const leadMultiple: Rule = {
  meta: {
    code: 'lead.multiple',
    severity: 'info',
    fixable: false,
    description: {
      vi: 'Ô chủ trì ghi nhiều hơn ba cơ quan, hoặc ghi cả cơ quan cụ thể lẫn một nhóm (“các sở, ngành”): khó biết ai chịu trách nhiệm chính.',
      en: 'More than three lead units in one cell, or named units together with a group (“các sở, ngành”): who answers for the task is unclear.',
    },
  },
  check(ctx) {
    const col = ctx.table.header.columns.chuTri;
    if (col === undefined) return;
    for (const u of rowUnitsOf(ctx.table, ctx.units)) {
      const pieces = u.chuTri?.cell.pieces ?? [];
      if (pieces.length < 2 || u.row.kind === 'group') continue;
      const named = pieces.filter((p) => !p.collective);
      const groups = pieces.filter((p) => p.collective);
      const mixed = named.length > 0 && groups.length > 0;
      if (named.length <= MANY_LEADS && !mixed) continue;
      const all = pieces.map((p) => q(p.main)).join(', ');
      ctx.report({
        row: u.row.row,
        column: col,
        message: mixed
          ? {
              vi: `Ô chủ trì ghi cả cơ quan cụ thể và một nhóm cơ quan: ${all}; nên để cơ quan cụ thể chủ trì và nhóm ở cột phối hợp.`,
              en: `The lead cell names both units and a group of units: ${all}; consider one lead and the group as cooperating.`,
            }
          : {
              vi: `Ô chủ trì ghi ${named.length} cơ quan: ${all}; khó biết cơ quan nào chịu trách nhiệm chính.`,
              en: `The lead cell names ${named.length} units: ${all}; it is unclear which one answers for the task.`,
            },
      });
    }
  },
};
