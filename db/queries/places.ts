import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { nowIso } from '../clock.js';

export interface PlaceInput {
  code: string;
  name: string;
}

export interface KecamatanInput extends PlaceInput {
  desa: PlaceInput[];
}

export interface PlaceRow {
  code: string;
  name: string;
}

/** Replaces the whole place reference with one kabupaten's kecamatan and desa. */
export function replacePlaces(db: Db, kecamatan: KecamatanInput[]): void {
  const now = nowIso();
  const insert = prepared(db, 
    `INSERT INTO place (code, parent_code, level, name, created_at, updated_at)
     VALUES (@code, @parentCode, @level, @name, @now, @now)`,
  );
  // Children first: desa rows reference their kecamatan.
  prepared(db, `DELETE FROM place WHERE level = 'desa'`).run();
  prepared(db, `DELETE FROM place`).run();
  for (const kec of kecamatan) {
    insert.run({ code: kec.code, parentCode: null, level: 'kecamatan', name: kec.name, now });
    for (const desa of kec.desa) {
      insert.run({ code: desa.code, parentCode: kec.code, level: 'desa', name: desa.name, now });
    }
  }
  // The register's order by place name (migration 0091), on the desa and on the groups in them.
  prepared(db, 
    `UPDATE place SET sort_order = ranked.position
     FROM (SELECT d.code, row_number() OVER (ORDER BY k.name COLLATE NOCASE, d.name COLLATE NOCASE, d.code) AS position
           FROM place d JOIN place k ON k.code = d.parent_code) AS ranked
     WHERE ranked.code = place.code`,
  ).run();
  prepared(db, `UPDATE poktan SET place_order = coalesce((SELECT sort_order FROM place WHERE code = poktan.desa_code), 0)`).run();
}

export function countPlaces(db: Db): { kecamatan: number; desa: number } {
  const rows = prepared(db, `SELECT level, count(*) AS n FROM place GROUP BY level`).all() as {
    level: 'kecamatan' | 'desa';
    n: number;
  }[];
  const count = (level: string) => rows.find((row) => row.level === level)?.n ?? 0;
  return { kecamatan: count('kecamatan'), desa: count('desa') };
}

export function listKecamatan(db: Db): PlaceRow[] {
  return prepared(db, `SELECT code, name FROM place WHERE level = 'kecamatan' ORDER BY name`).all() as PlaceRow[];
}

export function listDesa(db: Db, kecamatanCode: string): PlaceRow[] {
  return prepared(db, `SELECT code, name FROM place WHERE parent_code = ? ORDER BY name`)
    .all(kecamatanCode) as PlaceRow[];
}

export function isKecamatan(db: Db, code: string): boolean {
  return prepared(db, `SELECT 1 FROM place WHERE code = ? AND level = 'kecamatan'`).get(code) !== undefined;
}

/** True when the desa lies in the kecamatan (the check every form with a place makes). */
export function isDesaOf(db: Db, desaCode: string, kecamatanCode: string): boolean {
  return prepared(db, `SELECT 1 FROM place WHERE code = ? AND parent_code = ?`).get(desaCode, kecamatanCode) !== undefined;
}
