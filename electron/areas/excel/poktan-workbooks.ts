import type ExcelJS from 'exceljs';
import { listFacilityItems, listNeedEvents, listNeeds } from '../../../db/queries/facility.js';
import { listDesa, listKecamatan } from '../../../db/queries/places.js';
import { listPoktan, type PoktanFilter, type PoktanListRow } from '../../../db/queries/poktan.js';
import { listReferenceOptions } from '../../../db/queries/reference.js';
import type { Db } from '../../../db/open.js';
import { NEED_STATUS_LABELS, POKTAN_TYPE_LABELS } from '../../contract/poktan.js';
import type { ReferenceList } from '../../contract/reference.js';
import { addSheet, newWorkbook, type Column } from '../../xlsx/write.js';
import { POKTAN_FIELDS } from './poktan-columns.js';
import { POKTAN_SHEET } from './poktan-import.js';

const dateCell = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The register with its facility needs and their history, complete (no row cap), with the user's filters. */
export async function poktanExportWorkbook(db: Db, filter: PoktanFilter): Promise<ExcelJS.Workbook> {
  const workbook = await newWorkbook();
  const reference = listReferenceOptions(db);
  const label = (list: ReferenceList, code: string) => reference[list].find((o) => o.code === code)?.label ?? code;
  const groups = listPoktan(db, filter);
  const columns: Column<PoktanListRow>[] = [
    { header: 'Jenis poktan', value: (r) => POKTAN_TYPE_LABELS[r.type] },
    { header: 'Nama kelompok', value: (r) => r.name },
    { header: 'Kecamatan', value: (r) => r.kecamatanName },
    { header: 'Desa/kelurahan', value: (r) => r.desaName },
    { header: 'Kampung KB', value: (r) => r.kampungKbName },
    { header: 'Alamat', value: (r) => r.address },
    { header: 'Nama ketua', value: (r) => r.chairName },
    { header: 'Telepon ketua', value: (r) => r.chairPhone },
    { header: 'Jumlah anggota', value: (r) => r.members, numFmt: '#,##0' },
    { header: 'Tahun pembentukan', value: (r) => r.foundedYear },
    { header: 'Nomor SK', value: (r) => r.decreeNumber },
    { header: 'Tanggal SK', value: (r) => dateCell(r.decreeDate), numFmt: 'dd/mm/yyyy' },
    { header: 'Tahapan', value: (r) => (r.stageCode ? label(`tahapan-${r.type}` as ReferenceList, r.stageCode) : null) },
    { header: 'Aktif (Ya/Tidak)', value: (r) => (r.isActive ? 'Ya' : 'Tidak') },
    { header: 'Terakhir aktif', value: (r) => dateCell(r.lastActiveOn), numFmt: 'dd/mm/yyyy' },
    { header: 'Kebutuhan terbuka', value: (r) => r.openNeeds, numFmt: '#,##0' },
  ];
  addSheet(workbook, POKTAN_SHEET, columns, groups);

  const needs = groups.flatMap((group) => listNeeds(db, group.id).map((need) => ({ group, need, events: listNeedEvents(db, need.id) })));
  addSheet(
    workbook,
    'Kebutuhan sarana',
    [
      { header: 'Nama kelompok', value: (r) => r.group.name },
      { header: 'Jenis poktan', value: (r) => POKTAN_TYPE_LABELS[r.group.type] },
      { header: 'Kecamatan', value: (r) => r.group.kecamatanName },
      { header: 'Desa/kelurahan', value: (r) => r.group.desaName },
      { header: 'Barang', value: (r) => r.need.itemName },
      { header: 'Satuan', value: (r) => r.need.unit },
      { header: 'Dibutuhkan', value: (r) => r.need.quantityNeeded, numFmt: '#,##0' },
      { header: 'Sudah ada', value: (r) => r.need.quantityAvailable, numFmt: '#,##0' },
      { header: 'Disetujui', value: (r) => r.need.quantityApproved, numFmt: '#,##0' },
      { header: 'Diterima', value: (r) => r.need.quantityDelivered, numFmt: '#,##0' },
      { header: 'Tahun usulan', value: (r) => r.need.yearProposed },
      { header: 'Sumber dana', value: (r) => (r.need.fundingSource ? label('sumber-dana-sarana', r.need.fundingSource) : null) },
      { header: 'Status', value: (r) => NEED_STATUS_LABELS[r.need.status] },
    ] satisfies Column<(typeof needs)[number]>[],
    needs,
  );
  const events = needs.flatMap((row) => row.events.map((event) => ({ ...row, event })));
  addSheet(
    workbook,
    'Riwayat kebutuhan',
    [
      { header: 'Nama kelompok', value: (r) => r.group.name },
      { header: 'Barang', value: (r) => r.need.itemName },
      { header: 'Tanggal', value: (r) => dateCell(r.event.happenedOn), numFmt: 'dd/mm/yyyy' },
      { header: 'Status', value: (r) => NEED_STATUS_LABELS[r.event.status] },
      { header: 'Jumlah', value: (r) => r.event.quantity, numFmt: '#,##0' },
      { header: 'Sumber dana', value: (r) => (r.event.fundingSource ? label('sumber-dana-sarana', r.event.fundingSource) : null) },
      { header: 'Keterangan', value: (r) => r.event.note },
    ] satisfies Column<(typeof events)[number]>[],
    events,
  );
  addSheet(
    workbook,
    'Katalog sarana',
    [
      { header: 'Jenis poktan', value: (r) => POKTAN_TYPE_LABELS[r.poktanType] },
      { header: 'Barang', value: (r) => r.name },
      { header: 'Satuan', value: (r) => r.unit },
      { header: 'Kit dasar', value: (r) => (r.isBasicKit ? 'Ya' : 'Tidak') },
    ],
    listFacilityItems(db),
  );
  return workbook;
}

