/** docs/rules/<code>.md are generated: a stale, missing or left-over page fails here. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from '../../core/rules/catalogue';
import { rules } from '../../core/rules';
import { RULE_DOCS_DIR, ruleFileOf, rulePages } from '../../scripts/rulePages';

const root = join(__dirname, '..', '..');
const dir = join(root, RULE_DOCS_DIR);
const pages = rulePages();
const RUN = 'docs/rules is out of date or missing a page: run npm run docs:rules';

it('has one page per code, and no other', () => {
  const onDisk = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
  const same = JSON.stringify(onDisk.sort()) === JSON.stringify([...pages.keys()].sort());
  // The failure says what to run.
  expect(same ? 'current' : `${RUN} (on disk: ${onDisk.length}, expected: ${pages.size})`).toBe('current');
  expect(pages.size).toBe(CATALOGUE.length);
});

it.each([...pages.keys()])('%s is as generated', (file) => {
  const onDisk = existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : '';
  expect(onDisk === pages.get(file) ? 'current' : RUN).toBe('current');
});

it('a page is in Vietnamese with an English section: title, severity, what it checks, messages, fix, what to do', () => {
  for (const c of CATALOGUE) {
    const page = pages.get(`${c.code}.md`)!;
    expect(page).toContain(`# \`${c.code}\` — ${c.docs.title.vi}`);
    for (const heading of [
      '## Kiểm tra gì',
      '## Nên làm gì',
      `## English: ${c.docs.title.en}`,
      '### What it checks',
      '### What to do',
      '| Sửa tự động |',
      '| Fix |',
    ])
      expect(page).toContain(heading);
    expect(page.indexOf('## Kiểm tra gì')).toBeLessThan(page.indexOf('## English'));
  }
  expect(pages.get('unit.noncanonical.md')).toContain('| Fix | yes, safe');
  expect(pages.get('time.style.md')).toContain('| Fix | a suggestion');
  expect(pages.get('stt.gap.md')).toContain('| Fix | no |');
  // Markup in a description is shown, not read as HTML.
  expect(pages.get('text.markup.md')).toContain('&lt;p&gt;');
});

it('each rule is the one file named after its code (stt.duplicate → core/rules/sttDuplicate.ts)', () => {
  for (const r of rules) {
    const file = join(root, 'core', 'rules', `${ruleFileOf(r.meta.code)}.ts`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`code: '${r.meta.code}'`);
  }
  // No other rule modules: helpers live in core/rules/support/.
  const modules = readdirSync(join(root, 'core', 'rules')).filter((f) => f.endsWith('.ts'));
  const expected = [...rules.map((r) => `${ruleFileOf(r.meta.code)}.ts`), 'index.ts', 'catalogue.ts', 'titles.ts'];
  expect(modules.sort()).toEqual(expected.sort());
});
