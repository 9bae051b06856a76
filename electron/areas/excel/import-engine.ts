import { withInsertsLoggedInBulk } from '../../../db/change-tracking.js';
import type { Db } from '../../../db/open.js';
import { formatNumber } from '../../contract/format.js';
import { DomainError, fieldError } from '../../core/errors.js';
import type { SheetTable } from '../../xlsx/read.js';
import { foldHeader, toDecimal, toIsoDate, toSignedDecimal, toWholeNumber, toYesNo } from './cells.js';

// One importer for every table: read the sheet, map columns to fields (by header, its common
// variants, or the user's choice), check every row with the table's own rules, list each problem
// by row and column in Bahasa Indonesia, and write nothing until every row is clean. A table
// supplies only its fields, its row check and its write (see the *-import.ts files).

export type CellValue = string | number | Date | null;

export interface ImportField {
  key: string;
  header: string;
  required?: boolean;
  /** Other headers offices use for the column; compared folded (case, spacing, "(…)" ignored). */
  aliases?: readonly string[];
}

/** Options a table may need beyond the file (the Rakorda grid's year and layer). */
export interface ImportOptions {
  year: number | null;
  layer: 'target' | 'achieved' | 'numerator' | 'denominator' | 'existing' | null;
}

/** One file row as a table's check sees it: typed readers that record a problem per bad cell. */
export interface RowReader {
  readonly rowNumber: number;
  readonly problems: string[];
  text(key: string): string;
  /** The cell's header as the user knows it, for messages. */
  header(key: string): string;
  cellProblem(key: string, message: string): void;
  /**
   * Adds a form check's messages (by schema path) under the file's columns (`columnOf` maps a
   * path to its column; others are their own, or `otherwise`'s); a column the row already names a
   * problem in (a cell that could not be read, a required one left empty) is not named twice.
   */
  formProblems(messages: Record<string, string>, columnOf: Record<string, string>, otherwise?: string): void;
  whole(key: string): number | null;
  decimal(key: string): number | null;
  signed(key: string): number | null;
  date(key: string): string | null;
  yesNo(key: string): boolean | null;
}

export interface CheckedRow<F> {
  fields: F;
  /** The record this row matches, updated or skipped as the user chooses. */
  existingId: string | null;
  /** Two rows of one file with the same key describe the same record. */
  duplicateKey: string;
}

export interface TemplateList {
  key: string;
  title: string;
  values: string[];
  error: string;
  /** Excel warns but accepts other values (free text beside a catalogue). */
  warnOnly?: boolean;
}

export interface ImportSpec<F> {
  sheet: string;
  /** What makes two rows the same record, as the duplicate message says it ("jenis, desa dan nama"). */
  sameRecord: string;
  fields(db: Db, options: ImportOptions): readonly ImportField[];
  /** What the problem table shows to identify the row (a group's name, a kecamatan). */
  label(row: RowReader): string;
  /** Prepared once per file (lookups loaded once); returns the row's fields, or null when it has problems. */
  checker(db: Db, options: ImportOptions): (row: RowReader) => CheckedRow<F> | null;
  /** Writes a row; returns false when it matched a record stored as it is (nothing written). */
  write(db: Db, fields: F, existingId: string | null, options: ImportOptions): boolean;
  /**
   * Tables whose new rows are logged in bulk during the write (see withInsertsLoggedInBulk): only
   * tables `write` inserts into and then leaves alone, parents before children.
   */
  insertsInto?: readonly string[];
  /** A message when the file as a whole is not one for these options (a Rakorda template of another layer or year); read from its headers. */
  refuseFile?(headers: readonly string[], options: ImportOptions): string | null;
  /** A clean row that carries nothing to write (a prefilled kecamatan left blank) is left out, as a blank row is. */
  isEmpty?(fields: F): boolean;
  /** The template's example row, to replace; left in a file as it was written, it is not imported. */
  example?(db: Db): CellValue[];
  /** The template's rows to start from (Rakorda: the stored figures to edit) and its drop-down lists. */
  template(db: Db, options: ImportOptions): { rows: CellValue[][]; lists: TemplateList[] };
}

export type Mapping = Record<string, number>;

/** Called every hundred rows of a long check or write: reports how far it is, and pauses now and then so other calls are answered. */
export type Step = (done: number, total: number) => Promise<void>;
const noStep: Step = async () => {};
/** Rows between steps: an await per row costs more than the rows' own checks. */
const ROWS_PER_STEP = 100;

