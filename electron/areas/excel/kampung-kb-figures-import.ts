import { findSnapshotForPeriod, listSnapshots } from '../../../db/queries/kampung-kb-snapshots.js';
import { getKampungKb, listKampungKb, listKampungKbInDesa, type KampungKbRow } from '../../../db/queries/kampung-kb.js';
import { listReferenceOptions } from '../../../db/queries/reference.js';
import type { Db } from '../../../db/open.js';
import { localIsoDate } from '../../contract/format.js';
import { POKTAN_TARGETS } from '../../contract/kampung-kb.js';
import { fieldMessages } from '../../core/messages.js';
import { parseSnapshot } from '../kampung-kb/level-service.js';
import { snapshotSaveSchema, type SnapshotSaveInput } from '../kampung-kb/schema.js';
import { snapshotSaveProblems, storeSnapshot } from '../kampung-kb/snapshot-save.js';
import { snapshotFiguresSchema, snapshotProfileSchema } from '../kampung-kb/snapshot-schema.js';
import { foldLabel } from '../../core/names.js';
import type { ImportSpec } from './import-engine.js';
import type { ImportField, RowReader } from './import-rows.js';
import { unitKey } from './kampung-kb-import.js';
import { placeLookup } from './place-lookup.js';

export const FIGURES_SHEET = 'Angka Kampung KB';

// A period's population and KB figures of each Kampung KB, one row per unit and period. The
// profile (Pokja, PLKB, programmes, …) and the age bands are kept as stored for the period, or
// copied from the latest period for a new one, as the period form does.

const COUNTS = [
  ['families', 'Jumlah keluarga (KK)', ['jumlah kk', 'kk', 'jumlah keluarga']],
  ['pus', 'Pasangan usia subur (PUS)', ['pus', 'jumlah pus']],
  ['teenagers', 'Jumlah remaja', ['remaja']],
  ['familiesWithUnderFives', 'Keluarga dengan balita', ['keluarga balita']],
  ['familiesWithTeens', 'Keluarga dengan remaja', ['keluarga remaja']],
  ['familiesWithElderly', 'Keluarga dengan lansia', ['keluarga lansia']],
  ['bpjsMembers', 'Peserta BPJS Kesehatan', ['bpjs', 'peserta bpjs']],
] as const;

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
/** As the template's list and the export write them. */
export const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));

type Figures = SnapshotSaveInput['figures'];
/** A figure's column: read from (the export) and written to (the import) a period's figures. */
type Column = { key: string; header: string; aliases: string[]; get(figures: Figures): number | null; put(figures: Figures, value: number): void };

export function figureColumns(db: Db): Column[] {
  const reference = listReferenceOptions(db);
  return [
    ...COUNTS.map(([key, header, aliases]) => ({ key, header, aliases: [...aliases], get: (f: Figures) => f[key] ?? null, put: (f: Figures, v: number) => void (f[key] = v) })),
    ...reference['metode-kb'].filter((o) => o.active).map((o) => ({ key: `kb.${o.code}`, header: `Peserta KB ${o.label}`, aliases: [`kb ${o.label}`], get: (f: Figures) => f.kbUsers[o.code] ?? null, put: (f: Figures, v: number) => void (f.kbUsers[o.code] = v) })),
    ...reference['alasan-tidak-ber-kb'].filter((o) => o.active).map((o) => ({ key: `tidak.${o.code}`, header: `PUS tidak ber-KB: ${o.label}`, aliases: [], get: (f: Figures) => f.nonUsers[o.code] ?? null, put: (f: Figures, v: number) => void (f.nonUsers[o.code] = v) })),
    ...POKTAN_TARGETS.map((p) => ({ key: `poktan.${p.key}`, header: `Peserta ${p.label}`, aliases: [`peserta poktan ${p.label}`], get: (f: Figures) => f.poktanParticipants[p.key] ?? null, put: (f: Figures, v: number) => void (f.poktanParticipants[p.key] = v) })),
  ];
}

export interface PeriodImport {
  input: SnapshotSaveInput;
  given: number;
}

/** Message paths of the period form → the file's columns. */
function columnOf(path: string): string | null {
  if (path === 'year' || path === 'month') return path;
  const count = COUNTS.find(([key]) => path === `figures.${key}`);
  if (count) return count[0];
  const poktan = /^figures\.poktanParticipants\.(\w+)$/.exec(path);
  return poktan ? `poktan.${poktan[1]}` : null;
}

