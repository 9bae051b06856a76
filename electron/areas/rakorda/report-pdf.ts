import type { Content } from 'pdfmake/interfaces.js';
import { getOffice } from '../../../db/queries/office.js';
import { getMeeting, listResolutions } from '../../../db/queries/rakorda.js';
import { referenceLabeller } from '../../../db/queries/reference.js';
import type { Db } from '../../../db/open.js';
import { formatDate, formatIndicatorValue, formatNumber, formatPercentOrDash } from '../../contract/format.js';
import { POKTAN_TYPE_LABELS } from '../../contract/poktan.js';
import type { FilePayload } from '../../contract/result.js';
import { DomainError } from '../../core/errors.js';
import { nextTurn } from '../../core/turns.js';
import { pdfFile } from '../../pdf/render.js';
import type { Printable } from '../../pdf/printable.js';
import { dataTable, factsTable, reportDocument } from '../../pdf/report.js';
import { derivedSections } from './derived.js';
import { buildEvaluation, reportingKecamatan, type AreaResult, type IndicatorResult } from './evaluation.js';
import { namesRegency } from '../../contract/office.js';
import { DERIVED_TARGET_NOTE } from '../../contract/rakorda.js';

const n = formatIndicatorValue;
const pct = formatPercentOrDash;
const STATUS_LABELS = { belum: 'Belum', berjalan: 'Berjalan', selesai: 'Selesai' } as const;

/** "Laporan Evaluasi Program KKBPK Tahun N": cover, summary, tables, resolutions, participants, signature. */
export async function renderRakordaReportPdf(db: Db, year: number): Promise<FilePayload> {
  return pdfFile(await rakordaReportDocument(db, year), `Laporan Evaluasi Program KKBPK Tahun ${year}.pdf`);
}

/** Kecamatan rows whose table (at 8,5 pt, ≈ 17 pt a row), with its headings and notes, fits one portrait page with room to spare. */
const ONE_PAGE_KECAMATAN = 32;
/** An overview column (a percentage such as 101,19%) at 7,5 pt; a portrait page holds seven beside the kecamatan names, a landscape one eleven. */
const OVERVIEW_COLUMN_WIDTH = 56;
const PORTRAIT_OVERVIEW_COLUMNS = 7;
const LANDSCAPE_OVERVIEW_COLUMNS = 11;
/** Participant and speaker rows that fit on one page with the signature below them. */
const PARTICIPANT_ROWS_WITH_SIGNATURE = 20;

