import { findSimilarPoktan, insertPoktan, updatePoktan, type PoktanFields } from '../../../db/queries/poktan.js';
import { listReferenceOptions } from '../../../db/queries/reference.js';
import { POKTAN_TYPE_LABELS } from '../../contract/poktan.js';
import type { ReferenceList } from '../../contract/reference.js';
import { fieldMessages } from '../../core/messages.js';
import { nameKey } from '../poktan/need-lifecycle.js';
import { poktanFieldsSchema } from '../poktan/schema.js';
import { foldPlace } from './cells.js';
import type { ImportSpec } from './import-engine.js';
import { placeLookup } from './place-lookup.js';
import { parsePoktanType, POKTAN_FIELDS } from './poktan-columns.js';

export const POKTAN_SHEET = 'Poktan';

// Which file column a form field's message belongs to ("_": the form as a whole).
const SCHEMA_TO_COLUMN: Record<string, string> = { kecamatanCode: 'kecamatan', desaCode: 'desa', stageCode: 'stage', _: 'name' };

/** A mobile number typed into a number cell loses its leading 0 (81234567890): it gets it back. */
const phoneText = (text: string) => (/^8\d{8,12}$/.test(text) ? `0${text}` : text);

/** The poktan register: one row per group, matched to a registered group by type, desa and name. */
export const poktanImport: ImportSpec<PoktanFields> = {
  sheet: POKTAN_SHEET,
  sameRecord: 'jenis, desa dan nama',
  fields: () => POKTAN_FIELDS,
  label: (row) => row.text('name'),

  checker(db) {
    const places = placeLookup(db);
    const stages = listReferenceOptions(db);
    return (row) => {
      const type = row.text('type') ? parsePoktanType(row.text('type')) : null;
      if (row.text('type') && !type) row.problems.push(`Jenis poktan "${row.text('type')}" tidak dikenal (BKB, BKR, BKL, UPPKA/UPPKS, PIK-R).`);
      const kec = row.text('kecamatan') ? places.kecamatanOf(row.text('kecamatan'), row.problems) : undefined;
      const desa = kec && row.text('desa') ? places.desaOf(kec, row.text('desa'), row.problems) : undefined;
      const members = row.whole('members');
      const foundedYear = row.whole('foundedYear');
      const decreeDate = row.date('decreeDate');
      const stage = type && row.text('stage') ? stages[`tahapan-${type}` as ReferenceList].find((s) => foldPlace(s.label) === foldPlace(row.text('stage'))) : undefined;
      if (type && row.text('stage') && !stage) {
        const known = stages[`tahapan-${type}` as ReferenceList].filter((s) => s.active).map((s) => s.label);
        row.problems.push(`Tahapan "${row.text('stage')}" tidak dikenal untuk ${POKTAN_TYPE_LABELS[type]}${known.length > 0 ? ` (${known.join(', ')})` : '; daftar tahapannya masih kosong'}.`);
      }
      const active = row.yesNo('active');
      // The form's own checks (a founding year in the future, …) run beside the cell problems, so
      // that a row names everything to fix at once; they need the group's type and place. A cell
      // that could not be read is left empty for them.
      if (!type || !kec || !desa) return null;

      const input = {
        type,
        name: row.text('name'),
        kecamatanCode: kec.code,
        desaCode: desa.code,
        address: row.text('address'),
        chairName: row.text('chairName'),
        chairPhone: phoneText(row.text('chairPhone')),
        members: members ?? 0,
        foundedYear,
        decreeNumber: row.text('decreeNumber'),
        decreeDate,
        stageCode: stage?.code ?? '',
        isActive: active ?? true,
      };
      let parsed = poktanFieldsSchema.safeParse(input);
      if (!parsed.success) {
        row.formProblems(fieldMessages(parsed.error), SCHEMA_TO_COLUMN);
        // The fields that passed still go through the register's checks below, without the failed ones.
        const failed = new Set(parsed.error.issues.map((issue) => issue.path[0]));
        parsed = poktanFieldsSchema.safeParse(Object.fromEntries(Object.entries(input).filter(([key]) => !failed.has(key))));
        if (!parsed.success) return null;
      }
      const { confirmDuplicate: _confirm, ...fields } = parsed.data;
      // Of the form's register checks (poktanProblems), the places and the stage were found in the
      // lists loaded above, and a similar name is matched below.
      if (row.problems.length > 0) return null;
      const key = nameKey(fields.name);
      return { fields, existingId: findSimilarPoktan(db, fields.type, fields.desaCode, key, null)?.id ?? null, duplicateKey: `${fields.type}|${fields.desaCode}|${key}` };
    };
  },

  insertsInto: ['poktan'],
  write(db, fields, existingId) {
    if (existingId) return updatePoktan(db, existingId, fields, nameKey(fields.name));
    insertPoktan(db, fields, nameKey(fields.name));
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
