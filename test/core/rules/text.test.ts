import { textMarkup } from '../../../core/rules/textMarkup';
import { textUnicode } from '../../../core/rules/textUnicode';
import { textWhitespace } from '../../../core/rules/textWhitespace';
import { appendix, findingsOf, testRule } from '../../helpers/ruleTester';

const row = (content: string, lead = 'Sở Khoa học và Công nghệ') => [1, content, lead, null, 'Quý II/2026'];
const nfd = (s: string) => s.normalize('NFD');

testRule(textMarkup, {
  valid: [
    { name: 'plain text', grid: appendix([row('Tổ chức hội nghị')]) },
    { name: 'a less-than sign and an ampersand in prose', grid: appendix([row('Tỷ lệ < 5% & tăng dần'), [2, 'Sở KH&CN chủ trì', 'Sở KH&CN', null, '2026']]) },
  ],
  invalid: [
    {
      name: '<p> left from a conversion (000)',
      grid: appendix([row('<p>Trung tâm đầu tư</p>')]),
      findings: [{ cell: 'B4', message: '<p>', messageId: 'markup', data: { tag: '“<p>”' } }],
      output: [row('Trung tâm đầu tư')],
    },
    { name: 'an entity', grid: appendix([row('Sở KH&amp;CN')]), findings: [{ cell: 'B4' }] },
    { name: '<ul style=…> (004)', grid: appendix([row('<ul style="list-style-type: none"> - Kế hoạch')]), findings: [{ cell: 'B4' }] },
  ],
});

it('text.markup fixes to text only', () => {
  const [f] = findingsOf(textMarkup, appendix([row('<p>Một.</p> <p>Hai &amp; ba.</p>')]));
  expect(f.fix?.changes).toEqual([{ kind: 'set', row: 4, column: 2, value: 'Một.\nHai & ba.' }]);
});

testRule(textUnicode, {
  valid: [{ name: 'NFC text', grid: appendix([row('Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng')]) }],
  invalid: [
    {
      name: 'NFD text',
      grid: appendix([row(nfd('Tổ chức hội nghị'))]),
      findings: [{ cell: 'B4', message: 'NFD', messageId: 'nfd' }],
      output: [row('Tổ chức hội nghị'.normalize('NFC'))],
    },
    {
      name: 'mixed forms in one cell',
      grid: appendix([row(`Tổ chức ${nfd('hội nghị')}`)]),
      findings: [{ cell: 'B4', message: 'lẫn', messageId: 'mixed' }],
      output: [row('Tổ chức hội nghị'.normalize('NFC'))],
    },
  ],
});

it('text.unicode fixes to NFC', () => {
  const [f] = findingsOf(textUnicode, appendix([row(nfd('Thường xuyên'))]));
  const change = f.fix!.changes[0];
  expect(change.kind === 'set' && change.value).toBe('Thường xuyên'.normalize('NFC'));
});

testRule(textWhitespace, {
  valid: [
    { name: 'tidy text with a line break', grid: appendix([row('- Một\n- Hai')]) },
    { name: 'spaces around tags are text.markup’s', grid: appendix([row('<p>Một</p> <p>Hai</p>')]) },
  ],
  invalid: [
    {
      name: 'double space (003 header)',
      grid: appendix([row('Sản phẩm   dự kiến')]),
      findings: [{ cell: 'B4', severity: 'info', messageId: 'spaces' }],
      output: [row('Sản phẩm dự kiến')],
    },
    { name: 'trailing space and nbsp', grid: appendix([row('Tổ chức\u00a0hội nghị ')]), findings: [{ cell: 'B4' }], output: [row('Tổ chức hội nghị')] },
  ],
});

describe('hasStraySpace', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { hasStraySpace } = require('../../../core/read/textScan') as typeof import('../../../core/read/textScan');
  it.each([
    ['tidy', false],
    ['a b\nc d', false],
    ['- Một\n- Hai', false],
    [' lead', true],
    ['trail ', true],
    ['a  b', true],
    ['a \nb', true],
    ['a\n b', true],
    ['a\n\nb', true],
    ['a\tb', true],
    ['a\u00a0b', true],
    ['a\r\nb', true],
    ['\n', true],
    ['', false],
  ])('%p → %p', (s, expected) => {
    expect(hasStraySpace(s)).toBe(expected);
  });
});

it('the text scan finds in generated strings exactly what the slow checks find', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fc = require('fast-check') as typeof import('fast-check');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { textCellsOf } = require('../../../core/read/textScan') as typeof import('../../../core/read/textScan');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readTables } = require('../../../core/read/table') as typeof import('../../../core/read/table');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const text = require('../../../core/model/text') as typeof import('../../../core/model/text');
  const piece = fc.constantFrom('Tổ', 'chức', ' ', '  ', '\n', '\t', '\u00a0', '<p>', '&amp;', 'ạ', 'a\u0323', 'x', '–', '“', 'Ω', '\u212b', '&', '<');
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (parts) => {
      const s = parts.join('');
      const grid = appendix([row(s)]);
      const [t] = readTables(grid);
      const cell = textCellsOf(grid, t).find((c) => c.row === 4 && c.column === 2);
      const slowSpaces = s !== '' && /^\s|\s$| {2}| \n|\n |\n\n|[\t\r\u00a0]/.test(s);
      const expected = { markup: text.hasMarkup(s), nfc: s === s.normalize('NFC'), spaces: slowSpaces };
      if (!expected.markup && expected.nfc && !expected.spaces) expect(cell).toBeUndefined();
      else expect({ markup: cell?.markup, nfc: cell?.nfc, spaces: cell?.spaces }).toEqual(expected);
    }),
    { numRuns: 500 },
  );
});