/** The report's document definition: all data access happens here (its two large reads in turns of their own), none while rendering. */
export async function rakordaReportDocument(db: Db, year: number): Promise<Printable> {
  const office = getOffice(db);
  if (!office) throw new DomainError('not-found', 'Data kantor belum diisi.');
  const evaluation = buildEvaluation(db, year);
  await nextTurn();
  const derived = await derivedSections(db, year);
  await nextTurn();
  const meeting = getMeeting(db, year);
  const resolutions = listResolutions(db, year);
  const partner = referenceLabeller(db, 'mitra');
  const partnerNames = (codes: string[]) => codes.map(partner).join(', ');
  const targeted = evaluation.indicators.filter((i) => i.indicator.hasTarget);
  const title = `Laporan Evaluasi Program KKBPK Tahun ${year}`;

  const cover: Content[] = [
    ...(office.logo && office.logoMime ? [{ image: `data:${office.logoMime};base64,${office.logo.toString('base64')}`, fit: [110, 110] as [number, number], alignment: 'center' as const, margin: [0, 80, 0, 30] as [number, number, number, number] }] : [{ text: '', margin: [0, 160, 0, 0] as [number, number, number, number] }]),
    { text: 'LAPORAN EVALUASI', fontSize: 20, bold: true, alignment: 'center' },
    { text: 'PROGRAM KEPENDUDUKAN, KELUARGA BERENCANA DAN PEMBANGUNAN KELUARGA (KKBPK)', fontSize: 13, bold: true, alignment: 'center', margin: [40, 8, 40, 0] },
    { text: `TAHUN ${year}`, fontSize: 18, bold: true, alignment: 'center', margin: [0, 16, 0, 0] },
    ...(meeting?.theme ? [{ text: `“${meeting.theme}”`, italics: true, alignment: 'center' as const, margin: [40, 24, 40, 0] as [number, number, number, number] }] : []),
    { text: office.officeName.toUpperCase(), fontSize: 12, bold: true, alignment: 'center', margin: [30, 180, 30, 4] },
    ...(namesRegency(office) ? [] : [{ text: office.regencyName.toUpperCase(), fontSize: 12, bold: true, alignment: 'center' as const }]),
    { text: String(year + 1), fontSize: 12, bold: true, alignment: 'center', margin: [0, 4, 0, 0], pageBreak: 'after' },
  ];

  const criteriaCount = new Map<string, number>();
  for (const item of targeted) if (item.kabupaten.criterion) criteriaCount.set(item.kabupaten.criterion, (criteriaCount.get(item.kabupaten.criterion) ?? 0) + 1);
  // A target of the kabupaten, or of any kecamatan.
  const withTarget = targeted.filter((i) => i.kabupaten.target !== null || i.kecamatan.some((row) => row.target !== null));
  const withPercent = targeted.filter((i) => i.kabupaten.percent !== null);
  const best = [...withPercent].sort((a, b) => b.kabupaten.percent! - a.kabupaten.percent!)[0];
  const worst = [...withPercent].sort((a, b) => a.kabupaten.percent! - b.kabupaten.percent!)[0];

  // A kabupaten figure summed from some kecamatan only reads as the whole kabupaten's: the report says how many.
  const partly = targeted.filter((item) => reportingKecamatan(item) > 0 && reportingKecamatan(item) < item.kecamatan.length);
  const partlyNote = (item: IndicatorResult) => `${formatNumber(reportingKecamatan(item))} dari ${formatNumber(item.kecamatan.length)} kecamatan`;

  const summary: Content[] = [
    { text: 'I. Ringkasan', style: 'section' },
    {
      ul: [
        `Target tahun ${year} sudah diisi untuk ${formatNumber(withTarget.length)} dari ${formatNumber(targeted.length)} indikator; capaian kabupaten sudah dapat dihitung untuk ${formatNumber(withPercent.length)} indikator${withTarget.length > withPercent.length ? `, ${formatNumber(withTarget.length - withPercent.length)} lainnya belum (realisasinya atau target kabupatennya belum terisi)` : ''}.`,
        `Menurut kriteria: ${evaluation.rules.criteria.map((c) => `${c.label} ${formatNumber(criteriaCount.get(c.label) ?? 0)}`).join(', ')}.`,
        ...(best ? [`Capaian tertinggi: ${best.indicator.name}, ${pct(best.kabupaten.percent)}.`] : []),
        ...(worst && worst !== best ? [`Capaian terendah: ${worst.indicator.name}, ${pct(worst.kabupaten.percent)}.`] : []),
        ...(meeting?.heldOn ? [`Rakorda dilaksanakan pada ${formatDate(meeting.heldOn)}${meeting.venue ? ` di ${meeting.venue}` : ''}${meeting.openedBy ? `, dibuka oleh ${meeting.openedBy}` : ''}.`] : []),
      ],
    },
    { text: `Persentase capaian = realisasi ÷ target × 100; untuk indikator yang makin kecil makin baik (misalnya unmet need) = target ÷ realisasi × 100. Kriteria: ${evaluation.rules.criteria.map((c) => `${c.label} mulai ${formatNumber(c.min)}%`).join('; ')}. ${DERIVED_TARGET_NOTE}`, style: 'note', margin: [0, 6, 0, 0] },
    { text: `II. Capaian indikator ${office.regencyName} tahun ${year}`, style: 'section' },
    dataTable({
      headers: ['No', 'Indikator', 'Satuan', 'Target', 'Realisasi', '% capaian', 'Kriteria'],
      widths: [18, '*', 50, 56, 56, 54, 62],
      align: ['right', 'left', 'left', 'right', 'right', 'right', 'left'],
      rows: evaluation.indicators.map((item, i) => [i + 1, item.indicator.name, item.indicator.unit, n(item.kabupaten.target, item.indicator.unit), n(item.kabupaten.achieved, item.indicator.unit), pct(item.kabupaten.percent), item.kabupaten.criterion ?? '–']),
    }),
    ...(partly.length > 0
      ? [{ text: `Realisasi kabupaten yang belum dari semua kecamatan: ${partly.map((item) => `${item.indicator.name} (${partlyNote(item)})`).join('; ')}.`, style: 'note', margin: [0, 4, 0, 0] as [number, number, number, number] }]
      : []),
    { text: `III. Perbandingan dengan tahun sebelumnya`, style: 'section' },
    dataTable({
      headers: ['No', 'Indikator', `Realisasi ${year - 2}`, `Realisasi ${year - 1}`, `Realisasi ${year}`, `% ${year - 1}`, `% ${year}`],
      widths: [18, '*', 56, 56, 56, 54, 54],
      align: ['right', 'left', 'right', 'right', 'right', 'right', 'right'],
      rows: evaluation.indicators.map((item, i) => [i + 1, item.indicator.name, ...item.history.map((h) => n(h.achieved, item.indicator.unit)), pct(item.history[1]!.percent), pct(item.history[2]!.percent)]),
    }),
  ];

  // Indicators nobody reported this year would print pages of dashes: they are named instead.
  const reported = targeted.filter((item) => item.kecamatan.some((row) => row.achieved !== null || row.target !== null));
  const unreported = targeted.filter((item) => !reported.includes(item));
  // Where an indicator's heading and table (the kecamatan with figures) surely fit on one page,
  // the sections flow on (from III, into V) and the indicator is kept whole on a page, several to a
  // page where they fit. pdfmake leaves out a block that never breaks but is taller than a page (a
  // blank page), so a longer table starts a page of its own, in smaller type (about 45 kecamatan
  // fit; the few kabupaten with more, up to 51, continue on the next page).
  const sectionIv: Content[] = [
    { text: 'IV. Capaian per kecamatan dan peringkat', style: 'section' },
    ...(unreported.length > 0 ? [{ text: `Indikator tanpa data tahun ini: ${unreported.map((item) => item.indicator.name).join(', ')}.`, style: 'note', margin: [0, 0, 0, 4] as [number, number, number, number] }] : []),
  ];
  const perKecamatan: Content[] = reported.length === 0 ? sectionIv : [];
  reported.forEach((item: IndicatorResult, index) => {
    // Kecamatan with neither a target nor a realisasi would be rows of dashes (pages of them while
    // few have reported): they are named under the table instead.
    const hasFigures = (row: AreaResult) => row.target !== null || row.achieved !== null;
    const rows = item.kecamatan.filter(hasFigures).sort((a: AreaResult, b: AreaResult) => (a.rank ?? 999) - (b.rank ?? 999) || a.name.localeCompare(b.name, 'id'));
    const empty = item.kecamatan.filter((row) => !hasFigures(row)).map((row) => row.name);
    const fitsOnePage = rows.length <= ONE_PAGE_KECAMATAN;
    perKecamatan.push({
      ...(fitsOnePage ? { unbreakable: true } : { pageBreak: 'before' as const }),
      stack: [
        ...(index === 0 ? sectionIv : []),
        { text: `${index + 1}. ${item.indicator.name} (${item.indicator.unit})`, bold: true, margin: [0, 8, 0, 4], style: 'section' },
        dataTable({
          headers: ['Peringkat', 'Kecamatan', 'Target', 'Realisasi', '% capaian', 'Kriteria'],
          widths: [46, '*', 64, 64, 60, 70],
          align: ['right', 'left', 'right', 'right', 'right', 'left'],
          fontSize: fitsOnePage ? 8.5 : 7.5,
          rows: rows.map((row) => [row.rank ?? '–', row.name, n(row.target, item.indicator.unit), n(row.achieved, item.indicator.unit), pct(row.percent), row.criterion ?? '–']),
          totals: ['', 'Kabupaten', n(item.kabupaten.target, item.indicator.unit), n(item.kabupaten.achieved, item.indicator.unit), pct(item.kabupaten.percent), item.kabupaten.criterion ?? '–'],
        }),
        ...rankingNotes(item, empty).map((text) => ({ text, style: 'note', margin: [0, 2, 0, 0] as [number, number, number, number] })),
      ],
    });
  });

  // The overview (kecamatan × indicator), on landscape pages when it has more columns than a portrait page holds.
  const wide = reported.length > PORTRAIT_OVERVIEW_COLUMNS;
  const overview: Content[] = reported.length === 0 ? [] : [
    { text: 'V. Ikhtisar % capaian per kecamatan', style: 'section', ...(wide ? { pageBreak: 'before' as const, pageOrientation: 'landscape' as const } : {}) },
    { text: `Kolom bernomor seperti pada bagian IV: ${reported.map((item, i) => `${i + 1} = ${item.indicator.name}`).join('; ')}.`, style: 'note', margin: [0, 0, 0, 6] },
    dataTable({
      headers: ['Kecamatan', ...reported.map((_, i) => String(i + 1))],
      widths: [96, ...reported.map(() => (reported.length > LANDSCAPE_OVERVIEW_COLUMNS ? ('*' as const) : OVERVIEW_COLUMN_WIDTH))],
      align: ['left', ...reported.map(() => 'right' as const)],
      fontSize: 7.5,
      rows: (reported[0]?.kecamatan ?? []).map((row, r) => [row.name, ...reported.map((item) => pct(item.kecamatan[r]!.percent))]),
      totals: ['Kabupaten', ...reported.map((item) => pct(item.kabupaten.percent))],
    }),
  ];

  const flagged = evaluation.indicators.flatMap((item) =>
    [item.kabupaten, ...item.kecamatan].flatMap((row) => row.flags.map((flag) => [item.indicator.name, row.name, flag])),
  );
  const rest: Content[] = [
    { text: 'VI. Kampung KB', style: 'section', ...(wide ? { pageBreak: 'before' as const, pageOrientation: 'portrait' as const } : {}) },
    {
      text: `${formatNumber(derived.kampungKb.summary.total)} Kampung KB di ${formatNumber(derived.kampungKb.summary.kecamatanCovered)} dari ${formatNumber(derived.kampungKb.summary.kecamatanTotal)} kecamatan; target satu Kampung KB per kecamatan ${derived.kampungKb.summary.kecamatanWithout.length === 0 ? 'tercapai' : `belum tercapai di ${formatNumber(derived.kampungKb.summary.kecamatanWithout.length)} kecamatan`}.`,
      margin: [0, 0, 0, 4],
    },
    dataTable({
      headers: ['No', 'Kecamatan', 'Kampung KB', 'Desa ber-Kampung KB', 'Target 1 per kecamatan'],
      widths: [18, '*', 64, 90, 100],
      align: ['right', 'left', 'right', 'right', 'left'],
      fontSize: 8.5,
      rows: derived.kampungKb.rows.map((row, i) => [i + 1, row.name, formatNumber(row.total), `${formatNumber(row.desaCovered)} / ${formatNumber(row.desaTotal)}`, row.met ? 'Tercapai' : 'Belum']),
      totals: ['', 'Jumlah', formatNumber(derived.kampungKb.summary.total), `${formatNumber(derived.kampungKb.summary.desaCovered)} / ${formatNumber(derived.kampungKb.summary.desaTotal)}`, `${formatNumber(derived.kampungKb.summary.kecamatanCovered)} tercapai`],
    }),
    { text: 'VII. Kelompok kegiatan (poktan)', style: 'section' },
    dataTable({
      headers: ['Jenis', 'Jumlah kelompok', 'Aktif', '% aktif'],
      widths: ['*', 90, 90, 90],
      align: ['left', 'right', 'right', 'right'],
      rows: derived.poktan.map((row) => [POKTAN_TYPE_LABELS[row.type], formatNumber(row.total), formatNumber(row.active), pct(row.activeShare)]),
    }),
    { text: `VIII. Sarana poktan yang diterima tahun ${year}`, style: 'section' },
    derived.delivered.length === 0
      ? { text: `Tidak ada penerimaan sarana yang tercatat pada tahun ${year}.`, italics: true }
      : dataTable({
          headers: ['Sumber dana', 'Barang', 'Kelompok', 'Jumlah'],
          widths: [130, '*', 56, 70],
          align: ['left', 'left', 'right', 'right'],
          rows: derived.delivered.map((row) => [row.fundingLabel, row.itemName, formatNumber(row.groups), `${formatNumber(row.quantity)} ${row.unit}`]),
        }),
    { text: 'IX. Rumusan kesepakatan dan rencana tindak lanjut', style: 'section' },
    resolutions.own.length === 0
      ? { text: 'Belum ada rumusan kesepakatan yang dicatat.', italics: true }
      : dataTable({
          headers: ['No', 'Rumusan', 'Penanggung jawab', 'Target waktu', 'Status'],
          widths: [20, '*', 130, 70, 50],
          align: ['right'],
          rows: resolutions.own.map((r) => [r.number, r.text, partnerNames(r.responsible), r.targetDate ? formatDate(r.targetDate) : '–', STATUS_LABELS[r.status]]),
        }),
    ...(resolutions.carried.length > 0
      ? [
          { text: 'Rumusan tahun sebelumnya yang belum selesai', bold: true, margin: [0, 8, 0, 4] as [number, number, number, number] },
          dataTable({
            headers: ['Tahun/No', 'Rumusan', 'Penanggung jawab', 'Tindak lanjut terakhir', 'Status'],
            widths: [44, '*', 110, 110, 50],
            rows: resolutions.carried.map((r) => [`${r.year}/${r.number}`, r.text, partnerNames(r.responsible), r.followups.at(-1)?.note ?? '–', STATUS_LABELS[r.status]]),
          }),
        ]
      : []),
  ];
  const participants: Content[] = [
    { text: 'X. Peserta rapat', style: 'section' },
    meeting && meeting.participants.length > 0
      ? dataTable({
          headers: ['No', 'Instansi/organisasi', 'Jumlah peserta'],
          widths: [20, '*', 90],
          align: ['right', 'left', 'right'],
          rows: meeting.participants.map((p, i) => [i + 1, partner(p.partner), formatNumber(p.count)]),
          totals: ['', 'Jumlah', formatNumber(meeting.participants.reduce((sum, p) => sum + p.count, 0))],
        })
      : { text: 'Peserta rapat belum dicatat.', italics: true },
    ...(meeting && meeting.speakers.length > 0
      ? [{ text: 'Narasumber', bold: true, margin: [0, 8, 0, 4] as [number, number, number, number] }, factsTable(meeting.speakers.map((s) => [s.name, [s.position, s.topic].filter(Boolean).join(' — ')] as [string, string]), 170)]
      : []),
  ];
  // The participants, usually a dozen rows, stay on the signature's page: it never stands alone there.
  const participantsWithSignature = (meeting?.participants.length ?? 0) + (meeting?.speakers.length ?? 0) <= PARTICIPANT_ROWS_WITH_SIGNATURE;
  const closing: Content[] = [
    ...(participantsWithSignature ? participants : []),
    { text: 'Demikian laporan ini disampaikan untuk dipergunakan sebagaimana mestinya.', margin: [0, 14, 0, 0] },
  ];
  const appendix: Content[] =
    flagged.length > 0
      ? [
          { text: 'Lampiran: data yang perlu diverifikasi', style: 'section', margin: [0, 0, 0, 6] },
          dataTable({ headers: ['Indikator', 'Wilayah', 'Catatan'], widths: [150, 100, '*'], rows: flagged, fontSize: 8 }),
        ]
      : [];

  const doc = reportDocument({ office, title, content: [...summary, ...perKecamatan, ...overview, ...rest, ...(participantsWithSignature ? [] : participants)], closing, appendix });
  // The cover comes before the letterhead page and carries no page number.
  const body = doc.content as Content[];
  doc.content = [...cover, ...body];
  doc.footer = { ...doc.footer!, fromPage: 2 };
  return doc;
}

/**
 * Under a ranking: that the kabupaten's realisasi is summed from some kecamatan only, and which
 * kecamatan have no figures at all (one sentence when those are the same kecamatan).
 */
function rankingNotes(item: IndicatorResult, empty: string[]): string[] {
  const reporting = reportingKecamatan(item);
  const missing = item.kecamatan.length - reporting;
  const partly = reporting > 0 && missing > 0 ? `Realisasi kabupaten baru ${item.indicator.aggregation === 'rate' ? 'dihitung' : 'dijumlahkan'} dari ${formatNumber(reporting)} kecamatan` : null;
  const names = empty.join(', ');
  if (partly && empty.length === missing) return [`${partly}; ${formatNumber(missing)} kecamatan lainnya belum mengisi target maupun realisasi: ${names}.`];
  return [
    ...(partly ? [`${partly}; ${formatNumber(missing)} kecamatan lainnya belum mengisi realisasi.`] : []),
    ...(empty.length > 0 ? [`Belum ada target maupun realisasi (${formatNumber(empty.length)} kecamatan): ${names}.`] : []),
  ];
}
