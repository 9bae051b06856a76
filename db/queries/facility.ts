import { OPEN_NEED_STATUSES, type NeedStatus, type PoktanType } from '../../electron/contract/poktan.js';
import { naturalId, newId, nowIso } from '../clock.js';
import type { Db } from '../open.js';
import { prepared, runNamed, updateWhenChanged } from '../statements.js';

export interface FacilityItem {
  id: string;
  poktanType: PoktanType;
  name: string;
  unit: string;
  isBasicKit: boolean;
  active: boolean;
}

export function listFacilityItems(db: Db): FacilityItem[] {
  const rows = db
    .prepare(
      `SELECT id, poktan_type AS poktanType, name, unit, is_basic_kit AS isBasicKit, active FROM facility_item
       ORDER BY poktan_type, is_basic_kit DESC, name`,
    )
    .all() as (Omit<FacilityItem, 'isBasicKit' | 'active'> & { isBasicKit: number; active: number })[];
  return rows.map((row) => ({ ...row, isBasicKit: row.isBasicKit === 1, active: row.active === 1 }));
}

export function getFacilityItem(db: Db, id: string): FacilityItem | null {
  return listFacilityItems(db).find((item) => item.id === id) ?? null;
}

export function saveFacilityItem(db: Db, item: Omit<FacilityItem, 'id'> & { id?: string | undefined }): string {
  const now = nowIso();
  const id = item.id ?? naturalId('item', item.poktanType, item.name.toLowerCase());
  runNamed(
    db,
    `INSERT INTO facility_item (id, poktan_type, name, unit, is_basic_kit, active, created_at, updated_at)
     VALUES (@id, @poktanType, @name, @unit, @isBasicKit, @active, @now, @now)
     ON CONFLICT (id) DO UPDATE SET poktan_type = excluded.poktan_type, name = excluded.name, unit = excluded.unit,
       is_basic_kit = excluded.is_basic_kit, active = excluded.active, updated_at = excluded.updated_at`,
    { id, now },
    item,
  );
  return id;
}

export interface NeedFields {
  itemId: string | null;
  itemName: string;
  unit: string;
  quantityNeeded: number;
  quantityAvailable: number;
  condition: 'baik' | 'rusak-ringan' | 'rusak-berat' | null;
  priority: 'tinggi' | 'sedang' | 'rendah';
  yearProposed: number;
  fundingSource: string;
  notes: string;
}

export interface NeedRow extends NeedFields {
  id: string;
  poktanId: string;
  status: NeedStatus;
  quantityApproved: number | null;
  quantityDelivered: number;
}

export interface NeedEventRow {
  id: string;
  needId: string;
  status: NeedStatus;
  happenedOn: string;
  quantity: number | null;
  fundingSource: string;
  note: string;
  batchId: string | null;
}

/** The statuses of a need still waiting for its goods, as an SQL list. */
export const OPEN_NEED_STATUSES_SQL = `(${OPEN_NEED_STATUSES.map((status) => `'${status}'`).join(', ')})`;

const SELECT_NEED = `
  SELECT id, poktan_id AS poktanId, item_id AS itemId, item_name AS itemName, unit, quantity_needed AS quantityNeeded,
         quantity_available AS quantityAvailable, condition, priority, year_proposed AS yearProposed,
         funding_source AS fundingSource, status, quantity_approved AS quantityApproved,
         quantity_delivered AS quantityDelivered, notes
  FROM facility_need`;

const NEED_ORDER = 'ORDER BY year_proposed DESC, item_name';

export function listNeeds(db: Db, poktanId: string): NeedRow[] {
  return prepared(db, `${SELECT_NEED} WHERE poktan_id = ? AND deleted_at IS NULL ${NEED_ORDER}`).all(poktanId) as NeedRow[];
}

/** The needs of many groups in one read (a page of an export), each group's in `listNeeds` order. */
export function listNeedsOfGroups(db: Db, poktanIds: readonly string[]): Map<string, NeedRow[]> {
  const rows = prepared(db, `${SELECT_NEED} WHERE poktan_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ${NEED_ORDER}`).all(JSON.stringify(poktanIds)) as NeedRow[];
  return groupBy(rows, (row) => row.poktanId);
}

export function getNeed(db: Db, id: string): NeedRow | null {
  return (db.prepare(`${SELECT_NEED} WHERE id = ? AND deleted_at IS NULL`).get(id) as NeedRow | undefined) ?? null;
}

/** Whether this id is a need in the Sampah. */
export function isDeletedNeed(db: Db, id: string): boolean {
  return prepared(db, `SELECT 1 FROM facility_need WHERE id = ? AND deleted_at IS NOT NULL`).get(id) !== undefined;
}