type Validations = { add(range: string, validation: ExcelJS.DataValidation): void };

/**
 * The import template: the register's columns, a note row explaining them, an example row, and
 * drop-down lists of types, this kabupaten's kecamatan and desa, and Ya/Tidak.
 */
export async function poktanTemplateWorkbook(db: Db): Promise<ExcelJS.Workbook> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(POKTAN_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(POKTAN_FIELDS.map((f) => (f.required ? `${f.header} *` : f.header)));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF3' } };
  POKTAN_FIELDS.forEach((_, i) => (sheet.getColumn(i + 1).width = 22));
  const kecamatan = listKecamatan(db);
  const desa = kecamatan.flatMap((k) => listDesa(db, k.code));
  const example = [ 'BKB', 'BKB Mawar', kecamatan[0]?.name ?? '', desa[0]?.name ?? '', 'RT 02/RW 03', 'Ibu Euis', '0812 3456 7890', 25, 2018, '400/12/2018', '15/03/2018', 'Dasar', 'Ya' ];
  sheet.addRow(example);
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF667085' } };
  sheet.getCell('A2').note = 'Baris contoh: ganti atau hapus sebelum mengimpor. Kolom bertanda * wajib diisi.';

  // Lists live on a hidden sheet so the drop-downs can be long (345 desa) without hitting Excel's 255-character limit.
  const lists = workbook.addWorksheet('Daftar', { state: 'hidden' });
  const columns: [string, string[]][] = [
    ['Jenis', ['BKB', 'BKR', 'BKL', 'UPPKA', 'PIK-R']],
    ['Kecamatan', kecamatan.map((k) => k.name)],
    ['Desa', [...new Set(desa.map((d) => d.name))].sort((a, b) => a.localeCompare(b, 'id'))],
    ['Aktif', ['Ya', 'Tidak']],
  ];
  columns.forEach(([title, values], i) => {
    lists.getCell(1, i + 1).value = title;
    values.forEach((value, r) => (lists.getCell(r + 2, i + 1).value = value));
  });
  const range = (column: number, count: number) => `Daftar!$${String.fromCharCode(65 + column)}$2:$${String.fromCharCode(65 + column)}$${count + 1}`;
  const validations = (sheet as unknown as { dataValidations: Validations }).dataValidations;
  const list = (columnLetter: string, formula: string, message: string) =>
    validations.add(`${columnLetter}2:${columnLetter}20000`, { type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true, errorTitle: 'Pilihan tidak dikenal', error: message });
  list('A', range(0, 5), 'Pilih BKB, BKR, BKL, UPPKA atau PIK-R.');
  list('C', range(1, kecamatan.length), 'Pilih kecamatan dari daftar.');
  list('D', range(2, columns[2]![1].length), 'Pilih desa/kelurahan dari daftar.');
  list('M', range(3, 2), 'Isi Ya atau Tidak.');
  return workbook;
}
