/** `phuluc`: the command line. Every failure a person can cause ends in a clear message and exit 2. */
import { parseIsoDate, parsePlanYears, parseValidateOptions, type ValidateOptions } from '../core';
import { Command, CommanderError, Option } from 'commander';
import { checkGrids, conversionNote, readWorkbookFile, selectGrids, UserError, writeHighlightedCopy } from './check';
import { checkOutput } from './outputPath';
import { formatReport } from './format';
import { Lang, T } from './messages';
import { readUnitsFile } from './units';
import { fixCommand } from './fixCommand';
import { consolidateCommand, parseUnitOf, summaryCommand } from './consolidateCommand';
import { tasksCommand } from './tasksCommand';
import { commanderErrorText, localizeHelp } from './helpText';

interface ValidateFlags {
  sheet?: string;
  json?: boolean;
  codes?: boolean;
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
    const years = parsePlanYears(flags.planYear);
    if (!years) throw new UserError(`${T.badPlanYear.vi}.`, `${T.badPlanYear.en}.`);
    options.planYear = years.from;
    if (years.to !== years.from) options.planEndYear = years.to;
  }
  if (flags.reportDate !== undefined) {
    const d = parseIsoDate(flags.reportDate);
    if (!d) throw new UserError(`${T.badReportDate.vi}.`, `${T.badReportDate.en}.`);
    options.reportDate = d;
  }
  if (flags.units !== undefined) options.units = await readUnitsFile(flags.units);
  // The schema is the last word on what enters core.
  return parseValidateOptions(options);
}

