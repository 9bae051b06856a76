import { parentPort } from 'node:worker_threads';
import { DomainError } from '../core/errors.js';
import { serveJobs } from '../core/worker-client.js';
import { readSheet, type SheetJob, type SheetPart, type SheetReply } from './read.js';

// The workbook reader thread: unzips and parses an uploaded .xlsx, handing the main thread the
// sheet's header, then its rows in slices as they are parsed (the main thread checks them
// meanwhile). A file's problem (not an xlsx, a merged header, …) comes back as its message.

serveJobs<SheetJob, SheetReply, SheetPart>(parentPort!, async (job, send) => {
  try {
    readSheet(job.base64, job.sheet, (head) => send({ head }), (rows) => send({ rows }));
    return { output: { ok: true } };
  } catch (error) {
    if (error instanceof DomainError) return { output: { ok: false, message: error.message } };
    throw error;
  }
});
