import type ExcelJS from 'exceljs';
import type { Db } from '../../../db/open.js';
import { addSheet, newWorkbook } from '../../xlsx/write.js';

// Archive export: every table of the database as a sheet, columns as stored. Binary columns
// (the logo) are left out; everything else is complete.

const SKIPPED_COLUMNS = new Set(['logo']);

export async function databaseExportWorkbook(db: Db): Promise<ExcelJS.Workbook> {
  const workbook = await newWorkbook();
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[];
  for (const { name } of tables) {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => c.name).filter((c) => !SKIPPED_COLUMNS.has(c));
    const rows = db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${name}"`).raw().all() as unknown[][];
    addSheet(
      workbook,
      name,
      columns.map((column, index) => ({ header: column, value: (row: unknown[]) => row[index] as string | number | null })),
      rows,
    );
  }
  return workbook;
}
