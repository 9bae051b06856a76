import { createHash } from 'node:crypto';
import { rowsWrittenSoFar } from '../../../db/change-tracking.js';
import type { Db } from '../../../db/open.js';
import { localIsoDate } from '../../contract/format.js';
import { chooseMapping, sameMapping, type ImportOptions, type Mapping } from './import-rows.js';
import type { ImportPlan, ImportSpec } from './import-engine.js';
import type { ImportTable } from './import-tables.js';

// The import that follows a preview writes the rows the preview checked, if nothing at all has
// been written since and it is still the same day (rows are checked against today's date):
// reading and checking are half of a 10.000-row import. After any write in between (a group
// added, places replaced, another import) the import reads and checks the file again.

/** How long a preview's plan is kept for its import: a preview is imported within minutes. */
const KEEP_MS = 10 * 60_000;

interface CheckedPlan {
  db: Db;
  tableName: ImportTable;
  file: string;
  options: ImportOptions;
  day: string;
  rowsWritten: number;
  plan: ImportPlan<unknown>;
  forget: ReturnType<typeof setTimeout>;
}

let kept: CheckedPlan | undefined;

function drop(): void {
  if (kept) clearTimeout(kept.forget);
  kept = undefined;
}

/** The same bytes read as the same sheet. */
export const fileKey = (base64: string, sheet: string) => `${sheet}\n${createHash('sha256').update(base64).digest('base64')}`;

/** Before a preview checks its rows: what `keepCheckedPlan` compares later writes with. */
export function checkStarts(db: Db): { rowsWritten: number; day: string; inTransaction: boolean } {
  return { rowsWritten: rowsWrittenSoFar(db), day: localIsoDate(), inTransaction: db.inTransaction };
}

/**
 * After a preview: its plan, for the import of the same file. `since` is taken before the check
 * began: a preview checks in slices, and a write between two slices makes the plan stale too.
 * A preview that ran beside a long write's open transaction saw rows that a rollback may take
 * away without counting as a write (an import stopped at a problem row): its plan is not kept.
 */
export function keepCheckedPlan(db: Db, tableName: ImportTable, file: string, options: ImportOptions, plan: ImportPlan<unknown>, since: ReturnType<typeof checkStarts>): void {
  drop();
  if (plan.missing.length > 0 || since.inTransaction || db.inTransaction) return;
  kept = { db, tableName, file, options, plan, day: since.day, rowsWritten: since.rowsWritten, forget: setTimeout(drop, KEEP_MS).unref() };
}

/**
 * Inside the import's transaction, before it writes: the preview's plan if it still holds for this
 * import (same file, table, options and mapping; nothing written since; same day), else null.
 * A plan is taken once.
 */
export function takeCheckedPlan<F, D>(db: Db, tableName: ImportTable, spec: ImportSpec<F, D>, file: string, options: ImportOptions, requested: Mapping | null): ImportPlan<F> | null {
  const candidate = kept;
  drop();
  if (!candidate || candidate.db !== db || candidate.tableName !== tableName || candidate.file !== file) return null;
  if (candidate.options.year !== options.year || candidate.options.layer !== options.layer || candidate.day !== localIsoDate()) return null;
  // As readImport chooses the import's columns: the user's, else those its headers suggest.
  const mapping = chooseMapping(spec.fields(db, options), candidate.plan.headers, requested, null);
  if (!sameMapping(mapping, candidate.plan.mapping)) return null;
  if (rowsWrittenSoFar(db) !== candidate.rowsWritten) return null;
  return candidate.plan as ImportPlan<F>;
}
