/**
 * `npm run corpus -- DIR`: writes the corpus of unusual files (test/helpers/oddFiles.ts) into DIR, to
 * run each command on it by hand, e.g. under `/usr/bin/time -v` (wall time, peak memory).
 */
import { resolve } from 'node:path';
import { buildOddFiles } from '../test/helpers/oddFiles';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('Cách dùng: npm run corpus -- THƯ-MỤC\n');
  process.exitCode = 2;
} else {
  void buildOddFiles(resolve(dir)).then((files) => {
    for (const [name, path] of Object.entries(files)) process.stdout.write(`${name}\t${path}\n`);
  });
}
