import { findSimilarPoktan, getPoktan, insertPoktan, updatePoktan, type PoktanFields, type PoktanRow } from '../../../db/queries/poktan.js';
import { listReferenceOptions } from '../../../db/queries/reference.js';
import { fieldMessages } from '../../core/messages.js';
import { poktanFieldsSchema } from '../poktan/schema.js';
import type { ImportSpec } from './import-engine.js';
import type { PoktanCellContext, PoktanDraft } from './poktan-cells.js';
import { loadPlaces, placeLookup } from './place-lookup.js';
import { POKTAN_FIELDS } from './poktan-columns.js';

export const POKTAN_SHEET = 'Poktan';

const FIELD_KEYS = Object.keys(poktanFieldsSchema.shape).filter((key) => key !== 'confirmDuplicate') as (keyof PoktanFields)[];

/**
 * A registered group's fields with the file's over them, where the file has a column: a short
 * file (names and member counts) leaves the chair, the SK, the Kampung KB and the notes as they
 * are. Checked again as a whole, since a year from the file may not fit an SK date stored.
 */
function withStored(stored: PoktanRow, draft: PoktanDraft, problems: string[]): PoktanDraft | null {
  const given = new Set(draft.given);
  const parsed = poktanFieldsSchema.safeParse(Object.fromEntries(FIELD_KEYS.map((key) => [key, given.has(key) ? draft.fields[key] : stored[key]])));
  if (parsed.success) {
    const { confirmDuplicate: _confirm, ...fields } = parsed.data;
    return { ...draft, fields };
  }
  for (const message of Object.values(fieldMessages(parsed.error))) problems.push(`${message} (dengan data kelompok yang tercatat)`);
  return null;
}

/** The poktan register: one row per group, checked in the reader thread (poktan-cells.ts), matched here to a registered group by type, desa and name. */
export const poktanImport: ImportSpec<PoktanDraft, PoktanDraft> = {
  sheet: POKTAN_SHEET,
  sameRecord: 'jenis, desa dan nama',
  fields: () => POKTAN_FIELDS,

  cells: {
    check: 'poktan',
    context: (db): PoktanCellContext => ({ places: loadPlaces(db), stages: listReferenceOptions(db) }),
    match(db, draft: PoktanDraft, problems) {
      const duplicateKey = `${draft.fields.type}|${draft.fields.desaCode}|${draft.key}`;
      const existing = findSimilarPoktan(db, draft.fields.type, draft.fields.desaCode, draft.key, null);
      if (!existing) return { fields: draft, existingId: null, duplicateKey };
      const fields = withStored(getPoktan(db, existing.id)!, draft, problems);
      return fields && { fields, existingId: existing.id, duplicateKey };
    },
  },

  insertsInto: ['poktan'],
  write(db, { fields, key }, existingId) {
    if (existingId) return updatePoktan(db, existingId, fields, key);
    insertPoktan(db, fields, key);
    return true;
  },

  example(db) {
    const places = placeLookup(db);
    const kecamatan = places.kecamatan[0];
    return ['BKB', 'BKB Mawar', kecamatan?.name ?? '', places.firstDesaOf(kecamatan), 'RT 02/RW 03', 'Ibu Euis', '0812 3456 7890', 25, 2018, '400/12/2018', '15/03/2018', 'Dasar', 'Ya'];
  },

  template(db) {
    const places = placeLookup(db);
    const kecamatan = places.kecamatan;
    const desa = places.desaNames();
    return {
      rows: [],
      lists: [
        { key: 'type', title: 'Jenis', values: ['BKB', 'BKR', 'BKL', 'UPPKA', 'PIK-R'], error: 'Pilih BKB, BKR, BKL, UPPKA atau PIK-R.' },
        { key: 'kecamatan', title: 'Kecamatan', values: kecamatan.map((k) => k.name), error: 'Pilih kecamatan dari daftar.' },
        { key: 'desa', title: 'Desa', values: desa, error: 'Pilih desa/kelurahan dari daftar.' },
        { key: 'active', title: 'Aktif', values: ['Ya', 'Tidak'], error: 'Isi Ya atau Tidak.' },
      ],
    };
  },
};
