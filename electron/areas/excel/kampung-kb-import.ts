import { getKampungKb, insertKampungKb, listKampungKbInDesa, updateKampungKb, type KampungKbFields } from '../../../db/queries/kampung-kb.js';
import { localIsoDate } from '../../contract/format.js';
import { DomainError } from '../../core/errors.js';
import { fieldMessages } from '../../core/messages.js';
import { checkKampungKb } from '../kampung-kb/handlers.js';
import { kampungKbFieldsSchema } from '../kampung-kb/schema.js';
import { foldLabel } from '../../core/names.js';
import type { ImportSpec } from './import-engine.js';
import type { ImportField } from './import-rows.js';
import { placeLookup } from './place-lookup.js';

export const KAMPUNG_KB_SHEET = 'Kampung KB';

export const KAMPUNG_KB_FIELDS = [
  { key: 'name', header: 'Nama Kampung KB', required: true, aliases: ['nama', 'nama kampung', 'kampung kb', 'nama kampung keluarga berkualitas'] },
  { key: 'kecamatan', header: 'Kecamatan', required: true, aliases: ['kec', 'nama kecamatan'] },
  { key: 'desa', header: 'Desa/kelurahan', required: true, aliases: ['desa', 'kelurahan', 'desa kelurahan', 'nagari', 'nama desa'] },
  { key: 'coverage', header: 'Cakupan (RW/dusun)', aliases: ['cakupan', 'cakupan wilayah', 'rw dusun', 'dusun', 'jorong'] },
  { key: 'declaredOn', header: 'Tanggal pencanangan', required: true, aliases: ['tgl pencanangan', 'pencanangan', 'tanggal dicanangkan'] },
  { key: 'personInCharge', header: 'Penanggung jawab', aliases: ['pj', 'ketua', 'ketua pokja'] },
  { key: 'description', header: 'Gambaran umum', aliases: ['deskripsi', 'keterangan'] },
  { key: 'latitude', header: 'Lintang', aliases: ['latitude', 'lat'] },
  { key: 'longitude', header: 'Bujur', aliases: ['longitude', 'long', 'lng'] },
  { key: 'isModel', header: 'Percontohan (Ya/Tidak)', aliases: ['percontohan'] },
  { key: 'isActive', header: 'Aktif (Ya/Tidak)', aliases: ['aktif', 'status aktif'] },
] as const satisfies readonly ImportField[];

const SCHEMA_TO_COLUMN: Record<string, string> = { kecamatanCode: 'kecamatan', desaCode: 'desa', _: 'name' };

/** "Kampung KB Sawarna Maju" and "sawarna  maju" are the same unit of a desa. */
export const unitKey = (name: string) => foldLabel(name).replace(/^kampung (kb|keluarga berkualitas) /, '');

/** Kampung KB identity: one row per unit, matched to a stored unit by desa and name. Criteria and a manual level stay as stored. */
export const kampungKbImport: ImportSpec<KampungKbFields> = {
  sheet: KAMPUNG_KB_SHEET,
  sameRecord: 'desa dan nama',
  fields: () => KAMPUNG_KB_FIELDS,
  label: (row) => row.text('name'),

  checker(db) {
    const places = placeLookup(db);
    let modelRow: number | null = null;
    return (row) => {
      const kec = row.text('kecamatan') ? places.kecamatanOf(row.text('kecamatan'), row.problems) : undefined;
      const desa = kec && row.text('desa') ? places.desaOf(kec, row.text('desa'), row.problems) : undefined;
      const declaredOn = row.date('declaredOn');
      const latitude = row.signed('latitude');
      const longitude = row.signed('longitude');
      const isModel = row.yesNo('isModel') ?? false;
      const isActive = row.yesNo('isActive') ?? true;
      if (isModel && modelRow !== null) row.cellProblem('isModel', `hanya satu Kampung KB percontohan; baris ${modelRow} sudah ditandai.`);
      if (isModel && modelRow === null) modelRow = row.rowNumber;
      if (row.problems.length > 0 || !kec || !desa || !declaredOn) return null;

      const existing = listKampungKbInDesa(db, desa.code).find((unit) => unitKey(unit.name) === unitKey(row.text('name')));
      const stored = existing ? getKampungKb(db, existing.id) : null;
      const parsed = kampungKbFieldsSchema.safeParse({
        name: row.text('name'),
        kecamatanCode: kec.code,
        desaCode: desa.code,
        coverage: row.text('coverage'),
        declaredOn,
        personInCharge: row.text('personInCharge'),
        description: row.text('description'),
        latitude,
        longitude,
        isModel,
        isActive,
        criteria: stored?.criteria ?? {},
        manualLevel: stored?.manualLevel ?? null,
        manualLevelNote: stored?.manualLevelNote ?? '',
      });
      if (!parsed.success) {
        row.formProblems(fieldMessages(parsed.error), SCHEMA_TO_COLUMN);
        return null;
      }
      try {
        checkKampungKb(db, parsed.data, existing?.id ?? null);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        row.formProblems(error.fields ?? { _: error.message }, SCHEMA_TO_COLUMN);
        return null;
      }
      return { fields: parsed.data, existingId: existing?.id ?? null, duplicateKey: `${desa.code}|${unitKey(parsed.data.name)}` };
    };
  },

  insertsInto: ['kampung_kb'],
  write(db, fields, existingId) {
    if (existingId) return updateKampungKb(db, existingId, fields);
    insertKampungKb(db, fields);
    return true;
  },

  example(db) {
    const places = placeLookup(db);
    const kecamatan = places.kecamatan[0];
    const desa = places.firstDesaOf(kecamatan);
    return [`Kampung KB ${desa}`, kecamatan?.name ?? '', desa, 'RW 02 dan RW 03', `15/03/${Number(localIsoDate().slice(0, 4)) - 1}`, 'Bapak Ketua Pokja', '', '-6,35', '106,25', 'Tidak', 'Ya'];
  },

  template(db) {
    const places = placeLookup(db);
    return {
      rows: [],
      lists: [
        { key: 'kecamatan', title: 'Kecamatan', values: places.kecamatan.map((k) => k.name), error: 'Pilih kecamatan dari daftar.' },
        { key: 'desa', title: 'Desa', values: places.desaNames(), error: 'Pilih desa/kelurahan dari daftar.' },
        { key: 'isModel', title: 'Percontohan', values: ['Ya', 'Tidak'], error: 'Isi Ya atau Tidak.' },
        { key: 'isActive', title: 'Aktif', values: ['Ya', 'Tidak'], error: 'Isi Ya atau Tidak.' },
      ],
    };
  },
};
