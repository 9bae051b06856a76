import { EventEmitter, on } from 'node:events';
import { workerClient } from '../../core/worker-client.js';
import { fileError, type SheetHead, type SheetRow } from '../../xlsx/read.js';
import type { CellValue, ImportField, Mapping, PrecheckedRow, RememberedMapping } from './import-rows.js';
import type { CellCheckName } from './row-checks.js';

// The import's reader thread (read-worker.ts) seen from the main thread: a sheet's head as soon
// as its header is read, then its rows in slices as they are parsed, which the main thread checks
// (and writes) meanwhile. For a table whose cells are checked in that thread (row-checks.ts) the
// rows come checked, and the thread chooses the columns.

/** A table whose cells are checked in the reader thread: the check, its lists, and how the columns are chosen. */
export interface CellCheckJob {
  check: CellCheckName;
  context: unknown;
  fields: readonly ImportField[];
  /** The template's example row, which is not imported. */
  example: CellValue[] | undefined;
  requested: Mapping | null;
  remembered: RememberedMapping | null;
}

export interface SheetJob {
  base64: string;
  sheet: string;
  cells?: CellCheckJob;
}
export type SheetPart = { head: SheetHead; mapping?: Mapping } | { rows: SheetRow[] } | { checked: PrecheckedRow<unknown>[] };
export type SheetReply = { ok: true } | { ok: false; message: string };

export interface SheetRead<R> extends SheetHead {
  /** The columns the reader thread chose, when it checks the cells. */
  mapping: Mapping | undefined;
  /**
   * The rows in slices as the reader parses them, once; a problem found at the end of the file
   * (a merged header, too many rows) is thrown after the last.
   */
  slices: AsyncIterable<readonly R[]>;
}

/**
 * Kept half a minute after a read, not a second: files come in runs (one per kecamatan, or a file
 * fixed and chosen again, a preview shown again with another mapping), and a new thread reads its
 * first file at a third of the speed (its parser not yet optimised by V8).
 */
const READER_IDLE_MS = 30_000;
const reader = workerClient<SheetJob, SheetReply, SheetPart>(new URL('./read-worker', import.meta.url), READER_IDLE_MS);

/** Reads a sheet in the reader thread, answering once its header is read; with `cells`, its rows come checked. */
export function readSheetOffThread(base64: string, sheet: string): Promise<SheetRead<SheetRow>>;
export function readSheetOffThread(base64: string, sheet: string, cells: CellCheckJob): Promise<SheetRead<PrecheckedRow<unknown>>>;
export async function readSheetOffThread(base64: string, sheet: string, cells?: CellCheckJob): Promise<SheetRead<unknown>> {
  // The reader's slices wait in `arriving` until they are read: listened to from the start.
  const reading = new EventEmitter();
  const arriving = on(reading, 'rows', { close: ['end'] });
  const head = new Promise<{ head: SheetHead; mapping?: Mapping }>((resolve, reject) => {
    // After the header, a problem goes to whoever still reads the rows; none does after a check that stopped early.
    const fail = (error: Error) => (reading.listenerCount('head') > 0 ? reject(error) : reading.listenerCount('error') > 0 && reading.emit('error', error));
    reading.once('head', resolve);
    reader.run({ base64, sheet, cells }, [], (part) => ('head' in part ? reading.emit('head', part) : reading.emit('rows', 'rows' in part ? part.rows : part.checked))).then(
      (reply) => (reply.ok ? reading.emit('end') : fail(fileError(reply.message))),
      fail,
    );
  });
  const started = await head;
  async function* slices() {
    for await (const [slice] of arriving as AsyncIterable<[unknown[]]>) yield slice;
  }
  return { ...started.head, mapping: started.mapping, slices: slices() };
}
