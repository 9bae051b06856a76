import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { backupDatabase } from '../db/backup.js';
import { createAppContext } from '../electron/app-context.js';
import { projectRoot } from '../electron/app-version.js';
import { rakordaReportDocument } from '../electron/areas/rakorda/report-pdf.js';
import { closeApp } from '../electron/boot.js';
import { createDispatch } from '../electron/core/dispatch.js';
import { handlerTable } from '../electron/handler-table.js';
import { BlockProbe } from './block-probe.js';
import { benchDataDir } from './data.js';
import type { ScaleName } from './generate.js';

// `npm run bench [-- --scale province] [-- --fresh]`: data written through the handlers (generated
// once per scale in a separate process and cached, see data.ts), then the timings the product
// promises, each against its raw baseline where the goal is a ratio. Medians and p95s over
// repeated runs. District metrics go to bench/results.json as they are; province metrics with
// a `province_` prefix, merged into the same file.

const { values: args } = parseArgs({ options: { scale: { type: 'string', default: 'district' }, fresh: { type: 'boolean', default: false } } });
const scale = args.scale as ScaleName;
if (scale !== 'district' && scale !== 'province') throw new Error('--scale must be district or province');
const province = scale === 'province';

const results: Record<string, number> = {};
let peakRss = 0;
/**
 * The kernel's high-water mark of this process's resident memory (VmHWM) where there is one: it
 * catches a peak between two samples. Elsewhere the highest sample.
 */
const hasProcStatus = existsSync('/proc/self/status');
const sampleRss = () => {
  const highWater = hasProcStatus ? /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] : undefined;
  peakRss = Math.max(peakRss, process.memoryUsage().rss, Number(highWater ?? 0) * 1024);
};
const sampler = setInterval(sampleRss, 50);
const log = (line: string) => console.log(`  ${line}`);
const phase = (name: string) => {
  sampleRss();
  log(`${name}: RSS ${Math.round(process.memoryUsage().rss / 1048576)} MB, puncak ${Math.round(peakRss / 1048576)} MB`);
};

/**
 * The app's time over the raw baseline's, as the median of the ratios of runs taken side by side
 * (each app run with the raw run right after it): a slow moment of this noisy machine then slows
 * both sides of one pair, where a ratio of two medians may pair a slow run with a quick one.
 */
const pairedRatio = (appTimes: number[], rawTimes: number[]) => Math.round(quantile(appTimes.map((ms, i) => ms / rawTimes[i]!), 0.5) * 100) / 100;
const ratios = (appTimes: number[], rawTimes: number[]) => appTimes.map((ms, i) => formatRatio(ms / rawTimes[i]!)).join('; ');
const formatRatio = (ratio: number) => ratio.toFixed(2).replace('.', ',');

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await run();
  return [performance.now() - start, value];
}

console.log(`Data skala ${scale === 'province' ? 'provinsi' : 'kabupaten'} (ditulis melalui handler)…`);
const { dataDir, generatedMs } = await benchDataDir(scale, { fresh: args.fresh, log });

const baselineScript = fileURLToPath(new URL('./baseline.js', import.meta.url));
/** Runs bench/baseline.js once (making a file) and waits for it. */
function baseline(...args: string[]): Promise<void> {
  const child = spawn(process.execPath, [baselineScript, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
  return new Promise((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`baseline ${args[0]} exited with ${code}`)))));
}
/** bench/baseline.js serving raw runs one at a time, each taken beside the app's run it is compared with. */
function rawBaselines() {
  const child = spawn(process.execPath, [baselineScript, 'serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    async ms(request: { pdf: string } | { import: string; scratch: string; existing?: boolean; places: string }): Promise<number> {
      child.stdin.write(`${JSON.stringify(request)}\n`);
      const answer = await answers.next();
      if (answer.done) throw new Error('the raw baseline process stopped');
      return (JSON.parse(answer.value) as { ms: number }).ms;
    },
    close: () => child.stdin.end(),
  };
}
const raw = rawBaselines();
const key = (name: string) => (province ? `province_${name}` : name);
if (generatedMs !== null) results[key('generate_s')] = Math.round(generatedMs / 100) / 10;
const app = createAppContext({ dataDir, appVersion: 'bench' });
const inner = createDispatch(handlerTable, app, console.error);
const probe = new BlockProbe();
probe.start();
phase('basis data dibuka');
// The office's operator, chosen as at the app's first start (the start-up screen asks for one otherwise).
await inner('operator-set', { name: 'Rina Marlina' });

