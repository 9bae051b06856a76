import type { ReferenceList, ReferenceOptions } from '../../electron/contract/reference.js';
import { REFERENCE_LIST_NAMES } from '../../electron/contract/reference.js';
import { naturalId, nowIso } from '../clock.js';
import type { Db } from '../open.js';
import { prepared, runNamed } from '../statements.js';

export function listReferenceOptions(db: Db): ReferenceOptions {
  const rows = prepared(db, `SELECT list, code, label, active FROM ref_option ORDER BY list, sort_order, label`)
    .all() as { list: ReferenceList; code: string; label: string; active: number }[];
  const options = Object.fromEntries(REFERENCE_LIST_NAMES.map((list) => [list, []])) as unknown as ReferenceOptions;
  for (const row of rows) options[row.list]?.push({ code: row.code, label: row.label, active: row.active === 1 });
  return options;
}

/** A list's labels by code; a code whose option was removed is shown as it is. */
export function referenceLabeller(db: Db, list: ReferenceList): (code: string) => string {
  const rows = prepared(db, `SELECT code, label FROM ref_option WHERE list = ?`).all(list) as { code: string; label: string }[];
  const labels = new Map(rows.map((row) => [row.code, row.label]));
  return (code) => labels.get(code) ?? code;
}

export function findOption(db: Db, list: ReferenceList, code: string): { label: string; active: boolean } | null {
  const row = prepared(db, `SELECT label, active FROM ref_option WHERE list = ? AND code = ?`).get(list, code) as
    | { label: string; active: number }
    | undefined;
  return row ? { label: row.label, active: row.active === 1 } : null;
}

export function saveOption(db: Db, option: { list: ReferenceList; code: string; label: string; active: boolean }): void {
  const now = nowIso();
  const nextOrder = (prepared(db, `SELECT ifnull(max(sort_order), 0) + 10 AS n FROM ref_option WHERE list = ?`).get(option.list) as { n: number }).n;
  runNamed(
    db,
    `INSERT INTO ref_option (id, list, code, label, sort_order, active, created_at, updated_at)
     VALUES (@id, @list, @code, @label, @sortOrder, @active, @now, @now)
     ON CONFLICT (list, code) DO UPDATE SET label = excluded.label, active = excluded.active, updated_at = excluded.updated_at`,
    { id: naturalId('ref', option.list, option.code), sortOrder: nextOrder, now },
    option,
  );
}
