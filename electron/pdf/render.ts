import { Worker } from 'node:worker_threads';
import type { FilePayload } from '../contract/result.js';
import type { Printable } from './printable.js';

// PDF layout is long synchronous work (about a second for the Rakorda report) that would freeze
// every other call of the app, so it runs in one worker thread, started on the first print and
// kept for the next ones. The worker is unref'd: it never keeps the process alive.

type Pending = { resolve: (bytes: Buffer) => void; reject: (error: Error) => void };
let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function startWorker(): Worker {
  const started = import.meta.url.endsWith('.ts') ? workerFromSource() : new Worker(new URL('./render-worker.js', import.meta.url));
  started.unref();
  started.on('message', ({ id, bytes, error }: { id: number; bytes?: Uint8Array; error?: string }) => {
    const job = pending.get(id);
    pending.delete(id);
    if (bytes) job?.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    else job?.reject(new Error(`PDF rendering failed: ${error}`));
  });
  const fail = (error: Error) => {
    if (worker === started) worker = undefined;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`PDF worker exited with code ${code}`)));
  return started;
}

/** Run from the TypeScript sources (unit tests, from the project folder), the worker loads its .ts file through tsx. */
function workerFromSource(): Worker {
  const entry = new URL('./render-worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`, { eval: true });
}

export function renderPdf(doc: Printable): Promise<Buffer> {
  worker ??= startWorker();
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage({ id, doc });
  });
}

/** Renders a document into the payload the renderer saves (dialog or download). */
export async function pdfFile(doc: Printable, fileName: string): Promise<FilePayload> {
  return { fileName, mimeType: 'application/pdf', base64: (await renderPdf(doc)).toString('base64') };
}
