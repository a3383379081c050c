/**
 * The shape every check has, after ESLint's rule modules: `meta` (code, severity, docs, messages by id,
 * whether and how it fixes) and a `check` that reports by message id.
 */
import type { Finding, Fix, Severity } from '../model/finding';
import type { Grid } from '../model/grid';
import { a1 } from '../model/grid';
import type { AppendixTable } from '../read/table';
import type { PlanPeriod } from '../time/planPeriod';
import type { UnitEntryInput } from '../units/directory';
import type { UnitReader } from '../units/unitCell';
import type { SheetSource } from './source';

import type { Bilingual } from '../model/lang';
export type { Bilingual } from '../model/lang';

/**
 * How a rule's fix may be used: `safe` fixes never change what a row means and `phuluc fix` applies them
 * unasked; a `suggestion` is offered to the person and applied only when asked.
 */
export type FixKind = 'safe' | 'suggestion';

/** What a code's page and the catalogue say about it. */
export interface RuleDocs {
  /** The plain-language title shown instead of the code (headings, group titles, output sheets). */
  title: Bilingual;
  /** What the code checks: one line for the README's catalogue. */
  description: Bilingual;
  /** What the person should do about a finding. */
  action: Bilingual;
}

/**
 * A message template in both languages; `{{name}}` is replaced by the report's `data.name` (a Bilingual
 * value gives each language its own text).
 */
export type MessageTemplate = Bilingual;
export type MessageData = Record<string, string | number | Bilingual>;

export interface RuleMeta {
  /** Stable code, e.g. `stt.gap`. Never renamed: reports and filters depend on it. */
  code: string;
  severity: Severity;
  docs: RuleDocs;
  messages: Record<string, MessageTemplate>;
  /** Whether the rule sends fixes, and how safe they are; a rule without it may not send one. */
  fix?: FixKind;
  /** When two fixes set one cell, the lower number wins (unit rewrites clean the text too); without it, last. */
  fixPrecedence?: number;
}

export interface ValidateOptions {
  planYear?: number;
  /** The last year of a plan that spans several (`--plan-year 2026-2030`); planYear is the first. */
  planEndYear?: number;
  reportDate?: Date;
  /** Unit directory entries from outside the workbook (`--units`), overriding the built-in ones. */
  units?: UnitEntryInput[];
  /** The sheet holding the workbook's unit directory, when not "Danh mục đơn vị" (workbook settings). */
  unitSheet?: string;
}

/** What a rule reports: a message id of its meta with the data its placeholders take, and where. */
export interface RuleReport {
  messageId: string;
  data?: MessageData;
  row: number;
  column: number;
  severity?: Severity;
  fix?: Fix;
}

export interface RuleContext {
  grid: Grid;
  table: AppendixTable;
  /** The table's analysis (numbering, times, units, text cells), built once and shared by every rule. */
  source: SheetSource;
  options: ValidateOptions;
  /** The period the plan covers, when the option or the title tells it. */
  plan?: PlanPeriod;
  /** Reads unit cells against the workbook's directory. */
  units: UnitReader;
  report(f: RuleReport): void;
}

/** A sheet-level rule sees every table of the sheet, and the sheet when no table was found. */
export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** A programming mistake in a rule (an unknown message id, a missing placeholder, an undeclared fix). */
export class RuleError extends Error {}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/;

/** A rule's message templates split once at their placeholders: [text, name, text, name, …, text]. */
export type CompiledMessages = Record<string, { vi: string[]; en: string[] }>;

export function compileMessages(meta: RuleMeta): CompiledMessages {
  const out: CompiledMessages = {};
  for (const [id, t] of Object.entries(meta.messages)) out[id] = { vi: t.vi.split(PLACEHOLDER), en: t.en.split(PLACEHOLDER) };
  return out;
}

function fill(parts: string[], data: MessageData | undefined, lang: 'vi' | 'en', code: string): string {
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = data?.[parts[i]];
    if (v === undefined) throw new RuleError(`${code}: no data for placeholder {{${parts[i]}}}`);
    out += (typeof v === 'object' ? v[lang] : String(v)) + parts[i + 1];
  }
  return out;
}

/** Fills a template's `{{name}}` placeholders from `data`, in one language. */
export function formatMessage(template: string, data: MessageData | undefined, lang: 'vi' | 'en', code = ''): string {
  return fill(template.split(PLACEHOLDER), data, lang, code);
}

/** The message of a report in both languages (`compiled`: the rule's templates, split once per check). */
export function ruleMessage(meta: RuleMeta, messageId: string, data?: MessageData, compiled: CompiledMessages = compileMessages(meta)): Bilingual {
  const t = compiled[messageId];
  if (!t) throw new RuleError(`${meta.code}: unknown message id “${messageId}”`);
  return { vi: fill(t.vi, data, 'vi', meta.code), en: fill(t.en, data, 'en', meta.code) };
}

/**
 * The finding of a report. Like ESLint, the engine refuses a fix from a rule whose meta does not
 * declare one: it throws, so the mistake shows in the rule's first test.
 */
export function makeFinding(meta: RuleMeta, sheet: string, f: RuleReport, compiled?: CompiledMessages): Finding {
  if (f.fix && !meta.fix) throw new RuleError(`${meta.code}: sent a fix but its meta declares no \`fix\``);
  const message = ruleMessage(meta, f.messageId, f.data, compiled);
  const finding: Finding = {
    sheet,
    row: f.row,
    column: f.column,
    cell: a1(f.row, f.column),
    code: meta.code,
    severity: f.severity ?? meta.severity,
    message: message.vi,
    messageEn: message.en,
  };
  if (f.fix) finding.fix = f.fix;
  return finding;
}
