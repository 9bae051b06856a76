import { recapByKecamatan } from '../../../db/queries/kampung-kb.js';
import { getOffice } from '../../../db/queries/office.js';
import type { Db } from '../../../db/open.js';
import { formatDate, formatNumber, formatPercent, localIsoDate } from '../../contract/format.js';
import { LEVELS } from '../../contract/kampung-kb.js';
import type { FilePayload } from '../../contract/result.js';
import { DomainError } from '../../core/errors.js';
import { pdfFile } from '../../pdf/render.js';
import { dataTable, reportDocument } from '../../pdf/report.js';
import { summarizeRecap } from './recap.js';

/** "Rekap Kampung KB per Kecamatan": counts per level, totals, and coverage of kecamatan and desa. */
export async function renderKampungKbRecapPdf(db: Db): Promise<FilePayload> {
  const office = getOffice(db);
  if (!office) throw new DomainError('not-found', 'Data kantor belum diisi.');
  const rows = recapByKecamatan(db);
  const summary = summarizeRecap(rows);
  const n = formatNumber;
  const doc = reportDocument({
    office,
    title: 'Rekap Kampung KB per Kecamatan',
    subtitle: `${office.regencyName} — keadaan ${formatDate(localIsoDate())}`,
    content: [
      dataTable({
        // Headers hyphenated by hand so nine columns fit a portrait page, as the paper form has them.
        headers: ['No', 'Kecamatan', 'Dasar', 'Berkem-\nbang', 'Mandiri', 'Berkelan-\njutan', 'Belum ada\ndata', 'Jumlah', 'Desa ber-\nKampung KB'],
        widths: [16, '*', 32, 42, 38, 46, 46, 36, 56],
        fontSize: 8.5,
        align: ['right', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
        rows: rows.map((row, i) => [i + 1, row.kecamatanName, ...LEVELS.map((l) => n(row.counts[l])), n(row.counts['belum-ada-data']), n(row.total), `${n(row.desaCovered)} / ${n(row.desaTotal)}`]),
        totals: ['', 'Jumlah', ...LEVELS.map((l) => n(summary.counts[l])), n(summary.counts['belum-ada-data']), n(summary.total), `${n(summary.desaCovered)} / ${n(summary.desaTotal)}`],
      }),
      {
        margin: [0, 10, 0, 0],
        ul: [
          `Kecamatan yang memiliki Kampung KB: ${n(summary.kecamatanCovered)} dari ${n(summary.kecamatanTotal)} (${formatPercent(summary.kecamatanCoverage)}).`,
          `Desa/kelurahan yang memiliki Kampung KB: ${n(summary.desaCovered)} dari ${n(summary.desaTotal)} (${formatPercent(summary.desaCoverage)}).`,
          summary.kecamatanWithout.length === 0
            ? 'Target satu Kampung KB di setiap kecamatan telah tercapai.'
            : `Kecamatan tanpa Kampung KB: ${summary.kecamatanWithout.join(', ')}.`,
        ],
      },
      { text: 'Tingkat perkembangan memakai penetapan kantor bila ada, selain itu hasil perhitungan dari data terbaru.', style: 'note', margin: [0, 6, 0, 0] },
    ],
  });
  return pdfFile(doc, `Rekap Kampung KB per Kecamatan ${localIsoDate()}.pdf`);
}
