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
import { messagesFor } from '../i18n';

/** Help is declared in Vietnamese; localizeHelp says it in the user's language. */
const HELP = messagesFor('vi').help;

/** Every command's --lang. */
const langOption = () => new Option('--lang <ngôn-ngữ>', HELP.lang).choices(['vi', 'en']).default('vi');

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
    if (flags.out !== undefined) process.stdout.write(`${T.wrote[flags.lang === 'en' ? 'en' : 'vi']}: ${flags.out}\n`);
  }
  return report.summary.error > 0 ? 1 : 0;
}

export function buildProgram(setExit: (code: number) => void, lang: Lang = 'vi'): Command {
  const program = new Command();
  program
    .name('phuluc')
    .description(HELP.program)
    .exitOverride()
    .helpOption('-h, --help', HELP.help)
    .helpCommand('help [lệnh]', HELP.helpCommand)
    // Help asked for goes to stdout; commander's own English errors are replaced by ours below.
    .configureOutput({ writeOut: (t) => process.stdout.write(t), writeErr: () => undefined });
  program
    .command('validate')
    .description(HELP.validate)
    .argument('<tệp>', HELP.fileToCheck)
    .option('--sheet <tên>', HELP.sheet)
    .option('--json', HELP.json)
    .option('--codes', HELP.codes)
    .addOption(langOption())
    .option('--out <tệp.xlsx>', HELP.out)
    .option('--plan-year <năm>', HELP.planYear)
    .option('--report-date <ngày>', HELP.reportDate)
    .option('--units <tệp>', HELP.units)
    .action(async (file: string, flags: ValidateFlags) => setExit(await validateCommand(file, flags)));
  program
    .command('fix')
    .description(HELP.fix)
    .argument('<tệp>', HELP.fileToFix)
    .requiredOption('--out <tệp.xlsx>', HELP.fixOut)
    .option('--units <tệp>', HELP.units)
    .option('--plan-year <năm>', HELP.planYear)
    .option('--json', HELP.logJson)
    .addOption(langOption())
    .action(async (file: string, flags: ValidateFlags & { out: string }) =>
      setExit(await fixCommand(file, flags.out, await optionsFromFlags(flags), !!flags.json, flags.lang, flags.units ? [flags.units] : [])),
    );
  program
    .command('consolidate')
    .description(HELP.consolidate)
    .argument('<bảng-tổng>', HELP.master)
    .argument('[báo-cáo...]', HELP.returns)
    .requiredOption('--out <tệp.xlsx>', HELP.consolidateOut)
    .option('--json', HELP.json)
    .option('--report-date <ngày>', HELP.reportDateToday)
    .option('--plan-year <năm>', HELP.planYear)
    .option('--units <tệp>', HELP.units)
    .option('--unit-of <tệp=đơn-vị>', HELP.unitOf, (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(langOption())
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
    .description(HELP.summary)
    .argument('<tệp>', HELP.spreadsheet)
    .option('--json', HELP.json)
    .option('--report-date <ngày>', HELP.reportDateToday)
    .option('--plan-year <năm>', HELP.planYear)
    .addOption(langOption())
    .action(async (file: string, flags: ValidateFlags) => setExit(await summaryCommand(file, await optionsFromFlags(flags), !!flags.json, flags.lang)));
  program
    .command('tasks')
    .description(HELP.tasks)
    .argument('<tệp>', HELP.anySpreadsheet)
    .option('--json', HELP.tasksJson)
    .option('--csv', HELP.tasksCsv)
    .option('--sheet <tên>', HELP.readSheet)
    .option('--plan-year <năm>', HELP.planYear)
    .option('--units <tệp>', HELP.units)
    .addOption(langOption())
    .action(async (file: string, flags: ValidateFlags & { csv?: boolean }) => {
      if (flags.json && flags.csv) throw new UserError(`${T.tasksBothFormats.vi}.`, `${T.tasksBothFormats.en}.`);
      const format = flags.json ? 'json' : flags.csv ? 'csv' : 'text';
      setExit(await tasksCommand(file, flags.sheet, await optionsFromFlags(flags), format, flags.lang));
    });
  for (const c of program.commands) c.helpOption('-h, --help', HELP.help);
  localizeHelp(program, lang);
  return program;
}

/** Commander's errors, said again in the user's language. */
export function usageMessage(e: CommanderError, lang: Lang): string {
  return `${T.usage[lang]}: ${commanderErrorText(e, lang)}.`;
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
    process.stderr.write(`${T.unexpected[lang]}.${detail}\n`);
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
