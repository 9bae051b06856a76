// The shape every handler call returns, across IPC and HTTP alike, so an error reaches the
// renderer intact (kind, message, and the field it belongs to) instead of as a thrown string.

export type ErrorCode =
  | 'validation' // the payload failed its schema; `fields` says where
  | 'not-found'
  | 'conflict' // the request contradicts stored data (e.g. a duplicate)
  | 'database-unavailable' // the database could not be opened; see app-status
  | 'forbidden'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  /** One sentence in Bahasa Indonesia, ready to show. */
  message: string;
  /** Field path (dot-joined, e.g. "head.nip") → message in Bahasa Indonesia. */
  fields?: Record<string, string>;
  /** A record the error is about, which the screen may offer to open (e.g. the existing duplicate). */
  related?: { id: string; label: string };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** A file produced by the main process (PDF, xlsx), handed to the renderer to save. */
export interface FilePayload {
  fileName: string;
  mimeType: string;
  base64: string;
}

/**
 * A large file (the whole-database archive, a backup copy) kept by the main process until it is
 * saved: the renderer gets its id, not its bytes (see electron/core/outbox.ts).
 */
export interface StoredFile {
  fileName: string;
  mimeType: string;
  fileId: string;
}

/** Either kind of file a channel can hand over for saving. */
export type SavableFile = FilePayload | StoredFile;

/** Where the web host serves a stored file, once. */
export const storedFileUrl = (fileId: string) => `/berkas/${encodeURIComponent(fileId)}`;
