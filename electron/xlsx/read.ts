import type ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { formatNumber } from '../contract/format.js';
import { DomainError } from '../core/errors.js';
import { workerClient } from '../core/worker-client.js';

// Reading an office's workbook defensively: every way a file can be unusable gets its own
// message, and the values people see (formula results, not formulas) are what is read.

export const MAX_IMPORT_ROWS = 100_000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // old .xls, and every password-protected .xlsx

const fileError = (message: string) => new DomainError('validation', message, { file: message });

/**
 * Parts of a sheet an import never reads. Drop-down lists above all: exceljs keeps a validation
 * per cell of its range, and the app's own template puts them on 20.000 rows of several columns
 * (Excel itself writes those that point at another sheet into `extLst`).
 */
const UNREAD_SHEET_PARTS: string[] = ['dataValidations', 'conditionalFormatting', 'extLst'];

export async function loadWorkbook(base64: string): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw fileError('Berkas kosong.');
  const starts = (signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(OLE)) {
    throw fileError('Berkas ini dilindungi kata sandi atau berformat Excel lama (.xls). Buka di Excel, hapus kata sandinya atau simpan sebagai .xlsx, lalu coba lagi.');
  }
  if (!starts(ZIP)) throw fileError('Berkas ini bukan buku kerja Excel (.xlsx).');
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: UNREAD_SHEET_PARTS });
  } catch {
    throw fileError('Berkas .xlsx ini rusak dan tidak dapat dibaca.');
  }
  return workbook;
}

/** Read-only: one table may serve a preview and the import after it. */
export interface SheetTable {
  /** The sheet read: the one named, or else the first visible sheet with data. */
  readonly sheetName: string;
  readonly headers: readonly string[];
  readonly rows: readonly { readonly rowNumber: number; readonly hidden: boolean; readonly values: readonly (string | number | Date | null)[] }[];
}

/** A cell's value as shown in Excel: formula results, rich text joined, hyperlinks' text. */
export function cellValue(cell: ExcelJS.Cell): string | number | Date | null {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak';
  if (typeof value === 'object') {
    if ('result' in value) {
      const result = (value as { result?: unknown }).result;
      return result === undefined || result === null || typeof result === 'object' && !(result instanceof Date) ? null : (result as string | number | Date);
    }
    if ('richText' in value) return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('').trim() || null;
    if ('text' in value) return String((value as { text: unknown }).text).trim() || null;
  }
  return null;
}

/** Reads a sheet whose first non-empty row is the header; refuses merged header cells and oversize sheets. */
export function readSheet(workbook: ExcelJS.Workbook, preferredName: string): SheetTable {
  const sheet = workbook.getWorksheet(preferredName) ?? workbook.worksheets.find((ws) => ws.state !== 'hidden' && ws.actualRowCount > 0);
  if (!sheet || sheet.actualRowCount === 0) throw fileError(`Lembar kerja "${preferredName}" tidak ditemukan atau kosong.`);
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 2) {
    throw fileError(`Lembar kerja berisi ${formatNumber(sheet.actualRowCount)} baris; batas satu kali impor ${formatNumber(MAX_IMPORT_ROWS)} baris. Bagi berkas menjadi beberapa bagian.`);
  }
  let headerRow = 1;
  while (headerRow <= sheet.rowCount && sheet.getRow(headerRow).actualCellCount === 0) headerRow += 1;
  const header = sheet.getRow(headerRow);
  const headers: string[] = [];
  for (let column = 1; column <= sheet.columnCount; column += 1) {
    const cell = header.getCell(column);
    if (cell.isMerged && cell.master.address !== cell.address) {
      throw fileError(`Judul kolom di baris ${headerRow} digabung (merge) pada ${cell.address}. Pisahkan sel judul agar setiap kolom punya judul sendiri.`);
    }
    headers.push(String(cellValue(cell) ?? '').trim());
  }
  while (headers.length > 0 && headers.at(-1) === '') headers.pop();
  const rows: SheetTable['rows'][number][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const values = headers.map((_, i) => cellValue(row.getCell(i + 1)));
    if (values.every((v) => v === null)) return;
    rows.push({ rowNumber, hidden: row.hidden, values });
  });
  if (rows.length === 0) throw fileError('Lembar kerja tidak berisi baris data di bawah judul kolom.');
  return { sheetName: sheet.name, headers, rows };
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
 * fixed and chosen again), and a new thread loads exceljs again (≈ 0,35 s) and reads its first
 * file at half speed (not yet optimised by V8). An idle reader holds ≈ 85 MB until it stops.
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
 * `loadWorkbook` and `readSheet` in a worker thread: parsing 10.000 rows holds a thread for most
 * of a second. The import of a file just previewed gets the table the preview read (same bytes,
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
