/**
 * The public face of core: the one module hosts (cli/, xlsx/, panel/, addin-excel/, addin-gsheets/)
 * import. Lint refuses a host import of anything under core/ but this file.
 */
export * from './model/grid';
export * from './model/finding';
export * from './model/text';
export * from './model/wording';
export * from './read/header';
export * from './read/stt';
export * from './read/table';
export * from './time/timeFrame';
export * from './time/planPeriod';
export * from './units/directory';
export * from './units/directorySheet';
export * from './engine/rule';
export * from './engine/options';
export * from './engine/validate';
export * from './engine/fixes';
export * from './engine/understood';
export * from './engine/settings';
export * from './plans/editPlan';
export * from './plans/highlightState';
export * from './plans/valueEdits';
export * from './plans/findingsSheet';
export * from './plans/fixScope';
export * from './plans/consolidationPlan';
export * from './plans/hostRules';
export * from './plans/undo';
export * from './plans/planCheck';
export * from './consolidate/merge';
export * from './consolidate/status';
export * from './consolidate/statusWords';
export * from './consolidate/figures';
export * from './consolidate/summarySheet';
export * from './consolidate/options';
export { isCorrection } from './consolidate/sender';
export { rules, ruleByCode } from './rules';
export { RULE_TITLES, ruleTitle } from './rules/titles';
export { CATALOGUE, CONSOLIDATION_CATALOGUE, codeMeta, isSafeFixCode, type CodeMeta } from './rules/catalogue';
export { SheetSource } from './engine/source';
export type { Lang, Bilingual } from './model/lang';
