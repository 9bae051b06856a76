import type { Level } from '../../electron/contract/kampung-kb.js';
import { newId, nowIso } from '../clock.js';
import type { Db } from '../open.js';
import { containing, prepared, runNamed, updateWhenChanged } from '../statements.js';

export interface KampungKbCriteria {
  main: string[];
  area: string[];
  special: string[];
}

export interface KampungKbFields {
  name: string;
  kecamatanCode: string;
  desaCode: string;
  coverage: string;
  declaredOn: string;
  personInCharge: string;
  description: string;
  latitude: number | null;
  longitude: number | null;
  isModel: boolean;
  isActive: boolean;
  criteria: KampungKbCriteria;
  manualLevel: Level | null;
  manualLevelNote: string;
}

export interface KampungKbRow extends KampungKbFields {
  id: string;
  kecamatanName: string;
  desaName: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

const SELECT_UNIT = `
  SELECT k.id, k.name, k.kecamatan_code AS kecamatanCode, kec.name AS kecamatanName, k.desa_code AS desaCode,
         desa.name AS desaName, k.coverage, k.declared_on AS declaredOn, k.person_in_charge AS personInCharge,
         k.description, k.latitude, k.longitude, k.is_model AS isModel, k.is_active AS isActive, k.criteria,
         k.manual_level AS manualLevel, k.manual_level_note AS manualLevelNote,
         k.created_at AS createdAt, k.updated_at AS updatedAt, k.deleted_at AS deletedAt
  FROM kampung_kb k
  JOIN place kec ON kec.code = k.kecamatan_code
  JOIN place desa ON desa.code = k.desa_code`;

type RawUnit = Omit<KampungKbRow, 'isModel' | 'isActive' | 'criteria'> & { isModel: number; isActive: number; criteria: string };

const toUnit = (raw: RawUnit): KampungKbRow => ({
  ...raw,
  isModel: raw.isModel === 1,
  isActive: raw.isActive === 1,
  criteria: { main: [], area: [], special: [], ...(JSON.parse(raw.criteria) as Partial<KampungKbCriteria>) },
});

export function getKampungKb(db: Db, id: string): KampungKbRow | null {
  const raw = prepared(db, `${SELECT_UNIT} WHERE k.id = ?`).get(id) as RawUnit | undefined;
  return raw ? toUnit(raw) : null;
}

export function insertKampungKb(db: Db, fields: KampungKbFields): string {
  const id = newId();
  const now = nowIso();
  runNamed(
    db,
    `INSERT INTO kampung_kb (id, name, kecamatan_code, desa_code, coverage, declared_on, person_in_charge, description,
       latitude, longitude, is_model, is_active, criteria, manual_level, manual_level_note, created_at, updated_at)
     VALUES (@id, @name, @kecamatanCode, @desaCode, @coverage, @declaredOn, @personInCharge, @description,
       @latitude, @longitude, @isModel, @isActive, @criteria, @manualLevel, @manualLevelNote, @now, @now)`,
    { id, now, criteria: JSON.stringify(fields.criteria) },
    fields,
  );
  return id;
}

const UPDATE_KAMPUNG_KB = updateWhenChanged('kampung_kb', {
  name: 'name', kecamatan_code: 'kecamatanCode', desa_code: 'desaCode', coverage: 'coverage', declared_on: 'declaredOn',
  person_in_charge: 'personInCharge', description: 'description', latitude: 'latitude', longitude: 'longitude', is_model: 'isModel',
  is_active: 'isActive', criteria: 'criteria', manual_level: 'manualLevel', manual_level_note: 'manualLevelNote',
});

/** Saves a unit's fields; false when they were stored as they are (nothing written). */
export function updateKampungKb(db: Db, id: string, fields: KampungKbFields): boolean {
  return runNamed(db, UPDATE_KAMPUNG_KB, { id, now: nowIso(), criteria: JSON.stringify(fields.criteria) }, fields).changes > 0;
}

export function setKampungKbDeleted(db: Db, id: string, deleted: boolean): void {
  const now = nowIso();
  prepared(db, `UPDATE kampung_kb SET deleted_at = @deletedAt, updated_at = @now WHERE id = @id`).run({ id, now, deletedAt: deleted ? now : null });
}

/** The units of one desa (the importer matches a row to one by its name). */
export function listKampungKbInDesa(db: Db, desaCode: string): { id: string; name: string }[] {
  return prepared(db, `SELECT id, name FROM kampung_kb WHERE desa_code = ? AND deleted_at IS NULL`).all(desaCode) as { id: string; name: string }[];
}

/** The other unit flagged as the model (percontohan), if any. */
export function findModelUnit(db: Db, exceptId: string | null): { id: string; name: string } | null {
  return (
    (prepared(db, `SELECT id, name FROM kampung_kb WHERE is_model = 1 AND deleted_at IS NULL AND id IS NOT ? LIMIT 1`)
      .get(exceptId) as { id: string; name: string } | undefined) ?? null
  );
}

export interface KampungKbListFilter {
  search: string;
  kecamatanCode: string;
  level: Level | 'belum-ada-data' | '';
  declaredYear: number | null;
  sort: 'name' | 'kecamatan' | 'declared' | 'level';
  descending: boolean;
}

export interface KampungKbListRow {
  id: string;
  name: string;
  kecamatanCode: string;
  desaCode: string;
  kecamatanName: string;
  desaName: string;
  coverage: string;
  declaredOn: string;
  isModel: boolean;
  isActive: boolean;
  computedLevel: Level | null;
  manualLevel: Level | null;
  /** The level that counts: the office's decision where it set one, otherwise the computed one. */
  level: Level | null;
  latestYear: number | null;
}

// Each unit with its latest period's level (stored on the unit by triggers, migration 0093), and
// the level that counts: a manual decision wins.
const UNITS_WITH_LEVEL = `
  SELECT k.id, k.name, k.kecamatan_code AS kecamatanCode, kec.name AS kecamatanName, k.desa_code AS desaCode,
         desa.name AS desaName, k.coverage, k.declared_on AS declaredOn, k.is_model AS isModel,
         k.is_active AS isActive, k.latest_level AS computedLevel, k.manual_level AS manualLevel,
         coalesce(k.manual_level, k.latest_level) AS level, k.latest_year AS latestYear
  FROM kampung_kb k
  JOIN place kec ON kec.code = k.kecamatan_code
  JOIN place desa ON desa.code = k.desa_code
  WHERE k.deleted_at IS NULL`;

const LEVEL_ORDER = `CASE level WHEN 'dasar' THEN 1 WHEN 'berkembang' THEN 2 WHEN 'mandiri' THEN 3 WHEN 'berkelanjutan' THEN 4 ELSE 0 END`;
const SORTS: Record<KampungKbListFilter['sort'], string[]> = {
  name: ['name COLLATE NOCASE'],
  kecamatan: ['kecamatanName COLLATE NOCASE', 'desaName COLLATE NOCASE', 'name COLLATE NOCASE'],
  declared: ['declaredOn'],
  level: [LEVEL_ORDER, 'name COLLATE NOCASE'],
};

function filterClause(filter: KampungKbListFilter) {
  const where: string[] = [];
  if (filter.search) where.push(`(name LIKE @search ESCAPE '\\' OR desaName LIKE @search ESCAPE '\\' OR kecamatanName LIKE @search ESCAPE '\\' OR coverage LIKE @search ESCAPE '\\')`);
  if (filter.kecamatanCode) where.push('kecamatanCode = @kecamatanCode');
  if (filter.level === 'belum-ada-data') where.push('level IS NULL');
  else if (filter.level) where.push('level = @level');
  if (filter.declaredYear) where.push(`substr(declaredOn, 1, 4) = @declaredYear`);
  return {
    from: `(${UNITS_WITH_LEVEL}) ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
    params: {
      search: containing(filter.search),
      kecamatanCode: filter.kecamatanCode,
      level: filter.level,
      declaredYear: String(filter.declaredYear ?? ''),
    },
  };
}

/** The units matching `filter` in its order, the first `limit` of them (all with -1). */
export function listKampungKb(db: Db, filter: KampungKbListFilter, limit = -1): KampungKbListRow[] {
  const { from, params } = filterClause(filter);
  const order = SORTS[filter.sort].map((column) => `${column} ${filter.descending ? 'DESC' : 'ASC'}`).join(', ');
  const rows = prepared(db, `SELECT * FROM ${from} ORDER BY ${order} LIMIT @limit`).all({ ...params, limit }) as (Omit<KampungKbListRow, 'isModel' | 'isActive'> & {
    isModel: number;
    isActive: number;
  })[];
  return rows.map((row) => ({ ...row, isModel: row.isModel === 1, isActive: row.isActive === 1 }));
}

export function countMatchingKampungKb(db: Db, filter: KampungKbListFilter): number {
  const { from, params } = filterClause(filter);
  return prepared(db, `SELECT count(*) FROM ${from}`).pluck().get(params) as number;
}

/** Kecamatan and declaration years of all units, for the summary above the list. */
export function unitPlacesAndYears(db: Db): { kecamatanCode: string; year: number }[] {
  return prepared(db, `SELECT DISTINCT kecamatan_code AS kecamatanCode, CAST(substr(declared_on, 1, 4) AS INTEGER) AS year FROM kampung_kb WHERE deleted_at IS NULL`).all() as {
    kecamatanCode: string;
    year: number;
  }[];
}

export function countKampungKb(db: Db): number {
  return prepared(db, `SELECT count(*) FROM kampung_kb WHERE deleted_at IS NULL`).pluck().get() as number;
}

export interface KecamatanRecapRow {
  kecamatanCode: string;
  kecamatanName: string;
  desaTotal: number;
  desaCovered: number;
  counts: Record<Level | 'belum-ada-data', number>;
  total: number;
}

/** Units per kecamatan and level, with how many desa have at least one unit. */
export function recapByKecamatan(db: Db): KecamatanRecapRow[] {
  const rows = prepared(db, 
      `WITH units AS (${UNITS_WITH_LEVEL})
       SELECT kec.code AS kecamatanCode, kec.name AS kecamatanName,
              (SELECT count(*) FROM place d WHERE d.parent_code = kec.code) AS desaTotal,
              count(DISTINCT u.desaCode) AS desaCovered,
              count(CASE WHEN u.level = 'dasar' THEN 1 END) AS dasar,
              count(CASE WHEN u.level = 'berkembang' THEN 1 END) AS berkembang,
              count(CASE WHEN u.level = 'mandiri' THEN 1 END) AS mandiri,
              count(CASE WHEN u.level = 'berkelanjutan' THEN 1 END) AS berkelanjutan,
              count(CASE WHEN u.id IS NOT NULL AND u.level IS NULL THEN 1 END) AS belumAdaData
       FROM place kec LEFT JOIN units u ON u.kecamatanCode = kec.code
       WHERE kec.level = 'kecamatan'
       GROUP BY kec.code
       ORDER BY kec.name COLLATE NOCASE`,
    )
    .all() as ({ kecamatanCode: string; kecamatanName: string; desaTotal: number; desaCovered: number } & Record<string, number>)[];
  return rows.map((row) => {
    const counts = {
      dasar: row.dasar!,
      berkembang: row.berkembang!,
      mandiri: row.mandiri!,
      berkelanjutan: row.berkelanjutan!,
      'belum-ada-data': row.belumAdaData!,
    };
    return {
      kecamatanCode: row.kecamatanCode,
      kecamatanName: row.kecamatanName,
      desaTotal: row.desaTotal,
      desaCovered: row.desaCovered,
      counts,
      total: Object.values(counts).reduce((a, b) => a + b, 0),
    };
  });
}

/** Active units declared on or before `until` (yyyy-mm-dd), counted per kecamatan code. */
export function countActiveKampungKbByKecamatan(db: Db, until: string): Map<string, number> {
  const rows = prepared(
    db,
    `SELECT kecamatan_code AS code, count(*) AS units FROM kampung_kb
     WHERE deleted_at IS NULL AND is_active = 1 AND declared_on <= ? GROUP BY kecamatan_code`,
  ).all(until) as { code: string; units: number }[];
  return new Map(rows.map((row) => [row.code, row.units]));
}
