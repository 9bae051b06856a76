import type { PoktanType } from '../../electron/contract/poktan.js';
import { nextTurn } from '../../electron/core/turns.js';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../open.js';

// The office's yearly questions about facilities, at province scale over 50.000 groups and
// 250.000 needs: each read in slices of rows with turns between, and added up here, so that none
// holds the app (one statement each took up to 0,38 s).

export interface KecamatanTypeCount {
  kecamatanCode: string;
  type: PoktanType;
  count: number;
}

/** Rows of a table read by one statement of a sliced count: ≈ 10–30 ms at province scale. */
const ROWS_PER_SLICE = 10_000;

/**
 * The rowid ranges of `table`, `ROWS_PER_SLICE` rows each, with a turn before each: a count over a
 * province's 250.000 needs runs as 25 statements, not one that holds the app for a third of a second.
 */
async function* rowidRanges(db: Db, table: 'poktan' | 'facility_need'): AsyncIterable<{ from: number; to: number }> {
  const last = (db.prepare(`SELECT ifnull(max(rowid), 0) FROM ${table}`).pluck().get() as number);
  for (let from = 0; from < last; from += ROWS_PER_SLICE) {
    await nextTurn();
    yield { from, to: from + ROWS_PER_SLICE };
  }
}

function addCount(totals: Map<string, KecamatanTypeCount>, { kecamatanCode, type, count }: KecamatanTypeCount): void {
  const key = `${kecamatanCode}|${type}`;
  const total = totals.get(key);
  if (total) total.count += count;
  else totals.set(key, { kecamatanCode, type, count });
}

/** Adds up per kecamatan and type the counts that each slice of the groups gives. */
async function countBySlices(db: Db, slice: Statement): Promise<KecamatanTypeCount[]> {
  const totals = new Map<string, KecamatanTypeCount>();
  for await (const range of rowidRanges(db, 'poktan')) for (const row of slice.all(range) as KecamatanTypeCount[]) addCount(totals, row);
  return [...totals.values()];
}

/** Open needs (not yet fully delivered, not refused) per kecamatan and poktan type, from the count stored on each group. */
export function openNeedsByKecamatanType(db: Db): Promise<KecamatanTypeCount[]> {
  const slice = db.prepare(
    `SELECT kecamatan_code AS kecamatanCode, type, sum(open_needs) AS count FROM poktan
     WHERE rowid > @from AND rowid <= @to AND deleted_at IS NULL AND open_needs > 0 GROUP BY kecamatan_code, type`,
  );
  return countBySlices(db, slice);
}

/** Active groups per kecamatan and type. */
export function groupsByKecamatanType(db: Db): Promise<KecamatanTypeCount[]> {
  const slice = db.prepare(
    `SELECT kecamatan_code AS kecamatanCode, type, count(*) AS count FROM poktan
     WHERE rowid > @from AND rowid <= @to AND deleted_at IS NULL AND is_active = 1 GROUP BY kecamatan_code, type`,
  );
  return countBySlices(db, slice);
}

/** Active groups (of a type with a basic kit) that have never received a basic-kit item of their type. */
export async function lackingBasicKit(db: Db): Promise<KecamatanTypeCount[]> {
  const received = new Set<string>();
  const receivers = db
    .prepare(
      `SELECT n.poktan_id FROM facility_need n JOIN facility_item i ON i.id = n.item_id
       WHERE n.rowid > @from AND n.rowid <= @to AND n.deleted_at IS NULL AND i.is_basic_kit = 1 AND n.quantity_delivered > 0`,
    )
    .pluck();
  for await (const range of rowidRanges(db, 'facility_need')) for (const id of receivers.all(range) as string[]) received.add(id);

  const counts = new Map<string, KecamatanTypeCount>();
  const groups = db.prepare(
    `SELECT p.id, p.kecamatan_code AS kecamatanCode, p.type FROM poktan p
     WHERE p.rowid > @from AND p.rowid <= @to AND p.deleted_at IS NULL AND p.is_active = 1
       AND p.type IN (SELECT poktan_type FROM facility_item WHERE is_basic_kit = 1)`,
  );
  for await (const range of rowidRanges(db, 'poktan')) {
    for (const group of groups.all(range) as { id: string; kecamatanCode: string; type: PoktanType }[]) {
      if (!received.has(group.id)) addCount(counts, { kecamatanCode: group.kecamatanCode, type: group.type, count: 1 });
    }
  }
  return [...counts.values()];
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

/** Quantities needed, approved and delivered for the needs proposed in a year (refused ones left out), summed over slices of the needs. */
export async function fulfilmentByKecamatan(db: Db, year: number): Promise<FulfilmentRow[]> {
  const slice = db.prepare(
    `SELECT p.kecamatan_code AS kecamatanCode, sum(n.quantity_needed) AS needed, sum(ifnull(n.quantity_approved, 0)) AS approved,
            sum(n.quantity_delivered) AS delivered
     FROM facility_need n JOIN poktan p ON p.id = n.poktan_id
     WHERE n.rowid > @from AND n.rowid <= @to AND n.deleted_at IS NULL AND p.deleted_at IS NULL AND n.status <> 'ditolak' AND n.year_proposed = @year
     GROUP BY p.kecamatan_code`,
  );
  const totals = new Map<string, FulfilmentRow>();
  for await (const range of rowidRanges(db, 'facility_need')) {
    for (const row of slice.all({ ...range, year }) as FulfilmentRow[]) {
      const total = totals.get(row.kecamatanCode);
      if (!total) totals.set(row.kecamatanCode, row);
      else {
        total.needed += row.needed;
        total.approved += row.approved;
        total.delivered += row.delivered;
      }
    }
  }
  return [...totals.values()];
}
