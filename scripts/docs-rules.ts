/** `npm run docs:rules`: writes docs/rules/<code>.md for every code, and removes pages of codes gone. */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_DOCS_DIR, rulePages } from './rulePages';

const dir = join(process.cwd(), RULE_DOCS_DIR);
mkdirSync(dir, { recursive: true });
const pages = rulePages();
let written = 0;
for (const [file, text] of pages) {
  const path = join(dir, file);
  let old: string | undefined;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    old = undefined;
  }
  if (old === text) continue;
  writeFileSync(path, text);
  written++;
}
let removed = 0;
for (const file of readdirSync(dir)) {
  if (file.endsWith('.md') && !pages.has(file)) {
    rmSync(join(dir, file));
    removed++;
  }
}
console.log(`docs/rules: ${pages.size} pages, ${written} written, ${removed} removed`);
