import type { SheetRow } from '../../xlsx/read.js';
import { toDecimal, toIsoDate, toSignedDecimal, toWholeNumber, toYesNo, foldHeader } from './cells.js';

// The half of an import that needs no database: which column holds which field, and a row's
// cells read and checked. It runs in the reader thread for tables whose cells are checked there
// (row-checks.ts), and on the main thread for the others; nothing here may import the database.

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
  /** Whether the file has a column for the field (a row's empty cell is there all the same). */
  has(key: string): boolean;
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

export type Mapping = Record<string, number>;

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

/** A mapping the user made for a file's headers, remembered for the next file with the same headers. */
export interface RememberedMapping {
  signature: string;
  mapping: Mapping;
}

export const headerSignature = (headers: readonly string[]) => headers.map((h) => h.toLowerCase().trim()).join('|');

/** The user's mapping, else the one remembered for these headers, else one suggested from them. */
export function chooseMapping(fields: readonly ImportField[], headers: readonly string[], requested: Mapping | null, remembered: RememberedMapping | null): Mapping {
  if (requested) return requested;
  return remembered && remembered.signature === headerSignature(headers) ? remembered.mapping : suggestMapping(fields, headers);
}

/** The headers of the required fields no column is mapped to. */
export const missingFields = (fields: readonly ImportField[], mapping: Mapping) => fields.filter((f) => f.required && mapping[f.key] === undefined).map((f) => f.header);

/** A cell as the checks read it: trimmed text, a date as yyyy-mm-dd. */
const cellText = (value: CellValue): string => (value === null ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim());

function rowReader(row: SheetRow, mapping: Mapping, headers: Map<string, string>): RowReader {
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
    has: (key) => mapping[key] !== undefined,
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

/** A row after the checks that need no database: its problems so far, and what its table's cell check made of it. */
export interface PrecheckedRow<D> {
  rowNumber: number;
  name: string;
  problems: string[];
  /** Null when the row has problems. */
  draft: D | null;
}

/** What a row's check needs besides the row: the fields, the columns chosen, the template's example row. */
export interface RowCheckSetup {
  fields: readonly ImportField[];
  mapping: Mapping;
  /** The template's example row: left in a file as it was written, it is not imported. */
  example: CellValue[] | undefined;
}

/**
 * The engine's own checks of a row (hidden, a required cell left empty, the template's example
 * row left in) around the table's check of its cells, which reads the row and returns its draft.
 */
export function rowPrechecker<D>(setup: RowCheckSetup, check: (row: RowReader) => D | null, label: (row: RowReader) => string): (row: SheetRow) => PrecheckedRow<D> {
  const { fields, mapping, example } = setup;
  const headers = new Map(fields.map((f) => [f.key, f.header]));
  const isExample = (reader: RowReader) => example !== undefined && fields.every((field, i) => reader.text(field.key) === cellText(example[i] ?? null));
  return (row) => {
    const reader = rowReader(row, mapping, headers);
    if (row.hidden) reader.problems.push('Baris ini tersembunyi di Excel; tampilkan (unhide) atau hapus barisnya.');
    for (const field of fields) if (field.required && reader.text(field.key) === '') reader.problems.push(`Kolom "${field.header}" wajib diisi.`);
    if (isExample(reader)) reader.problems.push('Ini baris contoh dari templat: ganti dengan data sebenarnya atau hapus barisnya.');
    const draft = check(reader);
    return { rowNumber: row.rowNumber, name: label(reader), problems: reader.problems, draft: reader.problems.length === 0 ? draft : null };
  };
}
