import { parentPort } from 'node:worker_threads';
import { renderOnThisThread } from './pdfmake.js';
import type { Printable } from './printable.js';

// The PDF worker thread: renders one document per message, in the order they come, and sends the
// bytes back (transferred, not copied). A failure goes back as the message of the error.

parentPort!.on('message', async ({ id, doc }: { id: number; doc: Printable }) => {
  try {
    const buffer = await renderOnThisThread(doc);
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice();
    parentPort!.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
