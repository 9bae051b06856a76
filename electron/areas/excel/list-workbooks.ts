import type ExcelJS from 'exceljs';
import { listActivities } from '../../../db/queries/kampung-kb-activities.js';
import { listSnapshots } from '../../../db/queries/kampung-kb-snapshots.js';
import { getKampungKb, listKampungKb, type KampungKbListFilter, type KampungKbListRow } from '../../../db/queries/kampung-kb.js';
import { referenceLabeller } from '../../../db/queries/reference.js';
import type { Db } from '../../../db/open.js';
import { LEVEL_LABELS } from '../../contract/kampung-kb.js';
import { buildEvaluation, type AreaResult, type IndicatorResult } from '../rakorda/evaluation.js';
import { addSheet, dateCell, newWorkbook, percentCell, yesNoCell, type Column } from '../../xlsx/write.js';
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

export async function kampungKbExportWorkbook(db: Db, filter: KampungKbListFilter): Promise<ExcelJS.Workbook> {
  const workbook = await newWorkbook();
  const units = listKampungKb(db, filter).map((row) => ({ row, unit: getKampungKb(db, row.id)! }));
  addSheet(
    workbook,
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

  const periods = units.flatMap(({ row }) => listSnapshots(db, row.id).reverse().map((snapshot) => ({ row, snapshot, figures: parseSnapshot(snapshot).figures })));
  addSheet(
    workbook,
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
  const activities = units.flatMap(({ row }) => listActivities(db, row.id).reverse().map((activity) => ({ row, activity })));
  addSheet(
    workbook,
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
  return workbook;
}

type AreaLine = { indicator: IndicatorResult; area: AreaResult };

const figureColumns = (): Column<AreaLine>[] => [
  { header: 'Target', value: (r) => r.area.target, numFmt: '#,##0.##' },
  { header: 'Realisasi', value: (r) => r.area.achieved, numFmt: '#,##0.##' },
  { header: '% capaian', value: (r) => percentCell(r.area.percent), numFmt: '0.00%' },
  { header: 'Kriteria', value: (r) => r.area.criterion },
];

/** The printed evaluation table (kabupaten per indicator) and every kecamatan's figures with rank and flags. */
export async function rakordaExportWorkbook(db: Db, year: number): Promise<ExcelJS.Workbook> {
  const workbook = await newWorkbook();
  const evaluation = buildEvaluation(db, year);
  const kabupaten = evaluation.indicators.map((indicator) => ({ indicator, area: indicator.kabupaten }));
  addSheet(
    workbook,
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
  addSheet(
    workbook,
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
  return workbook;
}
