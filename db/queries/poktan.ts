import { POKTAN_TYPES, type PoktanType } from '../../electron/contract/poktan.js';
import { rowsWrittenSoFar } from '../change-tracking.js';
import { newId, nowIso } from '../clock.js';
import type { Db } from '../open.js';
import { containing, prepared, runNamed, updateWhenChanged } from '../statements.js';
import { OPEN_NEED_STATUSES_SQL } from './facility.js';

export interface PoktanFields {
  type: PoktanType;
  name: string;
  kecamatanCode: string;
  desaCode: string;
  kampungKbId: string | null;
  address: string;
  chairName: string;
  chairPhone: string;
  members: number;
  foundedYear: number | null;
  decreeNumber: string;
  decreeDate: string | null;
  stageCode: string;
  isActive: boolean;
  lastActiveOn: string | null;
  notes: string;
}

export interface PoktanRow extends PoktanFields {
  id: string;
  kecamatanName: string;
  desaName: string;
  kampungKbName: string | null;
  updatedAt: string;
}

const COLUMNS = `
  p.id, p.type, p.name, p.kecamatan_code AS kecamatanCode, kec.name AS kecamatanName, p.desa_code AS desaCode,
         desa.name AS desaName, p.kampung_kb_id AS kampungKbId, k.name AS kampungKbName, p.address, p.chair_name AS chairName,
         p.chair_phone AS chairPhone, p.members, p.founded_year AS foundedYear, p.decree_number AS decreeNumber,
         p.decree_date AS decreeDate, p.stage_code AS stageCode, p.is_active AS isActive, p.last_active_on AS lastActiveOn,
         p.notes, p.updated_at AS updatedAt`;

const FROM = `
  FROM poktan p
  JOIN place kec ON kec.code = p.kecamatan_code
  JOIN place desa ON desa.code = p.desa_code
  LEFT JOIN kampung_kb k ON k.id = p.kampung_kb_id`;

const SELECT = `SELECT ${COLUMNS} ${FROM}`;

type Raw = Omit<PoktanRow, 'isActive'> & { isActive: number };
const toRow = (raw: Raw): PoktanRow => ({ ...raw, isActive: raw.isActive === 1 });

export function getPoktan(db: Db, id: string): PoktanRow | null {
  const raw = prepared(db, `${SELECT} WHERE p.id = ? AND p.deleted_at IS NULL`).get(id) as Raw | undefined;
  return raw ? toRow(raw) : null;
}

/** A group's place in the register's order: its desa's (derived, migration 0091). */
const placeOrderOf = (desaCode: string) => `coalesce((SELECT sort_order FROM place WHERE code = ${desaCode}), 0)`;

export function insertPoktan(db: Db, fields: PoktanFields, nameKey: string): string {
  const id = newId();
  const now = nowIso();
  // Both derived columns are set by this INSERT (migration 0095): the place order here, and a new
  // group has no open needs.
  runNamed(
    db,
    `INSERT INTO poktan (id, type, name, name_key, kecamatan_code, desa_code, kampung_kb_id, address, chair_name, chair_phone,
       members, founded_year, decree_number, decree_date, stage_code, is_active, last_active_on, notes, created_at, updated_at, place_order)
     VALUES (@id, @type, @name, @nameKey, @kecamatanCode, @desaCode, @kampungKbId, @address, @chairName, @chairPhone,
       @members, @foundedYear, @decreeNumber, @decreeDate, @stageCode, @isActive, @lastActiveOn, @notes, @now, @now,
       ${placeOrderOf('@desaCode')})`,
    { id, now, nameKey },
    fields,
  );
  return id;
}

const UPDATE_POKTAN = updateWhenChanged('poktan', {
  type: 'type', name: 'name', name_key: 'nameKey', kecamatan_code: 'kecamatanCode', desa_code: 'desaCode', kampung_kb_id: 'kampungKbId',
  address: 'address', chair_name: 'chairName', chair_phone: 'chairPhone', members: 'members', founded_year: 'foundedYear',
  decree_number: 'decreeNumber', decree_date: 'decreeDate', stage_code: 'stageCode', is_active: 'isActive', last_active_on: 'lastActiveOn', notes: 'notes',
});

