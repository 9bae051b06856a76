import { isDerivedColumn } from '../derived-columns.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';

// A record's revisions, as the change log and record_rev keep them (see 0060_change_log.sql).

/** Every revision the record is known to have passed through, here or on PCs it came from. */
export function knownRevisions(db: Db, entity: string, recordId: string): string[] {
  return prepared(
    db,
    `SELECT rev FROM change_log WHERE entity = @entity AND record_id = @recordId
     UNION SELECT rev FROM record_rev WHERE entity = @entity AND record_id = @recordId`,
  )
    .pluck()
    .all({ entity, recordId }) as string[];
}

export function addKnownRevisions(db: Db, entity: string, recordId: string, revs: readonly string[]): void {
  const insert = prepared(db, `INSERT OR IGNORE INTO record_rev (entity, record_id, rev) VALUES (?, ?, ?)`);
  for (const rev of revs) insert.run(entity, recordId, rev);
}

export function currentRow(db: Db, entity: string, recordId: string): Record<string, unknown> | null {
  return (prepared(db, `SELECT * FROM "${entity}" WHERE id = ?`).get(recordId) as Record<string, unknown> | undefined) ?? null;
}

export function tableColumns(db: Db, entity: string): string[] {
  return prepared(db, `SELECT name FROM pragma_table_info(?)`).pluck().all(entity) as string[];
}

/** Writes a whole row (insert or replace its values), keeping only columns this schema has and does not derive. */
export function writeRow(db: Db, entity: string, row: Record<string, unknown>): void {
  const columns = tableColumns(db, entity).filter((column) => column in row && !isDerivedColumn(entity, column));
  const values = Object.fromEntries(columns.map((column) => [column, row[column]]));
  prepared(
    db,
    `INSERT INTO "${entity}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${columns.filter((c) => c !== 'id').map((c) => `"${c}" = excluded."${c}"`).join(', ')}`,
  ).run(values);
}
