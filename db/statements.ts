import type { Statement } from 'better-sqlite3';
import type { Db } from './open.js';

// better-sqlite3 compiles SQL on every prepare(). Queries on hot paths (an import checks and
// writes thousands of rows) take their statement from this per-connection cache instead.

const caches = new WeakMap<Db, Map<string, Statement>>();

export function prepared(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** A LIKE pattern (used with `ESCAPE '\\'`) matching text that contains `text` as typed: its % and _ match only themselves. */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
