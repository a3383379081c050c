/** The README is the catalogue people read: it must list exactly the codes the registry has. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../core/rules';
import { CONSOLIDATION_CODES } from '../core/consolidate/merge';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

it('lists every finding code once, and no code that does not exist', () => {
  const listed = [...readme.matchAll(/^\| `([a-z_]+\.[a-z_]+)` \|/gm)].map((m) => m[1]);
  expect([...listed].sort()).toEqual([...rules.map((r) => r.meta.code), ...CONSOLIDATION_CODES].sort());
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
