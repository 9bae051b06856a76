import { parentPort } from 'node:worker_threads';
import { DomainError } from '../core/errors.js';
import { serveJobs } from '../core/worker-client.js';
import { readSheet, type SheetJob, type SheetReply, type SheetTable } from './read.js';

// The workbook reader thread: unzips and parses an uploaded .xlsx and keeps the one sheet as plain
// rows, which the main thread then fetches a slice at a time (a 10.000-row table arriving in one
// message takes the main thread most of 0,1 s to unpack). A file's problem (not an xlsx, a merged
// header, …) comes back as its message.

const read = new Map<number, SheetTable>();

serveJobs<SheetJob, SheetReply>(parentPort!, async (job) => {
  if (job.kind === 'read') {
    try {
      const table = readSheet(job.base64, job.sheet);
      read.set(job.id, table);
      return { output: { ok: true, sheetName: table.sheetName, headers: table.headers, rowCount: table.rows.length } };
    } catch (error) {
      if (error instanceof DomainError) return { output: { ok: false, message: error.message } };
      throw error;
    }
  }
  const rows = read.get(job.id)!.rows.slice(job.from, job.to);
  if (job.last) read.delete(job.id);
  return { output: { ok: true, rows } };
});
