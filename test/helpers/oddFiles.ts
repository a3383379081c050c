/**
 * A corpus of unusual inputs, made at test time in a temporary folder (no binaries checked in):
 * links to an output, devices, folders, pipes, a sparse 101 MB file, whole-column validations, a
 * million styled empty rows, real .xls/.ods/.csv written by SheetJS, CSV in three encodings and two
 * separators, damaged zips, an encrypted OLE container, files that are no spreadsheet at all.
 * `npm run corpus -- DIR` (bench/oddCorpus.ts) writes the same files for measuring by hand.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue, Grid } from '../../core/model/grid';
import { writeWithSheetJs } from '../../xlsx/sheetjs';

export const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'Tình trạng'];

/** A small appendix with findings of several kinds (a duplicate number, a noncanonical unit, NFD). */
export const APPENDIX: CellValue[][] = [
  ['KẾ HOẠCH NĂM 2026'],
  [],
  HEADER,
  ['I', 'Tuyên truyền, phổ biến', null, null, null, null],
  [1, 'Tổ chức hội nghị tập huấn về tiêu chuẩn', 'Sở KH&CN', 'Sở Y tế', 'Quý II/2026', 'Hoàn thành'],
  [2, 'Kiểm tra đo lường xăng dầu trên địa bàn', 'Sở Công Thương', null, 'Quý III/2026', 'Đang thực hiện'],
  [2, 'Khảo sát chất lượng hàng hóa', 'Sở Y tế', null, 'Năm 2026', 'Chưa thực hiện'],
  ['II', 'Ứng dụng công nghệ', null, null, null, null],
  [1, 'Xây dựng cơ sở dữ liệu đo lường'.normalize('NFD'), 'Sở Khoa học và Công nghệ', null, 'Quý IV/2026', null],
];

export const grid = (rows: CellValue[][] = APPENDIX, name = 'Phụ lục'): Grid => ({ name, rows, merges: [] });

export async function xlsxBytes(rows: CellValue[][] = APPENDIX, edit?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue)));
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Rewrites the first worksheet's XML inside an .xlsx. */
async function withSheetXml(bytes: Buffer, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const name = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet1\.xml$/.test(n))!;
  zip.file(name, edit(await zip.file(name)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A status drop-down, then widened in the XML to `sqref` (ExcelJS itself could not write it fast). */
export async function validationXlsx(sqref: string): Promise<Buffer> {
  const bytes = await xlsxBytes(APPENDIX, (ws) => {
    (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('F4:F5', {
      type: 'list',
      allowBlank: true,
      formulae: ['"Hoàn thành,Đang thực hiện,Chưa thực hiện"'],
    });
  });
  return withSheetXml(bytes, (xml) => xml.replace(/sqref="F4:F5"/, `sqref="${sqref}"`));
}

/** The appendix followed by `count` formatted empty rows, written straight into the sheet XML. */
export async function styledEmptyRowsXlsx(count: number): Promise<Buffer> {
  const bytes = await xlsxBytes(APPENDIX, (ws) => {
    ws.getCell('A20').style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } };
  });
  return withSheetXml(bytes, (xml) => {
    const s = /<c r="A20" s="(\d+)"/.exec(xml)?.[1] ?? '0';
    const parts: string[] = [];
    for (let r = 21; r < 21 + count; r++)
      parts.push(`<row r="${r}" s="${s}" customFormat="1" ht="15" customHeight="1"><c r="A${r}" s="${s}"/><c r="B${r}" s="${s}"/></row>`);
    return xml.replace('</sheetData>', `${parts.join('')}</sheetData>`).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:F${20 + count}"/>`);
  });
}

/** Text in Windows-1258 the way Windows writes it: base letters (ă â ê ô ơ ư đ precomposed) and combining tone marks. */
export function encode1258(text: string): Buffer {
  const table = new Map<string, number>();
  const dec = new TextDecoder('windows-1258');
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(Uint8Array.of(b));
    if (ch !== '\ufffd' && !table.has(ch)) table.set(ch, b);
  }
  const out: number[] = [];
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  for (const ch of text.normalize('NFC')) {
    const d = ch.normalize('NFD');
    const tones = d.match(TONES) ?? [];
    const letter = d.replace(TONES, '').normalize('NFC');
    for (const c of [letter, ...tones]) {
      const b = table.get(c);
      if (b === undefined) throw new Error(`not in Windows-1258: ${ch}`);
      out.push(b);
    }
  }
  return Buffer.from(out);
}

export function csvText(rows: CellValue[][], sep = ','): string {
  const cell = (v: CellValue) => {
    const s = v === null ? '' : v instanceof Date ? v.toISOString() : typeof v === 'object' ? v.error : String(v);
    return /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(sep)).join('\r\n') + '\r\n';
}

/** An OLE compound file whose directory names an EncryptedPackage stream: how Office stores an .xlsx with a password. */
export function encryptedOle(): Buffer {
  const buf = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  buf.write('Root Entry', 1024, 'utf16le');
  buf.write('EncryptionInfo', 1152, 'utf16le');
  buf.write('EncryptedPackage', 1280, 'utf16le');
  return buf;
}

export interface OddFiles {
  dir: string;
  appendix: string;
  [name: string]: string;
}

