import type { Level } from '../../electron/contract/kampung-kb.js';
import { newId, nowIso } from '../clock.js';
import type { Db } from '../open.js';
import { runNamed, updateWhenChanged } from '../statements.js';

export interface SnapshotRow {
  id: string;
  kampungKbId: string;
  year: number;
  month: number | null;
  /** JSON text, parsed by the area's schema. */
  profile: string;
  figures: string;
  computedLevel: Level;
  inputIndex: number;
  processIndex: number;
  outputIndex: number;
  updatedAt: string;
}

export interface SnapshotScores {
  computedLevel: Level;
  inputIndex: number;
  processIndex: number;
  outputIndex: number;
}

const SELECT_SNAPSHOT = `
  SELECT id, kampung_kb_id AS kampungKbId, year, month, profile, figures, computed_level AS computedLevel,
         input_index AS inputIndex, process_index AS processIndex, output_index AS outputIndex, updated_at AS updatedAt
  FROM kampung_kb_snapshot`;

/** Newest first. */
export function listSnapshots(db: Db, kampungKbId: string): SnapshotRow[] {
  return db
    .prepare(`${SELECT_SNAPSHOT} WHERE kampung_kb_id = ? AND deleted_at IS NULL ORDER BY year DESC, ifnull(month, 0) DESC`)
    .all(kampungKbId) as SnapshotRow[];
}

export function getSnapshot(db: Db, id: string): SnapshotRow | null {
  return (db.prepare(`${SELECT_SNAPSHOT} WHERE id = ? AND deleted_at IS NULL`).get(id) as SnapshotRow | undefined) ?? null;
}

export function findSnapshotForPeriod(db: Db, kampungKbId: string, year: number, month: number | null): SnapshotRow | null {
  return (
    (db
      .prepare(`${SELECT_SNAPSHOT} WHERE kampung_kb_id = ? AND year = ? AND ifnull(month, 0) = ? AND deleted_at IS NULL`)
      .get(kampungKbId, year, month ?? 0) as SnapshotRow | undefined) ?? null
  );
}

/** The latest snapshot strictly before the given period, for year-on-year checks. */
export function previousSnapshot(db: Db, kampungKbId: string, year: number, month: number | null): SnapshotRow | null {
  return (
    (db
      .prepare(
        `${SELECT_SNAPSHOT} WHERE kampung_kb_id = @kampungKbId AND deleted_at IS NULL
           AND (year < @year OR (year = @year AND ifnull(month, 0) < @month))
         ORDER BY year DESC, ifnull(month, 0) DESC LIMIT 1`,
      )
      .get({ kampungKbId, year, month: month ?? 0 }) as SnapshotRow | undefined) ?? null
  );
}

export function insertSnapshot(
  db: Db,
  snapshot: { kampungKbId: string; year: number; month: number | null; profile: unknown; figures: unknown } & SnapshotScores,
): string {
  const id = newId();
  const now = nowIso();
  runNamed(
    db,
    `INSERT INTO kampung_kb_snapshot (id, kampung_kb_id, year, month, profile, figures, computed_level,
       input_index, process_index, output_index, created_at, updated_at)
     VALUES (@id, @kampungKbId, @year, @month, @profile, @figures, @computedLevel, @inputIndex, @processIndex, @outputIndex, @now, @now)`,
    { id, now, profile: JSON.stringify(snapshot.profile), figures: JSON.stringify(snapshot.figures) },
    snapshot,
  );
  return id;
}

const UPDATE_SNAPSHOT = updateWhenChanged('kampung_kb_snapshot', {
  year: 'year', month: 'month', profile: 'profile', figures: 'figures',
  computed_level: 'computedLevel', input_index: 'inputIndex', process_index: 'processIndex', output_index: 'outputIndex',
});

/** Saves a period's figures and scores; false when they were stored as they are (nothing written). */
export function updateSnapshot(
  db: Db,
  id: string,
  snapshot: { year: number; month: number | null; profile: unknown; figures: unknown } & SnapshotScores,
): boolean {
  return runNamed(db, UPDATE_SNAPSHOT, { id, now: nowIso(), profile: JSON.stringify(snapshot.profile), figures: JSON.stringify(snapshot.figures) }, snapshot).changes > 0;
}

/** Stores a recomputed level only where it changed (rules or activities changed). */
export function updateSnapshotScores(db: Db, id: string, scores: SnapshotScores): void {
  runNamed(
    db,
    `UPDATE kampung_kb_snapshot SET computed_level = @computedLevel, input_index = @inputIndex,
       process_index = @processIndex, output_index = @outputIndex, updated_at = @now
     WHERE id = @id AND (computed_level, input_index, process_index, output_index)
       IS NOT (@computedLevel, @inputIndex, @processIndex, @outputIndex)`,
    { id, now: nowIso() },
    scores,
  );
}

export function allSnapshotIds(db: Db): { id: string; kampungKbId: string }[] {
  return db.prepare(`SELECT id, kampung_kb_id AS kampungKbId FROM kampung_kb_snapshot WHERE deleted_at IS NULL`).all() as {
    id: string;
    kampungKbId: string;
  }[];
}
