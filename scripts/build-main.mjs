// Builds the Node side (Electron main and preload, web host, worker threads) into out/app/, and
// the benchmark and test tools into out/tools/, each as a few bundled files: the app's own ≈ 130
// modules and zod's ≈ 95, which Node resolved, read and linked one by one at every start (on
// Windows, under a virus scanner, slower still). From spawning the web host to its address:
// 532 → 412 ms with the app's modules bundled, → ≈ 330 with zod's too (medians of eight, in turns).
// Typechecking is `npm run typecheck`; esbuild only strips the types.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';

// Code finds its neighbours relative to its own file (`new URL('./render-worker', import.meta.url)`,
// `./migrations/`, `./preload.cjs`), so every entry, chunk and the migrations share one folder.
const WORKERS = {
  'render-worker': 'electron/pdf/render-worker.ts',
  'read-worker': 'electron/areas/excel/read-worker.ts',
  'writer-worker': 'electron/xlsx/writer-worker.ts',
  'inspect-worker': 'db/inspect-worker.ts',
};

const TARGETS = {
  'out/app': { main: 'electron/shell/main.ts', serve: 'electron/web-host/serve.ts', start: 'scripts/start.ts', ...WORKERS },
  // The benchmark runs the app's handlers in its own process; the crash-safety test's writer too.
  'out/tools': { run: 'bench/run.ts', baseline: 'bench/baseline.ts', 'generate-data': 'bench/generate-data.ts', 'crash-writer': 'scripts/crash-writer.ts', ...WORKERS },
};

// Left outside: the native module, Electron, and the packages loaded on first use (pdfmake finds
// its fonts and pdfkit through Node's resolver, see electron/pdf/pdfmake.ts). zod is bundled.
const external = ['electron', 'better-sqlite3', 'exceljs', 'idn-area-data', 'pdfmake', 'pdfmake/*', '@playwright/test'];
const shared = { bundle: true, platform: 'node', target: 'node20', external, sourcemap: 'linked', logLevel: 'warning' };

for (const [outdir, entryPoints] of Object.entries(TARGETS)) {
  rmSync(outdir, { recursive: true, force: true });
  await build({ ...shared, entryPoints, outdir, format: 'esm', splitting: true, chunkNames: 'chunk-[hash]' });
  cpSync('db/migrations', `${outdir}/migrations`, { recursive: true });
}
// Electron loads a sandboxed preload as CommonJS.
await build({ ...shared, entryPoints: { preload: 'electron/shell/preload.cts' }, outdir: 'out/app', format: 'cjs', outExtension: { '.js': '.cjs' } });
