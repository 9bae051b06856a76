import { DatabaseFromFutureError } from './migrate.js';
import { QuickCheckError } from './open.js';

import type { DatabaseProblem } from '../electron/contract/status.js';

export type { DatabaseProblem };

/** Sorts an error from opening the database into a cause the user can act on. */
export function classifyDatabaseError(error: unknown): DatabaseProblem {
  if (error instanceof DatabaseFromFutureError) return 'newer-version';
  if (error instanceof QuickCheckError) return 'corrupt';
  const code = (error as { code?: unknown } | null)?.code;
  // better-sqlite3 checks the folder itself and throws a plain TypeError without a code.
  if (error instanceof TypeError && /directory does not exist/.test(error.message)) return 'cannot-open';
  if (typeof code !== 'string') return 'unknown';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked';
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS') return 'read-only';
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT' || code === 'ENOTDIR') return 'cannot-open';
  return 'unknown';
}
