/**
 * The real-world corpus: fifteen published appendix tables (and one supplementary transcription), each
 * read into a sheet as an officer would keep it and validated. expected.json beside each table lists
 * every error and warning, read by hand, with why and whether it is a real defect. The test fails on
 * any error or warning not listed and on any listed one no longer found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateGrid } from '../../core/engine/validate';
import { CORPUS_DIR, corpusFolders, corpusGrid, isTaskRow, readCorpusTable, sheetRowOf } from './corpusGrid';

interface ExpectedFinding {
  cell: string;
  code: string;
  severity: 'error' | 'warning';
  /** A defect an officer would fix; false: a finding the validator should not give (counted in the README). */
  real: boolean;
  why: string;
}

interface Expected {
  table: string;
  findings: ExpectedFinding[];
  /** Real defects marked in notes.md that no finding reports, each with why. */
  notFound?: Array<{ what: string; why: string }>;
}

const key = (f: { cell: string; code: string; severity: string }) => `${f.cell} ${f.code} ${f.severity}`;
const isUnitCode = (code: string) => code.startsWith('unit.') || code.startsWith('lead.');
/** Tables 01–15 count; 16 is a third-party transcription kept as a supplement (INDEX.md). */
const counted = (folder: string) => !folder.startsWith('16-');

const folders = corpusFolders();

function expectedOf(folder: string): Expected {
  return JSON.parse(readFileSync(join(CORPUS_DIR, folder, 'expected.json'), 'utf8')) as Expected;
}

function run(folder: string) {
  const grid = corpusGrid(readCorpusTable(folder), folder);
  const { tables, findings } = validateGrid(grid);
  const tasks = tables.reduce((n, t) => n + t.rows.filter(isTaskRow).length, 0);
  return { tasks, findings: findings.filter((f) => f.severity !== 'info') };
}

describe('the real-world corpus', () => {
  it('has at least 12 counted tables, each with its source, notes and expected findings', () => {
    expect(folders.filter(counted).length).toBeGreaterThanOrEqual(12);
    for (const folder of folders) {
      for (const file of ['source.md', 'SOURCE.md', 'notes.md', 'expected.json']) expect(existsSync(join(CORPUS_DIR, folder, file))).toBe(true);
    }
  });

  it.each(folders)('%s gives exactly its expected errors and warnings', (folder) => {
    const expected = expectedOf(folder);
    expect(expected.table).toBe(folder);
    for (const f of expected.findings) {
      expect(typeof f.real).toBe('boolean');
      expect(f.why.length).toBeGreaterThan(15);
    }
    for (const n of expected.notFound ?? []) expect(n.why.length).toBeGreaterThan(15);
    const { findings } = run(folder);
    expect(findings.map(key).sort()).toEqual(expected.findings.map(key).sort());
  });

  it('gives at most one unit or lead error/warning per 20 tasks that is not a real defect', () => {
    let tasks = 0;
    let falseUnit = 0;
    for (const folder of folders.filter(counted)) {
      tasks += run(folder).tasks;
      falseUnit += expectedOf(folder).findings.filter((f) => !f.real && isUnitCode(f.code)).length;
    }
    expect(tasks).toBeGreaterThan(400);
    expect(falseUnit * 20).toBeLessThanOrEqual(tasks);
  });

  it('gives at most one error/warning per 20 tasks, from any rule, that is not a real defect (issue 14)', () => {
    let tasks = 0;
    let falseAll = 0;
    for (const folder of folders.filter(counted)) {
      tasks += run(folder).tasks;
      falseAll += expectedOf(folder).findings.filter((f) => !f.real).length;
    }
    expect(falseAll * 20).toBeLessThanOrEqual(tasks);
  });

  it('still finds the real unit defects the notes mark', () => {
    const realUnit = folders.flatMap((folder) => expectedOf(folder).findings.filter((f) => f.real && isUnitCode(f.code)));
    // Run-together names, words after a name, near misses, capitalisation, a lead also a partner.
    expect(realUnit.length).toBeGreaterThanOrEqual(90);
    for (const code of ['unit.unknown', 'unit.noncanonical', 'lead.also_cooperating']) expect(realUnit.some((f) => f.code === code)).toBe(true);
  });

  it('keeps the merges the page text lost: rowspan where PLACEMENT says so, group rows across the width', () => {
    const folder = folders.find((f) => f.startsWith('03-'))!;
    const table = readCorpusTable(folder);
    const grid = corpusGrid(table, folder);
    // Row 3, the second line of task A.1: STT, lead, partner and group merged down from row 2.
    const row3 = sheetRowOf(table, 3);
    for (const c of [1, 2, 3, 4]) expect(grid.merges).toContainEqual({ top: row3 - 1, left: c, bottom: row3 + 3, right: c });
    // Row 1, group “A.”: its title spans from the lead column to the last.
    expect(grid.merges).toContainEqual({ top: sheetRowOf(table, 1), left: 2, bottom: sheetRowOf(table, 1), right: 7 });
    // 09's sub-tasks with an empty STT of their own are placed but not merged.
    const f09 = folders.find((f) => f.startsWith('09-'))!;
    const t09 = readCorpusTable(f09);
    expect(corpusGrid(t09, f09).merges.some((m) => m.bottom > m.top && m.bottom === sheetRowOf(t09, 8))).toBe(false);
  });
});
