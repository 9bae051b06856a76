import { createHash } from 'node:crypto';
import { formatNumber } from '../contract/format.js';
import { DomainError } from '../core/errors.js';
import { workerClient } from '../core/worker-client.js';
import { openXlsx, parseSheetRows, type CellValue, type XlsxPackage } from './sheet-xml.js';

// Reading an office's workbook defensively: every way a file can be unusable gets its own
// message, and the values people see (formula results, not formulas) are what is read.

export const MAX_IMPORT_ROWS = 100_000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // old .xls, and every password-protected .xlsx

const fileError = (message: string) => new DomainError('validation', message, { file: message });

function openWorkbook(base64: string): XlsxPackage {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw fileError('Berkas kosong.');
  const starts = (signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(OLE)) {
    throw fileError('Berkas ini dilindungi kata sandi atau berformat Excel lama (.xls). Buka di Excel, hapus kata sandinya atau simpan sebagai .xlsx, lalu coba lagi.');
  }
  if (!starts(ZIP)) throw fileError('Berkas ini bukan buku kerja Excel (.xlsx).');
  try {
    return openXlsx(bytes);
  } catch {
    throw fileError('Berkas .xlsx ini rusak dan tidak dapat dibaca.');
  }
}

/** Read-only: one table may serve a preview and the import after it. */
export interface SheetTable {
  /** The sheet read: the one named, or else the first visible sheet with data. */
  readonly sheetName: string;
  readonly headers: readonly string[];
  readonly rows: readonly { readonly rowNumber: number; readonly hidden: boolean; readonly values: readonly (string | number | Date | null)[] }[];
}

/** A cell as the import reads it: text trimmed (empty is no value), Ya/Tidak for a checkbox's TRUE/FALSE. */
function shown(value: CellValue | undefined): string | number | Date | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak';
  return value;
}

/** "AB" for column 28. */
function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Reads a sheet whose first non-empty row is the header: the one named, or else the first visible
 * sheet with data. Refuses merged header cells and oversize sheets.
 */
export function readSheet(base64: string, preferredName: string): SheetTable {
  const workbook = openWorkbook(base64);
  const named = workbook.sheets.find((sheet) => sheet.name === preferredName);
  for (const sheet of named ? [named] : workbook.sheets.filter((s) => !s.hidden)) {
    let headerRow = 0;
    let headers: string[] = [];
    let count = 0;
    const rows: SheetTable['rows'][number][] = [];
    let merged;
    try {
      merged = parseSheetRows(workbook, sheet.path, (row) => {
        count += 1;
        if (headerRow === 0) {
          headerRow = row.rowNumber;
          headers = Array.from(row.cells, (cell) => String(shown(cell) ?? ''));
          while (headers.length > 0 && headers.at(-1) === '') headers.pop();
          return;
        }
        if (count > MAX_IMPORT_ROWS + 2) return;
        const values = headers.map((_, i) => shown(row.cells[i]));
        if (values.some((v) => v !== null)) rows.push({ rowNumber: row.rowNumber, hidden: row.hidden, values });
      });
    } catch {
      throw fileError('Berkas .xlsx ini rusak dan tidak dapat dibaca.');
    }
    if (count === 0 && !named) continue;
    if (count === 0) break;
    if (count > MAX_IMPORT_ROWS + 2) {
      throw fileError(`Lembar kerja berisi ${formatNumber(count)} baris; batas satu kali impor ${formatNumber(MAX_IMPORT_ROWS)} baris. Bagi berkas menjadi beberapa bagian.`);
    }
    for (let column = 1; column <= Math.max(headers.length, 1) + 50; column += 1) {
      if (merged(headerRow, column)) {
        throw fileError(`Judul kolom di baris ${headerRow} digabung (merge) pada ${columnLetters(column)}${headerRow}. Pisahkan sel judul agar setiap kolom punya judul sendiri.`);
      }
    }
    if (rows.length === 0) throw fileError('Lembar kerja tidak berisi baris data di bawah judul kolom.');
    return { sheetName: sheet.name, headers, rows };
  }
  throw fileError(`Lembar kerja "${preferredName}" tidak ditemukan atau kosong.`);
}

/** What the main thread asks the reader thread (read-worker.ts): read a sheet, then fetch its rows in slices. */
export type SheetJob =
  | { kind: 'read'; id: number; base64: string; sheet: string }
  | { kind: 'rows'; id: number; from: number; to: number; last: boolean };
export type SheetReply =
  | { ok: true; sheetName: string; headers: readonly string[]; rowCount: number }
  | { ok: true; rows: SheetTable['rows'] }
  | { ok: false; message: string };

/**
 * Kept half a minute after a read, not a second: files come in runs (one per kecamatan, or a file
 * fixed and chosen again), and a new thread reads its first file at a third of the speed (its
 * parser not yet optimised by V8).
 */
const READER_IDLE_MS = 30_000;
const reader = workerClient<SheetJob, SheetReply>(new URL('./read-worker', import.meta.url), READER_IDLE_MS);
let nextRead = 1;

/** Rows per message from the reader thread: each takes the main thread a few milliseconds to unpack. */
const ROWS_PER_MESSAGE = 1_000;

async function readInSlices(base64: string, sheet: string): Promise<SheetTable> {
  const id = nextRead++;
  // The sheet stays in the reader thread until its last rows are fetched.
  reader.hold();
  try {
    const head = await reader.run({ kind: 'read', id, base64, sheet });
    if (!head.ok) throw fileError(head.message);
    if (!('rowCount' in head)) throw new Error('The reader thread answered a read with rows');
    const rows: SheetTable['rows'][number][] = [];
    for (let from = 0; from < head.rowCount; from += ROWS_PER_MESSAGE) {
      const to = Math.min(from + ROWS_PER_MESSAGE, head.rowCount);
      const slice = await reader.run({ kind: 'rows', id, from, to, last: to === head.rowCount });
      if (!slice.ok || !('rows' in slice)) throw new Error('The reader thread lost a sheet being fetched');
      rows.push(...slice.rows);
    }
    return { sheetName: head.sheetName, headers: head.headers, rows };
  } finally {
    reader.release();
  }
}

/** How long the last sheet read is kept for its import: a preview is imported within minutes. */
export const KEEP_LAST_READ_MS = 10 * 60_000;
let lastRead: { key: string; table: SheetTable; forget: ReturnType<typeof setTimeout> } | undefined;

/**
 * `readSheet` in a worker thread: parsing 10.000 rows holds a thread for a tenth of a second
 * (a third of a second before V8 has optimised the parser). The import of a file just previewed gets the table the preview read (same bytes,
 * same sheet) instead of parsing it again; callers only read it.
 */
export async function readSheetOffThread(base64: string, sheet: string): Promise<SheetTable> {
  const key = `${sheet}\n${createHash('sha256').update(base64).digest('base64')}`;
  if (lastRead?.key === key) return lastRead.table;
  const table = await readInSlices(base64, sheet);
  if (lastRead) clearTimeout(lastRead.forget);
  lastRead = { key, table, forget: setTimeout(() => (lastRead = undefined), KEEP_LAST_READ_MS).unref() };
  return table;
}
