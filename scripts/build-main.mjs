// Builds the Node side (Electron main and preload, web host, worker threads) into out/app/, and
// the benchmark and test tools into out/tools/, each as a few bundled files with the packages in
// node_modules left outside (native better-sqlite3, pdfmake and exceljs loaded on first use).
// One file instead of ≈ 220 modules (the app's and zod's) takes ≈ 0,12 s off every start: Node
// resolves, reads and links each module on its own (on Windows, under a virus scanner, more).
// Typechecking is `npm run typecheck`; esbuild only strips the types.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';

// Code finds its neighbours relative to its own file (`new URL('./render-worker', import.meta.url)`,
// `./migrations/`, `./preload.cjs`), so every entry, chunk and the migrations share one folder.
const WORKERS = {
  'render-worker': 'electron/pdf/render-worker.ts',
  'read-worker': 'electron/xlsx/read-worker.ts',
  'writer-worker': 'electron/xlsx/writer-worker.ts',
  'inspect-worker': 'db/inspect-worker.ts',
};

const TARGETS = {
  'out/app': { main: 'electron/shell/main.ts', serve: 'electron/web-host/serve.ts', start: 'scripts/start.ts', ...WORKERS },
  // The benchmark runs the app's handlers in its own process; the crash-safety test's writer too.
  'out/tools': { run: 'bench/run.ts', baseline: 'bench/baseline.ts', 'generate-data': 'bench/generate-data.ts', 'crash-writer': 'scripts/crash-writer.ts', ...WORKERS },
};

const shared = { bundle: true, platform: 'node', target: 'node20', packages: 'external', sourcemap: 'linked', logLevel: 'warning' };

for (const [outdir, entryPoints] of Object.entries(TARGETS)) {
  rmSync(outdir, { recursive: true, force: true });
  await build({ ...shared, entryPoints, outdir, format: 'esm', splitting: true, chunkNames: 'chunk-[hash]' });
  cpSync('db/migrations', `${outdir}/migrations`, { recursive: true });
}
// Electron loads a sandboxed preload as CommonJS.
await build({ ...shared, entryPoints: { preload: 'electron/shell/preload.cts' }, outdir: 'out/app', format: 'cjs', outExtension: { '.js': '.cjs' } });
