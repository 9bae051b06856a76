import { getOffice } from '../../../db/queries/office.js';
import type { Db } from '../../../db/open.js';
import { formatNumber, formatPercentOrDash } from '../../contract/format.js';
import { POKTAN_TYPE_LABELS, POKTAN_TYPES } from '../../contract/poktan.js';
import type { FilePayload } from '../../contract/result.js';
import { DomainError } from '../../core/errors.js';
import { pdfFile } from '../../pdf/render.js';
import { dataTable, reportDocument } from '../../pdf/report.js';
import { facilityRecap, totalOfTypes } from './recap.js';

const n = formatNumber;
const TYPE_HEADERS = POKTAN_TYPES.map((type) => POKTAN_TYPE_LABELS[type]);

/** "Rekap Kebutuhan Sarana Poktan Tahun N": the four yearly tables with totals rows. */
export async function renderFacilityRecapPdf(db: Db, year: number): Promise<FilePayload> {
  const office = getOffice(db);
  if (!office) throw new DomainError('not-found', 'Data kantor belum diisi.');
  const recap = await facilityRecap(db, year);
  const typeTable = (pick: (row: (typeof recap.kecamatan)[number]) => Record<(typeof POKTAN_TYPES)[number], number>, totals: Record<(typeof POKTAN_TYPES)[number], number>, cell = (v: number) => n(v)) =>
    dataTable({
      headers: ['No', 'Kecamatan', ...TYPE_HEADERS, 'Jumlah'],
      widths: [18, '*', 44, 44, 44, 50, 44, 50],
      align: ['right', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
      fontSize: 8.5,
      rows: recap.kecamatan.map((row, i) => [i + 1, row.name, ...POKTAN_TYPES.map((t) => cell(pick(row)[t])), n(totalOfTypes(pick(row)))]),
      totals: ['', 'Jumlah', ...POKTAN_TYPES.map((t) => n(totals[t])), n(totalOfTypes(totals))],
    });

  const doc = reportDocument({
    office,
    title: `Rekap Kebutuhan Sarana Poktan Tahun ${year}`,
    subtitle: office.regencyName,
    content: [
      { text: 'A. Kebutuhan sarana yang belum terpenuhi (jumlah kebutuhan) per kecamatan dan jenis poktan', style: 'section' },
      typeTable((row) => row.open, recap.totals.open),
      // Section D counts quantities against what was needed, so a need approved in part reads as unmet there.
      { text: 'Kebutuhan yang belum selesai: teridentifikasi, diusulkan, disetujui, atau diterima sebagian. Kebutuhan yang disetujui sebagian dan sudah diterima seluruhnya dihitung selesai di sini; kekurangannya tampak di bagian D dan perlu diusulkan kembali sebagai kebutuhan baru.', style: 'note', margin: [0, 4, 0, 0] },
      { text: `B. Sarana yang diterima pada tahun ${year} menurut sumber dana`, style: 'section' },
      recap.delivered.length === 0
        ? { text: `Tidak ada penerimaan sarana yang tercatat pada tahun ${year}.`, italics: true }
        : dataTable({
            headers: ['No', 'Sumber dana', 'Barang', 'Kelompok', 'Jumlah'],
            widths: [18, 120, '*', 56, 70],
            align: ['right', 'left', 'left', 'right', 'right'],
            rows: recap.delivered.map((row, i) => [i + 1, row.fundingLabel, row.itemName, n(row.groups), `${n(row.quantity)} ${row.unit}`]),
          }),
      { text: 'C. Kelompok aktif yang belum menerima kit dasar', style: 'section' },
      typeTable((row) => row.lacking, recap.totals.lacking),
      { text: `Dibandingkan jumlah kelompok aktif: ${POKTAN_TYPES.map((t) => `${POKTAN_TYPE_LABELS[t]} ${n(recap.totals.lacking[t])} dari ${n(recap.totals.groups[t])}`).join('; ')}.`, style: 'note', margin: [0, 4, 0, 0] },
      { text: `D. Tingkat pemenuhan kebutuhan yang diusulkan tahun ${year} per kecamatan`, style: 'section' },
      dataTable({
        headers: ['No', 'Kecamatan', 'Dibutuhkan', 'Disetujui', 'Diterima', '% pemenuhan'],
        widths: [18, '*', 64, 64, 64, 70],
        align: ['right', 'left', 'right', 'right', 'right', 'right'],
        fontSize: 8.5,
        rows: recap.kecamatan.map((row, i) => [i + 1, row.name, n(row.needed), n(row.approved), n(row.delivered), formatPercentOrDash(row.fulfilment)]),
        totals: ['', 'Jumlah', n(recap.totals.needed), n(recap.totals.approved), n(recap.totals.delivered), formatPercentOrDash(recap.totals.fulfilment)],
      }),
      { text: '% pemenuhan = jumlah diterima ÷ jumlah dibutuhkan × 100; kebutuhan yang ditolak tidak dihitung.', style: 'note', margin: [0, 4, 0, 0] },
    ],
  });
  return pdfFile(doc, `Rekap Kebutuhan Sarana Poktan Tahun ${year}.pdf`);
}
