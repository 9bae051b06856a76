import type ExcelJS from 'exceljs';
import { getKampungKb, listKampungKb, type KampungKbListFilter } from '../../../db/queries/kampung-kb.js';
import type { Db } from '../../../db/open.js';
import { LEVEL_LABELS } from '../../contract/kampung-kb.js';
import { buildEvaluation, type AreaResult, type IndicatorResult } from '../rakorda/evaluation.js';
import { addSheet, newWorkbook, type Column } from '../../xlsx/write.js';
import { KAMPUNG_KB_SHEET } from './kampung-kb-import.js';

// Exports of the lists that have no sub-tables of their own: the Kampung KB list as filtered on
// screen, and a year's Rakorda evaluation. Headers match the import templates where they overlap.

const dateCell = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const yesNo = (value: boolean) => (value ? 'Ya' : 'Tidak');
/** Percentages are stored as 101.19; Excel's 0.00% format wants 1.0119. */
const share = (percent: number | null) => (percent === null ? null : percent / 100);

export async function kampungKbExportWorkbook(db: Db, filter: KampungKbListFilter): Promise<ExcelJS.Workbook> {
  const workbook = await newWorkbook();
  const units = listKampungKb(db, filter).map((row) => ({ row, unit: getKampungKb(db, row.id)! }));
  addSheet(
    workbook,
    KAMPUNG_KB_SHEET,
    [
      { header: 'Nama Kampung KB', value: (r) => r.row.name },
      { header: 'Kecamatan', value: (r) => r.row.kecamatanName },
      { header: 'Desa/kelurahan', value: (r) => r.row.desaName },
      { header: 'Cakupan (RW/dusun)', value: (r) => r.row.coverage },
      { header: 'Tanggal pencanangan', value: (r) => dateCell(r.row.declaredOn), numFmt: 'dd/mm/yyyy' },
      { header: 'Penanggung jawab', value: (r) => r.unit.personInCharge },
      { header: 'Gambaran umum', value: (r) => r.unit.description },
      { header: 'Lintang', value: (r) => r.unit.latitude, numFmt: '0.000000' },
      { header: 'Bujur', value: (r) => r.unit.longitude, numFmt: '0.000000' },
      { header: 'Percontohan (Ya/Tidak)', value: (r) => yesNo(r.row.isModel) },
      { header: 'Aktif (Ya/Tidak)', value: (r) => yesNo(r.row.isActive) },
      { header: 'Tingkat', value: (r) => (r.row.level ? LEVEL_LABELS[r.row.level] : 'Belum ada data') },
      { header: 'Tingkat ditetapkan manual', value: (r) => (r.row.manualLevel ? 'Ya' : 'Tidak') },
      { header: 'Tahun data terakhir', value: (r) => r.row.latestYear },
    ] satisfies Column<(typeof units)[number]>[],
    units,
  );
  return workbook;
}

type AreaLine = { indicator: IndicatorResult; area: AreaResult };

const figureColumns = (): Column<AreaLine>[] => [
  { header: 'Target', value: (r) => r.area.target, numFmt: '#,##0.##' },
  { header: 'Realisasi', value: (r) => r.area.achieved, numFmt: '#,##0.##' },
  { header: '% capaian', value: (r) => share(r.area.percent), numFmt: '0.00%' },
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
