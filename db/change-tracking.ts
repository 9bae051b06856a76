import { newId, nowIso } from './clock.js';
import type { Db } from './open.js';
import { isDerivedColumn, recomputedColumns } from './derived-columns.js';
import { prepared } from './statements.js';

// Every write to a record is logged in change_log by triggers, inside the writing transaction.
// The triggers are TEMP: created on each connection from the live schema, so a column added
// by a later migration is logged without touching old migrations, and tools that open the file
// outside the app (sqlite3, DB Browser) are not slowed or broken by them.

/** Tables that are not records of the office's work, or that are the log itself. */
const UNTRACKED = new Set(['place', 'change_log', 'record_rev', 'device_identity', 'exchange_partner', 'exchange_package', 'exchange_conflict']);

/** The action a write outside any user action is logged with (a tool, a test's setup). */
export const DIRECT_ACTION = 'langsung';

/** Who is acting, recorded on every row a user action writes. */
export interface Actor {
  operator: string;
  action: string;
}

interface Column {
  name: string;
  type: string;
  pk: number;
}

export function trackedTables(db: Db): string[] {
  const tables = db
    .prepare(`SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return tables.filter((table) => !UNTRACKED.has(table));
}

/** Creates this device's identity if needed and the logging triggers for this connection. */
export function installChangeTracking(db: Db): void {
  db.prepare(`INSERT OR IGNORE INTO device_identity (id, created_at) VALUES (?, ?)`).run(newId(), nowIso());
  const deviceId = db.prepare(`SELECT id FROM device_identity`).pluck().get() as string;
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS write_context (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id TEXT NOT NULL, operator TEXT NOT NULL, action TEXT NOT NULL, action_id TEXT NOT NULL,
    rev TEXT
  )`);
  setWriteContext(db, `INSERT OR REPLACE INTO temp.write_context VALUES (1, ?, '', '${DIRECT_ACTION}', ?, NULL)`, deviceId, newId());
  for (const table of trackedTables(db)) db.exec(triggersFor(db, table));
}

/** Marks the start of a user action in the current transaction: the rows it writes carry the actor. */
export function beginAction(db: Db, actor: Actor): void {
  setWriteContext(db, `UPDATE temp.write_context SET operator = ?, action = ?, action_id = ?, rev = NULL`, actor.operator, actor.action, newId());
}

/** Rows written to write_context per connection: bookkeeping, left out of rowsWrittenSoFar. */
const contextWrites = new WeakMap<Db, number>();

function setWriteContext(db: Db, sql: string, ...params: unknown[]): void {
  const { changes } = prepared(db, sql).run(...params);
  contextWrites.set(db, (contextWrites.get(db) ?? 0) + changes);
}

/**
 * Rows this connection has inserted, changed or deleted so far (by triggers too, and in
 * transactions later rolled back), without its own note of who is acting: the same number twice
 * means nothing was written in between.
 */
export function rowsWrittenSoFar(db: Db): number {
  return (prepared(db, `SELECT total_changes()`).pluck().get() as number) - (contextWrites.get(db) ?? 0);
}

/** Where a received record's latest change was made: its revision, PC and operator. */
export interface Origin {
  rev: string;
  deviceId: string;
  operator: string;
}

/**
 * Runs `write` so that the rows it logs carry the origin's revision, PC and operator instead of
 * this PC's: a record received from another PC keeps the revision (and the author) it had there.
 */
export function writeAsOrigin<T>(db: Db, origin: Origin, write: () => T): T {
  const saved = prepared(db, `SELECT device_id AS deviceId, operator FROM temp.write_context`).get() as { deviceId: string; operator: string };
  setWriteContext(db, `UPDATE temp.write_context SET rev = ?, device_id = ?, operator = ?`, origin.rev, origin.deviceId, origin.operator);
  try {
    return write();
  } finally {
    setWriteContext(db, `UPDATE temp.write_context SET rev = NULL, device_id = ?, operator = ?`, saved.deviceId, saved.operator);
  }
}

export function thisDevice(db: Db): { id: string; name: string } {
  return prepared(db, `SELECT id, name FROM device_identity`).get() as { id: string; name: string };
}

export function nameThisDevice(db: Db, name: string): void {
  prepared(db, `UPDATE device_identity SET name = ?`).run(name);
}

