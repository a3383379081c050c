/**
 * Commander's help in the user's language: headings (Usage:, Options:…), the [options]/[command]
 * words, "choices"/"default", and every description (written in Vietnamese in main.ts; English here).
 */
import { Command, CommanderError, Help } from 'commander';
import type { Lang } from './messages';

const TITLES: Record<string, { vi: string; en: string }> = {
  'Usage:': { vi: 'Cách dùng:', en: 'Usage:' },
  'Options:': { vi: 'Tùy chọn:', en: 'Options:' },
  'Commands:': { vi: 'Lệnh:', en: 'Commands:' },
  'Arguments:': { vi: 'Tham số:', en: 'Arguments:' },
  'Global Options:': { vi: 'Tùy chọn chung:', en: 'Global Options:' },
};

/** Descriptions as main.ts writes them (Vietnamese) → English. */
const ENGLISH: Record<string, string> = {
  'Kiểm tra bảng phụ lục nhiệm vụ (STT, chủ trì, phối hợp, thời gian) trong tệp .xlsx, .xls, .ods hoặc .csv':
    'Check a plan’s task appendix (numbering, lead and cooperating units, time frames) in an .xlsx, .xls, .ods or .csv file',
  'Kiểm tra một tệp và liệt kê các vấn đề (mã thoát 0: không có lỗi, 1: có lỗi, 2: không đọc được)':
    'Check a file and list its problems (exit 0: no errors, 1: errors, 2: cannot be read)',
  'tệp cần kiểm tra (.xlsx, .xls, .ods, .csv)': 'the file to check (.xlsx, .xls, .ods, .csv)',
  'chỉ kiểm tra trang tính này': 'check this sheet only',
  'in kết quả dạng JSON': 'print the result as JSON',
  'in cả mã quy tắc của từng vấn đề': 'also print each problem’s rule code',
  'ngôn ngữ thông báo': 'language of the messages',
  'ghi bản sao .xlsx có tô màu và ghi chú ở các ô có vấn đề': 'write an .xlsx copy with each problem cell filled and noted',
  'năm của kế hoạch': 'the plan’s year',
  'ngày báo cáo (YYYY-MM-DD)': 'report date (YYYY-MM-DD)',
  'ngày báo cáo (YYYY-MM-DD), mặc định hôm nay': 'report date (YYYY-MM-DD), today by default',
  'danh mục đơn vị (JSON, .xlsx hoặc .csv)': 'unit directory (JSON, .xlsx or .csv)',
  'Sửa những lỗi sửa được an toàn (tên đơn vị chuẩn, đơn vị kế thừa, gộp dòng bị ngắt trang, xóa tiêu đề lặp, NFC, khoảng trắng, mã HTML, số thứ tự) vào một tệp mới kèm nhật ký sửa lỗi':
    'Apply the safe fixes (canonical unit names, successor units, cut rows merged, repeated headers emptied, NFC, spaces, HTML, numbering) to a new file with a change log',
  'tệp cần sửa (không bị thay đổi)': 'the file to fix (never changed)',
  'tệp .xlsx mới để ghi bản đã sửa': 'the new .xlsx file for the fixed copy',
  'in nhật ký sửa dạng JSON': 'print the change log as JSON',
  'Tổng hợp các bản báo cáo đơn vị gửi về vào bảng tổng (ghi ra tệp mới, kèm trang tính “Tổng hợp”)':
    'Merge the returns units sent back into the master (written to a new file, with a “Tổng hợp” sheet)',
  'tệp bảng tổng (không bị thay đổi)': 'the master file (never changed)',
  'các tệp đơn vị gửi về; bỏ trống thì dùng các trang tính khác của bảng tổng': 'the files units sent back; none: the master’s other sheets',
  'tệp .xlsx mới để ghi kết quả tổng hợp': 'the new .xlsx file for the consolidated master',
  'đơn vị gửi một tệp (lặp lại được)': 'the unit that sent a file (repeatable)',
  'Tổng hợp tình hình của một bảng đã có cột tình trạng (đếm theo tình trạng, đơn vị, nhóm; nhiệm vụ quá hạn)':
    'Roll up a table that has a status column (counts by status, unit and group; overdue tasks)',
  'tệp bảng tính': 'the spreadsheet file',
  'xem hướng dẫn': 'show help',
  'năm hoặc giai đoạn của kế hoạch (2026 hoặc 2026-2030)': 'the plan’s year or span (2026 or 2026-2030)',
  'Liệt kê những gì công cụ hiểu được ở mỗi dòng nhóm, nhiệm vụ, nhiệm vụ con: số, đơn vị chủ trì và phối hợp, thời gian (từ ngày, đến ngày)':
    'List what the tool understood of each group, task and sub-task row: number, lead and cooperating units, time frame (from, to)',
  'tệp bảng tính (.xlsx, .xls, .ods, .csv)': 'the spreadsheet file (.xlsx, .xls, .ods, .csv)',
  'in dạng JSON': 'print as JSON',
  'in dạng CSV (UTF-8 có BOM, mở được bằng Excel)': 'print as CSV (UTF-8 with a BOM, opens in Excel)',
  'chỉ đọc trang tính này': 'read this sheet only',
  'xem hướng dẫn của một lệnh': 'show help for a command',
};

