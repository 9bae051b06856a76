import { getNeed, insertNeed, isDeletedNeed, insertNeedEvent, listFacilityItems, listNeedEvents, listNeedsOfYear, storeNeedState, updateNeed, type NeedFields, type NeedRow } from '../../../db/queries/facility.js';
import type { Db } from '../../../db/open.js';
import { findPoktanByName, getPoktan } from '../../../db/queries/poktan.js';
import { listReferenceOptions } from '../../../db/queries/reference.js';
import { localIsoDate } from '../../contract/format.js';
import { CONDITION_LABELS, isOpenNeed, NEED_STATUS_LABELS, POKTAN_TYPE_LABELS, PRIORITY_LABELS, type NeedStatus } from '../../contract/poktan.js';
import { fieldMessages } from '../../core/messages.js';
import { deriveNeed, nameKey, type NeedEvent } from '../poktan/need-lifecycle.js';
import { stepsTo, type NeedTarget } from '../poktan/need-steps.js';
import { openTwinOf } from '../poktan/need-twins.js';
import { needFieldsSchema } from '../poktan/schema.js';
import { foldLabel } from '../../core/names.js';
import type { ImportSpec } from './import-engine.js';
import type { ImportField, RowReader } from './import-rows.js';
import { placeLookup } from './place-lookup.js';
import { parsePoktanType } from './poktan-columns.js';

export const NEEDS_SHEET = 'Kebutuhan sarana';

// The same headers as the register export's needs sheet, so an exported file imports as it is.
export const NEED_FIELDS = [
  { key: 'group', header: 'Nama kelompok', required: true, aliases: ['nama poktan', 'kelompok', 'poktan'] },
  { key: 'type', header: 'Jenis poktan', aliases: ['jenis'] },
  { key: 'kecamatan', header: 'Kecamatan', aliases: ['kec'] },
  { key: 'desa', header: 'Desa/kelurahan', aliases: ['desa', 'kelurahan', 'nagari'] },
  { key: 'item', header: 'Barang', required: true, aliases: ['nama barang', 'jenis sarana', 'sarana'] },
  { key: 'unit', header: 'Satuan' },
  { key: 'needed', header: 'Dibutuhkan', required: true, aliases: ['jumlah dibutuhkan', 'jumlah kebutuhan', 'kebutuhan'] },
  { key: 'available', header: 'Sudah ada', aliases: ['jumlah sudah ada', 'tersedia'] },
  { key: 'condition', header: 'Kondisi', aliases: ['kondisi yang ada'] },
  { key: 'priority', header: 'Prioritas' },
  { key: 'year', header: 'Tahun usulan', required: true, aliases: ['tahun'] },
  { key: 'funding', header: 'Sumber dana', aliases: ['sumber anggaran'] },
  { key: 'status', header: 'Status', aliases: ['tahap', 'status kebutuhan'] },
  { key: 'approved', header: 'Disetujui', aliases: ['jumlah disetujui'] },
  { key: 'delivered', header: 'Diterima', aliases: ['jumlah diterima'] },
  { key: 'date', header: 'Tanggal status', aliases: ['tanggal', 'tgl status'] },
  { key: 'notes', header: 'Catatan', aliases: ['keterangan'] },
  { key: 'poktanId', header: 'ID poktan', aliases: ['id kelompok'] },
  { key: 'needId', header: 'ID kebutuhan', aliases: ['id kebutuhan sarana'] },
] as const satisfies readonly ImportField[];

export interface NeedImport {
  poktanId: string;
  fields: NeedFields;
  happenedOn: string;
  /** Events after identification that bring the need to the file's status. */
  steps: NeedEvent[];
}

const SCHEMA_TO_COLUMN: Record<string, string> = { quantityNeeded: 'needed', quantityAvailable: 'available', yearProposed: 'year', itemName: 'item', unit: 'unit', notes: 'notes' };

function byLabel<K extends string>(labels: Record<K, string>, text: string): K | undefined {
  return (Object.keys(labels) as K[]).find((key) => foldLabel(labels[key]) === foldLabel(text) || foldLabel(key) === foldLabel(text));
}

