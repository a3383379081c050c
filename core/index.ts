/** The public face of core, for hosts. */
export * from './grid';
export * from './finding';
export * from './header';
export * from './stt';
export * from './table';
export * from './text';
export * from './rule';
export * from './options';
export * from './validate';
export * from './editPlan';
export { rules, ruleByCode } from './rules';
export * from './timeFrame';
export * from './planPeriod';
export * from './wording';