class LocalHelp extends Help {
  constructor(private readonly lang: Lang) {
    super();
  }
  override styleTitle(str: string): string {
    return TITLES[str]?.[this.lang] ?? str;
  }
  override styleUsage(str: string): string {
    return this.words(super.styleUsage(str));
  }
  override styleSubcommandTerm(str: string): string {
    return this.words(super.styleSubcommandTerm(str));
  }
  override styleDescriptionText(str: string): string {
    // "description (choices: "vi", "en", default: "vi")": the description, then commander's extras.
    const m = /^(.*?)(?: \(((?:choices|default|preset): .*)\))?$/s.exec(str)!;
    const own = this.lang === 'en' ? (ENGLISH[m[1]] ?? m[1]) : m[1];
    if (!m[2]) return own;
    const extra = this.lang === 'en' ? m[2] : m[2].replace(/\bchoices: /, 'chọn một trong: ').replace(/\bdefault: /, 'mặc định: ');
    return `${own} (${extra})`;
  }
  private words(s: string): string {
    if (this.lang === 'en') return s;
    return s
      .replace(/\[options\]/g, '[tùy chọn]')
      .replace(/\[command\]/g, '[lệnh]')
      .replace(/\[returns\.\.\.\]/g, '[báo-cáo...]');
  }
}

/** Gives the program and each of its commands help in `lang`. */
export function localizeHelp(program: Command, lang: Lang): void {
  for (const cmd of [program, ...program.commands]) {
    cmd.createHelp = () => Object.assign(new LocalHelp(lang), cmd.configureHelp());
  }
}

/** Commander's own error messages, said in the user's language (never its English text). */
export function commanderErrorText(e: CommanderError, lang: Lang): string {
  const quoted = [...e.message.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const allowed = /Allowed choices are (.*)\.$/.exec(e.message)?.[1];
  const [first = '', second = ''] = quoted;
  const texts: Record<string, { vi: string; en: string }> = {
    'commander.missingArgument': { vi: `Thiếu tham số ${first}`, en: `Missing argument ${first}` },
    'commander.unknownOption': { vi: `Không có tùy chọn ${first}`, en: `There is no option ${first}` },
    'commander.unknownCommand': { vi: `Không có lệnh ${first}`, en: `There is no command ${first}` },
    'commander.optionMissingArgument': { vi: `Tùy chọn ${first} cần một giá trị`, en: `Option ${first} needs a value` },
    'commander.invalidArgument': {
      vi: `Giá trị “${second}” không hợp lệ cho ${first}${allowed ? `; chỉ nhận: ${allowed}` : ''}`,
      en: `Value “${second}” is not valid for ${first}${allowed ? `; allowed: ${allowed}` : ''}`,
    },
    'commander.excessArguments': { vi: 'Thừa tham số', en: 'Too many arguments' },
    'commander.missingMandatoryOptionValue': { vi: `Cần tùy chọn ${first}`, en: `Option ${first} is required` },
    'commander.conflictingOption': {
      vi: `Hai tùy chọn không dùng cùng nhau được: ${first}, ${second}`,
      en: `Options ${first} and ${second} cannot be used together`,
    },
  };
  return (texts[e.code] ?? { vi: 'Lệnh không đúng cách dùng', en: 'The command is not used correctly' })[lang];
}
