/**
 * Reading an input's bytes with bounded work: only a regular file is opened (a folder, a device such
 * as /dev/zero or a pipe is refused before any read), and never more than MAX_INPUT_MB of it.
 */
import { promises as fs } from 'node:fs';
import { MAX_INPUT_MB } from './messages';
import { WorkbookReadError } from '../xlsx/workbook';

export const MAX_INPUT_BYTES = MAX_INPUT_MB * 1024 * 1024;

export async function readInputBytes(path: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    throw new WorkbookReadError('missing');
  }
  if (stat.isDirectory()) throw new WorkbookReadError('folder');
  if (!stat.isFile()) throw new WorkbookReadError('not_regular');
  if (stat.size > limit) throw new WorkbookReadError('too_large');
  let handle;
  try {
    handle = await fs.open(path, 'r');
  } catch (e) {
    throw new WorkbookReadError((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable');
  }
  try {
    // Read to the limit and one byte past it: a file that grew since stat is still bounded.
    const buf = Buffer.alloc(Math.min(limit + 1, Math.max(stat.size, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > limit) throw new WorkbookReadError('too_large');
        break;
      }
      const { bytesRead } = await handle.read(buf, length, buf.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) throw new WorkbookReadError('too_large');
    return buf.subarray(0, length);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError('unreadable');
  } finally {
    await handle.close();
  }
}
