import { withInsertsLoggedInBulk } from '../../../db/change-tracking.js';
import type { Db } from '../../../db/open.js';
import { formatNumber } from '../../contract/format.js';
import { DomainError, fieldError } from '../../core/errors.js';
import type { SheetRow } from '../../xlsx/read.js';
import { chooseMapping, missingFields, rowPrechecker, type CellValue, type ImportField, type ImportOptions, type Mapping, type PrecheckedRow, type RememberedMapping, type RowReader } from './import-rows.js';
import type { CellCheckName } from './row-checks.js';
import { readSheetOffThread, type SheetRead } from './sheet-reader.js';

// One importer for every table: read the sheet, map columns to fields (by header, its common
// variants, or the user's choice), check every row with the table's own rules, list each problem
// by row and column in Bahasa Indonesia, and write nothing unless every row is clean. A table
// supplies only its fields, its row check and its write (see the *-import.ts files).

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

interface ImportSpecBase<F> {
  sheet: string;
  /** What makes two rows the same record, as the duplicate message says it ("jenis, desa dan nama"). */
  sameRecord: string;
  fields(db: Db, options: ImportOptions): readonly ImportField[];
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

/** A row check on the main thread, beside the database. */
interface MainThreadCheck<F> {
  /** What the problem table shows to identify the row (a group's name, a kecamatan). */
  label(row: RowReader): string;
  /** Prepared once per file (lookups loaded once); returns the row's fields, or null when it has problems. */
  checker(db: Db, options: ImportOptions): (row: RowReader) => CheckedRow<F> | null;
  cells?: never;
}

/**
 * A row check in two halves, for a table whose files are long (the poktan register): the cells'
 * half runs in the reader thread (row-checks.ts, under `check`) with the lists `context` loads,
 * and `match` finds the row's stored record here. Matching by the duplicate key only, such a
 * table's import writes each row as it arrives: a row written cannot change a later row's check.
 */
interface CellCheck<F, D> {
  cells: {
    check: CellCheckName;
    context(db: Db, options: ImportOptions): unknown;
    /** The row's stored record; null, with its problems added, when the row cannot be written over it. */
    match(db: Db, draft: D, problems: string[]): CheckedRow<F> | null;
  };
  label?: never;
  checker?: never;
}

export type ImportSpec<F, D = never> = ImportSpecBase<F> & (MainThreadCheck<F> | CellCheck<F, D>);

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

/** A file being read for a table: its head, the columns chosen, and its rows as they are parsed. */
export interface ImportRead {
  sheetName: string;
  expectedSheet: string;
  headers: readonly string[];
  fields: { key: string; header: string; required: boolean }[];
  mapping: Mapping;
  /** Required fields no column is mapped to. */
  missing: string[];
  expectedRows: number;
  /** Read once. */
  slices: AsyncIterable<readonly SheetRow[]> | AsyncIterable<readonly PrecheckedRow<unknown>[]>;
}

/**
 * Reads a file for a table in the reader thread, answering once the header is read; for a table
 * with a cell check, the thread checks the cells too. A file not for these options is refused.
 */
export async function readImport<F, D>(db: Db, spec: ImportSpec<F, D>, options: ImportOptions, base64: string, requested: Mapping | null, remembered: RememberedMapping | null = null): Promise<ImportRead> {
  const fields = spec.fields(db, options);
  const read: SheetRead<SheetRow> | SheetRead<PrecheckedRow<unknown>> = spec.cells
    ? await readSheetOffThread(base64, spec.sheet, { check: spec.cells.check, context: spec.cells.context(db, options), fields, example: spec.example?.(db), requested, remembered })
    : await readSheetOffThread(base64, spec.sheet);
  const mapping = read.mapping ?? chooseMapping(fields, read.headers, requested, remembered);
  const refused = spec.refuseFile?.(read.headers, options);
  if (refused) throw fieldError({ file: refused });
  return {
    sheetName: read.sheetName,
    expectedSheet: spec.sheet,
    headers: read.headers,
    fields: fields.map(({ key, header, required }) => ({ key, header, required: required ?? false })),
    mapping,
    missing: missingFields(fields, mapping),
    expectedRows: read.expectedRows,
    slices: read.slices,
  };
}

/**
 * Checks each row of a read file as its form would, in order, and hands each checked row to
 * `take`. A required field left unmapped (by the headers or by the user's own mapping): the rows
 * are read to the end (a problem of the file shows) and none is checked; the screen asks for the
 * mapping again.
 */
async function checkRows<F, D>(db: Db, spec: ImportSpec<F, D>, options: ImportOptions, read: ImportRead, step: Step, take: (row: PlannedRow<F>) => void) {
  const unchecked = read.missing.length > 0;
  // A main-thread check runs here on each row; a cell check ran in the reader thread and the row is matched here.
  const precheck = unchecked || spec.cells ? undefined : rowPrechecker({ fields: read.fields, mapping: read.mapping, example: spec.example?.(db) }, spec.checker(db, options), spec.label);
  const match = spec.cells ? (draft: unknown, problems: string[]) => spec.cells.match(db, draft as D, problems) : (draft: unknown) => draft as CheckedRow<F>;
  const seen = new Map<string, number>();
  // Counted, so a row the user filled in part (a period's year, no figures) is not lost without a word.
  const emptyRows: number[] = [];
  let index = 0;
  for await (const slice of read.slices) {
    if (unchecked) continue;
    for (const sheetRow of slice) {
      // The sheet's stated size, unless it states none or too few: then the total is unknown (0).
      if (index % ROWS_PER_STEP === 0) await step(index, read.expectedRows >= index ? read.expectedRows : 0);
      index += 1;
      const row = precheck ? precheck(sheetRow as SheetRow) : (sheetRow as PrecheckedRow<unknown>);
      const checked = row.draft === null ? null : match(row.draft, row.problems);
      // Left out before its key is kept: a row without figures is never the original of a later one.
      if (checked && spec.isEmpty?.(checked.fields)) {
        emptyRows.push(row.rowNumber);
        continue;
      }
      if (checked) {
        const earlier = seen.get(checked.duplicateKey);
        if (earlier) row.problems.push(`Sama dengan baris ${earlier} di berkas ini (${spec.sameRecord}).`);
        else seen.set(checked.duplicateKey, row.rowNumber);
      }
      const ok = checked !== null && row.problems.length === 0;
      take({ rowNumber: row.rowNumber, name: row.name, status: ok ? (checked.existingId ? 'existing' : 'new') : 'error', problems: row.problems, fields: ok ? checked.fields : null, existingId: ok ? checked.existingId : null });
    }
  }
  return emptyRows;
}

/** Checks every row of a read file as its form would, without writing. */
export async function planImport<F, D>(db: Db, spec: ImportSpec<F, D>, options: ImportOptions, read: ImportRead, step: Step = noStep) {
  const rows: PlannedRow<F>[] = [];
  const emptyRows = await checkRows(db, spec, options, read, step, (row) => rows.push(row));
  const { sheetName, expectedSheet, headers, fields, mapping, missing } = read;
  return { sheetName, expectedSheet, headers, fields, mapping, missing, rows, emptyRows };
}

export type ImportPlan<F> = Awaited<ReturnType<typeof planImport<F, unknown>>>;

type Counts = { added: number; updated: number; unchanged: number; skipped: number };

/** Writes rows in the caller's transaction, logging new rows in bulk every hundred rows. */
async function writeRows<F>(db: Db, spec: ImportSpecBase<F>, existing: 'update' | 'skip', options: ImportOptions, fill: (write: (row: PlannedRow<F>) => void, logInserts: () => void) => Promise<void>): Promise<Counts> {
  const counts = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  await withInsertsLoggedInBulk(db, spec.insertsInto ?? [], (logInserts) =>
    fill((row) => {
      if (row.existingId && existing === 'skip') {
        counts.skipped += 1;
        return;
      }
      const changed = spec.write(db, row.fields!, row.existingId, options);
      counts[!row.existingId ? 'added' : changed ? 'updated' : 'unchanged'] += 1;
    }, logInserts),
  );
  return counts;
}

const stillWrong = (errors: number) => new DomainError('validation', `${formatNumber(errors)} baris masih bermasalah; perbaiki berkasnya, lalu impor lagi. Tidak ada data yang disimpan.`);

/** Writes a checked plan: every row in the caller's transaction, or none when any row has a problem. */
export async function applyImport<F>(db: Db, spec: ImportSpecBase<F>, plan: ImportPlan<F>, existing: 'update' | 'skip', options: ImportOptions, step: Step = noStep) {
  const errors = plan.rows.filter((r) => r.status === 'error').length;
  if (errors > 0) throw stillWrong(errors);
  return writeRows(db, spec, existing, options, async (write, logInserts) => {
    for (const [index, row] of plan.rows.entries()) {
      if (index % ROWS_PER_STEP === 0) {
        logInserts();
        await step(index, plan.rows.length);
      }
      write(row);
    }
  });
}

/**
 * Checks a read file and writes it in the caller's transaction, or throws when any row has a
 * problem (the caller's rollback writes none). A table with a cell check is written in one pass,
 * each clean row as it arrives while the reader thread reads and checks on; the first problem
 * stops the writing, and the rest is still checked so that the count of rows to fix is whole.
 * Other tables are checked whole first: their check reads what earlier rows would have written.
 */
export async function importRead<F, D>(db: Db, spec: ImportSpec<F, D>, options: ImportOptions, read: ImportRead, existing: 'update' | 'skip', checking: Step = noStep, writing: Step = noStep): Promise<Counts> {
  if (read.missing.length > 0) throw new DomainError('validation', `Kolom wajib belum dipetakan: ${read.missing.join(', ')}.`);
  if (!spec.cells) return applyImport(db, spec, await planImport(db, spec, options, read, checking), existing, options, writing);
  let errors = 0;
  const counts = await writeRows(db, spec, existing, options, (write, logInserts) =>
    checkRows(db, spec, options, read, async (done, total) => {
      if (errors > 0) return checking(done, total);
      logInserts();
      await writing(done, total);
    }, (row) => {
      if (row.status === 'error') errors += 1;
      else if (errors === 0) write(row);
    }).then(() => undefined),
  );
  if (errors > 0) throw stillWrong(errors);
  return counts;
}

/** What the preview sends to the screen: the rows without their parsed fields. */
export function previewOf<F>(plan: ImportPlan<F>) {
  const counts = { new: 0, existing: 0, error: 0 };
  for (const row of plan.rows) counts[row.status] += 1;
  const rows: RowResult[] = plan.rows.map(({ rowNumber, name, status, problems }) => ({ rowNumber, name, status, problems }));
  return { sheetName: plan.sheetName, expectedSheet: plan.expectedSheet, headers: plan.headers, fields: plan.fields, mapping: plan.mapping, missing: plan.missing, counts, rows, emptyRows: plan.emptyRows };
}
