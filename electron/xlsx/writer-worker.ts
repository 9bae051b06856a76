import type ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { parentPort } from 'node:worker_threads';
import { serveJobs } from '../core/worker-client.js';

// The workbook writer thread: the main thread computes the cells a thousand rows at a time and
// sends them here; this thread writes them with exceljs's streaming writer into a file. Loading
// exceljs (a third of a second) and compressing the sheets, the slow parts, so never hold the
// thread that answers the app's calls, and a province-sized sheet never sits whole in memory.

/** A sheet's frame, sent before its rows (a streamed sheet cannot be changed once rows are written). */
export interface SheetHead {
  name: string;
  columns: { header: string; width: number; numFmt?: string }[];
  /** Exports and templates: a shaded, wrapped header row. The archive: a bold one. */
  header: 'shaded' | 'bold';
  /** Filter buttons on the header row. */
  filter?: boolean;
  hidden?: boolean;
  /** Drop-down lists, e.g. `{ range: 'C2:C20000', validation: { type: 'list', formulae: ['Daftar!$A$2:$A$31'] } }`. */
  validations?: { range: string; validation: ExcelJS.DataValidation }[];
}

export type WriterJob =
  | { kind: 'begin'; id: number; path: string }
  | { kind: 'sheet'; id: number; head: SheetHead }
  /** `example`: the rows are a template's example, shown in grey italics with this note on their first cell. */
  | { kind: 'rows'; id: number; rows: unknown[][]; example?: string }
  | { kind: 'end'; id: number }
  | { kind: 'abandon'; id: number };

const open = new Map<number, { workbook: ExcelJS.stream.xlsx.WorkbookWriter; sheet: ExcelJS.Worksheet | null }>();

serveJobs<WriterJob, null>(parentPort!, async (job) => {
  if (job.kind === 'begin') {
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.stream.xlsx.WorkbookWriter({ filename: job.path, useStyles: true, useSharedStrings: false });
    workbook.creator = 'Sinergi KB';
    workbook.created = new Date();
    open.set(job.id, { workbook, sheet: null });
    return { output: null };
  }
  const book = open.get(job.id);
  if (!book) throw new Error(`No workbook ${job.id} is being written`);
  if (job.kind === 'sheet') {
    book.sheet?.commit();
    book.sheet = addSheet(book.workbook, job.head);
  } else if (job.kind === 'rows') {
    for (const [index, values] of job.rows.entries()) {
      const row = book.sheet!.addRow(values);
      if (job.example) {
        row.font = { italic: true, color: { argb: 'FF667085' } };
        if (index === 0) row.getCell(1).note = job.example;
      }
      row.commit();
    }
    await compressed(book.sheet!);
  } else if (job.kind === 'end') {
    book.sheet?.commit();
    await book.workbook.commit();
    open.delete(job.id);
  } else {
    // A failed export: its half-written file is removed by the caller; only the writer is dropped.
    open.delete(job.id);
  }
  return { output: null };
});

/** Bytes of a sheet's XML that may wait for the compressor before the thread takes more rows. */
const MAX_WAITING_BYTES = 8 * 1024 * 1024;

/**
 * exceljs's sheet stream hands its XML to the zip without backpressure: rows come faster than they
 * are compressed, and the difference piled up in this thread (a province's archive: ≈ 450 MB).
 * After each slice of rows, waits until the compressor has caught up (never longer than a few
 * seconds, should the zip's internals ever change).
 */
async function compressed(sheet: ExcelJS.Worksheet): Promise<void> {
  const pipes = (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes ?? [];
  for (const pipe of pipes) {
    const waiting = (pipe as unknown as { _writableState?: { length: number } })._writableState?.length ?? 0;
    if (waiting > MAX_WAITING_BYTES) await Promise.race([once(pipe, 'drain'), delay(5_000)]);
  }
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, head: SheetHead): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(head.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }], state: head.hidden ? 'hidden' : 'visible' });
  sheet.columns = head.columns.map(({ header, width, numFmt }) => ({ header, width, ...(numFmt ? { style: { numFmt } } : {}) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  if (head.header === 'shaded') {
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF3' } };
    header.alignment = { vertical: 'middle', wrapText: true };
    head.columns.forEach((column, index) => {
      if (column.numFmt) header.getCell(index + 1).alignment = { horizontal: 'right', vertical: 'middle', wrapText: true };
    });
  }
  if (head.filter && head.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.columns.length } };
  const validations = (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  for (const { range, validation } of head.validations ?? []) validations.add(range, validation);
  return sheet;
}