/** Calls a handler and returns its time; the probe charges any event-loop block to the channel. */
async function timedCall<T = unknown>(channel: string, payload: unknown): Promise<[number, T]> {
  await probe.tick();
  probe.enter(channel);
  const start = performance.now();
  const result = await inner(channel, payload);
  const ms = performance.now() - start;
  probe.leave(channel);
  await probe.tick();
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return [ms, result.value as T];
}
async function medianCall(runs: number, channel: string, payload: unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push((await timedCall(channel, payload))[0]);
  return quantile(times, 0.5);
}

// Lists and search: handler time, 200 runs with varying filters.
const kecamatan = (await timedCall<{ code: string; name: string }[]>('places-kecamatan', {}))[1];
const listTimes: number[] = [];
for (let i = 0; i < 200; i += 1) {
  const filter = [{ type: 'bkb' }, { kecamatanCode: kecamatan[i % kecamatan.length]!.code }, { search: 'mawar' }, { openNeeds: true }, { active: 'aktif', type: 'pikr' }][i % 5];
  listTimes.push((await timedCall('poktan-list', filter))[0]);
}
results[key('list_poktan_filter_p95_ms')] = quantile(listTimes, 0.95);
const searchTimes: number[] = [];
for (let i = 0; i < 200; i += 1) {
  const filter = [{ search: 'cibinong' }, { search: 'kampung' }, { level: 'mandiri' }, { kecamatanCode: kecamatan[i % kecamatan.length]!.code }, { sort: 'level', descending: true }][i % 5];
  searchTimes.push((await timedCall('kampung-kb-list', filter))[0]);
}
results[key('search_kampung_p95_ms')] = quantile(searchTimes, 0.95);
phase('daftar dan pencarian');

const year = new Date().getFullYear() - 1;
if (!province) {
  // The Rakorda report against pdfmake rendering the same document with no data access, in
  // another process: five of each, taken in turns (app, raw, app, raw, …), the median time of each, and the
  // median of the five ratios.
  const reportFile = join(dataDir, 'report.json');
  const reportTimes: number[] = [];
  const rawReportTimes: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    reportTimes.push((await timedCall('rakorda-report-pdf', { year }))[0]);
    if (i === 0) writeFileSync(reportFile, JSON.stringify(await rakordaReportDocument(app.database!, year)));
    rawReportTimes.push(await raw.ms({ pdf: reportFile }));
  }
  results.report_rakorda_pdf_ms = quantile(reportTimes, 0.5);
  results.report_vs_raw = pairedRatio(reportTimes, rawReportTimes);
  log(`laporan: ${reportTimes.map(Math.round).join(', ')} ms; mentah: ${rawReportTimes.map(Math.round).join(', ')} ms; rasio per pasangan ${ratios(reportTimes, rawReportTimes)}`);
  phase('laporan Rakorda');
}
// Province-sized jobs take long: fewer repeats there.
const repeats = province ? 1 : 3;
results[key('recap_sarana_pdf_ms')] = await medianCall(repeats, 'sarana-recap-pdf', { year });
phase('rekap sarana');
results[key('export_all_xlsx_ms')] = await medianCall(repeats, 'excel-database-export', {});
phase('ekspor seluruh basis data');
// The register with its needs and their histories, as the Poktan screen's "Ekspor ke Excel" makes it.
results[key('export_poktan_xlsx_ms')] = await medianCall(repeats, 'excel-poktan-export', {});
phase('ekspor register poktan');
const backups: number[] = [];
for (let i = 0; i < repeats; i += 1) {
  await probe.tick();
  probe.enter('backup');
  backups.push((await time(() => backupDatabase(app.database!, join(dataDir, `bench-${i}.db`))))[0]);
  probe.leave('backup');
}
results[key('backup_ms')] = quantile(backups, 0.5);
phase('cadangan');

