import type ExcelJS from 'exceljs';
import { listDesa, listKecamatan } from '../../../db/queries/places.js';
import { findSimilarPoktan, insertPoktan, updatePoktan, type PoktanFields } from '../../../db/queries/poktan.js';
import { listReferenceOptions } from '../../../db/queries/reference.js';
import type { Db } from '../../../db/open.js';
import { formatNumber } from '../../contract/format.js';
import type { ReferenceList } from '../../contract/reference.js';
import { DomainError } from '../../core/errors.js';
import { fieldMessages } from '../../core/messages.js';
import { readSheet } from '../../xlsx/read.js';
import { nameKey } from '../poktan/need-lifecycle.js';
import { checkPoktan } from '../poktan/handlers.js';
import { poktanFieldsSchema } from '../poktan/schema.js';
import { foldPlace, parsePoktanType, POKTAN_FIELDS, suggestMapping, type PoktanFieldKey } from './poktan-columns.js';

export const POKTAN_SHEET = 'Poktan';

export type Mapping = Partial<Record<PoktanFieldKey, number>>;

export interface RowResult {
  rowNumber: number;
  name: string;
  /** new: will be added; existing: matches a registered group (updated or skipped); error: blocks the import. */
  status: 'new' | 'existing' | 'error';
  problems: string[];
}

interface PlannedRow extends RowResult {
  fields: PoktanFields | null;
  existingId: string | null;
}

const FIELD_LABELS = Object.fromEntries(POKTAN_FIELDS.map((f) => [f.key, f.header])) as Record<PoktanFieldKey, string>;
const SCHEMA_TO_COLUMN: Record<string, PoktanFieldKey> = {
  type: 'type', name: 'name', kecamatanCode: 'kecamatan', desaCode: 'desa', address: 'address', chairName: 'chairName',
  chairPhone: 'chairPhone', members: 'members', foundedYear: 'foundedYear', decreeNumber: 'decreeNumber', decreeDate: 'decreeDate', stageCode: 'stage',
};

