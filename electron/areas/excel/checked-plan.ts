import { rowsWrittenSoFar } from '../../../db/change-tracking.js';
import type { Db } from '../../../db/open.js';
import { localIsoDate } from '../../contract/format.js';
import { KEEP_LAST_READ_MS, type SheetTable } from '../../xlsx/read.js';
import { sameMapping, suggestMapping, type ImportOptions, type ImportPlan, type ImportSpec, type Mapping } from './import-engine.js';
import type { ImportTable } from './import-tables.js';

// The import that follows a preview writes the rows the preview checked, if nothing at all has
// been written since and it is still the same day (rows are checked against today's date):
// checking is a quarter of a 10.000-row import. After any write in between (a group added,
// places replaced, another import) the import checks every row again, as it always did.

interface CheckedPlan {
  db: Db;
  tableName: ImportTable;
  /** The very table the preview read: readSheetOffThread hands the same object back for the same file. */
  table: SheetTable;
  options: ImportOptions;
  day: string;
  rowsWritten: number;
  plan: ImportPlan<unknown>;
  /** Dropped when the preview's table is no longer kept for its import either. */
  forget: ReturnType<typeof setTimeout>;
}

let kept: CheckedPlan | undefined;

function drop(): void {
  if (kept) clearTimeout(kept.forget);
  kept = undefined;
}

/** Before a preview checks its rows: what `keepCheckedPlan` compares later writes with. */
export function checkStarts(db: Db): { rowsWritten: number; day: string } {
  return { rowsWritten: rowsWrittenSoFar(db), day: localIsoDate() };
}

/**
 * After a preview: its plan, for the import of the same file. `since` is taken before the check
 * began: a preview checks in slices, and a write between two slices makes the plan stale too.
 */
export function keepCheckedPlan(db: Db, tableName: ImportTable, table: SheetTable, options: ImportOptions, plan: ImportPlan<unknown>, since: ReturnType<typeof checkStarts>): void {
  drop();
  if (plan.missing.length > 0) return;
  kept = { db, tableName, table, options, plan, ...since, forget: setTimeout(drop, KEEP_LAST_READ_MS).unref() };
}

/**
 * Inside the import's transaction, before it writes: the preview's plan if it still holds for this
 * import (same file, table, options and mapping; nothing written since; same day), else null.
 * A plan is taken once.
 */
export function takeCheckedPlan<F>(db: Db, tableName: ImportTable, spec: ImportSpec<F>, table: SheetTable, options: ImportOptions, requested: Mapping | null): ImportPlan<F> | null {
  const candidate = kept;
  drop();
  if (!candidate || candidate.db !== db || candidate.tableName !== tableName || candidate.table !== table) return null;
  if (candidate.options.year !== options.year || candidate.options.layer !== options.layer || candidate.day !== localIsoDate()) return null;
  const mapping = requested ?? suggestMapping(spec.fields(db, options), table.headers);
  if (!sameMapping(mapping, candidate.plan.mapping)) return null;
  if (rowsWrittenSoFar(db) !== candidate.rowsWritten) return null;
  return candidate.plan as ImportPlan<F>;
}