if (!province) {
  // Importing 10.000 poktan rows against exceljs reading the same file plus a raw insert of the
  // same rows, in another process (the files are made there too). Five files of new groups,
  // each imported by the app and then by the raw baseline right after; medians.
  const desa = (await Promise.all(kecamatan.map(async (k) => (await timedCall<{ code: string; name: string }[]>('places-desa', { kecamatanCode: k.code }))[1].map((d) => ({ ...d, kecamatanCode: k.code, kecamatanName: k.name }))))).flat();
  const places = join(dataDir, 'places.json');
  writeFileSync(places, JSON.stringify(desa));
  const importFiles = ['A', 'B', 'C', 'D', 'E'].map((batch) => join(dataDir, `import-${batch}.xlsx`));
  for (const [index, file] of importFiles.entries()) await baseline('workbook', places, file, `BKR Impor ${'ABCDE'[index]!}`);
  await baseline('workbook', places, join(dataDir, 'import-previewed.xlsx'), 'BKR Pratinjau');
  // The workbook reader thread started first (a small file previewed), as the raw baseline has
  // exceljs loaded before its clock starts.
  const template = (await timedCall<{ base64: string }>('excel-template', { table: 'poktan' }))[1];
  await inner('excel-preview', { table: 'poktan', base64: template.base64 }); // no rows: refused, once read
  // The whole path: the file read, checked and written by one call.
  // The goal's raw insert goes into an empty database; the same rows inserted raw into a copy
  // of the office's database (the backup made above) are reported beside it, to tell what the
  // size of the office's tables and indexes costs from what the app's own work costs.
  const importTimes: number[] = [];
  const rawImportTimes: number[] = [];
  const rawSameDbTimes: number[] = [];
  for (const [index, file] of importFiles.entries()) {
    const [importMs, imported] = await timedCall<{ added: number }>('excel-import', { table: 'poktan', base64: readFileSync(file).toString('base64'), existing: 'skip' });
    if (imported.added !== 10_000) throw new Error(`import added ${imported.added}`);
    importTimes.push(importMs);
    rawImportTimes.push(await raw.ms({ import: file, scratch: join(dataDir, `raw-${index}.db`), places }));
    rawSameDbTimes.push(await raw.ms({ import: file, scratch: join(dataDir, 'bench-0.db'), existing: true, places }));
  }
  results.import_poktan_10k_ms = quantile(importTimes, 0.5);
  results.import_poktan_10k_vs_raw = pairedRatio(importTimes, rawImportTimes);
  results.import_poktan_10k_vs_raw_office_db = pairedRatio(importTimes, rawSameDbTimes);
  log(`impor: ${importTimes.map(Math.round).join(', ')} ms; mentah: ${rawImportTimes.map(Math.round).join(', ')} ms; mentah ke salinan basis data kantor: ${rawSameDbTimes.map(Math.round).join(', ')} ms`);
  log(`rasio impor per pasangan: ${ratios(importTimes, rawImportTimes)} (ke salinan kantor: ${ratios(importTimes, rawSameDbTimes)})`);
  // As on the screen: another file previewed (read and checked), then imported: the import
  // writes the rows the preview checked, nothing having been written in between.
  const previewed = readFileSync(join(dataDir, 'import-previewed.xlsx')).toString('base64');
  results.preview_poktan_10k_ms = (await timedCall('excel-preview', { table: 'poktan', base64: previewed }))[0];
  const [afterPreviewMs, importedAfterPreview] = await timedCall<{ added: number }>('excel-import', { table: 'poktan', base64: previewed, existing: 'skip' });
  if (importedAfterPreview.added !== 10_000) throw new Error(`import after preview added ${importedAfterPreview.added}`);
  results.import_after_preview_10k_ms = afterPreviewMs;
  phase('impor 10.000 baris');
}

