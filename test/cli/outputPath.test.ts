import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOutput, sameFile, writeAtomically } from '../../cli/outputPath';
import { UserError } from '../../cli/userError';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-out-'));
const a = join(dir, 'a.xlsx');
writeFileSync(a, 'a');
writeFileSync(join(dir, 'b.xlsx'), 'b');
symlinkSync(a, join(dir, 'soft.xlsx'));
linkSync(a, join(dir, 'hard.xlsx'));
symlinkSync(dir, join(dir, 'dir-link'));

describe('sameFile', () => {
  it.each([
    ['the path itself', a],
    ['another spelling', join(dir, 'x', '..', 'a.xlsx')],
    ['a symlink', join(dir, 'soft.xlsx')],
    ['a hard link', join(dir, 'hard.xlsx')],
    ['a path through a linked folder', join(dir, 'dir-link', 'a.xlsx')],
  ])('%s is the same file', (_name, p) => {
    expect(sameFile(p, a)).toBe(true);
    expect(sameFile(a, p)).toBe(true);
  });

  it('another file, or one not made yet, is not', () => {
    expect(sameFile(join(dir, 'b.xlsx'), a)).toBe(false);
    expect(sameFile(join(dir, 'new.xlsx'), a)).toBe(false);
  });
});

describe('checkOutput and writeAtomically', () => {
  it('refuses the input under any name, before any write', async () => {
    for (const out of [join(dir, 'soft.xlsx'), join(dir, 'hard.xlsx'), join(dir, 'dir-link', 'a.xlsx')]) {
      await expect(checkOutput(out, [a])).rejects.toBeInstanceOf(UserError);
      await expect(writeAtomically(out, [a], () => Promise.resolve())).rejects.toThrow(/không bao giờ ghi đè/);
    }
  });

  it('leaves the old file whole when the write fails', async () => {
    const out = join(dir, 'b.xlsx');
    await expect(
      writeAtomically(out, [a], (tmp) => {
        writeFileSync(tmp, 'half');
        return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
      }),
    ).rejects.toThrow(/Ổ đĩa đã đầy/);
    expect(readFileSync(out, 'utf8')).toBe('b');
    expect(readdirSync(dir).filter((n: string) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('creates a missing folder', async () => {
    const out = join(dir, 'moi', 'sau', 'c.xlsx');
    await writeAtomically(out, [a], (tmp) => Promise.resolve(writeFileSync(tmp, 'c')));
    expect(readFileSync(out, 'utf8')).toBe('c');
  });

  it.each([
    ['', 'đang để trống'],
    ['   ', 'đang để trống'],
    [join(dir, 'c.XLS'), 'phải là tệp .xlsx'],
    [join(dir, 'c'), 'phải là tệp .xlsx'],
    [dir, 'là một thư mục'],
    [join(a, 'c.xlsx'), 'là tệp chứ không phải thư mục'],
  ])('%p is refused', async (out, message) => {
    mkdirSync(dir, { recursive: true });
    await expect(checkOutput(out, [a])).rejects.toThrow(message);
  });

  it('accepts .XLSX in capitals', async () => {
    await expect(checkOutput(join(dir, 'C.XLSX'), [a])).resolves.toContain('C.XLSX');
  });
});
