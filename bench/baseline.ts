import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { loadMigrations } from '../db/migrate.js';
import { MIGRATIONS_DIR } from '../db/open.js';
import { renderOnThisThread } from '../electron/pdf/pdfmake.js';
import type { Printable } from '../electron/pdf/printable.js';

// The raw baselines and the import files, in a process of their own so that their memory (a
// second pdfmake, a second exceljs workbook) is not counted as the measured host's.
//   baseline.js workbook <places.json> <out.xlsx> <name>   writes 10.000 poktan rows named "<name> 1…"
//   baseline.js serve   answers one JSON request per line of input, each with one JSON line:
//     { "pdf": <document.json> }                   → { "ms": n }  pdfmake alone, same document
//     { "import": <file.xlsx>, "scratch": <db>, "existing": bool, "places": <places.json> }
//                                                   → { "ms": n }  exceljs read + raw insert, one transaction,
//                                                     into a new database or (existing) into a copy of the office's
// Serving keeps the process (and what V8 has optimised) alive between requests, so the harness
// can take each raw run right beside the app's run it is compared with: on a noisy machine, a
// ratio of two series measured minutes apart is mostly noise. Times are taken here.

const [mode, input, output, name] = process.argv.slice(2) as [string, string | undefined, string | undefined, string | undefined];

async function renderPdf(file: string): Promise<number> {
  // A fresh copy each time, as the app's worker receives one: pdfmake writes into the definition.
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Printable;
  const start = performance.now();
  await renderOnThisThread(doc);
  return performance.now() - start;
}

interface Desa {
  code: string;
  name: string;
  kecamatanCode: string;
  kecamatanName: string;
}

/**
 * Into `scratchFile`: a new empty database, or (`existing`) a copy of the office's, as the app
 * imports into. The same rows as the app stores: each with its kecamatan's and desa's codes and
 * its place in the register's order (the desa's position in `places`, which is in that order),
 * found by name in a map; nothing is checked (foreign keys off: the new database has no places).
 */
async function importRaw(file: string, scratchFile: string, existing: boolean, places: readonly Desa[]): Promise<number> {
  const scratch = new Database(scratchFile);
  if (!existing) for (const migration of loadMigrations(MIGRATIONS_DIR)) scratch.exec(migration.sql);
  scratch.pragma('foreign_keys = OFF');
  const start = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.getWorksheet('Poktan')!.eachRow((row, n) => n > 1 && rows.push(row.values as unknown[]));
  const placeOf = new Map(places.map((desa, index) => [`${desa.kecamatanName}|${desa.name}`, { desa, order: index + 1 }]));
  const insert = scratch.prepare(
    `INSERT INTO poktan (id, type, name, name_key, kecamatan_code, desa_code, chair_name, members, place_order, created_at, updated_at) VALUES (?, 'bkr', ?, ?, ?, ?, ?, ?, ?, 'n', 'n')`,
  );
  const ids = basename(file);
  scratch.transaction(() =>
    rows.forEach((r, i) => {
      const place = placeOf.get(`${r[3]}|${r[4]}`)!;
      insert.run(`${ids}:${i}`, r[2], String(r[2]).toLowerCase(), place.desa.kecamatanCode, place.desa.code, r[5], r[6], place.order);
    }),
  )();
  const ms = performance.now() - start;
  scratch.close();
  return ms;
}

if (mode === 'workbook') {
  const places = JSON.parse(readFileSync(input!, 'utf8')) as Desa[];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Poktan');
  sheet.addRow(['Jenis poktan', 'Nama kelompok', 'Kecamatan', 'Desa/kelurahan', 'Nama ketua', 'Jumlah anggota']);
  for (let i = 0; i < 10_000; i += 1) {
    const place = places[i % places.length]!;
    sheet.addRow(['BKR', `${name ?? 'BKR Impor'} ${i + 1}`, place.kecamatanName, place.name, 'Ibu Ketua', 20 + (i % 30)]);
  }
  writeFileSync(output!, Buffer.from(await workbook.xlsx.writeBuffer()));
} else if (mode === 'serve') {
  for await (const line of createInterface({ input: process.stdin })) {
    const request = JSON.parse(line) as { pdf?: string; import?: string; scratch?: string; existing?: boolean; places?: string };
    const places = () => JSON.parse(readFileSync(request.places!, 'utf8')) as Desa[];
    const ms = request.pdf ? await renderPdf(request.pdf) : await importRaw(request.import!, request.scratch!, request.existing ?? false, places());
    console.log(JSON.stringify({ ms }));
  }
} else {
  throw new Error(`unknown mode ${mode}`);
}
