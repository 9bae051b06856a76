import { naturalId, newId, nowIso } from '../clock.js';
import type { Db } from '../open.js';
import { prepared, runNamed } from '../statements.js';

export interface IndicatorRow {
  id: string;
  code: string;
  name: string;
  unit: string;
  direction: 'higher' | 'lower';
  aggregation: 'sum' | 'rate';
  hasTarget: boolean;
  /** Counted in whole numbers (for a rate: its numerator and denominator). */
  wholeNumber: boolean;
  sortOrder: number;
  retiredFromYear: number | null;
}

export function listIndicators(db: Db): IndicatorRow[] {
  const rows = db
    .prepare(
      `SELECT id, code, name, unit, direction, aggregation, has_target AS hasTarget, whole_number AS wholeNumber,
              sort_order AS sortOrder, retired_from_year AS retiredFromYear
       FROM indicator ORDER BY sort_order, name`,
    )
    .all() as (Omit<IndicatorRow, 'hasTarget' | 'wholeNumber'> & { hasTarget: number; wholeNumber: number })[];
  return rows.map((row) => ({ ...row, hasTarget: row.hasTarget === 1, wholeNumber: row.wholeNumber === 1 }));
}

/** Indicators in force in a year: not retired by then. */
export const indicatorsForYear = (db: Db, year: number) => listIndicators(db).filter((i) => i.retiredFromYear === null || i.retiredFromYear > year);

export function saveIndicator(db: Db, indicator: Omit<IndicatorRow, 'id' | 'sortOrder'> & { id?: string | undefined }): string {
  const now = nowIso();
  const id = indicator.id ?? naturalId('ind', indicator.code);
  const sortOrder = (db.prepare(`SELECT ifnull(max(sort_order), 0) + 10 AS n FROM indicator`).get() as { n: number }).n;
  runNamed(
    db,
    `INSERT INTO indicator (id, code, name, unit, direction, aggregation, has_target, whole_number, sort_order, retired_from_year, created_at, updated_at)
     VALUES (@id, @code, @name, @unit, @direction, @aggregation, @hasTarget, @wholeNumber, @sortOrder, @retiredFromYear, @now, @now)
     ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, unit = excluded.unit, direction = excluded.direction,
       aggregation = excluded.aggregation, has_target = excluded.has_target, whole_number = excluded.whole_number,
       retired_from_year = excluded.retired_from_year, updated_at = excluded.updated_at`,
    { id, sortOrder, now },
    indicator,
  );
  return id;
}

export interface ValueRow {
  year: number;
  indicatorId: string;
  area: string;
  target: number | null;
  achieved: number | null;
  numerator: number | null;
  denominator: number | null;
  existing: number | null;
}

export type ValueLayer = 'target' | 'achieved' | 'numerator' | 'denominator' | 'existing';

/** The last year that holds a figure of the indicator (any layer), or null. */
export function lastYearWithValues(db: Db, indicatorId: string): number | null {
  return (
    (prepared(db, `SELECT max(year) FROM evaluation_value WHERE indicator_id = ? AND coalesce(target, achieved, numerator, denominator, existing) IS NOT NULL`)
      .pluck()
      .get(indicatorId) as number | null) ?? null
  );
}

export function listValues(db: Db, years: number[]): ValueRow[] {
  if (years.length === 0) return [];
  return db
    .prepare(
      `SELECT year, indicator_id AS indicatorId, area, target, achieved, numerator, denominator, existing
       FROM evaluation_value WHERE year IN (${years.map(() => '?').join(', ')})`,
    )
    .all(...years) as ValueRow[];
}

const LAYER_COLUMNS: Record<ValueLayer, string> = {
  target: 'target',
  achieved: 'achieved',
  numerator: 'numerator',
  denominator: 'denominator',
  existing: 'existing',
};

/** Stores one figure of the grid (the cell's other layers keep theirs); false when it was stored as it is (nothing written). */
export function setValue(db: Db, cell: { year: number; indicatorId: string; area: string; layer: ValueLayer; value: number | null }): boolean {
  const column = LAYER_COLUMNS[cell.layer];
  const now = nowIso();
  return (
    runNamed(
      db,
      `INSERT INTO evaluation_value (id, year, indicator_id, area, ${column}, created_at, updated_at)
       VALUES (@id, @year, @indicatorId, @area, @value, @now, @now)
       ON CONFLICT (year, indicator_id, area) DO UPDATE SET ${column} = excluded.${column}, updated_at = excluded.updated_at
         WHERE ${column} IS NOT excluded.${column}`,
      { id: naturalId('ev', cell.year, cell.indicatorId, cell.area), now },
      cell,
    ).changes > 0
  );
}

export interface MeetingRow {
  year: number;
  theme: string;
  heldOn: string | null;
  venue: string;
  openedBy: string;
  participants: { partner: string; count: number }[];
  speakers: { name: string; position: string; topic: string }[];
}