export interface RowResult {
  rowNumber: number;
  name: string;
  /** new: will be added; existing: matches a stored record (updated or skipped); error: blocks the import. */
  status: 'new' | 'existing' | 'error';
  problems: string[];
}

interface PlannedRow<F> extends RowResult {
  fields: F | null;
  existingId: string | null;
}

/** Whether two mappings send every field to the same column. */
export function sameMapping(a: Mapping, b: Mapping): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Suggests which file column holds each field, by header name and its common variants. */
export function suggestMapping(fields: readonly ImportField[], headers: readonly string[]): Mapping {
  const mapping: Mapping = {};
  const folded = headers.map(foldHeader);
  for (const field of fields) {
    const names = [foldHeader(field.header), ...(field.aliases ?? []).map(foldHeader)];
    const index = folded.findIndex((header) => names.includes(header));
    if (index >= 0) mapping[field.key] = index;
  }
  return mapping;
}

/** A cell as the checks read it: trimmed text, a date as yyyy-mm-dd. */
const cellText = (value: CellValue): string => (value === null ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim());

function rowReader(row: { rowNumber: number; values: readonly CellValue[] }, mapping: Mapping, headers: Map<string, string>): RowReader {
  const problems: string[] = [];
  const get = (key: string): CellValue => (mapping[key] === undefined ? null : (row.values[mapping[key]] ?? null));
  const text = (key: string) => cellText(get(key));
  const header = (key: string) => headers.get(key) ?? key;
  const cellProblem = (key: string, message: string) => problems.push(`Kolom "${header(key)}": ${message}`);
  const parsed = <T>(key: string, parse: (value: CellValue) => T | null | 'invalid', what: string): T | null => {
    const value = parse(get(key));
    if (value !== 'invalid') return value;
    cellProblem(key, `"${text(key)}" ${what}`);
    return null;
  };
  // A count below 0 is a number all the same: what is wrong is its sign.
  const unsigned = <T>(key: string, parse: (value: CellValue) => T | null | 'invalid', what: string): T | null => {
    if (parse(get(key)) !== 'invalid' || !/^-\s*\d[\d.,]*$/.test(text(key))) return parsed(key, parse, what);
    cellProblem(key, `"${text(key)}" tidak boleh negatif.`);
    return null;
  };
  return {
    rowNumber: row.rowNumber,
    problems,
    text,
    header,
    cellProblem,
    formProblems: (messages, columnOf, otherwise) => {
      for (const [path, message] of Object.entries(messages)) {
        const key = columnOf[path] ?? otherwise ?? path;
        // Both a cell's problem and a required column's start with its quoted header.
        if (!problems.some((problem) => problem.startsWith(`Kolom "${header(key)}"`))) cellProblem(key, message);
      }
    },
    whole: (key) => unsigned(key, toWholeNumber, 'bukan bilangan bulat.'),
    decimal: (key) => unsigned(key, toDecimal, 'bukan angka (gunakan koma untuk desimal, misalnya 12,5).'),
    signed: (key) => parsed(key, toSignedDecimal, 'bukan angka (misalnya -6,35).'),
    date: (key) => parsed(key, toIsoDate, 'bukan tanggal (gunakan hh/bb/tttt).'),
    yesNo: (key) => parsed(key, toYesNo, 'bukan Ya atau Tidak.'),
  };
}

