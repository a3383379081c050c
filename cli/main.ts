/** `phuluc`: the command line. Every failure a person can cause ends in a clear message and exit 2. */
import { Command, CommanderError, Option } from 'commander';
import { parseIsoDate } from '../core/options';
import type { ValidateOptions } from '../core/rule';
import { UserError, checkGrids, readWorkbookFile, selectGrids, writeHighlightedCopy } from './check';
import { formatReport } from './format';
import { Lang, T } from './messages';
import { readUnitsFile } from './units';

interface ValidateFlags {
  sheet?: string;
  json?: boolean;
  lang: Lang;
  out?: string;
  planYear?: string;
  reportDate?: string;
  units?: string;
}

function langFromArgv(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  const v = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return v === 'en' ? 'en' : 'vi';
}

export async function optionsFromFlags(flags: ValidateFlags): Promise<ValidateOptions> {
  const options: ValidateOptions = {};
  if (flags.planYear !== undefined) {
    const n = Number(flags.planYear);
    if (!/^\d{4}$/.test(flags.planYear) || n < 1990 || n > 2100) throw new UserError(`${T.badPlanYear.vi}.`, `${T.badPlanYear.en}.`);
    options.planYear = n;
  }
  if (flags.reportDate !== undefined) {
    const d = parseIsoDate(flags.reportDate);
    if (!d) throw new UserError(`${T.badReportDate.vi}.`, `${T.badReportDate.en}.`);
    options.reportDate = d;
  }
  if (flags.units !== undefined) options.units = await readUnitsFile(flags.units);
  return options;
}

async function validateCommand(file: string, flags: ValidateFlags): Promise<number> {
  const options = await optionsFromFlags(flags);
  const wb = await readWorkbookFile(file);
  const grids = selectGrids(wb, flags.sheet);
  const report = checkGrids(grids, options);
  if (flags.out) await writeHighlightedCopy(wb, report, file, flags.out, flags.lang);
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ file, findings: report.findings, summary: report.summary }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatReport(file, report, flags.lang)}\n`);
    if (flags.out) process.stdout.write(`${flags.lang === 'en' ? T.wrote.en : T.wrote.vi}: ${flags.out}\n`);
  }
  return report.summary.error > 0 ? 1 : 0;
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('phuluc')
    .description('Kiểm tra bảng phụ lục nhiệm vụ (STT, chủ trì, phối hợp, thời gian) trong tệp .xlsx')
    .exitOverride()
    .configureOutput({ writeErr: () => undefined });
  program
    .command('validate')
    .description('Kiểm tra một tệp .xlsx và liệt kê các vấn đề (mã thoát 0: không có lỗi, 1: có lỗi, 2: không đọc được)')
    .argument('<file>', 'tệp .xlsx cần kiểm tra')
    .option('--sheet <name>', 'chỉ kiểm tra trang tính này')
    .option('--json', 'in kết quả dạng JSON')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'))
    .option('--out <file>', 'ghi bản sao có tô màu và ghi chú ở các ô có vấn đề')
    .option('--plan-year <year>', 'năm của kế hoạch')
    .option('--report-date <date>', 'ngày báo cáo (YYYY-MM-DD)')
    .option('--units <file>', 'danh mục đơn vị (JSON, .xlsx hoặc .csv)')
    .action(async (file: string, flags: ValidateFlags) => setExit(await validateCommand(file, flags)));
  return program;
}

export async function run(argv: string[]): Promise<number> {
  const lang = langFromArgv(argv);
  let code = 0;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`${e.text(lang)}\n`);
      return 2;
    }
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      if (e.code === 'commander.help') return 0;
      process.stderr.write(`${lang === 'en' ? T.usage.en : T.usage.vi}: ${e.message.replace(/^error: /, '')}\n`);
      process.stderr.write(`${program.helpInformation()}`);
      return 2;
    }
    process.stderr.write(`${lang === 'en' ? T.unexpected.en : T.unexpected.vi}. (${e instanceof Error ? e.message : String(e)})\n`);
    return 2;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
