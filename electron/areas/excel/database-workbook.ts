import type { Db } from '../../../db/open.js';
import type { StoredFile } from '../../contract/result.js';
import { keptWorkbook } from '../../xlsx/write.js';

// Archive export: every table of the database as a sheet, columns as stored. Read here a thousand
// rows at a time and written by exceljs's streaming writer in a worker thread (xlsx/writer-worker.ts),
// so a province-sized database neither fills memory nor freezes the app. Binary columns (the logo)
// are left out, and so is the change log: it outgrows a sheet's 1.048.576 rows, it is browsed in
// Riwayat & Sampah, and backups keep it whole.

const SKIPPED_COLUMNS = new Set(['logo']);
const SKIPPED_TABLES = new Set(['change_log', 'record_rev']);
const ROWS_PER_READ = 1_000;

/** How much of each table an export could read: all of it, or the rows before the damage. */
export interface TableReading {
  table: string;
  rows: number;
  error: string | null;
}

export async function databaseExportFile(db: Db, fileName: string): Promise<StoredFile> {
  return writeArchive(db, fileName, false);
}

/**
 * The same archive from a damaged database: every table is read as far as SQLite can, and a
 * last sheet says what was complete and where reading stopped.
 */
export async function salvageExportFile(db: Db, fileName: string): Promise<{ file: StoredFile; tables: TableReading[] }> {
  const readings: TableReading[] = [];
  const file = await writeArchive(db, fileName, true, readings);
  return { file, tables: readings };
}

/** The columns a table is read in slices by: its rowid, or the primary key of a WITHOUT ROWID table. */
function sliceKey(db: Db, table: string): string[] {
  const sql = db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?`).pluck().get(table) as string;
  if (!/WITHOUT\s+ROWID/i.test(sql)) return ['rowid'];
  const key = db.prepare(`SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0`).all(table) as { name: string; pk: number }[];
  return key.sort((a, b) => a.pk - b.pk).map((column) => column.name);
}

function writeArchive(db: Db, fileName: string, tolerant: boolean, readings: TableReading[] = []): Promise<StoredFile> {
  return keptWorkbook(fileName, async (book) => {
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
    for (const table of tables.filter((name) => !SKIPPED_TABLES.has(name))) {
      const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).filter((c) => !SKIPPED_COLUMNS.has(c));
      await book.sheet({ name: table, header: 'bold', columns: columns.map((column) => ({ header: column, width: Math.max(12, column.length + 2) })) });
      const reading: TableReading = { table, rows: 0, error: null };
      const list = columns.map((c) => `"${c}"`).join(', ');
      try {
        if (tolerant) {
          // A damaged database (the recovery screen, where nothing else writes): one iterator reads
          // every row up to the damage.
          let chunk: unknown[][] = [];
          try {
            for (const row of db.prepare(`SELECT ${list} FROM "${table}"`).raw().iterate() as Iterable<unknown[]>) {
              chunk.push(row);
              reading.rows += 1;
              if (chunk.length === ROWS_PER_READ) {
                await book.rows(chunk);
                chunk = [];
              }
            }
          } finally {
            // The rows read before the damage are kept too.
            if (chunk.length > 0) await book.rows(chunk);
          }
        } else {
          // Read in key order a thousand rows at a time, not through one open iterator: while one is
          // open, any write of another call on this connection fails ("connection is busy"), and
          // calls do run while a chunk is being written.
          const key = sliceKey(db, table);
          const keys = key.map((c) => `"${c}"`).join(', ');
          const first = db.prepare(`SELECT ${keys}, ${list} FROM "${table}" ORDER BY ${keys} LIMIT ${ROWS_PER_READ}`).raw();
          const next = db.prepare(`SELECT ${keys}, ${list} FROM "${table}" WHERE (${keys}) > (${key.map(() => '?').join(', ')}) ORDER BY ${keys} LIMIT ${ROWS_PER_READ}`).raw();
          for (let rows = first.all() as unknown[][]; rows.length > 0; rows = next.all(...rows.at(-1)!.slice(0, key.length)) as unknown[][]) {
            await book.rows(rows.map((row) => row.slice(key.length)));
            reading.rows += rows.length;
          }
        }
      } catch (error) {
        if (!tolerant) throw error;
        reading.error = (error as Error).message;
      }
      readings.push(reading);
    }
    if (tolerant) {
      await book.sheet({ name: 'Keterangan pemulihan', header: 'bold', columns: [{ header: 'Tabel', width: 28 }, { header: 'Baris terbaca', width: 16 }, { header: 'Keadaan', width: 70 }] });
      await book.rows(readings.map((r) => [r.table, r.rows, r.error ? `Terbaca sebagian; berhenti karena: ${r.error}` : 'Lengkap']));
    }
  });
}
