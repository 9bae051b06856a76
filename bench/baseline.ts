import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadMigrations } from '../db/migrate.js';
import { MIGRATIONS_DIR } from '../db/open.js';
import { renderOnThisThread } from '../electron/pdf/pdfmake.js';
import type { Printable } from '../electron/pdf/printable.js';

// The raw baselines and the import file, in a process of their own so that their memory (a
// second pdfmake, a second exceljs workbook) is not counted as the measured host's. Each prints
// one JSON line; times are taken here, not including this process's start.
//   baseline.js pdf <document.json> <runs>        → { "medianMs": n }  pdfmake alone, same document
//   baseline.js workbook <places.json> <out.xlsx> <name> → writes 10.000 poktan rows named "<name> 1…"
//   baseline.js import <file.xlsx> <scratch.db>   → { "ms": n }  exceljs read + raw insert, one transaction

const [mode, input, extra, name] = process.argv.slice(2) as [string, string, string, string | undefined];

if (mode === 'pdf') {
  const json = readFileSync(input, 'utf8');
  const times: number[] = [];
  for (let i = 0; i < Number(extra); i += 1) {
    // A fresh copy each time, as the app's worker receives one: pdfmake writes into the definition.
    const doc = JSON.parse(json) as Printable;
    const start = performance.now();
    await renderOnThisThread(doc);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ medianMs: times[Math.floor(times.length / 2)] }));
} else if (mode === 'workbook') {
  const places = JSON.parse(readFileSync(input, 'utf8')) as { kecamatanName: string; name: string }[];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Poktan');
  sheet.addRow(['Jenis poktan', 'Nama kelompok', 'Kecamatan', 'Desa/kelurahan', 'Nama ketua', 'Jumlah anggota']);
  for (let i = 0; i < 10_000; i += 1) {
    const place = places[i % places.length]!;
    sheet.addRow(['BKR', `${name ?? 'BKR Impor'} ${i + 1}`, place.kecamatanName, place.name, 'Ibu Ketua', 20 + (i % 30)]);
  }
  writeFileSync(extra, Buffer.from(await workbook.xlsx.writeBuffer()));
} else if (mode === 'import') {
  const scratch = new Database(extra);
  for (const migration of loadMigrations(MIGRATIONS_DIR)) scratch.exec(migration.sql);
  scratch.pragma('foreign_keys = OFF');
  const start = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(input) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.getWorksheet('Poktan')!.eachRow((row, n) => n > 1 && rows.push(row.values as unknown[]));
  const insert = scratch.prepare(`INSERT INTO poktan (id, type, name, name_key, kecamatan_code, desa_code, chair_name, members, created_at, updated_at) VALUES (?, 'bkr', ?, ?, 'x', 'y', ?, ?, 'n', 'n')`);
  scratch.transaction(() => rows.forEach((r, i) => insert.run(String(i), r[2], String(r[2]).toLowerCase(), r[5], r[6])))();
  console.log(JSON.stringify({ ms: performance.now() - start }));
  scratch.close();
} else {
  throw new Error(`unknown mode ${mode}`);
}
