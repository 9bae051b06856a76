import { parentPort } from 'node:worker_threads';
import { serveJobs } from '../core/worker-client.js';
import { renderOnThisThread } from './pdfmake.js';
import type { Printable } from './printable.js';

// The PDF worker thread: renders one document per job and sends the bytes back (transferred, not copied).

serveJobs<Printable, Uint8Array>(parentPort!, async (doc) => {
  const buffer = await renderOnThisThread(doc);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice();
  return { output: bytes, transfer: [bytes.buffer] };
});
