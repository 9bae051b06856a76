import { listEventsOfNeeds, listFacilityItems, listNeedsOfGroups, type NeedEventRow, type NeedRow } from '../../../db/queries/facility.js';
import { listPoktan, type PoktanFilter, type PoktanListRow } from '../../../db/queries/poktan.js';
import { listReferenceOptions } from '../../../db/queries/reference.js';
import type { Db } from '../../../db/open.js';
import { CONDITION_LABELS, NEED_STATUS_LABELS, POKTAN_TYPE_LABELS, PRIORITY_LABELS } from '../../contract/poktan.js';
import type { ReferenceList } from '../../contract/reference.js';
import { dateCell, yesNoCell, type Column, type WorkbookWriter } from '../../xlsx/write.js';
import { nextTurn } from '../../core/turns.js';
import { NEEDS_SHEET } from './needs-import.js';
import { POKTAN_SHEET } from './poktan-import.js';

const GROUPS_PER_READ = 1_000;

// The three sheets of the register are each written from the database a page of groups at a time
// (a province's register, with its needs and their histories, would not fit in memory whole),
// with turns between the reads so other calls are answered meanwhile.

async function* groupPages(db: Db, filter: PoktanFilter): AsyncIterable<PoktanListRow[]> {
  for (let last: PoktanListRow | undefined; ; ) {
    await nextTurn();
    const page = listPoktan(db, filter, GROUPS_PER_READ, last?.id ?? null);
    if (page.length > 0) yield page;
    if (page.length < GROUPS_PER_READ) return;
    last = page.at(-1);
  }
}

type GroupNeed = { group: PoktanListRow; need: NeedRow; events: NeedEventRow[] };

/** Groups whose needs, then those needs' histories, are read by one statement each (a district's: ≈ 1.000 needs, 4.000 events). */
const GROUPS_PER_NEEDS_READ = 200;

/** A page's needs and their histories, two statements per 200 groups (not two per group: 30.000 queries for a district's register). */
async function* needPages(db: Db, filter: PoktanFilter): AsyncIterable<GroupNeed[]> {
  for await (const groups of groupPages(db, filter)) {
    const page: GroupNeed[] = [];
    for (let from = 0; from < groups.length; from += GROUPS_PER_NEEDS_READ) {
      const chunk = groups.slice(from, from + GROUPS_PER_NEEDS_READ);
      const needs = listNeedsOfGroups(db, chunk.map((group) => group.id));
      await nextTurn();
      const events = listEventsOfNeeds(db, [...needs.values()].flat().map((need) => need.id));
      await nextTurn();
      for (const group of chunk) for (const need of needs.get(group.id) ?? []) page.push({ group, need, events: events.get(need.id) ?? [] });
    }
    yield page;
  }
}

async function* eventPages(db: Db, filter: PoktanFilter): AsyncIterable<(GroupNeed & { event: NeedEventRow })[]> {
  for await (const needs of needPages(db, filter)) yield needs.flatMap((row) => row.events.map((event) => ({ ...row, event })));
}

/** The register with its facility needs and their history, complete (no row cap), with the user's filters. */
export async function poktanExportWorkbook(book: WorkbookWriter, db: Db, filter: PoktanFilter): Promise<void> {
  const reference = listReferenceOptions(db);
  const label = (list: ReferenceList, code: string) => reference[list].find((o) => o.code === code)?.label ?? code;
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
    { header: 'Aktif (Ya/Tidak)', value: (r) => yesNoCell(r.isActive) },
    { header: 'Terakhir aktif', value: (r) => dateCell(r.lastActiveOn), numFmt: 'dd/mm/yyyy' },
    { header: 'Kebutuhan terbuka', value: (r) => r.openNeeds, numFmt: '#,##0' },
  ];
  await book.addSheet(POKTAN_SHEET, columns, groupPages(db, filter));

  // Both need sheets name the group as the needs import finds it, so either sheet can be sorted or filtered on its own.
  const groupOfNeed: Column<GroupNeed>[] = [
    { header: 'Nama kelompok', value: (r) => r.group.name },
    { header: 'Jenis poktan', value: (r) => POKTAN_TYPE_LABELS[r.group.type] },
    { header: 'Kecamatan', value: (r) => r.group.kecamatanName },
    { header: 'Desa/kelurahan', value: (r) => r.group.desaName },
  ];
  await book.addSheet(
    NEEDS_SHEET,
    [
      ...groupOfNeed,
      { header: 'Barang', value: (r) => r.need.itemName },
      { header: 'Satuan', value: (r) => r.need.unit },
      { header: 'Dibutuhkan', value: (r) => r.need.quantityNeeded, numFmt: '#,##0' },
      { header: 'Sudah ada', value: (r) => r.need.quantityAvailable, numFmt: '#,##0' },
      { header: 'Kondisi', value: (r) => (r.need.condition ? CONDITION_LABELS[r.need.condition] : null) },
      { header: 'Prioritas', value: (r) => PRIORITY_LABELS[r.need.priority] },
      { header: 'Tahun usulan', value: (r) => r.need.yearProposed },
      { header: 'Sumber dana', value: (r) => (r.need.fundingSource ? label('sumber-dana-sarana', r.need.fundingSource) : null) },
      { header: 'Status', value: (r) => NEED_STATUS_LABELS[r.need.status] },
      { header: 'Disetujui', value: (r) => r.need.quantityApproved, numFmt: '#,##0' },
      { header: 'Diterima', value: (r) => r.need.quantityDelivered, numFmt: '#,##0' },
      { header: 'Tanggal status', value: (r) => dateCell(r.events.at(-1)?.happenedOn ?? null), numFmt: 'dd/mm/yyyy' },
      // A refusal's reason is kept on its step; the import asks for it in Catatan.
      { header: 'Catatan', value: (r) => r.need.notes || (r.need.status === 'ditolak' ? (r.events.at(-1)?.note ?? '') : '') },
      { header: 'ID poktan', value: (r) => r.group.id },
      { header: 'ID kebutuhan', value: (r) => r.need.id },
    ] satisfies Column<GroupNeed>[],
    needPages(db, filter),
  );
  await book.addSheet(
    'Riwayat kebutuhan',
    [
      ...groupOfNeed,
      { header: 'Barang', value: (r) => r.need.itemName },
      { header: 'Tahun usulan', value: (r) => r.need.yearProposed },
      { header: 'Tanggal', value: (r) => dateCell(r.event.happenedOn), numFmt: 'dd/mm/yyyy' },
      { header: 'Status', value: (r) => NEED_STATUS_LABELS[r.event.status] },
      { header: 'Jumlah', value: (r) => r.event.quantity, numFmt: '#,##0' },
      { header: 'Satuan', value: (r) => (r.event.quantity === null ? null : r.need.unit) },
      { header: 'Sumber dana', value: (r) => (r.event.fundingSource ? label('sumber-dana-sarana', r.event.fundingSource) : null) },
      { header: 'Keterangan', value: (r) => r.event.note },
      { header: 'ID kebutuhan', value: (r) => r.need.id },
    ] satisfies Column<GroupNeed & { event: NeedEventRow }>[],
    eventPages(db, filter),
  );
  await book.addSheet(
    'Katalog sarana',
    [
      { header: 'Jenis poktan', value: (r) => POKTAN_TYPE_LABELS[r.poktanType] },
      { header: 'Barang', value: (r) => r.name },
      { header: 'Satuan', value: (r) => r.unit },
      { header: 'Kit dasar', value: (r) => yesNoCell(r.isBasicKit) },
    ],
    listFacilityItems(db),
  );
}
