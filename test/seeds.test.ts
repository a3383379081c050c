/** The five real appendices against the findings read off each table by hand (seeds/*.expected.json). */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateWorkbook } from '../core/engine/validate';
import { parseCellPerLine, parseMarkdown, parseTabbed, writeSeedWorkbook } from '../scripts/build-seeds';
import { SHARED_SEEDS_DIR, gridsOf, seedPath, seedWorkbooks } from './helpers/workbooks';

interface Expected {
  workbook: string;
  findings: Array<{ sheet: string; cell: string; code: string; severity: string; why: string }>;
}

const key = (f: { sheet: string; cell: string; code: string; severity: string }) => `${f.sheet}!${f.cell} ${f.code} ${f.severity}`;

describe('seed workbooks', () => {
  const names = seedWorkbooks();

  it('are all five', () => {
    expect(names).toHaveLength(5);
  });

  it.each(names)('%s gives exactly its expected findings', async (name) => {
    const expected: Expected = JSON.parse(readFileSync(seedPath(name.replace('.xlsx', '.expected.json')), 'utf8'));
    expect(expected.workbook).toBe(name);
    for (const f of expected.findings) expect(f.why.length).toBeGreaterThan(5);
    const report = validateWorkbook(await gridsOf(seedPath(name)));
    expect(report.findings.map(key).sort()).toEqual(expected.findings.map(key).sort());
  });
});

const shared = existsSync(SHARED_SEEDS_DIR) ? describe : describe.skip;

shared('the seed builder', () => {
  const cases: Array<[string, string, (t: string) => { titles: string[]; rows: unknown[][] }]> = [
    ['000_9dc728ae31be0994.txt', '000-dong-nai-skhcn-2026.xlsx', parseTabbed],
    ['001_47c691eb81eaec76.txt', '001-dong-nai-ubnd-1295.xlsx', parseTabbed],
    ['002_01bb209fa60ff27c.txt', '002-quang-ngai-skhcn-2025.xlsx', parseTabbed],
    ['003_dd888fed866e06a5.txt', '003-binh-duong-ubnd-1169.xlsx', parseCellPerLine],
    ['004_1474a8d58d960967.txt', '004-hcm-skhcn-2026.xlsx', parseMarkdown],
  ];
  it.each(cases)('rebuilds %s into the committed %s', async (src, out, parse) => {
    const sheet = parse(readFileSync(join(SHARED_SEEDS_DIR, src), 'utf8')) as Parameters<typeof writeSeedWorkbook>[0];
    const dir = mkdtempSync(join(tmpdir(), 'phuluc-seed-'));
    await writeSeedWorkbook(sheet, join(dir, out));
    const [rebuilt] = await gridsOf(join(dir, out));
    const [committed] = await gridsOf(seedPath(out));
    expect(rebuilt.rows).toEqual(committed.rows);
  });

  it('keeps 004’s repeated headers and 003’s two tables', () => {
    const s4 = parseMarkdown(readFileSync(join(SHARED_SEEDS_DIR, '004_1474a8d58d960967.txt'), 'utf8'));
    expect(s4.rows.filter((r) => r[0] === 'STT')).toHaveLength(8);
    const s3 = parseCellPerLine(readFileSync(join(SHARED_SEEDS_DIR, '003_dd888fed866e06a5.txt'), 'utf8'));
    expect(s3.rows.filter((r) => r[0] === 'TT' || r[0] === 'STT')).toHaveLength(2);
    expect(s3.rows.find((r) => r[0] === 'Ill')).toBeDefined();
  });
});