/** Checks every row of a table's sheet as its form would, without writing. */
export async function planImport<F>(db: Db, table: SheetTable, spec: ImportSpec<F>, options: ImportOptions, requested: Mapping | null, step: Step = noStep) {
  const fields = spec.fields(db, options);
  const mapping = requested ?? suggestMapping(fields, table.headers);
  const missing = fields.filter((f) => f.required && mapping[f.key] === undefined).map((f) => f.header);
  const base = { sheetName: table.sheetName, expectedSheet: spec.sheet, headers: table.headers, fields: fields.map(({ key, header, required }) => ({ key, header, required: required ?? false })), mapping, missing };
  const refused = spec.refuseFile?.(table.headers, options);
  if (refused) throw fieldError({ file: refused });
  if (missing.length > 0 && requested === null) {
    // Read to the end all the same: a problem of the file shows now, and the table is kept for the check after the user's mapping.
    for await (const slice of table.slices()) void slice;
    return { ...base, rows: [] as PlannedRow<F>[], emptyRows: [] as number[] };
  }
  if (missing.length > 0) throw new DomainError('validation', `Kolom wajib belum dipetakan: ${missing.join(', ')}.`);

  const headers = new Map(fields.map((f) => [f.key, f.header]));
  const check = spec.checker(db, options);
  // The template's example row, left in the file as it was written, is not a record to add.
  const example = spec.example?.(db);
  const isExample = (reader: RowReader) => example !== undefined && fields.every((field, i) => reader.text(field.key) === cellText(example[i] ?? null));
  const seen = new Map<string, number>();
  const rows: PlannedRow<F>[] = [];
  // Counted, so a row the user filled in part (a period's year, no figures) is not lost without a word.
  const emptyRows: number[] = [];
  // Rows come as the reader thread parses them: the first are checked while it reads the rest.
  let index = 0;
  for await (const slice of table.slices()) {
    for (const row of slice) {
      // The sheet's stated size, unless it states none or too few: then the total is unknown (0).
      if (index % ROWS_PER_STEP === 0) await step(index, table.expectedRows >= index ? table.expectedRows : 0);
      index += 1;
      const reader = rowReader(row, mapping, headers);
      if (row.hidden) reader.problems.push('Baris ini tersembunyi di Excel; tampilkan (unhide) atau hapus barisnya.');
      for (const field of fields) if (field.required && reader.text(field.key) === '') reader.problems.push(`Kolom "${field.header}" wajib diisi.`);
      if (isExample(reader)) reader.problems.push('Ini baris contoh dari templat: ganti dengan data sebenarnya atau hapus barisnya.');
      const checked = check(reader);
      // Left out before its key is kept: a row without figures is never the original of a later one.
      if (checked && reader.problems.length === 0 && spec.isEmpty?.(checked.fields)) {
        emptyRows.push(row.rowNumber);
        continue;
      }
      if (checked && reader.problems.length === 0) {
        const earlier = seen.get(checked.duplicateKey);
        if (earlier) reader.problems.push(`Sama dengan baris ${earlier} di berkas ini (${spec.sameRecord}).`);
        else seen.set(checked.duplicateKey, row.rowNumber);
      }
      const ok = checked !== null && reader.problems.length === 0;
      rows.push({
        rowNumber: row.rowNumber,
        name: spec.label(reader),
        status: ok ? (checked.existingId ? 'existing' : 'new') : 'error',
        problems: reader.problems,
        fields: ok ? checked.fields : null,
        existingId: ok ? checked.existingId : null,
      });
    }
  }
  return { ...base, rows, emptyRows };
}

export type ImportPlan<F> = Awaited<ReturnType<typeof planImport<F>>>;

/** Writes a checked plan: every row in the caller's transaction, or none when any row has a problem. */
export async function applyImport<F>(db: Db, spec: ImportSpec<F>, plan: ImportPlan<F>, existing: 'update' | 'skip', options: ImportOptions, step: Step = noStep) {
  const errors = plan.rows.filter((r) => r.status === 'error').length;
  if (errors > 0) throw new DomainError('validation', `${formatNumber(errors)} baris masih bermasalah; perbaiki berkasnya, lalu impor lagi. Tidak ada data yang disimpan.`);
  const counts = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  await withInsertsLoggedInBulk(db, spec.insertsInto ?? [], async (logInserts) => {
    for (const [index, row] of plan.rows.entries()) {
      if (index % ROWS_PER_STEP === 0) {
        logInserts();
        await step(index, plan.rows.length);
      }
      if (row.existingId && existing === 'skip') {
        counts.skipped += 1;
        continue;
      }
      const changed = spec.write(db, row.fields!, row.existingId, options);
      counts[!row.existingId ? 'added' : changed ? 'updated' : 'unchanged'] += 1;
    }
  });
  return counts;
}

/** What the preview sends to the screen: the rows without their parsed fields. */
export function previewOf<F>(plan: ImportPlan<F>) {
  const counts = { new: 0, existing: 0, error: 0 };
  for (const row of plan.rows) counts[row.status] += 1;
  const rows: RowResult[] = plan.rows.map(({ rowNumber, name, status, problems }) => ({ rowNumber, name, status, problems }));
  return { sheetName: plan.sheetName, expectedSheet: plan.expectedSheet, headers: plan.headers, fields: plan.fields, mapping: plan.mapping, missing: plan.missing, counts, rows, emptyRows: plan.emptyRows };
}
