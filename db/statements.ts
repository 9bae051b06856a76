import type { RunResult, Statement } from 'better-sqlite3';
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

interface NamedStatement {
  statement: Statement;
  /** The @name of each `?` the statement was compiled with, in order. */
  names: string[];
}

const namedCaches = new WeakMap<Db, Map<string, NamedStatement>>();

/**
 * Runs a cached statement written with @name parameters, taking each from the first of `parts`
 * that has it (a record's fields, and its id and timestamps beside them), a boolean as 1/0.
 * better-sqlite3 takes named parameters from one object only, and merging the parts with object
 * spread made V8 build a slow dictionary-mode object per row: ≈ 11 µs a row, a quarter of the
 * inserts of a 10.000-group import. The SQL must not hold "@word" in a string literal.
 */
export function runNamed(db: Db, sql: string, ...parts: readonly object[]): RunResult {
  let cache = namedCaches.get(db);
  if (!cache) namedCaches.set(db, (cache = new Map()));
  let named = cache.get(sql);
  if (!named) {
    const names: string[] = [];
    const positional = sql.replace(/@(\w+)/g, (_, name: string) => {
      names.push(name);
      return '?';
    });
    cache.set(sql, (named = { statement: db.prepare(positional), names }));
  }
  return named.statement.run(named.names.map((name) => parameter(name, parts)));
}

function parameter(name: string, parts: readonly object[]): unknown {
  for (const part of parts) {
    if (!(name in part)) continue;
    const value = (part as Record<string, unknown>)[name];
    return typeof value === 'boolean' ? Number(value) : value;
  }
  throw new Error(`No value for the SQL parameter @${name}`);
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
