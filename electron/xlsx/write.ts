import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FilePayload, StoredFile } from '../contract/result.js';
import { keepFile } from '../core/outbox.js';
import { nextTurn } from '../core/turns.js';
import { workerClient } from '../core/worker-client.js';
import type { SheetHead, WriterJob } from './writer-worker.js';

// Writing workbooks the way offices expect them: Indonesian headers, a frozen header row with
// filters, number formats, widths that fit the content, and no row cap. The main thread computes
// the cells; exceljs runs in the writer thread (writer-worker.ts).

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

/** Rows per message to the writer thread; the main thread computes them between other calls. */
const ROWS_PER_MESSAGE = 1_000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const writer = workerClient<WriterJob, null>(new URL('./writer-worker', import.meta.url));
let nextWorkbook = 1;

/**
 * A workbook being written by the writer thread (writer-worker.ts), sheet after sheet. One message
 * travels to the thread while the main thread computes the next.
 */
export class WorkbookWriter {
  private sending: Promise<unknown>;
  private discarded = false;

  private constructor(
    private readonly id: number,
    private readonly dir: string,
  ) {
    // The workbook lives in the writer thread between this class's jobs: the thread is kept
    // until the workbook is finished or abandoned, however long the reads between its jobs take.
    writer.hold();
    this.sending = writer.run({ kind: 'begin', id, path: this.path });
  }

  private get path(): string {
    return join(this.dir, 'buku-kerja.xlsx');
  }

  static start(): WorkbookWriter {
    return new WorkbookWriter(nextWorkbook++, mkdtempSync(join(tmpdir(), 'sinergi-xlsx-')));
  }

  private async send(job: WriterJob): Promise<void> {
    await this.sending;
    this.sending = writer.run(job);
  }

  /** Starts a sheet; its rows follow with `rows`. */
  sheet(head: SheetHead): Promise<void> {
    return this.send({ kind: 'sheet', id: this.id, head });
  }

  rows(rows: unknown[][], example?: string): Promise<void> {
    return this.send({ kind: 'rows', id: this.id, rows, ...(example ? { example } : {}) });
  }

  /**
   * A sheet of `rows` as office users expect it: a frozen, shaded header row with filters,
   * number formats, widths that fit the content, and no row cap. `rows` may come as pages
   * (read from the database one after another), so a large export never sits whole in memory.
   */
  async addSheet<T>(name: string, columns: Column<T>[], rows: readonly T[] | AsyncIterable<readonly T[]>): Promise<void> {
    const cells = (row: T) => columns.map((column) => column.value(row) ?? null);
    let started = false;
    for await (const page of Array.isArray(rows) ? [rows as readonly T[]] : (rows as AsyncIterable<readonly T[]>)) {
      for (let from = 0; from < page.length; from += ROWS_PER_MESSAGE) {
        const values = page.slice(from, from + ROWS_PER_MESSAGE).map(cells);
        if (!started) await this.sheet(shadedHead(name, columns, values));
        started = true;
        await this.rows(values);
        await nextTurn();
      }
    }
    if (!started) await this.sheet(shadedHead(name, columns, []));
  }

  /** Finishes the workbook and hands it over as base64: exports an office works with (a few megabytes). */
  async file(fileName: string): Promise<FilePayload> {
    try {
      await this.finish();
      return { fileName, mimeType: XLSX, base64: (await readFile(this.path)).toString('base64') };
    } finally {
      this.discard();
    }
  }

  /** Finishes the workbook and keeps it for saving by reference (core/outbox.ts): the archive of a whole database. */
  async keep(fileName: string): Promise<StoredFile> {
    try {
      await this.finish();
      return keepFile(this.path, fileName, XLSX);
    } finally {
      this.discard();
    }
  }

  private async finish(): Promise<void> {
    await this.send({ kind: 'end', id: this.id });
    await this.sending;
  }

  /** After a failure: the writer thread drops the workbook and the half-written file is removed. */
  async abandon(): Promise<void> {
    await this.sending.catch(() => undefined);
    await writer.run({ kind: 'abandon', id: this.id }).catch(() => undefined);
    this.discard();
  }

  private discard(): void {
    if (this.discarded) return;
    this.discarded = true;
    writer.release();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Widths from the longest of the header and the first page's values: enough to read, fast to compute. */
function shadedHead<T>(name: string, columns: Column<T>[], firstPage: unknown[][]): SheetHead {
  return {
    name,
    header: 'shaded',
    filter: true,
    columns: columns.map((column, index) => ({
      header: column.header,
      width: Math.min(60, Math.max(8, Math.max(column.header.length, ...firstPage.map((values) => String(values[index] ?? '').length)) + 2)),
      ...(column.numFmt ? { numFmt: column.numFmt } : {}),
    })),
  };
}

/** Writes a workbook with `build`; a failed build leaves nothing behind. */
async function written(build: (book: WorkbookWriter) => Promise<void>): Promise<WorkbookWriter> {
  const book = WorkbookWriter.start();
  try {
    await build(book);
    return book;
  } catch (error) {
    await book.abandon();
    throw error;
  }
}

/** A workbook written with `build`, handed over as base64. */
export async function workbookFile(fileName: string, build: (book: WorkbookWriter) => Promise<void>): Promise<FilePayload> {
  return (await written(build)).file(fileName);
}

/** A workbook written with `build`, kept for saving by reference (the archive of a whole database). */
export async function keptWorkbook(fileName: string, build: (book: WorkbookWriter) => Promise<void>): Promise<StoredFile> {
  return (await written(build)).keep(fileName);
}