/** Saves a group's fields; false when they were stored as they are (nothing written). */
export function updatePoktan(db: Db, id: string, fields: PoktanFields, nameKey: string): boolean {
  return runNamed(db, UPDATE_POKTAN, { id, now: nowIso(), nameKey }, fields).changes > 0;
}

/**
 * Sets a group's derived columns from its desa and its needs, for a group written from another
 * PC's package (its needs may have come before it); the app's own insert sets them as it writes.
 */
export function refreshPoktanDerived(db: Db, id: string): void {
  prepared(
    db,
    `UPDATE poktan SET place_order = ${placeOrderOf('poktan.desa_code')},
       open_needs = (SELECT count(*) FROM facility_need n WHERE n.poktan_id = poktan.id AND n.deleted_at IS NULL AND n.status IN ${OPEN_NEED_STATUSES_SQL})
     WHERE id = ?`,
  ).run(id);
}

export function setPoktanDeleted(db: Db, id: string, deleted: boolean): void {
  const now = nowIso();
  prepared(db, `UPDATE poktan SET deleted_at = @deletedAt, updated_at = @now WHERE id = @id`).run({ id, now, deletedAt: deleted ? now : null });
}

/** A group of the same type in the same desa whose name folds to the same key. */
export function findSimilarPoktan(db: Db, type: PoktanType, desaCode: string, nameKey: string, exceptId: string | null) {
  return (
    (prepared(db, 
        `SELECT id, name FROM poktan WHERE type = ? AND desa_code = ? AND name_key = ? AND deleted_at IS NULL AND id IS NOT ? LIMIT 1`,
      )
      .get(type, desaCode, nameKey, exceptId) as { id: string; name: string } | undefined) ?? null
  );
}

/** Groups of any type with this folded name in a desa (the needs importer identifies a group by name and desa). */
export function findPoktanByName(db: Db, desaCode: string, nameKey: string): { id: string; type: PoktanType; name: string }[] {
  return prepared(db, `SELECT id, type, name FROM poktan WHERE desa_code = ? AND name_key = ? AND deleted_at IS NULL ORDER BY type`).all(desaCode, nameKey) as {
    id: string;
    type: PoktanType;
    name: string;
  }[];
}

export interface PoktanFilter {
  search: string;
  type: PoktanType | '';
  kecamatanCode: string;
  desaCode: string;
  stageCode: string;
  active: 'semua' | 'aktif' | 'tidak-aktif';
  openNeeds: boolean;
}

export interface PoktanListRow extends PoktanRow {
  openNeeds: number;
}


/**
 * Conditions on the group's own columns only (the desa name through its codes), so counting
 * needs no joins. `forPage`: the type and active filters are written so that SQLite cannot take them from an index
 * (`+column`). A page then walks the register order (poktan_register_order, which holds the type)
 * and stops at its 200th match; through poktan_type_active it read every group of the type and
 * sorted them all for one page (province: 10.000 groups, 17 → 1,5 ms). A type with few groups
 * now walks the whole index (≈ 4–8 ms at province scale, was < 1). Counting keeps the index.
 */
function filterClause(filter: PoktanFilter, forPage = false) {
  const notFromIndex = (column: string) => (forPage ? `+p.${column}` : `p.${column}`);
  const where = ['p.deleted_at IS NULL'];
  if (filter.search) {
    where.push(`(p.name LIKE @search ESCAPE '\\' OR p.chair_name LIKE @search ESCAPE '\\' OR p.address LIKE @search ESCAPE '\\'
                 OR p.desa_code IN (SELECT code FROM place WHERE level = 'desa' AND name LIKE @search ESCAPE '\\'))`);
  }
  if (filter.type) where.push(`${notFromIndex('type')} = @type`);
  if (filter.kecamatanCode) where.push('p.kecamatan_code = @kecamatanCode');
  if (filter.desaCode) where.push('p.desa_code = @desaCode');
  if (filter.stageCode) where.push('p.stage_code = @stageCode');
  if (filter.active !== 'semua') where.push(`${notFromIndex('is_active')} = ${filter.active === 'aktif' ? 1 : 0}`);
  if (filter.openNeeds) where.push('p.open_needs > 0');
  return { where: where.join(' AND '), params: { ...filter, search: containing(filter.search) } };
}