async function validateCommand(file: string, flags: ValidateFlags): Promise<number> {
  const inputs = [file, ...(flags.units ? [flags.units] : [])];
  // A wrong --out is refused before any reading (including --out "").
  if (flags.out !== undefined) await checkOutput(flags.out, inputs);
  const options = await optionsFromFlags(flags);
  const wb = await readWorkbookFile(file);
  const grids = selectGrids(wb, flags.sheet);
  const report = checkGrids(grids, options);
  if (flags.out !== undefined) {
    await writeHighlightedCopy(wb, report, inputs, flags.out, flags.lang);
    const note = conversionNote(wb, flags.out, flags.lang);
    if (note) process.stderr.write(`${note}\n`);
  }
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ file, findings: report.findings, summary: report.summary }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatReport(file, report, flags.lang, flags.codes)}\n`);
    if (flags.out !== undefined) process.stdout.write(`${flags.lang === 'en' ? T.wrote.en : T.wrote.vi}: ${flags.out}\n`);
  }
  return report.summary.error > 0 ? 1 : 0;
}

export function buildProgram(setExit: (code: number) => void, lang: Lang = 'vi'): Command {
  const program = new Command();
  program
    .name('phuluc')
    .description('Kiểm tra bảng phụ lục nhiệm vụ (STT, chủ trì, phối hợp, thời gian) trong tệp .xlsx, .xls, .ods hoặc .csv')
    .exitOverride()
    .helpOption('-h, --help', 'xem hướng dẫn')
    .helpCommand('help [lệnh]', 'xem hướng dẫn của một lệnh')
    // Help asked for goes to stdout; commander's own English errors are replaced by ours below.
    .configureOutput({ writeOut: (t) => process.stdout.write(t), writeErr: () => undefined });
  program
    .command('validate')
    .description('Kiểm tra một tệp và liệt kê các vấn đề (mã thoát 0: không có lỗi, 1: có lỗi, 2: không đọc được)')
    .argument('<tệp>', 'tệp cần kiểm tra (.xlsx, .xls, .ods, .csv)')
    .option('--sheet <tên>', 'chỉ kiểm tra trang tính này')
    .option('--json', 'in kết quả dạng JSON')
    .option('--codes', 'in cả mã quy tắc của từng vấn đề')
    .addOption(new Option('--lang <ngôn-ngữ>', 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'))
    .option('--out <tệp.xlsx>', 'ghi bản sao .xlsx có tô màu và ghi chú ở các ô có vấn đề')
    .option('--plan-year <năm>', 'năm hoặc giai đoạn của kế hoạch (2026 hoặc 2026-2030)')
    .option('--report-date <ngày>', 'ngày báo cáo (YYYY-MM-DD)')
    .option('--units <tệp>', 'danh mục đơn vị (JSON, .xlsx hoặc .csv)')
    .action(async (file: string, flags: ValidateFlags) => setExit(await validateCommand(file, flags)));
  program
    .command('fix')
    .description(
      'Sửa những lỗi sửa được an toàn (tên đơn vị chuẩn, đơn vị kế thừa, gộp dòng bị ngắt trang, xóa tiêu đề lặp, NFC, khoảng trắng, mã HTML, số thứ tự) vào một tệp mới kèm nhật ký sửa lỗi',
    )
    .argument('<tệp>', 'tệp cần sửa (không bị thay đổi)')
    .requiredOption('--out <tệp.xlsx>', 'tệp .xlsx mới để ghi bản đã sửa')
    .option('--units <tệp>', 'danh mục đơn vị (JSON, .xlsx hoặc .csv)')
    .option('--plan-year <năm>', 'năm hoặc giai đoạn của kế hoạch (2026 hoặc 2026-2030)')
    .option('--json', 'in nhật ký sửa dạng JSON')
    .addOption(new Option('--lang <ngôn-ngữ>', 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'))
    .action(async (file: string, flags: ValidateFlags & { out: string }) =>
      setExit(await fixCommand(file, flags.out, await optionsFromFlags(flags), !!flags.json, flags.lang, flags.units ? [flags.units] : [])),
    );
  program
    .command('consolidate')
    .description('Tổng hợp các bản báo cáo đơn vị gửi về vào bảng tổng (ghi ra tệp mới, kèm trang tính “Tổng hợp”)')
    .argument('<bảng-tổng>', 'tệp bảng tổng (không bị thay đổi)')
    .argument('[báo-cáo...]', 'các tệp đơn vị gửi về; bỏ trống thì dùng các trang tính khác của bảng tổng')
    .requiredOption('--out <tệp.xlsx>', 'tệp .xlsx mới để ghi kết quả tổng hợp')
    .option('--json', 'in kết quả dạng JSON')
    .option('--report-date <ngày>', 'ngày báo cáo (YYYY-MM-DD), mặc định hôm nay')
    .option('--plan-year <năm>', 'năm hoặc giai đoạn của kế hoạch (2026 hoặc 2026-2030)')
    .option('--units <tệp>', 'danh mục đơn vị (JSON, .xlsx hoặc .csv)')
    .option('--unit-of <tệp=đơn-vị>', 'đơn vị gửi một tệp (lặp lại được)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--lang <ngôn-ngữ>', 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'))
    .action(async (master: string, returns: string[], flags: ValidateFlags & { out: string; unitOf: string[] }) =>
      setExit(
        await consolidateCommand(
          master,
          returns,
          flags.out,
          await optionsFromFlags(flags),
          parseUnitOf(flags.unitOf),
          !!flags.json,
          flags.lang,
          flags.units ? [flags.units] : [],
        ),
      ),
    );
  program
    .command('summary')
    .description('Tổng hợp tình hình của một bảng đã có cột tình trạng (đếm theo tình trạng, đơn vị, nhóm; nhiệm vụ quá hạn)')
    .argument('<tệp>', 'tệp bảng tính')
    .option('--json', 'in kết quả dạng JSON')
    .option('--report-date <ngày>', 'ngày báo cáo (YYYY-MM-DD), mặc định hôm nay')
    .option('--plan-year <năm>', 'năm hoặc giai đoạn của kế hoạch (2026 hoặc 2026-2030)')
    .addOption(new Option('--lang <ngôn-ngữ>', 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'))
    .action(async (file: string, flags: ValidateFlags) => setExit(await summaryCommand(file, await optionsFromFlags(flags), !!flags.json, flags.lang)));
  program
    .command('tasks')
    .description('Liệt kê những gì công cụ hiểu được ở mỗi dòng nhóm, nhiệm vụ, nhiệm vụ con: số, đơn vị chủ trì và phối hợp, thời gian (từ ngày, đến ngày)')
    .argument('<tệp>', 'tệp bảng tính (.xlsx, .xls, .ods, .csv)')
    .option('--json', 'in dạng JSON')
    .option('--csv', 'in dạng CSV (UTF-8 có BOM, mở được bằng Excel)')
    .option('--sheet <tên>', 'chỉ đọc trang tính này')
    .option('--plan-year <năm>', 'năm hoặc giai đoạn của kế hoạch (2026 hoặc 2026-2030)')
    .option('--units <tệp>', 'danh mục đơn vị (JSON, .xlsx hoặc .csv)')
    .addOption(new Option('--lang <ngôn-ngữ>', 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'))
    .action(async (file: string, flags: ValidateFlags & { csv?: boolean }) => {
      if (flags.json && flags.csv) throw new UserError(`${T.tasksBothFormats.vi}.`, `${T.tasksBothFormats.en}.`);
      const format = flags.json ? 'json' : flags.csv ? 'csv' : 'text';
      setExit(await tasksCommand(file, flags.sheet, await optionsFromFlags(flags), format, flags.lang));
    });
  for (const c of program.commands) c.helpOption('-h, --help', 'xem hướng dẫn');
  localizeHelp(program, lang);
  return program;
}

/** Commander's errors, said again in the user's language. */
export function usageMessage(e: CommanderError, lang: Lang): string {
  return `${lang === 'en' ? T.usage.en : T.usage.vi}: ${commanderErrorText(e, lang)}.`;
}

export async function run(argv: string[]): Promise<number> {
  const lang = langFromArgv(argv);
  let code = 0;
  const program = buildProgram((c) => (code = c), lang);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`${e.text(lang)}\n`);
      return 2;
    }
    if (e instanceof CommanderError) {
      // "help fix" shows the command's help (on stdout) and ends with exit code 0.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || (e.code === 'commander.help' && e.exitCode === 0)) return 0;
      const sub = program.commands.find((c) => c.name() === argv[0]);
      const help = (sub ?? program).helpInformation();
      if (e.code === 'commander.help') {
        // No command at all: say how to use it, and do not pretend something was checked.
        process.stderr.write(help);
        return 2;
      }
      process.stderr.write(`${usageMessage(e, lang)}\n\n${help}`);
      return 2;
    }
    // The program's own error text helps a developer, not an officer: only on request (PHULUC_DEBUG=1).
    const detail = process.env.PHULUC_DEBUG === '1' ? ` (${e instanceof Error ? (e.stack ?? e.message) : String(e)})` : '';
    process.stderr.write(`${lang === 'en' ? T.unexpected.en : T.unexpected.vi}.${detail}\n`);
    return 2;
  }
}

if (require.main === module) {
  // Output piped into `head` may close early: stop quietly, it is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
