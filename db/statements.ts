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

/**
 * A record's UPDATE (each column set from its named parameter, and updated_at from @now) that
 * writes only when one of the columns differs: a form saved unchanged, or an imported row that is
 * stored as it is, changes nothing, neither its updated_at nor the change log. `.changes` says which.
 */
export function updateWhenChanged(table: string, parameters: Record<string, string>): string {
  const columns = Object.keys(parameters);
  const values = columns.map((column) => `@${parameters[column]}`);
  return `UPDATE ${table} SET ${columns.map((column, i) => `${column} = ${values[i]}`).join(', ')}, updated_at = @now
     WHERE id = @id AND (${columns.join(', ')}) IS NOT (${values.join(', ')})`;
}
