import type { FilePayload } from '../contract/result.js';
import { workerClient } from '../core/worker-client.js';
import type { Printable } from './printable.js';

// PDF layout is long synchronous work (about a second for the Rakorda report) that would freeze
// every other call of the app, so it runs in a worker thread (render-worker.ts).

/**
 * Kept a minute after a print, not a second: prints come in runs (a report checked and printed
 * again, the recaps after it), and a new thread loads pdfmake and its fonts again (≈ 0,35 s) and
 * lays out its first document at half speed (not yet optimised by V8): the Rakorda report took
 * 2,2–2,6 s on every print instead of ≈ 1 s. An idle renderer holds ≈ 85 MB until it stops.
 */
const RENDERER_IDLE_MS = 60_000;
const renderer = workerClient<Printable, Uint8Array>(new URL('./render-worker', import.meta.url), RENDERER_IDLE_MS);

export async function renderPdf(doc: Printable): Promise<Buffer> {
  const bytes = await renderer.run(doc);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Renders a document into the payload the renderer saves (dialog or download). */
export async function pdfFile(doc: Printable, fileName: string): Promise<FilePayload> {
  return { fileName, mimeType: 'application/pdf', base64: (await renderPdf(doc)).toString('base64') };
}
