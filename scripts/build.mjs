// Bundles the Node entry points with esbuild. Usage: node scripts/build.mjs [cli|seeds|bench|all]
import { build } from 'esbuild';

const targets = {
  cli: { entryPoints: ['cli/main.ts'], outfile: 'dist/phuluc.cjs' },
  start: { entryPoints: ['cli/start.ts'], outfile: 'dist/start.cjs' },
  seeds: { entryPoints: ['scripts/build-seeds.ts'], outfile: 'dist/build-seeds.cjs' },
  bench: { entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.cjs' },
};

const wanted = process.argv.slice(2);
const names = wanted.length === 0 || wanted.includes('all') ? Object.keys(targets) : wanted;
await Promise.all(
  names.map((name) =>
    build({
      ...targets[name],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: false,
      logLevel: 'warning',
      // ExcelJS and friends stay in node_modules: they are real dependencies, not ours to bundle.
      packages: 'external',
    }),
  ),
);