/** A table's logged columns (all but derived ones) and its one-column key. */
function loggedColumns(db: Db, table: string): { columns: Column[]; key: Column } {
  const columns = (db.prepare(`SELECT name, type, pk FROM pragma_table_info(?)`).all(table) as Column[]).filter((column) => !isDerivedColumn(table, column.name));
  const key = columns.find((column) => column.pk === 1);
  if (!key || columns.some((column) => column.pk > 1)) throw new Error(`Tracked table ${table} needs a one-column primary key`);
  return { columns, key };
}

/** The row as the log records it: a JSON object of its logged columns (blobs by size only). */
const rowJson = (columns: Column[], row: string) =>
  `json_object(${columns.map(({ name, type }) => `'${name}', ${type === 'BLOB' ? `length(${row}.${name})` : `${row}.${name}`}`).join(', ')})`;

/** One change_log entry per row of `from` (a trigger's write_context alone, or a table's rows beside it). */
const logEntries = (table: string, key: Column, op: string, row: string, before: string, after: string, from: string) => `
    INSERT INTO change_log (rev, entity, record_id, op, before, after, changed_at, device_id, operator, action, action_id)
    SELECT coalesce(w.rev, lower(hex(randomblob(12)))), '${table}', ${row}.${key.name}, '${op}', ${before}, ${after},
      strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), w.device_id, w.operator, w.action, w.action_id
    FROM ${from}`;

function triggersFor(db: Db, table: string): string {
  const { columns, key } = loggedColumns(db, table);
  // An update that sets only recomputed columns and updated_at (a need's status after a new event)
  // is not a user's change of this record: the event that caused it is logged.
  const recomputed = recomputedColumns(table);
  const changeColumns = recomputed.length ? columns.filter((column) => !recomputed.includes(column.name) && column.name !== 'updated_at') : columns;
  const log = (op: string, row: 'NEW' | 'OLD', before: string, after: string) => `${logEntries(table, key, op, row, before, after, 'write_context w')};`;
  return `
    CREATE TEMP TRIGGER IF NOT EXISTS log_${table}_insert AFTER INSERT ON main.${table} BEGIN ${log('insert', 'NEW', 'NULL', rowJson(columns, 'NEW'))} END;
    CREATE TEMP TRIGGER IF NOT EXISTS log_${table}_update AFTER UPDATE OF ${changeColumns.map((column) => `"${column.name}"`).join(', ')} ON main.${table} BEGIN ${log('update', 'NEW', rowJson(columns, 'OLD'), rowJson(columns, 'NEW'))} END;
    CREATE TEMP TRIGGER IF NOT EXISTS log_${table}_delete AFTER DELETE ON main.${table} BEGIN ${log('delete', 'OLD', rowJson(columns, 'OLD'), 'NULL')} END;`;
}

/**
 * Logs a long run of inserts (an import) in bulk instead of row by row: while `run` writes, the
 * insert triggers of `tables` are dropped, and each `flush` logs the rows added to them since the
 * last one, one statement per table, in insertion order: the entries the triggers would have made.
 * A trigger runs a sub-program for every row; on a 10.000-row poktan import that was ≈ 0,3 s of
 * the write, in bulk ≈ 0,13 s. Only for tables whose new rows `run` does not change again, and
 * only inside a transaction: a rollback brings the dropped triggers back with everything else.
 */
export async function withInsertsLoggedInBulk<T>(db: Db, tables: readonly string[], run: (flush: () => void) => Promise<T>): Promise<T> {
  if (!db.inTransaction) throw new Error('Inserts are logged in bulk only inside a transaction');
  try {
    for (const table of tables) db.exec(`DROP TRIGGER temp.log_${table}_insert`);
    const batches = tables.map((table) => {
      const { columns, key } = loggedColumns(db, table);
      const last = db.prepare(`SELECT coalesce(max(rowid), 0) FROM main.${table}`).pluck();
      const newRows = `main.${table} t, write_context w WHERE t.rowid > ? ORDER BY t.rowid`;
      return { last, since: last.get() as number, log: db.prepare(logEntries(table, key, 'insert', 't', 'NULL', rowJson(columns, 't'), newRows)) };
    });
    const flush = () => {
      for (const batch of batches) {
        batch.log.run(batch.since);
        batch.since = batch.last.get() as number;
      }
    };
    const result = await run(flush);
    flush();
    return result;
  } finally {
    for (const table of tables) db.exec(triggersFor(db, table));
  }
}
