import { newId, nowIso } from '../clock.js';
import type { Db } from '../open.js';
import { runNamed } from '../statements.js';

export interface ActivityFields {
  title: string;
  heldOn: string;
  place: string;
  categoryCode: string;
  targetGroups: string[];
  partners: string[];
  description: string;
}

export interface ActivityRow extends ActivityFields {
  id: string;
  kampungKbId: string;
}

const SELECT_ACTIVITY = `
  SELECT id, kampung_kb_id AS kampungKbId, title, held_on AS heldOn, place, category_code AS categoryCode,
         target_groups AS targetGroups, partners, description
  FROM kampung_kb_activity`;

type Raw = Omit<ActivityRow, 'targetGroups' | 'partners'> & { targetGroups: string; partners: string };
const toActivity = (raw: Raw): ActivityRow => ({
  ...raw,
  targetGroups: JSON.parse(raw.targetGroups) as string[],
  partners: JSON.parse(raw.partners) as string[],
});

/** Newest first; optionally one year only. */
export function listActivities(db: Db, kampungKbId: string, year?: number): ActivityRow[] {
  const rows = db
    .prepare(
      `${SELECT_ACTIVITY} WHERE kampung_kb_id = @kampungKbId AND deleted_at IS NULL
         AND (@year IS NULL OR substr(held_on, 1, 4) = @year)
       ORDER BY held_on DESC, title`,
    )
    .all({ kampungKbId, year: year === undefined ? null : String(year) }) as Raw[];
  return rows.map(toActivity);
}

export function getActivity(db: Db, id: string): ActivityRow | null {
  const raw = db.prepare(`${SELECT_ACTIVITY} WHERE id = ? AND deleted_at IS NULL`).get(id) as Raw | undefined;
  return raw ? toActivity(raw) : null;
}

export function countActivities(db: Db, kampungKbId: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM kampung_kb_activity WHERE kampung_kb_id = ? AND deleted_at IS NULL`).get(kampungKbId) as { n: number }).n;
}

/** Distinct partner offices across a unit's activities in one year (the process index's third item). */
export function countPartners(db: Db, kampungKbId: string, year: number): number {
  return (
    db
      .prepare(
        `SELECT count(DISTINCT p.value) AS n FROM kampung_kb_activity a, json_each(a.partners) p
         WHERE a.kampung_kb_id = ? AND a.deleted_at IS NULL AND substr(a.held_on, 1, 4) = ?`,
      )
      .get(kampungKbId, String(year)) as { n: number }
  ).n;
}

/** The lists an activity stores as JSON. */
const lists = (fields: ActivityFields) => ({ targetGroups: JSON.stringify(fields.targetGroups), partners: JSON.stringify(fields.partners) });

export function insertActivity(db: Db, kampungKbId: string, fields: ActivityFields): string {
  const id = newId();
  const now = nowIso();
  runNamed(
    db,
    `INSERT INTO kampung_kb_activity (id, kampung_kb_id, title, held_on, place, category_code, target_groups, partners,
       description, created_at, updated_at)
     VALUES (@id, @kampungKbId, @title, @heldOn, @place, @categoryCode, @targetGroups, @partners, @description, @now, @now)`,
    { id, kampungKbId, now },
    lists(fields),
    fields,
  );
  return id;
}

export function updateActivity(db: Db, id: string, fields: ActivityFields): void {
  runNamed(
    db,
    `UPDATE kampung_kb_activity SET title = @title, held_on = @heldOn, place = @place, category_code = @categoryCode,
       target_groups = @targetGroups, partners = @partners, description = @description, updated_at = @now
     WHERE id = @id`,
    { id, now: nowIso() },
    lists(fields),
    fields,
  );
}

export function setActivityDeleted(db: Db, id: string, deleted: boolean): void {
  const now = nowIso();
  db.prepare(`UPDATE kampung_kb_activity SET deleted_at = @deletedAt, updated_at = @now WHERE id = @id`).run({ id, now, deletedAt: deleted ? now : null });
}
