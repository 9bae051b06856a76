import type { PoktanType } from '../../electron/contract/poktan.js';
import type { Db } from '../open.js';

// The office's yearly questions about facilities, each one query.

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

/** Active groups that have never received a basic-kit item of their type. */
export function lackingBasicKit(db: Db): KecamatanTypeCount[] {
  return db
    .prepare(
      `SELECT p.kecamatan_code AS kecamatanCode, p.type, count(*) AS count
       FROM poktan p
       WHERE p.deleted_at IS NULL AND p.is_active = 1
         AND EXISTS (SELECT 1 FROM facility_item i WHERE i.poktan_type = p.type AND i.is_basic_kit = 1)
         AND NOT EXISTS (
           SELECT 1 FROM facility_need n JOIN facility_item i ON i.id = n.item_id
           WHERE n.poktan_id = p.id AND n.deleted_at IS NULL AND i.is_basic_kit = 1 AND n.quantity_delivered > 0)
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

/** What was delivered in a year, by funding source and item (the event's source, else the need's). */
export function deliveredByFunding(db: Db, year: number): DeliveredRow[] {
  return db
    .prepare(
      `SELECT coalesce(nullif(e.funding_source, ''), n.funding_source) AS fundingSource, n.item_name AS itemName, n.unit,
              count(DISTINCT n.poktan_id) AS groups, sum(e.quantity) AS quantity
       FROM facility_need_event e
       JOIN facility_need n ON n.id = e.need_id
       JOIN poktan p ON p.id = n.poktan_id
       WHERE e.deleted_at IS NULL AND n.deleted_at IS NULL AND p.deleted_at IS NULL
         AND e.status IN ('diterima', 'diterima-sebagian') AND substr(e.happened_on, 1, 4) = @year
       GROUP BY 1, n.item_name, n.unit
       ORDER BY 1, n.item_name`,
    )
    .all({ year: String(year) }) as DeliveredRow[];
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