/**
 * The recorded need a row describes: the one its ID names (the register export writes it), else
 * the group's need for the item in that year. Of two (one delivered or refused, a later one for
 * the same item and year), the one the row repeats, else one it can move on, the open one first.
 * An ID from another PC's database, or one copied with a row to another item or year, is no match;
 * the ID of a need deleted here is a new need (the way to record a need again, corrected).
 */
function storedNeed(db: Db, needId: string, poktanId: string, year: number, itemName: string, target: NeedTarget, claimed: ReadonlySet<string>): NeedRow | undefined {
  const sameItem = (need: NeedRow) => need.yearProposed === year && foldLabel(need.itemName) === foldLabel(itemName);
  if (needId && isDeletedNeed(db, needId)) return undefined;
  const byId = needId ? getNeed(db, needId) : null;
  if (byId && byId.poktanId === poktanId && sameItem(byId)) return byId;
  // A need an earlier row of the file took is left to the others (two rows of twins alike), unless there is no other.
  const all = listNeedsOfYear(db, poktanId, year).filter(sameItem);
  const free = all.filter((need) => !claimed.has(need.id));
  const candidates = free.length > 0 ? free : all;
  if (candidates.length < 2) return candidates[0];
  const reach = candidates.map((need) => ({ need, steps: stepsTo(listNeedEvents(db, need.id), target) }));
  const reachable = reach.filter((candidate): candidate is { need: NeedRow; steps: NeedEvent[] } => Array.isArray(candidate.steps));
  const chosen = reachable.find((candidate) => candidate.steps.length === 0) ?? reachable.find((candidate) => isOpenNeed(candidate.need.status)) ?? reachable[0] ?? reach[0];
  return chosen?.need;
}

