import { csvDelimiter, decodeCsv, parseCsvRows } from '../../xlsx/csv';
import { encode1258 } from '../helpers/oddFiles';

describe('CSV text', () => {
  const VI = 'Sở Khoa học và Công nghệ; Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng, ưu tiên';

  it.each<[string, Uint8Array, string]>([
    ['UTF-8', new TextEncoder().encode(VI), 'utf-8'],
    ['UTF-8 with a BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(VI)]), 'utf-8'],
    ['Windows-1258 (tone marks apart)', encode1258(VI), 'windows-1258'],
  ])('%s', (_name, bytes, encoding) => {
    const d = decodeCsv(bytes);
    expect(d).toEqual({ ok: true, text: VI, encoding });
  });

  it('Western text in Windows-1252', () => {
    expect(decodeCsv(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).toEqual({ ok: true, text: 'Café', encoding: 'windows-1252' });
  });

  it.each<[string, Uint8Array]>([
    ['a tone mark after a consonant', Uint8Array.from([0x78, 0xec])],
    ['UTF-16', Uint8Array.from([0xff, 0xfe, 0x54, 0x00, 0x54, 0x00])],
    ['a BOM then invalid UTF-8', Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0x28])],
  ])('refuses %s', (_name, bytes) => {
    expect(decodeCsv(bytes).ok).toBe(false);
  });

  it.each<[string, ',' | ';']>([
    ['TT,Nội dung,Chủ trì\n1,Việc,Sở Y tế', ','],
    ['TT;Nội dung;Chủ trì\n1;Việc, có phẩy;Sở Y tế', ';'],
    ['TT;Nội dung\n1;"a,b,c,d"', ';'],
    ['a,b\n', ','],
  ])('separator of %p', (text, sep) => {
    expect(csvDelimiter(text)).toBe(sep);
  });

  it('quotes, doubled quotes and line breaks inside cells, CRLF rows', () => {
    expect(parseCsvRows('a,"b,""c""\nd"\r\n1,2', ',')).toEqual([
      ['a', 'b,"c"\nd'],
      ['1', '2'],
    ]);
  });
});
