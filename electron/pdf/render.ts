import type { FilePayload } from '../contract/result.js';
import { workerClient } from '../core/worker-client.js';
import type { Printable } from './printable.js';

// PDF layout is long synchronous work (about a second for the Rakorda report) that would freeze
// every other call of the app, so it runs in a worker thread (render-worker.ts).

const renderer = workerClient<Printable, Uint8Array>(new URL('./render-worker', import.meta.url));

export async function renderPdf(doc: Printable): Promise<Buffer> {
  const bytes = await renderer.run(doc);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Renders a document into the payload the renderer saves (dialog or download). */
export async function pdfFile(doc: Printable, fileName: string): Promise<FilePayload> {
  return { fileName, mimeType: 'application/pdf', base64: (await renderPdf(doc)).toString('base64') };
}