/** The open need of a group for a catalogue item, if any (bulk deliveries fill it). */
export function findOpenNeed(db: Db, poktanId: string, itemId: string): NeedRow | null {
  return (
    (db
      .prepare(
        `${SELECT_NEED} WHERE poktan_id = ? AND item_id = ? AND deleted_at IS NULL
           AND status IN ${OPEN_NEED_STATUSES_SQL}
         ORDER BY year_proposed LIMIT 1`,
      )
      .get(poktanId, itemId) as NeedRow | undefined) ?? null
  );
}

/** A group's needs by year, for matching an imported row to a need already recorded. */
export function listNeedsOfYear(db: Db, poktanId: string, yearProposed: number): NeedRow[] {
  return db.prepare(`${SELECT_NEED} WHERE poktan_id = ? AND year_proposed = ? AND deleted_at IS NULL`).all(poktanId, yearProposed) as NeedRow[];
}

export function insertNeed(db: Db, poktanId: string, fields: NeedFields): string {
  const id = newId();
  const now = nowIso();
  runNamed(
    db,
    `INSERT INTO facility_need (id, poktan_id, item_id, item_name, unit, quantity_needed, quantity_available, condition, priority,
       year_proposed, funding_source, status, notes, created_at, updated_at)
     VALUES (@id, @poktanId, @itemId, @itemName, @unit, @quantityNeeded, @quantityAvailable, @condition, @priority,
       @yearProposed, @fundingSource, 'diidentifikasi', @notes, @now, @now)`,
    { id, poktanId, now },
    fields,
  );
  return id;
}

const UPDATE_NEED = updateWhenChanged('facility_need', {
  item_id: 'itemId', item_name: 'itemName', unit: 'unit', quantity_needed: 'quantityNeeded', quantity_available: 'quantityAvailable',
  condition: 'condition', priority: 'priority', year_proposed: 'yearProposed', funding_source: 'fundingSource', notes: 'notes',
});

/** Saves a need's fields; false when they were stored as they are (nothing written). */
export function updateNeed(db: Db, id: string, fields: NeedFields): boolean {
  return runNamed(db, UPDATE_NEED, { id, now: nowIso() }, fields).changes > 0;
}

export function setNeedDeleted(db: Db, id: string, deleted: boolean): void {
  const now = nowIso();
  db.prepare(`UPDATE facility_need SET deleted_at = @deletedAt, updated_at = @now WHERE id = @id`).run({ id, now, deletedAt: deleted ? now : null });
}

export function storeNeedState(db: Db, id: string, state: { status: NeedStatus; approved: number | null; delivered: number }): void {
  runNamed(
    db,
    `UPDATE facility_need SET status = @status, quantity_approved = @approved, quantity_delivered = @delivered, updated_at = @now
     WHERE id = @id AND (status, quantity_approved, quantity_delivered) IS NOT (@status, @approved, @delivered)`,
    { id, now: nowIso() },
    state,
  );
}

const SELECT_EVENT = `SELECT id, need_id AS needId, status, happened_on AS happenedOn, quantity, funding_source AS fundingSource, note, batch_id AS batchId
  FROM facility_need_event`;

/**
 * In the order they were recorded: the order the life cycle replays them in. (A step may be
 * entered later with an earlier date; the date is what happened, the order is how it moved.)
 */
export function listNeedEvents(db: Db, needId: string): NeedEventRow[] {
  return prepared(db, `${SELECT_EVENT} WHERE need_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid`).all(needId) as NeedEventRow[];
}

/** The histories of many needs in one read, each in `listNeedEvents` order. */
export function listEventsOfNeeds(db: Db, needIds: readonly string[]): Map<string, NeedEventRow[]> {
  const rows = prepared(db, `${SELECT_EVENT} WHERE need_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ORDER BY created_at, rowid`).all(JSON.stringify(needIds)) as NeedEventRow[];
  return groupBy(rows, (row) => row.needId);
}

/** Rows by a key, keeping their order within each key. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

export function insertNeedEvent(db: Db, event: Omit<NeedEventRow, 'id'>): string {
  const id = newId();
  const now = nowIso();
  runNamed(
    db,
    `INSERT INTO facility_need_event (id, need_id, status, happened_on, quantity, funding_source, note, batch_id, created_at, updated_at)
     VALUES (@id, @needId, @status, @happenedOn, @quantity, @fundingSource, @note, @batchId, @now, @now)`,
    { id, now },
    event,
  );
  return id;
}

/** Removes the events of one bulk delivery; returns the needs they touched. */
export function deleteBatchEvents(db: Db, batchId: string): string[] {
  const needs = (db.prepare(`SELECT DISTINCT need_id AS needId FROM facility_need_event WHERE batch_id = ? AND deleted_at IS NULL`).all(batchId) as { needId: string }[]).map((r) => r.needId);
  db.prepare(`UPDATE facility_need_event SET deleted_at = @now, updated_at = @now WHERE batch_id = @batchId AND deleted_at IS NULL`).run({ batchId, now: nowIso() });
  return needs;
}
