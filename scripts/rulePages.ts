/**
 * The page of every finding code, docs/rules/<code>.md, made from the catalogue (core/rules/catalogue.ts):
 * in Vietnamese, with an English section. `npm run docs:rules` writes them; test/docs/rulePages.test.ts
 * fails when a page is stale, missing or left over.
 */
import { CATALOGUE, SEVERITY_LABEL, type CodeMeta, type Lang } from '../core';

export const RULE_DOCS_DIR = 'docs/rules';

/** The file a code's page is in. */
export function pageFile(code: string): string {
  return `${code}.md`;
}

/** The rule module of a code: the code in camelCase (stt.duplicate → sttDuplicate). */
export function ruleFileOf(code: string): string {
  return code.replace(/[._]([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Text set in Markdown as written: tags and entities in messages (<p>, &amp;) are shown, not read. */
function md(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, ' ');
}

const T = {
  severity: { vi: 'Mức', en: 'Severity' },
  kind: { vi: 'Loại', en: 'Kind' },
  fix: { vi: 'Sửa tự động', en: 'Fix' },
  checks: { vi: 'Kiểm tra gì', en: 'What it checks' },
  messages: { vi: 'Thông báo', en: 'Messages' },
  action: { vi: 'Nên làm gì', en: 'What to do' },
  rule: {
    vi: 'quy tắc kiểm tra bảng (`phuluc validate`, bảng điều khiển trong Excel và Google Sheets)',
    en: 'a check of the table (`phuluc validate`, the Excel and Google Sheets panes)',
  },
  consolidation: { vi: 'tổng hợp báo cáo (`phuluc consolidate`, `phuluc summary`)', en: 'consolidation (`phuluc consolidate`, `phuluc summary`)' },
  safe: { vi: 'có, an toàn: `phuluc fix` và nút “Sửa” sửa không cần hỏi thêm', en: 'yes, safe: `phuluc fix` and the “Fix” buttons apply it unasked' },
  suggestion: { vi: 'gợi ý: thông báo nêu cách sửa, chỉ áp dụng khi bạn chọn', en: 'a suggestion: the message says how, applied only when you choose it' },
  none: { vi: 'không', en: 'no' },
  placeholders: {
    vi: '`{{…}}` là phần thay bằng nội dung của ô (tên đơn vị, số thứ tự, số dòng…).',
    en: '`{{…}}` stands for what the cell holds (a unit name, a number, a row…).',
  },
};

function section(c: CodeMeta, lang: Lang, level: string): string[] {
  const fix = c.fix === 'safe' ? T.safe : c.fix === 'suggestion' ? T.suggestion : T.none;
  const lines = [
    `| | |`,
    `| --- | --- |`,
    `| ${T.severity[lang]} | ${SEVERITY_LABEL[c.severity][lang]} (\`${c.severity}\`) |`,
    `| ${T.kind[lang]} | ${c.kind === 'rule' ? T.rule[lang] : T.consolidation[lang]} |`,
    `| ${T.fix[lang]} | ${fix[lang]} |`,
    '',
    `${level} ${T.checks[lang]}`,
    '',
    md(c.docs.description[lang]),
    '',
    `${level} ${T.messages[lang]}`,
    '',
    ...Object.entries(c.messages).map(([id, m]) => `- \`${id}\`: ${md(m[lang])}`),
  ];
  if (Object.values(c.messages).some((m) => m[lang].includes('{{'))) lines.push('', T.placeholders[lang]);
  lines.push('', `${level} ${T.action[lang]}`, '', md(c.docs.action[lang]));
  return lines;
}

/** The page of one code. */
export function rulePage(c: CodeMeta): string {
  const source = c.kind === 'rule' ? `core/rules/${ruleFileOf(c.code)}.ts` : 'core/rules/catalogue.ts';
  return [
    `# \`${c.code}\` — ${md(c.docs.title.vi)}`,
    '',
    `<!-- Sinh tự động từ ${source} bằng \`npm run docs:rules\`; đừng sửa tay. Generated from ${source} by \`npm run docs:rules\`; do not edit. -->`,
    '',
    ...section(c, 'vi', '##'),
    '',
    `## English: ${md(c.docs.title.en)}`,
    '',
    ...section(c, 'en', '###'),
    '',
  ].join('\n');
}

/** Every page, by file name. */
export function rulePages(): Map<string, string> {
  return new Map(CATALOGUE.map((c) => [pageFile(c.code), rulePage(c)]));
}
