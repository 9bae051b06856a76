import type { Db } from '../open.js';
import { prepared } from '../statements.js';

export interface ChangeRow {
  seq: number;
  rev: string;
  entity: string;
  recordId: string;
  op: 'insert' | 'update' | 'delete';
  before: string | null;
  after: string | null;
  changedAt: string;
  deviceId: string;
  operator: string;
  action: string;
}

export interface ChangeFilter {
  /** Dates "YYYY-MM-DD", inclusive, in UTC as stored. */
  from: string | null;
  to: string | null;
  operator: string;
  entity: string;
  recordId: string;
  search: string;
}

/**
 * The change log's entries that give a revision to a record written before logging began (the
 * reference lists seeded by migrations), made when a first data package is built: bookkeeping for
 * the exchange between PCs, nobody's change, so the history does not show them.
 */
export const BASELINE_ACTION = 'exchange-baseline';

/** What the app brings up to date on its own when it opens a database (see openAppDatabase): nobody's change either. */
export const UPGRADE_ACTION = 'app-upgrade';

/**
 * Settings the import screen keeps for itself (each table's last column mapping, key
 * `import.<table>.mapping`, electron/areas/excel/handlers.ts): the screen's memory, not the office's
 * data, and "13 isian terisi → 12" told nobody anything; the history leaves them out.
 */
const SCREEN_MEMORY = `NOT (entity = 'app_setting' AND record_id LIKE 'import.%')`;

const COLUMNS = `seq, rev, entity, record_id AS recordId, op, before, after, changed_at AS changedAt,
  device_id AS deviceId, operator, action`;

function where(filter: ChangeFilter): { sql: string; params: Record<string, string> } {
  const conditions: [boolean, string][] = [
    [filter.from !== null, 'changed_at >= @from'],
    [filter.to !== null, `changed_at < date(@to, '+1 day')`],
    [filter.operator !== '', 'operator = @operator'],
    [filter.entity !== '', 'entity = @entity'],
    [filter.recordId !== '', 'record_id = @recordId'],
    [filter.search !== '', 'instr(lower(coalesce(after, before)), lower(@search)) > 0'],
  ];
  const parts = [`action NOT IN ('${BASELINE_ACTION}', '${UPGRADE_ACTION}')`, SCREEN_MEMORY, ...conditions.filter(([applies]) => applies).map(([, sql]) => sql)];
  const params = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== null && value !== '')) as Record<string, string>;
  return { sql: `WHERE ${parts.join(' AND ')}`, params };
}

/** Newest first. */
export function listChanges(db: Db, filter: ChangeFilter, limit: number, offset: number): ChangeRow[] {
  const { sql, params } = where(filter);
  return db.prepare(`SELECT ${COLUMNS} FROM change_log ${sql} ORDER BY seq DESC LIMIT @limit OFFSET @offset`).all({ ...params, limit, offset }) as ChangeRow[];
}

export function countChanges(db: Db, filter: ChangeFilter): number {
  const { sql, params } = where(filter);
  return db.prepare(`SELECT count(*) FROM change_log ${sql}`).pluck().get(params) as number;
}

export function changeOperators(db: Db): string[] {
  return prepared(db, `SELECT DISTINCT operator FROM change_log WHERE operator <> '' ORDER BY operator`).pluck().all() as string[];
}
