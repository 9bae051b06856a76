import { randomBytes } from 'node:crypto';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredFile } from '../contract/result.js';

// Large files the app makes (the whole-database archive, a backup copy to take away) are not sent
// to the renderer as base64: at province scale that is a string of hundreds of megabytes (V8
// refuses strings over about 512 MB) and a long block to encode, serialise and send. They wait
// here, in a temporary folder, until the renderer saves them: the desktop copies the file to the
// place the user chose; the web host streams it as a download.

/** How long a file waits to be saved: the user may leave the save dialog open for a while. */
const KEEP_MS = 30 * 60_000;

interface Waiting {
  path: string;
  fileName: string;
  mimeType: string;
  forget: ReturnType<typeof setTimeout>;
}

const waiting = new Map<string, Waiting>();
let folder: string | undefined;

function outboxFolder(): string {
  if (!folder) {
    const made = mkdtempSync(join(tmpdir(), 'sinergi-keluar-'));
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
    folder = made;
  }
  return folder;
}

/**
 * Moves a finished file (made in a temporary folder on the same disk) into the outbox and returns
 * what the renderer needs to save it. The id is random and unguessable: whoever holds it may
 * fetch the file once.
 */
export function keepFile(path: string, fileName: string, mimeType: string): StoredFile {
  const fileId = randomBytes(18).toString('base64url');
  const kept = join(outboxFolder(), fileId);
  renameSync(path, kept);
  const forget = setTimeout(() => discard(fileId), KEEP_MS).unref();
  waiting.set(fileId, { path: kept, fileName, mimeType, forget });
  return { fileName, mimeType, fileId };
}

/**
 * Hands a waiting file over once: its path, to be copied or streamed, and a `done` that deletes
 * it. Null for an unknown, already fetched or expired id.
 */
export function takeFile(fileId: string): { path: string; fileName: string; mimeType: string; done(): void } | null {
  const file = waiting.get(fileId);
  if (!file) return null;
  waiting.delete(fileId);
  clearTimeout(file.forget);
  return { path: file.path, fileName: file.fileName, mimeType: file.mimeType, done: () => rmSync(file.path, { force: true }) };
}

function discard(fileId: string): void {
  takeFile(fileId)?.done();
}
