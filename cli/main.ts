/** `phuluc`: the command line. Every failure a person can cause ends in a clear message and exit 2. */
import { parseIsoDate, parseValidateOptions, type ValidateOptions } from '../core';
import { Command, CommanderError, Option } from 'commander';
import { UserError, checkGrids, readWorkbookFile, selectGrids, writeHighlightedCopy } from './check';
import { formatReport } from './format';
import { Lang, T } from './messages';
import { readUnitsFile } from './units';
import { fixCommand } from './fixCommand';
import { consolidateCommand, parseUnitOf, summaryCommand } from './consolidateCommand';

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
  // The schema is the last word on what enters core.
  return parseValidateOptions(options);
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
    process.stdout.write(`${formatReport(file, report, flags.lang, flags.codes)}\n`);
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
    .helpOption('-h, --help', 'xem hướng dẫn / show help')
    .helpCommand('help [lệnh]', 'xem hướng dẫn của một lệnh / help for a command')
    // Help asked for goes to stdout; commander's own English errors are replaced by ours below.
    .configureOutput({ writeOut: (t) => process.stdout.write(t), writeErr: () => undefined });
  program
    .command('validate')
    .description('Kiểm tra một tệp .xlsx và liệt kê các vấn đề (mã thoát 0: không có lỗi, 1: có lỗi, 2: không đọc được)')
    .argument('<file>', 'tệp .xlsx cần kiểm tra')
    .option('--sheet <name>', 'chỉ kiểm tra trang tính này')
    .option('--json', 'in kết quả dạng JSON')
    .option('--codes', 'in cả mã quy tắc của từng vấn đề')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'))
    .option('--out <file>', 'ghi bản sao có tô màu và ghi chú ở các ô có vấn đề')
    .option('--plan-year <year>', 'năm của kế hoạch')
    .option('--report-date <date>', 'ngày báo cáo (YYYY-MM-DD)')
    .option('--units <file>', 'danh mục đơn vị (JSON, .xlsx hoặc .csv)')
    .action(async (file: string, flags: ValidateFlags) => setExit(await validateCommand(file, flags)));
  program
    .command('fix')
    .description('Sửa những lỗi sửa được an toàn (tên đơn vị chuẩn, đơn vị kế thừa, gộp dòng bị ngắt trang, xóa tiêu đề lặp, NFC, khoảng trắng, mã HTML, số thứ tự) vào một tệp mới kèm nhật ký sửa lỗi')
    .argument('<file>', 'tệp .xlsx cần sửa (không bị thay đổi)')
    .requiredOption('--out <file>', 'tệp .xlsx mới để ghi bản đã sửa')
    .option('--units <file>', 'danh mục đơn vị (JSON, .xlsx hoặc .csv)')
    .option('--plan-year <year>', 'năm của kế hoạch')
    .option('--json', 'in nhật ký sửa dạng JSON')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'))
    .action(async (file: string, flags: ValidateFlags & { out: string }) =>
      setExit(await fixCommand(file, flags.out, await optionsFromFlags(flags), !!flags.json, flags.lang)),
    );
  program
    .command('consolidate')
    .description('Tổng hợp các bản báo cáo đơn vị gửi về vào bảng tổng (ghi ra tệp mới, kèm trang tính “Tổng hợp”)')
    .argument('<master>', 'tệp .xlsx bảng tổng (không bị thay đổi)')
    .argument('[returns...]', 'các tệp .xlsx đơn vị gửi về; bỏ trống thì dùng các trang tính khác của bảng tổng')
    .requiredOption('--out <file>', 'tệp .xlsx mới để ghi kết quả tổng hợp')
    .option('--json', 'in kết quả dạng JSON')
    .option('--report-date <date>', 'ngày báo cáo (YYYY-MM-DD), mặc định hôm nay')
    .option('--plan-year <year>', 'năm của kế hoạch')
    .option('--units <file>', 'danh mục đơn vị (JSON, .xlsx hoặc .csv)')
    .option('--unit-of <file=unit>', 'đơn vị gửi một tệp (lặp lại được)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'))
    .action(async (master: string, returns: string[], flags: ValidateFlags & { out: string; unitOf: string[] }) =>
      setExit(await consolidateCommand(master, returns, flags.out, await optionsFromFlags(flags), parseUnitOf(flags.unitOf), !!flags.json, flags.lang)),
    );
  program
    .command('summary')
    .description('Tổng hợp tình hình của một bảng đã có cột tình trạng (đếm theo tình trạng, đơn vị, nhóm; nhiệm vụ quá hạn)')
    .argument('<file>', 'tệp .xlsx')
    .option('--json', 'in kết quả dạng JSON')
    .option('--report-date <date>', 'ngày báo cáo (YYYY-MM-DD), mặc định hôm nay')
    .option('--plan-year <year>', 'năm của kế hoạch')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'))
    .action(async (file: string, flags: ValidateFlags) => setExit(await summaryCommand(file, await optionsFromFlags(flags), !!flags.json, flags.lang)));
  for (const c of program.commands) c.helpOption('-h, --help', 'xem hướng dẫn / show help');
  return program;
}

/** Commander's errors, said again in the user's language. */
export function usageMessage(e: CommanderError, lang: Lang): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const texts: Record<string, { vi: string; en: string }> = {
    'commander.missingArgument': { vi: 'Thiếu tên tệp .xlsx cần kiểm tra', en: 'The .xlsx file to check is missing' },
    'commander.unknownOption': { vi: `Không có tùy chọn ${quoted}`, en: `There is no option ${quoted}` },
    'commander.unknownCommand': { vi: `Không có lệnh ${quoted}`, en: `There is no command ${quoted}` },
    'commander.optionMissingArgument': { vi: `Tùy chọn ${quoted} cần một giá trị`, en: `Option ${quoted} needs a value` },
    'commander.invalidArgument': { vi: `Giá trị không hợp lệ: ${e.message.replace(/^error: /, '')}`, en: e.message.replace(/^error: /, '') },
    'commander.excessArguments': { vi: 'Thừa tham số: mỗi lần chỉ kiểm tra một tệp', en: 'Too many arguments: one file at a time' },
    'commander.missingMandatoryOptionValue': { vi: `Cần tùy chọn ${quoted}`, en: `Option ${quoted} is required` },
  };
  const m = texts[e.code] ?? { vi: e.message.replace(/^error: /, ''), en: e.message.replace(/^error: /, '') };
  return `${lang === 'en' ? T.usage.en : T.usage.vi}: ${m[lang]}.`;
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
    process.stderr.write(`${lang === 'en' ? T.unexpected.en : T.unexpected.vi}. (${e instanceof Error ? e.message : String(e)})\n`);
    return 2;
  }
}

if (require.main === module) {
  // Output piped into `head` may close early: stop quietly, it is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
