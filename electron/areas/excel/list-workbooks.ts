import { listActivities, type ActivityRow } from '../../../db/queries/kampung-kb-activities.js';
import { listSnapshots, type SnapshotRow } from '../../../db/queries/kampung-kb-snapshots.js';
import { getKampungKb, listKampungKb, type KampungKbListFilter, type KampungKbListRow, type KampungKbRow } from '../../../db/queries/kampung-kb.js';
import { referenceLabeller } from '../../../db/queries/reference.js';
import type { Db } from '../../../db/open.js';
import { LEVEL_LABELS } from '../../contract/kampung-kb.js';
import { slicer } from '../../core/turns.js';
import { buildEvaluation, type AreaResult, type IndicatorResult } from '../rakorda/evaluation.js';
import { dateCell, percentCell, yesNoCell, type Column, type WorkbookWriter } from '../../xlsx/write.js';
import { parseSnapshot } from '../kampung-kb/level-service.js';
import { figureColumns as periodFigureColumns, FIGURES_SHEET, MONTH_NAMES } from './kampung-kb-figures-import.js';
import { KAMPUNG_KB_SHEET } from './kampung-kb-import.js';

// Exports of the Kampung KB list as filtered on screen (with its units' periods and activities as
// sheets of their own) and of a year's Rakorda evaluation. Headers match the import templates
// where they overlap, so the identity and figures sheets import back as they are.

/** The unit a row of any Kampung KB sheet belongs to, as the import templates name it. */
const unitColumns = <T extends { row: KampungKbListRow }>(): Column<T>[] => [
  { header: 'Nama Kampung KB', value: (r) => r.row.name },
  { header: 'Kecamatan', value: (r) => r.row.kecamatanName },
  { header: 'Desa/kelurahan', value: (r) => r.row.desaName },
];

export async function kampungKbExportWorkbook(book: WorkbookWriter, db: Db, filter: KampungKbListFilter): Promise<void> {
  // Reads per unit (its record, periods, activities): in turns, so other calls are answered meanwhile.
  const pause = slicer();
  const units: { row: KampungKbListRow; unit: KampungKbRow }[] = [];
  for (const row of listKampungKb(db, filter)) {
    await pause();
    units.push({ row, unit: getKampungKb(db, row.id)! });
  }
  await book.addSheet(
    KAMPUNG_KB_SHEET,
    [
      ...unitColumns(),
      { header: 'Cakupan (RW/dusun)', value: (r) => r.row.coverage },
      { header: 'Tanggal pencanangan', value: (r) => dateCell(r.row.declaredOn), numFmt: 'dd/mm/yyyy' },
      { header: 'Penanggung jawab', value: (r) => r.unit.personInCharge },
      { header: 'Gambaran umum', value: (r) => r.unit.description },
      { header: 'Lintang', value: (r) => r.unit.latitude, numFmt: '0.000000' },
      { header: 'Bujur', value: (r) => r.unit.longitude, numFmt: '0.000000' },
      { header: 'Percontohan (Ya/Tidak)', value: (r) => yesNoCell(r.row.isModel) },
      { header: 'Aktif (Ya/Tidak)', value: (r) => yesNoCell(r.row.isActive) },
      { header: 'Tingkat', value: (r) => (r.row.level ? LEVEL_LABELS[r.row.level] : 'Belum ada data') },
      { header: 'Tingkat ditetapkan manual', value: (r) => yesNoCell(r.row.manualLevel !== null) },
      { header: 'Tahun data terakhir', value: (r) => r.row.latestYear },
    ] satisfies Column<(typeof units)[number]>[],
    units,
  );

  const periods: { row: KampungKbListRow; snapshot: SnapshotRow; figures: ReturnType<typeof parseSnapshot>['figures'] }[] = [];
  for (const { row } of units) {
    await pause();
    for (const snapshot of listSnapshots(db, row.id).reverse()) periods.push({ row, snapshot, figures: parseSnapshot(snapshot).figures });
  }
  await book.addSheet(
    FIGURES_SHEET,
    [
      ...unitColumns<(typeof periods)[number]>(),
      { header: 'Tahun', value: (p) => p.snapshot.year },
      { header: 'Bulan', value: (p) => (p.snapshot.month ? MONTH_NAMES[p.snapshot.month - 1]! : null) },
      ...periodFigureColumns(db).map((column): Column<(typeof periods)[number]> => ({ header: column.header, value: (p) => column.get(p.figures), numFmt: '#,##0' })),
      { header: 'Tingkat (dihitung)', value: (p) => LEVEL_LABELS[p.snapshot.computedLevel] },
      { header: 'Indeks input', value: (p) => p.snapshot.inputIndex, numFmt: '0.00' },
      { header: 'Indeks proses', value: (p) => p.snapshot.processIndex, numFmt: '0.00' },
      { header: 'Indeks output', value: (p) => p.snapshot.outputIndex, numFmt: '0.00' },
    ],
    periods,
  );

  const [category, targetGroup, partner] = [referenceLabeller(db, 'kategori-kegiatan'), referenceLabeller(db, 'sasaran'), referenceLabeller(db, 'mitra')];
  const activities: { row: KampungKbListRow; activity: ActivityRow }[] = [];
  for (const { row } of units) {
    await pause();
    for (const activity of listActivities(db, row.id).reverse()) activities.push({ row, activity });
  }
  await book.addSheet(
    'Kegiatan',
    [
      ...unitColumns<(typeof activities)[number]>(),
      { header: 'Tanggal', value: (a) => dateCell(a.activity.heldOn), numFmt: 'dd/mm/yyyy' },
      { header: 'Kegiatan', value: (a) => a.activity.title },
      { header: 'Kategori', value: (a) => category(a.activity.categoryCode) },
      { header: 'Tempat', value: (a) => a.activity.place },
      { header: 'Sasaran', value: (a) => a.activity.targetGroups.map(targetGroup).join(', ') },
      { header: 'Mitra', value: (a) => a.activity.partners.map(partner).join(', ') },
      { header: 'Uraian', value: (a) => a.activity.description },
    ],
    activities,
  );
}