export function getMeeting(db: Db, year: number): MeetingRow | null {
  const row = db
    .prepare(`SELECT year, theme, held_on AS heldOn, venue, opened_by AS openedBy, participants, speakers FROM rakorda_meeting WHERE year = ?`)
    .get(year) as (Omit<MeetingRow, 'participants' | 'speakers'> & { participants: string; speakers: string }) | undefined;
  return row ? { ...row, participants: JSON.parse(row.participants), speakers: JSON.parse(row.speakers) } : null;
}

export function saveMeeting(db: Db, meeting: MeetingRow): void {
  const now = nowIso();
  runNamed(
    db,
    `INSERT INTO rakorda_meeting (id, year, theme, held_on, venue, opened_by, participants, speakers, created_at, updated_at)
     VALUES (@id, @year, @theme, @heldOn, @venue, @openedBy, @participants, @speakers, @now, @now)
     ON CONFLICT (year) DO UPDATE SET theme = excluded.theme, held_on = excluded.held_on, venue = excluded.venue,
       opened_by = excluded.opened_by, participants = excluded.participants, speakers = excluded.speakers, updated_at = excluded.updated_at`,
    { id: naturalId('rakorda', meeting.year), participants: JSON.stringify(meeting.participants), speakers: JSON.stringify(meeting.speakers), now },
    meeting,
  );
}

export type ResolutionStatus = 'belum' | 'berjalan' | 'selesai';

export interface ResolutionRow {
  id: string;
  year: number;
  number: number;
  text: string;
  responsible: string[];
  targetDate: string | null;
  status: ResolutionStatus;
  followups: { notedOn: string; note: string; status: ResolutionStatus }[];
}

/** A year's resolutions, plus (carried) the unfinished ones of earlier years. */
export function listResolutions(db: Db, year: number): { own: ResolutionRow[]; carried: ResolutionRow[] } {
  const rows = db
    .prepare(
      `SELECT id, year, number, text, responsible, target_date AS targetDate, status FROM rakorda_resolution
       WHERE deleted_at IS NULL AND (year = @year OR (year < @year AND status <> 'selesai'))
       ORDER BY year, number`,
    )
    .all({ year }) as (Omit<ResolutionRow, 'responsible' | 'followups'> & { responsible: string })[];
  const followups = db.prepare(`SELECT noted_on AS notedOn, note, status FROM rakorda_followup WHERE resolution_id = ? ORDER BY noted_on, created_at`);
  const resolutions = rows.map((row) => ({
    ...row,
    responsible: JSON.parse(row.responsible) as string[],
    followups: followups.all(row.id) as ResolutionRow['followups'],
  }));
  return { own: resolutions.filter((r) => r.year === year), carried: resolutions.filter((r) => r.year < year) };
}

export function getResolution(db: Db, id: string) {
  return (db.prepare(`SELECT id, year, status FROM rakorda_resolution WHERE id = ? AND deleted_at IS NULL`).get(id) as { id: string; year: number; status: ResolutionStatus } | undefined) ?? null;
}

export function nextResolutionNumber(db: Db, year: number): number {
  return (db.prepare(`SELECT ifnull(max(number), 0) + 1 AS n FROM rakorda_resolution WHERE year = ? AND deleted_at IS NULL`).get(year) as { n: number }).n;
}

export function saveResolution(db: Db, resolution: { id?: string | undefined; year: number; number: number; text: string; responsible: string[]; targetDate: string | null }): string {
  const now = nowIso();
  const id = resolution.id ?? newId();
  runNamed(
    db,
    `INSERT INTO rakorda_resolution (id, year, number, text, responsible, target_date, created_at, updated_at)
     VALUES (@id, @year, @number, @text, @responsible, @targetDate, @now, @now)
     ON CONFLICT (id) DO UPDATE SET number = excluded.number, text = excluded.text, responsible = excluded.responsible,
       target_date = excluded.target_date, updated_at = excluded.updated_at`,
    { id, responsible: JSON.stringify(resolution.responsible), now },
    resolution,
  );
  return id;
}

/** A follow-up note moves the resolution's status with it. */
export function addFollowup(db: Db, resolutionId: string, followup: { notedOn: string; note: string; status: ResolutionStatus }): void {
  const now = nowIso();
  runNamed(
    db,
    `INSERT INTO rakorda_followup (id, resolution_id, noted_on, note, status, created_at, updated_at)
     VALUES (@id, @resolutionId, @notedOn, @note, @status, @now, @now)`,
    { id: newId(), resolutionId, now },
    followup,
  );
  db.prepare(`UPDATE rakorda_resolution SET status = ?, updated_at = ? WHERE id = ?`).run(followup.status, now, resolutionId);
}

export function setResolutionDeleted(db: Db, id: string, deleted = true): void {
  const now = nowIso();
  db.prepare(`UPDATE rakorda_resolution SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(deleted ? now : null, now, id);
}
