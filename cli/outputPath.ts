/**
 * Where a command may write (`--out`), checked before any work is done, and the write itself.
 *  - The output is never one of the inputs, whatever names them: the real paths (symlinks resolved)
 *    and the device and inode (hard links) are compared with every input's.
 *  - It must end in .xlsx (everything Phụ lục writes is .xlsx), not be empty, not be a folder or a
 *    device, and its folder must be one we can write in.
 *  - A missing folder is created (as `mkdir -p` would), so `--out ket-qua/ban-sua.xlsx` works on a
 *    fresh checkout; a part of the path that is a file is refused.
 *  - The workbook is written to a temporary file beside the target and renamed over it only when
 *    complete: a failed write leaves neither a half-written workbook nor a damaged old one.
 */
import { constants, promises as fs, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Bilingual } from '../core';
import { bilingual } from '../i18n';
import { UserError } from './userError';

type Text = Bilingual;

/** The catalogue's `output` section (i18n/) in both languages. */
export const OUTPUT_TEXT = bilingual('output');
const SAME_AS_INPUT = OUTPUT_TEXT.sameAsInput;

function refuse(text: Text, out: string, extra = ''): UserError {
  return new UserError(`${text.vi}: “${out}”${extra}.`, `${text.en}: “${out}”${extra}.`);
}

interface Identity {
  real: string;
  dev?: number;
  ino?: number;
}

/** Where a path really leads: the file behind symlinks, or for a file yet to be made its real folder. */
function identity(path: string): Identity | undefined {
  const abs = resolve(path);
  try {
    const st = statSync(abs);
    return { real: realpathSync(abs), dev: st.dev, ino: st.ino };
  } catch {
    try {
      return { real: join(realpathSync(dirname(abs)), basename(abs)) };
    } catch {
      return undefined;
    }
  }
}

/** True when both names lead to one file: same real path, or same device and inode (a hard link). */
export function sameFile(a: string, b: string): boolean {
  const ia = identity(a);
  const ib = identity(b);
  if (!ia || !ib) return resolve(a) === resolve(b);
  if (ia.real === ib.real) return true;
  return ia.ino !== undefined && ib.ino !== undefined && ia.dev === ib.dev && ia.ino === ib.ino && ia.ino !== 0;
}

async function nearestExisting(dir: string): Promise<string> {
  let cur = dir;
  for (;;) {
    try {
      await fs.stat(cur);
      return cur;
    } catch {
      const up = dirname(cur);
      if (up === cur) return cur;
      cur = up;
    }
  }
}

/**
 * Checks `--out` against the rules above and every input; returns its absolute path. Call it before
 * reading the inputs, so a wrong --out costs nothing.
 */
export async function checkOutput(out: string, inputs: readonly string[]): Promise<string> {
  if (out.trim() === '') throw new UserError(`${OUTPUT_TEXT.empty.vi}.`, `${OUTPUT_TEXT.empty.en}.`);
  const abs = resolve(out);
  for (const input of inputs) if (sameFile(out, input)) throw new UserError(`${SAME_AS_INPUT.vi}.`, `${SAME_AS_INPUT.en}.`);
  const st = await fs.stat(abs).catch(() => undefined);
  if (st?.isDirectory()) {
    const example = join(out, 'ket-qua.xlsx');
    throw new UserError(`${OUTPUT_TEXT.isFolder.vi} “${example}”.`, `${OUTPUT_TEXT.isFolder.en} “${example}”.`);
  }
  if (extname(out).toLowerCase() !== '.xlsx') throw refuse(OUTPUT_TEXT.notXlsx, out);
  if (st && !st.isFile()) throw refuse(OUTPUT_TEXT.notFile, out);
  if (st) {
    try {
      await fs.access(abs, constants.W_OK);
    } catch {
      throw refuse(OUTPUT_TEXT.readOnly, out);
    }
  }
  const existing = await nearestExisting(dirname(abs));
  const dirStat = await fs.stat(existing).catch(() => undefined);
  if (!dirStat?.isDirectory()) throw refuse(OUTPUT_TEXT.parentIsFile, out);
  try {
    await fs.access(existing, constants.W_OK);
  } catch {
    throw refuse(OUTPUT_TEXT.unwritable, out);
  }
  return abs;
}

function writeFailure(e: unknown, out: string): UserError {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return refuse(OUTPUT_TEXT.full, out);
  if (code === 'EISDIR') return refuse(OUTPUT_TEXT.isFolder, out);
  if (code === 'ENOTDIR') return refuse(OUTPUT_TEXT.parentIsFile, out);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOENT') return refuse(OUTPUT_TEXT.unwritable, out);
  return refuse(OUTPUT_TEXT.failed, out);
}

/**
 * Runs `write` on a temporary file in the target's folder, then renames it over the target. The
 * inputs are checked again just before the rename, in case a link appeared while the work was done.
 */
export async function writeAtomically(out: string, inputs: readonly string[], write: (tmp: string) => Promise<void>): Promise<void> {
  const abs = await checkOutput(out, inputs);
  const tmp = join(dirname(abs), `.${basename(abs)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await fs.mkdir(dirname(abs), { recursive: true });
    await write(tmp);
    for (const input of inputs) if (sameFile(out, input)) throw new UserError(`${SAME_AS_INPUT.vi}.`, `${SAME_AS_INPUT.en}.`);
    await fs.rename(tmp, abs);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof UserError) throw e;
    throw writeFailure(e, out);
  }
}