/** Facility needs (kebutuhan sarana): a group found by its ID or by name and desa, an item of the catalogue, quantities and status. */
export const needsImport: ImportSpec<NeedImport> = {
  sheet: NEEDS_SHEET,
  sameRecord: 'ID kebutuhan, atau kelompok, barang dan tahun usulan',
  fields: () => NEED_FIELDS,
  label: (row) => [row.text('group'), row.text('item'), row.text('year')].filter(Boolean).join(' – '),

  checker(db) {
    const places = placeLookup(db);
    const items = listFacilityItems(db);
    const funding = listReferenceOptions(db)['sumber-dana-sarana'];
    const today = localIsoDate();
    const nextYear = Number(today.slice(0, 4)) + 1;
    const claimed = new Set<string>();

    const findGroup = (row: RowReader) => {
      const byId = row.text('poktanId') ? getPoktan(db, row.text('poktanId')) : null;
      if (byId) return byId;
      if (!row.text('kecamatan') || !row.text('desa')) {
        if (row.text('group')) row.problems.push('Isi Kecamatan dan Desa/kelurahan kelompok (atau ID poktan dari register).');
        return null;
      }
      const kec = places.kecamatanOf(row.text('kecamatan'), row.problems);
      const desa = kec && places.desaOf(kec, row.text('desa'), row.problems);
      if (!desa || !row.text('group')) return null;
      const type = row.text('type') ? parsePoktanType(row.text('type')) : null;
      if (row.text('type') && !type) {
        row.problems.push(`Jenis poktan "${row.text('type')}" tidak dikenal (BKB, BKR, BKL, UPPKA/UPPKS, PIK-R).`);
        return null;
      }
      const found = findPoktanByName(db, desa.code, nameKey(row.text('group'))).filter((g) => !type || g.type === type);
      if (found.length === 1) return getPoktan(db, found[0]!.id);
      if (found.length > 1) {
        row.problems.push(`Ada ${found.length} kelompok bernama "${row.text('group')}" di ${desa.name} (${found.map((g) => POKTAN_TYPE_LABELS[g.type]).join(', ')}); isi kolom Jenis poktan.`);
      } else {
        row.problems.push(`Kelompok "${row.text('group')}"${type ? ` (${POKTAN_TYPE_LABELS[type]})` : ''} tidak terdaftar di ${desa.name}, Kecamatan ${kec.name}; daftarkan atau impor register poktan terlebih dahulu.`);
      }
      return null;
    };

    return (row) => {
      const group = findGroup(row);
      const needed = row.whole('needed');
      const available = row.whole('available');
      const approved = row.whole('approved');
      const delivered = row.whole('delivered');
      const year = row.whole('year');
      if (year !== null && (year < 2000 || year > nextYear)) row.cellProblem('year', `tahun usulan harus antara 2000 dan ${nextYear}.`);
      const happenedOn = row.date('date') ?? today;
      if (happenedOn > today) row.cellProblem('date', 'tanggal tidak boleh di masa depan.');
      const condition = row.text('condition') ? byLabel(CONDITION_LABELS, row.text('condition')) : null;
      if (condition === undefined) row.cellProblem('condition', `"${row.text('condition')}" tidak dikenal (Baik, Rusak ringan, Rusak berat).`);
      const priority = row.text('priority') ? byLabel(PRIORITY_LABELS, row.text('priority')) : 'sedang';
      if (priority === undefined) row.cellProblem('priority', `"${row.text('priority')}" tidak dikenal (Tinggi, Sedang, Rendah).`);
      const status: NeedStatus | undefined = row.text('status') ? byLabel(NEED_STATUS_LABELS, row.text('status')) : 'diidentifikasi';
      if (status === undefined) row.cellProblem('status', `"${row.text('status')}" tidak dikenal (${Object.values(NEED_STATUS_LABELS).join(', ')}).`);
      const source = row.text('funding') ? funding.find((o) => foldLabel(o.label) === foldLabel(row.text('funding')) || o.code === foldLabel(row.text('funding')).replace(/ /g, '-')) : null;
      if (source === undefined) row.cellProblem('funding', `"${row.text('funding')}" tidak ada di daftar sumber dana.`);
      if (!group) return null;

      const item = items.find((i) => i.poktanType === group.type && foldLabel(i.name) === foldLabel(row.text('item')));
      if (row.text('item') && !item && !row.text('unit')) {
        row.cellProblem('item', `"${row.text('item')}" tidak ada di katalog ${POKTAN_TYPE_LABELS[group.type]}; isi kolom Satuan bila barang ini memang di luar katalog.`);
      }
      if (row.problems.length > 0 || needed === null || year === null || !status || !priority || condition === undefined) return null;

      const parsed = needFieldsSchema.safeParse({
        poktanId: group.id,
        itemId: item?.id ?? null,
        itemName: item?.name ?? row.text('item'),
        unit: item?.unit ?? row.text('unit'),
        quantityNeeded: needed,
        quantityAvailable: available ?? 0,
        condition,
        priority,
        yearProposed: year,
        fundingSource: source?.code ?? '',
        notes: row.text('notes'),
      });
      if (!parsed.success) {
        row.formProblems(fieldMessages(parsed.error), SCHEMA_TO_COLUMN, 'item');
        return null;
      }
      const { poktanId, id: _id, identifiedOn: _on, ...fields } = parsed.data;
      const target = { status, approved, delivered: delivered ?? 0 };
      const existing = storedNeed(db, row.text('needId'), poktanId, year, fields.itemName, target, claimed);
      if (existing) claimed.add(existing.id);
      const recorded = existing ? listNeedEvents(db, existing.id) : [];
      const events = existing ? recorded : [{ status: 'diidentifikasi' as const, quantity: needed }];
      // The export writes a refusal's reason, kept on its step, as the Catatan of a need without one: read back, it is not a new note.
      const refusal = existing?.status === 'ditolak' && existing.notes === '' ? (recorded.at(-1)?.note ?? '') : '';
      if (refusal !== '' && fields.notes === refusal) fields.notes = '';
      if (status === 'ditolak' && !fields.notes && deriveNeed(events).status !== 'ditolak') row.cellProblem('notes', 'tuliskan alasan penolakan.');
      const fileUnit = row.text('unit');
      if (item && fileUnit && foldLabel(fileUnit) !== foldLabel(item.unit) && foldLabel(fileUnit) !== foldLabel(existing?.unit ?? '')) {
        row.cellProblem('unit', `"${fileUnit}" berbeda dari satuan katalog untuk barang ini (${item.unit}); tuliskan jumlahnya dalam ${item.unit}, atau kosongkan kolom Satuan.`);
      }
      const steps = stepsTo(events, target, fields.unit);
      if (!Array.isArray(steps)) row.cellProblem(steps.field, steps.message);
      // A new need that stays open may not stand beside an open one, as in the form.
      const twin = !existing && isOpenNeed(status) ? openTwinOf(db, { id: null, poktanId, yearProposed: year, itemId: fields.itemId, itemName: fields.itemName }) : undefined;
      if (twin) row.cellProblem('item', `kelompok ini sudah mempunyai kebutuhan "${twin.itemName}" tahun ${year} yang belum selesai (${NEED_STATUS_LABELS[twin.status].toLowerCase()}); tuliskan baris untuk kebutuhan itu, atau selesaikan dahulu.`);
      if (row.problems.length > 0 || !Array.isArray(steps)) return null;
      // Two rows of one need: the same stored need, or the same ID from another PC for the same item and year.
      const recordKey = `${poktanId}|${year}|${foldLabel(fields.itemName)}`;
      return { fields: { poktanId, fields, happenedOn, steps }, existingId: existing?.id ?? null, duplicateKey: existing?.id ?? `${row.text('needId')}|${recordKey}` };
    };
  },

  write(db, { poktanId, fields, happenedOn, steps }, existingId) {
    let needId = existingId;
    // The steps are the events from the stored status to the row's: none when the row repeats it.
    const changed = (needId ? updateNeed(db, needId, fields) : true) || steps.length > 0;
    if (!needId) {
      needId = insertNeed(db, poktanId, fields);
      insertNeedEvent(db, { needId, status: 'diidentifikasi', happenedOn, quantity: fields.quantityNeeded, fundingSource: '', note: '', batchId: null });
    }
    for (const step of steps) {
      const funded = step.status !== 'diusulkan' && step.status !== 'ditolak';
      insertNeedEvent(db, { needId, status: step.status, happenedOn, quantity: step.quantity, fundingSource: funded ? fields.fundingSource : '', note: step.status === 'ditolak' ? fields.notes : '', batchId: null });
    }
    storeNeedState(db, needId, deriveNeed(listNeedEvents(db, needId)));
    return changed;
  },

  example(db) {
    const places = placeLookup(db);
    const kecamatan = places.kecamatan[0];
    const bkbKit = listFacilityItems(db).find((i) => i.poktanType === 'bkb' && i.isBasicKit);
    return ['BKB Mawar', 'BKB', kecamatan?.name ?? '', places.firstDesaOf(kecamatan), bkbKit?.name ?? '', bkbKit?.unit ?? 'paket', 1, 0, '', 'Tinggi', Number(localIsoDate().slice(0, 4)), 'APBN/BKKBN (termasuk DAK BOKB)', 'Diusulkan', null, null, '', '', '', ''];
  },

  template(db) {
    const places = placeLookup(db);
    return {
      rows: [],
      lists: [
        { key: 'type', title: 'Jenis', values: ['BKB', 'BKR', 'BKL', 'UPPKA', 'PIK-R'], error: 'Pilih BKB, BKR, BKL, UPPKA atau PIK-R.' },
        { key: 'kecamatan', title: 'Kecamatan', values: places.kecamatan.map((k) => k.name), error: 'Pilih kecamatan dari daftar.' },
        { key: 'desa', title: 'Desa', values: places.desaNames(), error: 'Pilih desa/kelurahan dari daftar.' },
        { key: 'item', title: 'Barang', values: [...new Set(listFacilityItems(db).filter((i) => i.active).map((i) => i.name))], error: 'Barang ini tidak ada di katalog. Bila memang di luar katalog, isi juga kolom Satuan.', warnOnly: true },
        { key: 'condition', title: 'Kondisi', values: Object.values(CONDITION_LABELS), error: 'Pilih kondisi dari daftar.' },
        { key: 'priority', title: 'Prioritas', values: Object.values(PRIORITY_LABELS), error: 'Pilih Tinggi, Sedang atau Rendah.' },
        { key: 'funding', title: 'Sumber dana', values: listReferenceOptions(db)['sumber-dana-sarana'].filter((o) => o.active).map((o) => o.label), error: 'Pilih sumber dana dari daftar.' },
        { key: 'status', title: 'Status', values: Object.values(NEED_STATUS_LABELS), error: 'Pilih status dari daftar.' },
      ],
    };
  },
};