function monthOf(row: RowReader): number | null | 'invalid' {
  const text = row.text('month');
  if (!text) return null;
  const byName = MONTHS.indexOf(foldLabel(text));
  if (byName >= 0) return byName + 1;
  return /^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= 12 ? Number(text) : 'invalid';
}

export const kampungKbFiguresImport: ImportSpec<PeriodImport> = {
  sheet: FIGURES_SHEET,
  sameRecord: 'Kampung KB dan periode',
  fields: (db) => [
    { key: 'name', header: 'Nama Kampung KB', required: true, aliases: ['nama', 'kampung kb'] },
    { key: 'kecamatan', header: 'Kecamatan', required: true, aliases: ['kec'] },
    { key: 'desa', header: 'Desa/kelurahan', required: true, aliases: ['desa', 'kelurahan', 'nagari'] },
    { key: 'year', header: 'Tahun', required: true, aliases: ['tahun data'] },
    { key: 'month', header: 'Bulan', aliases: ['bulan data'] },
    ...figureColumns(db).map(({ key, header, aliases }): ImportField => ({ key, header, aliases })),
  ],
  label: (row) => [row.text('name'), [row.text('month'), row.text('year')].filter(Boolean).join(' ')].filter(Boolean).join(' – '),

  checker(db) {
    const places = placeLookup(db);
    const columns = figureColumns(db);
    return (row) => {
      const kec = row.text('kecamatan') ? places.kecamatanOf(row.text('kecamatan'), row.problems) : undefined;
      const desa = kec && row.text('desa') ? places.desaOf(kec, row.text('desa'), row.problems) : undefined;
      const found = desa && row.text('name') ? listKampungKbInDesa(db, desa.code).find((u) => unitKey(u.name) === unitKey(row.text('name'))) : undefined;
      if (desa && row.text('name') && !found) row.problems.push(`Kampung KB "${row.text('name')}" tidak terdaftar di ${desa.name}, Kecamatan ${kec!.name}; impor atau tambahkan identitasnya terlebih dahulu.`);
      const year = row.whole('year');
      const month = monthOf(row);
      if (month === 'invalid') row.cellProblem('month', `"${row.text('month')}" bukan bulan (1–12 atau Januari–Desember).`);
      const values = columns.map((column) => ({ column, value: row.whole(column.key) }));
      if (!found || year === null || month === 'invalid' || row.problems.length > 0) return null;

      const unit = getKampungKb(db, found.id) as KampungKbRow;
      const existing = findSnapshotForPeriod(db, unit.id, year, month);
      const latest = listSnapshots(db, unit.id)[0];
      const stored = existing ? parseSnapshot(existing) : null;
      const figures = stored?.figures ?? snapshotFiguresSchema.parse({});
      let given = 0;
      for (const { column, value } of values) {
        if (value === null) continue;
        column.put(figures, value);
        given += 1;
      }
      const parsed = snapshotSaveSchema.safeParse({
        kampungKbId: unit.id,
        ...(existing ? { id: existing.id } : {}),
        year,
        month,
        profile: stored?.profile ?? (latest ? parseSnapshot(latest).profile : snapshotProfileSchema.parse({})),
        figures,
      });
      const messages = parsed.success ? snapshotSaveProblems(db, parsed.data, unit.declaredOn) : fieldMessages(parsed.error);
      for (const [path, message] of Object.entries(messages)) {
        const column = columnOf(path);
        if (column) row.cellProblem(column, message);
        else row.problems.push(message);
      }
      if (!parsed.success || row.problems.length > 0) return null;
      return { fields: { input: parsed.data, given }, existingId: existing?.id ?? null, duplicateKey: `${unit.id}|${year}|${month ?? ''}` };
    };
  },

  isEmpty: ({ given }) => given === 0,

  write(db, { input }, existingId) {
    return storeSnapshot(db, input, existingId).changed;
  },

  template(db) {
    const year = Number(localIsoDate().slice(0, 4)) - 1;
    const units = listKampungKb(db, { search: '', kecamatanCode: '', level: '', declaredYear: null, sort: 'kecamatan', descending: false });
    return {
      // One row per registered unit, ready for last year's figures; a row left without figures is not imported.
      rows: units.map((u) => [u.name, u.kecamatanName, u.desaName, year, null]),
      lists: [{ key: 'month', title: 'Bulan', values: MONTH_NAMES, error: 'Pilih bulan, atau kosongkan untuk data setahun.' }],
    };
  },
};