/** Writes the corpus into `dir` and returns each file's path by name. */
export async function buildOddFiles(dir: string, opts: { styledRows?: number; sparse?: boolean } = {}): Promise<OddFiles> {
  mkdirSync(dir, { recursive: true });
  const at = (name: string) => join(dir, name);
  const files: OddFiles = { dir, appendix: at('phu-luc.xlsx') };
  const put = (key: string, name: string, bytes: Buffer | Uint8Array | string) => {
    writeFileSync(at(name), bytes);
    files[key] = at(name);
  };
  const appendix = await xlsxBytes();
  put('appendix', 'phu-luc.xlsx', appendix);

  // Names that lead to the output file.
  put('target', 'ket-qua.xlsx', appendix);
  symlinkSync(at('ket-qua.xlsx'), at('lien-ket.xlsx'));
  files.symlink = at('lien-ket.xlsx');
  linkSync(at('ket-qua.xlsx'), at('lien-ket-cung.xlsx'));
  files.hardlink = at('lien-ket-cung.xlsx');

  // Not regular files.
  files.devZero = '/dev/zero';
  mkdirSync(at('thu-muc.xlsx'), { recursive: true });
  files.folder = at('thu-muc.xlsx');
  try {
    execFileSync('mkfifo', [at('ong-dan.xlsx')]);
    files.fifo = at('ong-dan.xlsx');
  } catch {
    // no mkfifo here: the FIFO case is skipped
  }
  if (opts.sparse !== false) {
    // 101 MB that take no disk: the size is all that is looked at.
    const fd = openSync(at('qua-lon.xlsx'), 'w');
    closeSync(fd);
    execFileSync('truncate', ['-s', '101M', at('qua-lon.xlsx')]);
    files.tooLarge = at('qua-lon.xlsx');
  }

  // Workbooks ExcelJS alone would not finish.
  put('wholeColumn', 'xac-thuc-ca-cot.xlsx', await validationXlsx('F:F'));
  put('tableColumns', 'xac-thuc-bang.xlsx', await validationXlsx('A6:H1048576'));
  put('wholeSheet', 'xac-thuc-ca-trang.xlsx', await validationXlsx('A1:XFD1048576'));
  put(
    'conditional',
    'dinh-dang-dieu-kien.xlsx',
    await withSheetXml(appendix, (xml) =>
      xml.replace(
        '</sheetData>',
        '</sheetData><conditionalFormatting sqref="A1:XFD1048576"><cfRule type="containsBlanks" priority="1"><formula>LEN(TRIM(A1))=0</formula></cfRule></conditionalFormatting>',
      ),
    ),
  );
  put('millionRows', 'trieu-dong.xlsx', await styledEmptyRowsXlsx(opts.styledRows ?? 1_000_000));
  const long = 'phát triển khoa học công nghệ địa phương '.repeat(800).slice(0, 32_767);
  put('longUnitCell', 'o-dai.xlsx', await xlsxBytes([...APPENDIX, [2, 'Việc có ô chủ trì rất dài', long, null, 'Quý IV/2026', null]]));
  put('deepHeader', 'tieu-de-sau.xlsx', await xlsxBytes([...Array.from({ length: 150 }, (_, i) => [`Ghi chú ${i + 1}`]), ...APPENDIX]));

  // Other formats, made by SheetJS's own writer.
  put('xls', 'phu-luc.xls', writeWithSheetJs([grid()], 'xls'));
  put('ods', 'phu-luc.ods', writeWithSheetJs([grid()], 'ods'));
  put('csvUtf8', 'phu-luc.csv', csvText(APPENDIX));
  put('csvBom', 'phu-luc-bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(APPENDIX))]));
  put('csv1258', 'phu-luc-1258.csv', encode1258(csvText(APPENDIX)));
  put('csvSemicolon', 'phu-luc-cham-phay.csv', csvText(APPENDIX, ';'));
  // A tone mark after a consonant: neither UTF-8 nor sensible Windows-1258.
  put('csvUnknown', 'bang-ma-la.csv', Buffer.concat([Buffer.from('TT,Nội dung\r\n1,x'.normalize('NFC'), 'latin1'), Buffer.from([0xec, 0xd2, 0x0d, 0x0a])]));

  // Broken and foreign files.
  const cut = Buffer.from(appendix);
  put('truncated', 'bi-cat.xlsx', cut.subarray(0, Math.floor(cut.length / 2)));
  const flipped = Buffer.from(appendix);
  // Damage the compressed data of every part, leaving the zip's directory whole.
  for (let i = 200; i < flipped.length - 600; i += 97) flipped[i] ^= 0x5a;
  put('damaged', 'bi-hong.xlsx', flipped);
  const noWorkbook = new JSZip();
  noWorkbook.file('[Content_Types].xml', '<Types/>');
  noWorkbook.file('xl/workbook.xml', '<workbook');
  put('damagedParts', 'thieu-phan.xlsx', await noWorkbook.generateAsync({ type: 'nodebuffer' }));
  put('encrypted', 'mat-khau.xlsx', encryptedOle());
  put('pdf', 'tai-lieu.xlsx', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
  const docx = new JSZip();
  docx.file('[Content_Types].xml', '<Types/>');
  docx.file('word/document.xml', '<w:document/>');
  put('docx', 'van-ban.xlsx', await docx.generateAsync({ type: 'nodebuffer' }));
  put('empty', 'rong.xlsx', '');
  if (!existsSync(files.appendix)) throw new Error('corpus not written');
  return files;
}

export function bytesOf(path: string): Buffer {
  return readFileSync(path);
}
