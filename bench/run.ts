import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { backupDatabase } from '../db/backup.js';
import { loadMigrations } from '../db/migrate.js';
import { MIGRATIONS_DIR } from '../db/open.js';
import { createAppContext } from '../electron/app-context.js';
import { projectRoot } from '../electron/app-version.js';
import { rakordaReportDocument } from '../electron/areas/rakorda/report-pdf.js';
import { createDispatch } from '../electron/core/dispatch.js';
import { handlerTable } from '../electron/handler-table.js';
import { renderOnThisThread } from '../electron/pdf/pdfmake.js';
import { DISTRICT, generate } from './generate.js';

// `npm run bench`: district-scale data written through the handlers, then the timings the
// product promises, each against its raw baseline where the goal is a ratio. Medians and p95s
// over repeated runs; results in bench/results.json.

const results: Record<string, number> = {};
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const log = (line: string) => console.log(`  ${line}`);

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await run();
  return [performance.now() - start, value];
}
async function median(runs: number, run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push((await time(run))[0]);
  return quantile(times, 0.5);
}

const dataDir = mkdtempSync(join(tmpdir(), 'sinergi-bench-'));
const app = createAppContext({ dataDir, appVersion: 'bench' });
let longestCall = { channel: '', ms: 0 };
let measuring = false;
const inner = createDispatch(handlerTable, app, console.error);
const dispatch = async (channel: string, payload: unknown) => {
  const start = performance.now();
  const result = await inner(channel, payload);
  const ms = performance.now() - start;
  if (measuring && ms > longestCall.ms) longestCall = { channel, ms };
  return result;
};
const call = async <T>(channel: string, payload: unknown): Promise<T> => {
  const result = await dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
};

console.log('Membuat data skala kabupaten melalui handler…');
const [generateMs, generated] = await time(() => generate(dispatch, DISTRICT, 42, log));
results.generate_district_s = Math.round(generateMs / 100) / 10;
measuring = true;

// Lists and search: handler time, 200 runs with varying filters.
const kec = generated.kecamatan;
const listTimes: number[] = [];
for (let i = 0; i < 200; i += 1) {
  const filter = [{ type: 'bkb' }, { kecamatanCode: kec[i % kec.length]!.code }, { search: 'mawar' }, { openNeeds: true }, { active: 'aktif', type: 'pikr' }][i % 5];
  listTimes.push((await time(() => call('poktan-list', filter)))[0]);
}
results.list_poktan_filter_p95_ms = quantile(listTimes, 0.95);
const searchTimes: number[] = [];
for (let i = 0; i < 200; i += 1) {
  const filter = [{ search: 'cibinong' }, { search: 'kampung' }, { level: 'mandiri' }, { kecamatanCode: kec[i % kec.length]!.code }, { sort: 'level', descending: true }][i % 5];
  searchTimes.push((await time(() => call('kampung-kb-list', filter)))[0]);
}
results.search_kampung_p95_ms = quantile(searchTimes, 0.95);

// The Rakorda report against pdfmake rendering the same document with no data access.
const year = new Date().getFullYear() - 1;
results.report_rakorda_pdf_ms = await median(5, () => call('rakorda-report-pdf', { year }));
const prepared = rakordaReportDocument(app.database!, year);
const raw = await median(5, () => renderOnThisThread(prepared));
results.report_vs_raw = Math.round((results.report_rakorda_pdf_ms / raw) * 100) / 100;
results.recap_sarana_pdf_ms = await median(3, () => call('sarana-recap-pdf', { year }));
results.export_all_xlsx_ms = await median(3, () => call('excel-database-export', {}));
results.backup_ms = await median(3, () => backupDatabase(app.database!, join(dataDir, `bench-${Date.now()}.db`)));

// Importing 10.000 poktan rows against exceljs reading the same file plus a raw insert of the same rows.
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('Poktan');
sheet.addRow(['Jenis poktan', 'Nama kelompok', 'Kecamatan', 'Desa/kelurahan', 'Nama ketua', 'Jumlah anggota']);
const placeName = new Map(kec.map((k) => [k.code, k.name]));
for (let i = 0; i < 10_000; i += 1) {
  const desa = generated.desa[i % generated.desa.length]!;
  sheet.addRow(['BKR', `BKR Impor ${i + 1}`, placeName.get(desa.kecamatanCode), desa.name, 'Ibu Ketua', 20 + (i % 30)]);
}
const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
const [importMs, imported] = await time(() => call<{ added: number }>('excel-import', { table: 'poktan', base64, existing: 'skip' }));
if (imported.added !== 10_000) throw new Error(`import added ${imported.added}`);
results.import_poktan_10k_ms = importMs;
const scratch = new Database(join(dataDir, 'raw.db'));
for (const migration of loadMigrations(MIGRATIONS_DIR)) scratch.exec(migration.sql);
const [rawImportMs] = await time(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.getWorksheet('Poktan')!.eachRow((row, n) => n > 1 && rows.push(row.values as unknown[]));
  scratch.pragma('foreign_keys = OFF');
  const insert = scratch.prepare(`INSERT INTO poktan (id, type, name, name_key, kecamatan_code, desa_code, chair_name, members, created_at, updated_at) VALUES (?, 'bkr', ?, ?, 'x', 'y', ?, ?, 'n', 'n')`);
  scratch.transaction(() => rows.forEach((r, i) => insert.run(String(i), r[2], String(r[2]).toLowerCase(), r[5], r[6])))();
});
scratch.close();
results.import_poktan_10k_vs_raw = Math.round((importMs / rawImportMs) * 100) / 100;
measuring = false;
results.max_handler_call_ms = Math.round(longestCall.ms);

// Start-up: web host start to the Beranda rendered in Chromium, on this district data
// (Chromium is launched first: its own start is not the app's).
app.database!.close();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage();
const started = performance.now();
const host = spawn(process.execPath, [join(projectRoot(), 'out', 'electron', 'web-host', 'serve.js'), '--data', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
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
results.startup_ms = performance.now() - started;
await browser.close();
await new Promise((resolve) => {
  host.once('exit', resolve);
  host.kill('SIGTERM');
});

clearInterval(sampler);
results.peak_rss_mb = Math.round(peakRss / 1024 / 1024);
for (const key of Object.keys(results)) results[key] = Math.round(results[key]! * 100) / 100;

const goals: Record<string, string> = {
  startup_ms: '< 1.500',
  list_poktan_filter_p95_ms: '< 50',
  search_kampung_p95_ms: '< 50',
  import_poktan_10k_ms: '< 2.000',
  import_poktan_10k_vs_raw: '≤ 2',
  report_rakorda_pdf_ms: '< 1.000',
  report_vs_raw: '≤ 1,5',
  max_handler_call_ms: '< 100',
  peak_rss_mb: '< 400',
};
console.log('\nMetrik                          Nilai      Sasaran');
for (const [key, value] of Object.entries(results)) console.log(`${key.padEnd(32)}${String(value).padStart(9)}   ${goals[key] ?? ''}`);
writeFileSync(join(projectRoot(), 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
rmSync(dataDir, { recursive: true, force: true });
