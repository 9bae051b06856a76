import type { Db } from '../../../db/open.js';
import type { WorkbookWriter } from '../../xlsx/write.js';
import type { ImportSpec } from './import-engine.js';
import type { ImportOptions } from './import-rows.js';

const columnLetter = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : columnLetter(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26)));

/**
 * An import template: the table's columns (required ones marked *), a note explaining them on
 * the example row, and drop-down lists kept on a hidden sheet so they can be long (345 desa)
 * without hitting Excel's 255-character limit for inline lists.
 */
export async function templateWorkbook<F>(book: WorkbookWriter, db: Db, spec: ImportSpec<F>, options: ImportOptions): Promise<void> {
  const fields = spec.fields(db, options);
  const { rows, lists } = spec.template(db, options);
  const example = spec.example?.(db);
  await book.sheet({
    name: spec.sheet,
    header: 'shaded',
    columns: fields.map((f) => ({ header: f.required ? `${f.header} *` : f.header, width: Math.min(40, Math.max(14, f.header.length + 4)) })),
    validations: lists.map((list, i) => {
      const target = columnLetter(fields.findIndex((f) => f.key === list.key));
      const source = columnLetter(i);
      return {
        range: `${target}2:${target}20000`,
        validation: {
          type: 'list',
          allowBlank: true,
          formulae: [`${LISTS_SHEET}!$${source}$2:$${source}$${Math.max(2, list.values.length + 1)}`],
          showErrorMessage: true,
          errorStyle: list.warnOnly ? 'warning' : 'stop',
          errorTitle: 'Pilihan tidak dikenal',
          error: list.error,
        },
      };
    }),
  });
  if (example) await book.rows([example], 'Baris contoh: ganti atau hapus sebelum mengimpor. Kolom bertanda * wajib diisi.');
  await book.rows(rows);

  if (lists.length === 0) return;
  // The lists side by side, one per column, under their titles.
  await book.sheet({ name: LISTS_SHEET, header: 'bold', hidden: true, columns: lists.map((list) => ({ header: list.title, width: 30 })) });
  const longest = Math.max(...lists.map((list) => list.values.length));
  await book.rows(Array.from({ length: longest }, (_, r) => lists.map((list) => list.values[r] ?? null)));
}

const LISTS_SHEET = 'Daftar';