probe.stop();
raw.close();
const blocks = [...probe.longest.entries()].sort((a, b) => b[1] - a[1]);
results[key('longest_block_ms')] = blocks[0]?.[1] ?? 0;
for (const [channel, ms] of blocks) results[key(`block_${channel.replaceAll('-', '_')}_ms`)] = ms;
// Closed as the app closes (a verified closing backup), so the start below is an office's next start.
await closeApp(app);
clearInterval(sampler);
sampleRss();
results[key('peak_rss_mb')] = Math.round(peakRss / 1048576);

if (!province) {
  // Start-up: web host start to the Beranda rendered in Chromium, on this district data
  // (Chromium is launched first: its own start is not the app's). The host is its own process:
  // its memory is not in peak_rss_mb. Medians of three. First as after a clean close (the file is not read whole
  // again, see electron/clean-close.ts), then as after a crash (it is: quick_check).
  // Loaded only now: Playwright (≈ 70 MB) belongs to the harness, not to the host measured above.
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const startup = async () => {
    const page = await browser.newPage();
    const started = performance.now();
    const host = spawn(process.execPath, [join(projectRoot(), 'out', 'app', 'serve.js'), '--data', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise<string>((resolve) => {
      let output = '';
      host.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(output);
        if (match) resolve(match[0]);
      });
    });
    await page.goto(url);
    await page.getByRole('list', { name: 'Poktan menurut jenis' }).waitFor();
    const ms = performance.now() - started;
    await page.close();
    await new Promise((resolve) => {
      host.once('exit', resolve);
      host.kill('SIGTERM');
    });
    return ms;
  };
  /** The median of three starts, each after `before` (which sets the situation up again). */
  const startups = async (before: () => void) => {
    const times: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      before();
      times.push(await startup());
    }
    return quantile(times, 0.5);
  };
  results.startup_ms = await startups(() => undefined);
  results.startup_checked_ms = await startups(() => rmSync(join(dataDir, 'penutupan.json'), { force: true }));
  // The first start of a day: no backup of today yet (the daily one is made after the first screen).
  results.startup_first_of_day_ms = await startups(() => rmSync(join(dataDir, 'cadangan'), { recursive: true, force: true }));
  await browser.close();
}

for (const name of Object.keys(results)) results[name] = Math.round(results[name]! * 100) / 100;
const goals: Record<string, string> = {
  startup_ms: '< 1.500',
  list_poktan_filter_p95_ms: '< 50',
  search_kampung_p95_ms: '< 50',
  import_poktan_10k_ms: '< 2.000',
  import_poktan_10k_vs_raw: '≤ 2',
  report_rakorda_pdf_ms: '< 1.000',
  report_vs_raw: '≤ 1,5',
  longest_block_ms: '< 100',
  peak_rss_mb: '< 400',
};
console.log('\nMetrik                                        Nilai      Sasaran');
for (const [name, value] of Object.entries(results)) console.log(`${name.padEnd(46)}${String(value).padStart(9)}   ${goals[name.replace(/^province_/, '')] ?? ''}`);

// Merge: a district run keeps the province figures of the last province run, and the other way round.
const file = join(projectRoot(), 'bench', 'results.json');
const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>) : {};
const kept = Object.fromEntries(Object.entries(previous).filter(([name]) => name.startsWith('province_') !== province || (name === key('generate_s') && generatedMs === null)));
writeFileSync(file, `${JSON.stringify({ ...kept, ...results }, null, 2)}\n`);
rmSync(dataDir, { recursive: true, force: true });
