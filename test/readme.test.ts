/** The README is the catalogue people read: it must list exactly the codes the registry has, each linked to its page. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../core/rules';
import { CONSOLIDATION_CODES } from '../core/consolidate/merge';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
const rows = [...readme.matchAll(/^\| \[`([a-z_]+\.[a-z_]+)`\]\(([^)]*)\) \|/gm)];

it('lists every finding code once, and no code that does not exist', () => {
  const listed = rows.map((m) => m[1]);
  expect([...listed].sort()).toEqual([...rules.map((r) => r.meta.code), ...CONSOLIDATION_CODES].sort());
});

it('links every code of the table to its page in docs/rules/, and the page is there', () => {
  // A code cell without its link would not match the rows above: none may be left.
  expect(readme.match(/^\| `[a-z_]+\.[a-z_]+` \|/gm)).toBeNull();
  for (const [, code, link] of rows) {
    expect(link).toBe(`docs/rules/${code}.md`);
    expect(existsSync(join(__dirname, '..', link))).toBe(true);
  }
});

it('shows the two set-up commands', () => {
  expect(readme).toContain('npm ci && npm start');
  expect(readme).toContain('npm test');
});

it('every rule code is stable-looking and unique', () => {
  const codes = rules.map((r) => r.meta.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const c of codes) expect(c).toMatch(/^[a-z]+\.[a-z_]+$/);
});
