import type ExcelJS from 'exceljs';
import type { FilePayload } from '../contract/result.js';

// Writing workbooks the way offices expect them: Indonesian headers, a frozen header row with
// filters, number formats, widths that fit the content, and no row cap.

export interface Column<T> {
  header: string;
  value(row: T): string | number | Date | null;
  /** Excel number format, e.g. '#,##0' (Excel shows it with the PC's separators) or '0.00%'. */
  numFmt?: string;
}

/** A stored calendar date ("2018-03-15") as an Excel date cell. */
export const dateCell = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** A yes/no as the import templates take it back. */
export const yesNoCell = (value: boolean): string => (value ? 'Ya' : 'Tidak');

/** Percentages are stored as 101.19; Excel's '0.00%' format wants 1.0119. */
export const percentCell = (percent: number | null): number | null => (percent === null ? null : percent / 100);

export function addSheet<T>(workbook: ExcelJS.Workbook, name: string, columns: Column<T>[], rows: readonly T[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(columns.map((c) => c.header));
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? null));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF3' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    if (column.numFmt) sheetColumn.numFmt = column.numFmt;
    // Widths from the longest of the header and the first thousand values: enough to read, fast to compute.
    const longest = Math.max(column.header.length, ...rows.slice(0, 1000).map((row) => String(column.value(row) ?? '').length));
    sheetColumn.width = Math.min(60, Math.max(8, longest + 2));
    if (column.numFmt) header.getCell(index + 1).alignment = { horizontal: 'right', vertical: 'middle', wrapText: true };
  });
  if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** exceljs is loaded on first use: it costs a third of a second at start-up otherwise. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Sinergi KB';
  workbook.created = new Date();
  return workbook;
}

export async function workbookFile(workbook: ExcelJS.Workbook, fileName: string): Promise<FilePayload> {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: buffer.toString('base64') };
}