type AreaLine = { indicator: IndicatorResult; area: AreaResult };

// Counts and percentages share a column: two decimals for all ('#,##0.##' left a bare separator after whole numbers, "32.620,").
const figureColumns = (): Column<AreaLine>[] => [
  { header: 'Target', value: (r) => r.area.target, numFmt: '#,##0.00' },
  { header: 'Realisasi', value: (r) => r.area.achieved, numFmt: '#,##0.00' },
  { header: '% capaian', value: (r) => percentCell(r.area.percent), numFmt: '0.00%' },
  { header: 'Kriteria', value: (r) => r.area.criterion },
];

/** The printed evaluation table (kabupaten per indicator) and every kecamatan's figures with rank and flags. */
export async function rakordaExportWorkbook(book: WorkbookWriter, db: Db, year: number): Promise<void> {
  const evaluation = buildEvaluation(db, year);
  const kabupaten = evaluation.indicators.map((indicator) => ({ indicator, area: indicator.kabupaten }));
  await book.addSheet(
    `Evaluasi ${year}`,
    [
      { header: 'No', value: (r) => kabupaten.indexOf(r) + 1 },
      { header: 'Indikator', value: (r) => r.indicator.indicator.name },
      { header: 'Satuan', value: (r) => r.indicator.indicator.unit },
      ...figureColumns(),
    ],
    kabupaten,
  );
  const kecamatan = evaluation.indicators.flatMap((indicator) => indicator.kecamatan.map((area) => ({ indicator, area })));
  await book.addSheet(
    `Per kecamatan ${year}`,
    [
      { header: 'Indikator', value: (r) => r.indicator.indicator.name },
      { header: 'Satuan', value: (r) => r.indicator.indicator.unit },
      { header: 'Kecamatan', value: (r) => r.area.name },
      ...figureColumns(),
      { header: 'Peringkat', value: (r) => r.area.rank },
      { header: 'Perlu verifikasi', value: (r) => r.area.flags.join('; ') },
    ],
    kecamatan,
  );
}