/**
 * The register in the order offices read it (kecamatan, desa, type, name); `limit` rows at most,
 * those after the group `afterId` where one is given (an export reading page after page: by key,
 * not by offset, which would count through every earlier page again and shift when one is added).
 */
export function listPoktan(db: Db, filter: PoktanFilter, limit = -1, afterId: string | null = null): PoktanListRow[] {
  const { where, params } = filterClause(filter, true);
  // place_order ranks kecamatan and desa by name: the index poktan_register_order gives this
  // order, its rowid breaking ties.
  const after = afterId === null ? '' : 'AND (p.place_order, p.type, p.name COLLATE NOCASE, p.rowid) > (SELECT place_order, type, name, rowid FROM poktan WHERE id = @afterId)';
  const rows = prepared(
    db,
    `SELECT ${COLUMNS}, p.open_needs AS openNeeds ${FROM} WHERE ${where} ${after}
     ORDER BY p.place_order, p.type, p.name COLLATE NOCASE, p.rowid LIMIT @limit`,
  ).all({ ...params, limit, afterId }) as (Raw & { openNeeds: number })[];
  return rows.map((raw) => ({ ...toRow(raw), openNeeds: raw.openNeeds }));
}

export function countPoktan(db: Db, filter: PoktanFilter): number {
  const { where, params } = filterClause(filter);
  return prepared(db, `SELECT count(*) FROM poktan p WHERE ${where}`).pluck().get(params) as number;
}

export interface TypeCount {
  type: PoktanType;
  total: number;
  active: number;
}

const keptTypeCounts = new WeakMap<Db, { rowsWritten: number; counts: readonly TypeCount[] }>();

/**
 * Groups per type, every type in its order (none: zero), for the counts above the register and the
 * Rakorda report. They are asked for with every page of it
 * (each keystroke of a search) and count every group (province: 50.000, ≈ 6 ms), so they are kept
 * until the next write on the connection, the only one that writes the file (`locking_mode =
 * EXCLUSIVE`). Not from inside a transaction: its rows may still be rolled back, which the count
 * of written rows does not undo.
 */
export function countPoktanByType(db: Db): readonly TypeCount[] {
  const rowsWritten = rowsWrittenSoFar(db);
  const kept = keptTypeCounts.get(db);
  if (kept && kept.rowsWritten === rowsWritten && !db.inTransaction) return kept.counts;
  const found = prepared(db, `SELECT type, count(*) AS total, sum(is_active) AS active FROM poktan WHERE deleted_at IS NULL GROUP BY type`).all() as TypeCount[];
  const counts = POKTAN_TYPES.map((type) => found.find((count) => count.type === type) ?? { type, total: 0, active: 0 });
  if (!db.inTransaction) keptTypeCounts.set(db, { rowsWritten, counts });
  return counts;
}

export interface ActivePoktanCount {
  kecamatanCode: string;
  type: PoktanType;
  groups: number;
  members: number;
}

/** Active groups founded in or before `year` (or of unknown founding year), per kecamatan and type, with their members. */
export function countActivePoktanByKecamatan(db: Db, year: number): ActivePoktanCount[] {
  return prepared(
    db,
    `SELECT kecamatan_code AS kecamatanCode, type, count(*) AS groups, sum(members) AS members FROM poktan
     WHERE deleted_at IS NULL AND is_active = 1 AND (founded_year IS NULL OR founded_year <= ?)
     GROUP BY kecamatan_code, type`,
  ).all(year) as ActivePoktanCount[];
}
