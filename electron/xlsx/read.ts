import { formatNumber } from '../contract/format.js';
import { DomainError } from '../core/errors.js';
import { openXlsx, parseSheetRows, type CellValue, type XlsxPackage } from './sheet-xml.js';

// Reading an office's workbook defensively: every way a file can be unusable gets its own
// message, and the values people see (formula results, not formulas) are what is read.

export const MAX_IMPORT_ROWS = 100_000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // old .xls, and every password-protected .xlsx

export const fileError = (message: string) => new DomainError('validation', message, { file: message });

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

export interface SheetRow {
  readonly rowNumber: number;
  readonly hidden: boolean;
  readonly values: readonly (string | number | Date | null)[];
}

export interface SheetHead {
  /** The sheet read: the one named, or else the first visible sheet with data. */
  readonly sheetName: string;
  readonly headers: readonly string[];
  /** The rows below the header by the sheet's stated size, for progress: empty ones are not read. */
  readonly expectedRows: number;
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

/** Rows per slice from the reader thread: a slice takes the main thread a few milliseconds to unpack. */
const ROWS_PER_SLICE = 1_000;

/**
 * Reads a sheet whose first non-empty row is the header: the one named, or else the first visible
 * sheet with data. Hands on its head once the header is read, then its rows in slices as they are
 * parsed; refuses merged header cells and oversize sheets once the whole sheet is read.
 */
export function readSheet(base64: string, preferredName: string, onHead: (head: SheetHead) => void, onRows: (rows: SheetRow[]) => void): void {
  const workbook = openWorkbook(base64);
  const named = workbook.sheets.find((sheet) => sheet.name === preferredName);
  for (const sheet of named ? [named] : workbook.sheets.filter((s) => !s.hidden)) {
    let headerRow = 0;
    let headers: string[] = [];
    let lastRow = 0;
    let count = 0;
    let dataRows = 0;
    let slice: SheetRow[] = [];
    let mergedCellIn;
    // What the caller does with a head or a slice (the import checks its rows) fails as itself, not as a damaged file.
    let handingOn: unknown;
    const handOn = (give: () => void) => {
      try {
        give();
      } catch (error) {
        handingOn = error;
        throw error;
      }
    };
    try {
      mergedCellIn = parseSheetRows(workbook, sheet.path, (size) => (lastRow = size), (row) => {
        count += 1;
        if (headerRow === 0) {
          headerRow = row.rowNumber;
          headers = Array.from(row.cells, (cell) => String(shown(cell) ?? ''));
          while (headers.length > 0 && headers.at(-1) === '') headers.pop();
          handOn(() => onHead({ sheetName: sheet.name, headers, expectedRows: Math.max(0, lastRow - headerRow) }));
          return;
        }
        if (count > MAX_IMPORT_ROWS + 2) return;
        const values = headers.map((_, i) => shown(row.cells[i]));
        if (values.every((v) => v === null)) return;
        slice.push({ rowNumber: row.rowNumber, hidden: row.hidden, values });
        dataRows += 1;
        if (slice.length === ROWS_PER_SLICE) {
          handOn(() => onRows(slice));
          slice = [];
        }
      });
    } catch {
      if (handingOn !== undefined) throw handingOn;
      throw fileError('Berkas .xlsx ini rusak dan tidak dapat dibaca.');
    }
    if (count === 0 && !named) continue;
    if (count === 0) break;
    if (slice.length > 0) onRows(slice);
    if (count > MAX_IMPORT_ROWS + 2) {
      throw fileError(`Lembar kerja berisi ${formatNumber(count)} baris; batas satu kali impor ${formatNumber(MAX_IMPORT_ROWS)} baris. Bagi berkas menjadi beberapa bagian.`);
    }
    const mergedColumn = mergedCellIn(headerRow);
    if (mergedColumn !== null) {
      throw fileError(`Judul kolom di baris ${headerRow} digabung (merge) pada ${columnLetters(mergedColumn)}${headerRow}. Pisahkan sel judul agar setiap kolom punya judul sendiri.`);
    }
    if (dataRows === 0) throw fileError('Lembar kerja tidak berisi baris data di bawah judul kolom.');
    return;
  }
  throw fileError(`Lembar kerja "${preferredName}" tidak ditemukan atau kosong.`);
}
