/** Commander's own words (usage, headings, errors) are said in Vietnamese, or English with --lang en. */
import { phuluc } from '../helpers/cli';

jest.setTimeout(120_000);

const ENGLISH_HEADINGS = /^(Usage|Options|Commands|Arguments):/m;

describe('help and usage errors', () => {
  it('phuluc alone prints the Vietnamese help and exits 2', () => {
    const r = phuluc([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Cách dùng: phuluc [tùy chọn] [lệnh]');
    expect(r.stderr).toContain('Lệnh:');
    expect(r.stderr).not.toMatch(ENGLISH_HEADINGS);
    expect(r.stderr).not.toContain('[options]');
  });

  it.each([['--help'], ['validate', '--help'], ['help', 'fix'], ['consolidate', '-h']])('%s %s is Vietnamese, on stdout, exit 0', (...args) => {
    const r = phuluc(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Cách dùng:');
    expect(r.stdout).not.toMatch(ENGLISH_HEADINGS);
    expect(r.stdout).not.toMatch(/\b(choices|default):/);
  });

  it('--lang en gives English help', () => {
    const r = phuluc(['validate', '--help', '--lang', 'en']);
    expect(r.stdout).toContain('Usage: phuluc validate');
    expect(r.stdout).toContain('check this sheet only');
  });

  it.each<[string[], string, string]>([
    [['frob'], 'Không có lệnh frob', 'There is no command frob'],
    [['validate'], 'Thiếu tham số', 'Missing argument'],
    [['validate', 'a.xlsx', 'b.xlsx'], 'Thừa tham số', 'Too many arguments'],
    [['validate', 'a.xlsx', '--bogus'], 'Không có tùy chọn --bogus', 'There is no option --bogus'],
    [['validate', 'a.xlsx', '--lang', 'fr'], 'chỉ nhận: vi, en', 'allowed: vi, en'],
    [['fix', 'a.xlsx'], 'Cần tùy chọn --out', 'Option --out'],
  ])('%j: a message of ours, exit 2', (args, vi, en) => {
    const r = phuluc(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(vi);
    expect(r.stderr).not.toMatch(/^error:/m);
    if (!args.includes('fr')) {
      const e = phuluc([...args, '--lang', 'en']);
      expect(e.stderr).toContain(en);
    }
  });
});