function toIsoDate(value: string | number | Date | null): string | null | 'invalid' {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = String(value).trim();
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = match ? `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}` : text;
  // A real calendar date only: 31/13/2018 and 30/02/2024 are refused.
  const date = new Date(`${iso}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : 'invalid';
}

function toWholeNumber(value: string | number | Date | null): number | null | 'invalid' {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? value : 'invalid';
  const text = String(value).trim().replace(/\./g, '');
  return /^\d+$/.test(text) ? Number(text) : 'invalid';
}

/**
 * Reads the poktan sheet and checks every row as the register form would, without writing.
 * Problems are named per row and column in Bahasa Indonesia.
 */
export function planPoktanImport(db: Db, workbook: ExcelJS.Workbook, requested: Mapping | null) {
  const table = readSheet(workbook, POKTAN_SHEET);
  const mapping = requested ?? suggestMapping(table.headers);
  const missing = POKTAN_FIELDS.filter((f) => f.required && mapping[f.key] === undefined);
  if (missing.length > 0 && requested === null) return { headers: table.headers, mapping, missing: missing.map((f) => f.header), rows: [] as PlannedRow[] };
  if (missing.length > 0) throw new DomainError('validation', `Kolom wajib belum dipetakan: ${missing.map((f) => f.header).join(', ')}.`);

  const kecamatan = listKecamatan(db);
  const kecamatanByName = new Map(kecamatan.map((k) => [foldPlace(k.name), k]));
  const desaByKecamatan = new Map(kecamatan.map((k) => [k.code, new Map(listDesa(db, k.code).map((d) => [foldPlace(d.name), d]))]));
  const desaAnywhere = new Map<string, string>();
  for (const k of kecamatan) for (const name of desaByKecamatan.get(k.code)!.keys()) desaAnywhere.set(name, k.name);
  const stages = listReferenceOptions(db);
  const seen = new Map<string, number>();

  const rows = table.rows.map((row): PlannedRow => {
    const get = (key: PoktanFieldKey) => (mapping[key] === undefined ? null : (row.values[mapping[key]!] ?? null));
    const text = (key: PoktanFieldKey) => (get(key) === null ? '' : String(get(key)).trim());
    const problems: string[] = [];
    const name = text('name');
    if (row.hidden) problems.push('Baris ini tersembunyi di Excel; tampilkan (unhide) atau hapus barisnya.');
    for (const field of POKTAN_FIELDS) if (field.required && text(field.key) === '') problems.push(`Kolom "${field.header}" wajib diisi.`);

    const type = text('type') ? parsePoktanType(text('type')) : null;
    if (text('type') && !type) problems.push(`Jenis poktan "${text('type')}" tidak dikenal (BKB, BKR, BKL, UPPKA/UPPKS, PIK-R).`);
    const kec = text('kecamatan') ? kecamatanByName.get(foldPlace(text('kecamatan'))) : undefined;
    if (text('kecamatan') && !kec) problems.push(`Kecamatan "${text('kecamatan')}" tidak dikenal di kabupaten ini.`);
    const desa = kec && text('desa') ? desaByKecamatan.get(kec.code)!.get(foldPlace(text('desa'))) : undefined;
    if (kec && text('desa') && !desa) {
      const elsewhere = desaAnywhere.get(foldPlace(text('desa')));
      problems.push(elsewhere ? `Desa/kelurahan "${text('desa')}" berada di Kecamatan ${elsewhere}, bukan ${kec.name}.` : `Desa/kelurahan "${text('desa')}" tidak dikenal di Kecamatan ${kec.name}.`);
    }
    const numbers = { members: toWholeNumber(get('members')), foundedYear: toWholeNumber(get('foundedYear')) };
    for (const key of ['members', 'foundedYear'] as const) if (numbers[key] === 'invalid') problems.push(`Kolom "${FIELD_LABELS[key]}": "${text(key)}" bukan bilangan bulat.`);
    const decreeDate = toIsoDate(get('decreeDate'));
    if (decreeDate === 'invalid') problems.push(`Kolom "Tanggal SK": "${text('decreeDate')}" bukan tanggal (gunakan hh/bb/tttt).`);
    const stage = type && text('stage') ? stages[`tahapan-${type}` as ReferenceList].find((s) => foldPlace(s.label) === foldPlace(text('stage'))) : undefined;
    if (type && text('stage') && !stage) problems.push(`Tahapan "${text('stage')}" tidak dikenal untuk ${type.toUpperCase()}.`);
    const active = text('active').toLowerCase();
    if (active && !['ya', 'tidak', 'aktif', 'tidak aktif', '1', '0'].includes(active)) problems.push(`Kolom "Aktif": isi Ya atau Tidak.`);

    let fields: PoktanFields | null = null;
    let existingId: string | null = null;
    if (problems.length === 0 && type && kec && desa) {
      const parsed = poktanFieldsSchema.safeParse({
        type,
        name,
        kecamatanCode: kec.code,
        desaCode: desa.code,
        address: text('address'),
        chairName: text('chairName'),
        chairPhone: text('chairPhone'),
        members: numbers.members ?? 0,
        foundedYear: numbers.foundedYear,
        decreeNumber: text('decreeNumber'),
        decreeDate: decreeDate === 'invalid' ? null : decreeDate,
        stageCode: stage?.code ?? '',
        isActive: !['tidak', 'tidak aktif', '0'].includes(active),
      });
      if (!parsed.success) {
        for (const [path, message] of Object.entries(fieldMessages(parsed.error))) {
          problems.push(`Kolom "${FIELD_LABELS[SCHEMA_TO_COLUMN[path] ?? 'name']}": ${message}`);
        }
      } else {
        const { confirmDuplicate: _confirm, ...clean } = parsed.data;
        try {
          checkPoktan(db, { ...clean, confirmDuplicate: true }, null);
          fields = clean;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          for (const [path, message] of Object.entries(error.fields ?? { _: error.message })) problems.push(`Kolom "${FIELD_LABELS[SCHEMA_TO_COLUMN[path] ?? 'name']}": ${message}`);
        }
      }
    }
    if (fields) {
      const key = `${fields.type}|${fields.desaCode}|${nameKey(fields.name)}`;
      const earlier = seen.get(key);
      if (earlier) problems.push(`Sama dengan baris ${earlier} di berkas ini (jenis, desa dan nama).`);
      else seen.set(key, row.rowNumber);
      existingId = findSimilarPoktan(db, fields.type, fields.desaCode, nameKey(fields.name), null)?.id ?? null;
    }
    const status = problems.length > 0 ? 'error' : existingId ? 'existing' : 'new';
    return { rowNumber: row.rowNumber, name, status, problems, fields: problems.length > 0 ? null : fields, existingId };
  });
  return { headers: table.headers, mapping, missing: [] as string[], rows };
}

/** Writes a checked plan: all rows in the caller's transaction, or none when any row has a problem. */
export function applyPoktanImport(db: Db, rows: PlannedRow[], existing: 'update' | 'skip') {
  const errors = rows.filter((r) => r.status === 'error');
  if (errors.length > 0) throw new DomainError('validation', `${formatNumber(errors.length)} baris masih bermasalah; perbaiki berkasnya, lalu impor lagi. Tidak ada data yang disimpan.`);
  let added = 0;
  let updated = 0;
  let skipped = 0;
  for (const row of rows) {
    const fields = row.fields!;
    if (!row.existingId) {
      insertPoktan(db, fields, nameKey(fields.name));
      added += 1;
    } else if (existing === 'update') {
      updatePoktan(db, row.existingId, fields, nameKey(fields.name));
      updated += 1;
    } else {
      skipped += 1;
    }
  }
  return { added, updated, skipped };
}

export const publicRow = ({ rowNumber, name, status, problems }: PlannedRow): RowResult => ({ rowNumber, name, status, problems });
