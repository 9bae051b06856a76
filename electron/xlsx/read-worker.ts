import { parentPort } from 'node:worker_threads';
import { DomainError } from '../core/errors.js';
import { serveJobs } from '../core/worker-client.js';
import { loadWorkbook, readSheet, type SheetRead } from './read.js';

// The workbook reader thread: unzips and parses an uploaded .xlsx and sends back the one sheet as
// plain rows. A file's problem (not an xlsx, a merged header, …) comes back as its message.

serveJobs<{ base64: string; sheet: string }, SheetRead>(parentPort!, async ({ base64, sheet }) => {
  try {
    return { output: { ok: true, table: readSheet(await loadWorkbook(base64), sheet) } };
  } catch (error) {
    if (error instanceof DomainError) return { output: { ok: false, message: error.message } };
    throw error;
  }
});
