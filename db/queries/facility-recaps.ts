import type { PoktanType } from '../../electron/contract/poktan.js';
import { nextTurn } from '../../electron/core/turns.js';
import type { Db } from '../open.js';

// The office's yearly questions about facilities, each one query (the deliveries: in pages).

export interface KecamatanTypeCount {
  kecamatanCode: string;
  type: PoktanType;
  count: number;
}

/** Open needs (not yet fully delivered, not refused) per kecamatan and poktan type, from the count stored on each group. */
export function openNeedsByKecamatanType(db: Db): KecamatanTypeCount[] {
  return db
    .prepare(
      `SELECT kecamatan_code AS kecamatanCode, type, sum(open_needs) AS count
       FROM poktan WHERE deleted_at IS NULL AND open_needs > 0
       GROUP BY kecamatan_code, type`,
    )
    .all() as KecamatanTypeCount[];
}

/** Active groups per kecamatan and type. */
export function groupsByKecamatanType(db: Db): KecamatanTypeCount[] {
  return db
    .prepare(
      `SELECT kecamatan_code AS kecamatanCode, type, count(*) AS count FROM poktan
       WHERE deleted_at IS NULL AND is_active = 1 GROUP BY kecamatan_code, type`,
    )
    .all() as KecamatanTypeCount[];
}

/**
 * Active groups that have never received a basic-kit item of their type. The groups that have are
 * listed once (NOT IN), not searched for each group: 730 → 230 ms at province scale.
 */
export function lackingBasicKit(db: Db): KecamatanTypeCount[] {
  return db
    .prepare(
      `SELECT p.kecamatan_code AS kecamatanCode, p.type, count(*) AS count
       FROM poktan p
       WHERE p.deleted_at IS NULL AND p.is_active = 1
         AND p.type IN (SELECT poktan_type FROM facility_item WHERE is_basic_kit = 1)
         AND p.id NOT IN (
           SELECT n.poktan_id FROM facility_need n JOIN facility_item i ON i.id = n.item_id
           WHERE n.deleted_at IS NULL AND i.is_basic_kit = 1 AND n.quantity_delivered > 0)
       GROUP BY p.kecamatan_code, p.type`,
    )
    .all() as KecamatanTypeCount[];
}

export interface DeliveredRow {
  fundingSource: string;
  itemName: string;
  unit: string;
  groups: number;
  quantity: number;
}

/** Delivery events read per turn: a turn's read stays well under 0,1 s even at province scale. */
const EVENTS_PER_READ = 2_500;

/**
 * A year's deliveries by funding source (the event's, else the need's) and item: the quantity and
 * the number of groups that received it. The year's delivery events are read in pages, in date
 * order, with a turn between (at province scale they are 62.000, 0,6 s in one query: a block for
 * every other call) and added up here; a group is counted once over the year.
 */
export async function deliveredByFunding(db: Db, year: number): Promise<DeliveredRow[]> {
  const page = db.prepare(
    `SELECT e.rowid AS eventRow, e.happened_on AS happenedOn, coalesce(nullif(e.funding_source, ''), n.funding_source) AS fundingSource,
            n.item_name AS itemName, n.unit, n.poktan_id AS poktanId, e.quantity
     FROM facility_need_event e
     JOIN facility_need n ON n.id = e.need_id
     JOIN poktan p ON p.id = n.poktan_id
     WHERE e.deleted_at IS NULL AND n.deleted_at IS NULL AND p.deleted_at IS NULL
       AND e.status IN ('diterima', 'diterima-sebagian') AND e.happened_on < @to AND (e.happened_on, e.rowid) > (@afterOn, @afterRow)
     ORDER BY e.happened_on, e.rowid
     LIMIT ${EVENTS_PER_READ}`,
  );
  type Event = Omit<DeliveredRow, 'groups'> & { eventRow: number; happenedOn: string; poktanId: string };
  const totals = new Map<string, DeliveredRow & { receivers: Set<string> }>();
  let after = { afterOn: `${year}-01-01`, afterRow: -1 };
  for (;;) {
    const events = page.all({ to: `${year + 1}-01-01`, ...after }) as Event[];
    for (const event of events) {
      const key = JSON.stringify([event.fundingSource, event.itemName, event.unit]);
      const total = totals.get(key) ?? { fundingSource: event.fundingSource, itemName: event.itemName, unit: event.unit, groups: 0, quantity: 0, receivers: new Set<string>() };
      total.quantity += event.quantity;
      total.receivers.add(event.poktanId);
      totals.set(key, total);
    }
    if (events.length < EVENTS_PER_READ) break;
    after = { afterOn: events.at(-1)!.happenedOn, afterRow: events.at(-1)!.eventRow };
    await nextTurn();
  }
  // As SQLite's ORDER BY fundingSource, itemName would (no source first).
  const order = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);
  return [...totals.values()]
    .map(({ receivers, ...row }) => ({ ...row, groups: receivers.size }))
    .sort((a, b) => order(a.fundingSource, b.fundingSource) || order(a.itemName, b.itemName));
}

export interface FulfilmentRow {
  kecamatanCode: string;
  needed: number;
  approved: number;
  delivered: number;
}

/** Quantities needed, approved and delivered for the needs proposed in a year (refused ones left out). */
export function fulfilmentByKecamatan(db: Db, year: number): FulfilmentRow[] {
  return db
    .prepare(
      `SELECT p.kecamatan_code AS kecamatanCode, sum(n.quantity_needed) AS needed, sum(ifnull(n.quantity_approved, 0)) AS approved,
              sum(n.quantity_delivered) AS delivered
       FROM facility_need n JOIN poktan p ON p.id = n.poktan_id
       WHERE n.deleted_at IS NULL AND p.deleted_at IS NULL AND n.status <> 'ditolak' AND n.year_proposed = ?
       GROUP BY p.kecamatan_code`,
    )
    .all(year) as FulfilmentRow[];
}
