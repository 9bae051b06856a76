import type ExcelJS from 'exceljs';
import type { Db } from '../../../db/open.js';
import { newWorkbook } from '../../xlsx/write.js';
import type { ImportOptions, ImportSpec } from './import-engine.js';

type Validations = { add(range: string, validation: ExcelJS.DataValidation): void };

const columnLetter = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : columnLetter(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26)));

/**
 * An import template: the table's columns (required ones marked *), a note explaining them on
 * the example row, and drop-down lists kept on a hidden sheet so they can be long (345 desa)
 * without hitting Excel's 255-character limit for inline lists.
 */
export async function templateWorkbook<F>(db: Db, spec: ImportSpec<F>, options: ImportOptions): Promise<ExcelJS.Workbook> {
  const workbook = await newWorkbook();
  const fields = spec.fields(db, options);
  const { rows, example, lists } = spec.template(db, options);
  const sheet = workbook.addWorksheet(spec.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(fields.map((f) => (f.required ? `${f.header} *` : f.header)));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF3' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  fields.forEach((f, i) => (sheet.getColumn(i + 1).width = Math.min(40, Math.max(14, f.header.length + 4))));
  for (const row of rows) sheet.addRow(row);
  if (example) {
    sheet.getRow(2).font = { italic: true, color: { argb: 'FF667085' } };
    sheet.getCell('A2').note = 'Baris contoh: ganti atau hapus sebelum mengimpor. Kolom bertanda * wajib diisi.';
  }

  if (lists.length === 0) return workbook;
  const listSheet = workbook.addWorksheet('Daftar', { state: 'hidden' });
  const validations = (sheet as unknown as { dataValidations: Validations }).dataValidations;
  lists.forEach((list, i) => {
    listSheet.getCell(1, i + 1).value = list.title;
    list.values.forEach((value, r) => (listSheet.getCell(r + 2, i + 1).value = value));
    const target = columnLetter(fields.findIndex((f) => f.key === list.key));
    const source = columnLetter(i);
    validations.add(`${target}2:${target}20000`, {
      type: 'list',
      allowBlank: true,
      formulae: [`Daftar!$${source}$2:$${source}$${Math.max(2, list.values.length + 1)}`],
      showErrorMessage: true,
      errorStyle: list.warnOnly ? 'warning' : 'stop',
      errorTitle: 'Pilihan tidak dikenal',
      error: list.error,
    });
  });
  return workbook;
}
