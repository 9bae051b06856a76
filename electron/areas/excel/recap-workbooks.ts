import { recapByKecamatan, type KecamatanRecapRow } from '../../../db/queries/kampung-kb.js';
import type { Db } from '../../../db/open.js';
import { LEVEL_LABELS, LEVELS } from '../../contract/kampung-kb.js';
import { POKTAN_TYPE_LABELS, POKTAN_TYPES, type PoktanType } from '../../contract/poktan.js';
import { percentCell, type Column, type WorkbookWriter } from '../../xlsx/write.js';
import { summarizeRecap } from '../kampung-kb/recap.js';
import { facilityRecap, totalOfTypes } from '../poktan/recap.js';

// The recaps as the screens and PDFs show them, one sheet per table, each ending with its
// "Jumlah" row, so an office can put them into its own reports.

type ByTypeRow = { name: string; counts: Record<PoktanType, number> };
const byTypeColumns: Column<ByTypeRow>[] = [
  { header: 'Kecamatan', value: (r) => r.name },
  ...POKTAN_TYPES.map((type): Column<ByTypeRow> => ({ header: POKTAN_TYPE_LABELS[type], value: (r) => r.counts[type], numFmt: '#,##0' })),
  { header: 'Jumlah', value: (r) => totalOfTypes(r.counts), numFmt: '#,##0' },
];

/** "Rekap Kebutuhan Sarana Poktan Tahun N": the four tables of the screen and the PDF. */
export async function facilityRecapWorkbook(book: WorkbookWriter, db: Db, year: number): Promise<void> {
  const recap = await facilityRecap(db, year);
  const byType = (pick: (row: (typeof recap.kecamatan)[number]) => Record<PoktanType, number>, totals: Record<PoktanType, number>) => [
    ...recap.kecamatan.map((row) => ({ name: row.name, counts: pick(row) })),
    { name: 'Jumlah', counts: totals },
  ];
  await book.addSheet('Kebutuhan terbuka', byTypeColumns, byType((row) => row.open, recap.totals.open));
  await book.addSheet(
    `Diterima ${year}`,
    [
      { header: 'Sumber dana', value: (r) => r.fundingLabel },
      { header: 'Barang', value: (r) => r.itemName },
      { header: 'Satuan', value: (r) => r.unit },
      { header: 'Kelompok', value: (r) => r.groups, numFmt: '#,##0' },
      { header: 'Jumlah', value: (r) => r.quantity, numFmt: '#,##0' },
    ] satisfies Column<(typeof recap.delivered)[number]>[],
    recap.delivered,
  );
  await book.addSheet('Belum kit dasar', byTypeColumns, byType((row) => row.lacking, recap.totals.lacking));
  await book.addSheet(
    `Pemenuhan ${year}`,
    [
      { header: 'Kecamatan', value: (r) => r.name },
      { header: 'Dibutuhkan', value: (r) => r.needed, numFmt: '#,##0' },
      { header: 'Disetujui', value: (r) => r.approved, numFmt: '#,##0' },
      { header: 'Diterima', value: (r) => r.delivered, numFmt: '#,##0' },
      { header: '% pemenuhan', value: (r) => percentCell(r.fulfilment), numFmt: '0.00%' },
    ] satisfies Column<{ name: string; needed: number; approved: number; delivered: number; fulfilment: number | null }>[],
    [...recap.kecamatan, { name: 'Jumlah', ...recap.totals }],
  );
}

/** "Rekap Kampung KB per Kecamatan": units per level, desa covered, and the one-per-kecamatan target. */
export async function kampungKbRecapWorkbook(book: WorkbookWriter, db: Db): Promise<void> {
  const rows = recapByKecamatan(db);
  const summary = summarizeRecap(rows);
  type Row = Pick<KecamatanRecapRow, 'kecamatanName' | 'counts' | 'total' | 'desaCovered' | 'desaTotal'> & { target: string };
  await book.addSheet(
    'Rekap per kecamatan',
    [
      { header: 'Kecamatan', value: (r) => r.kecamatanName },
      ...LEVELS.map((level): Column<Row> => ({ header: LEVEL_LABELS[level], value: (r) => r.counts[level], numFmt: '#,##0' })),
      { header: 'Belum ada data', value: (r) => r.counts['belum-ada-data'], numFmt: '#,##0' },
      { header: 'Jumlah', value: (r) => r.total, numFmt: '#,##0' },
      { header: 'Desa ber-Kampung KB', value: (r) => r.desaCovered, numFmt: '#,##0' },
      { header: 'Jumlah desa/kelurahan', value: (r) => r.desaTotal, numFmt: '#,##0' },
      { header: 'Target 1 per kecamatan', value: (r) => r.target },
    ] satisfies Column<Row>[],
    [
      ...rows.map((row) => ({ ...row, target: row.total > 0 ? 'Tercapai' : 'Belum' })),
      { kecamatanName: 'Jumlah', counts: summary.counts, total: summary.total, desaCovered: summary.desaCovered, desaTotal: summary.desaTotal, target: `${summary.kecamatanCovered} dari ${summary.kecamatanTotal} kecamatan` },
    ],
  );
}
