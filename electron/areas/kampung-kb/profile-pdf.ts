import type { Content } from 'pdfmake/interfaces.js';
import { listActivities } from '../../../db/queries/kampung-kb-activities.js';
import { getSnapshot, listSnapshots } from '../../../db/queries/kampung-kb-snapshots.js';
import { getKampungKb } from '../../../db/queries/kampung-kb.js';
import { getOffice } from '../../../db/queries/office.js';
import { listReferenceOptions } from '../../../db/queries/reference.js';
import type { Db } from '../../../db/open.js';
import { formatCount, formatDate, formatMonthYear, formatNumber, formatShare, localIsoDate } from '../../contract/format.js';
import { AGE_BANDS, LEVEL_LABELS, POKTAN_TARGETS, scoredValueText, type IndexResult } from '../../contract/kampung-kb.js';
import type { FilePayload } from '../../contract/result.js';
import type { ReferenceList } from '../../contract/reference.js';
import { DomainError } from '../../core/errors.js';
import { pdfFile } from '../../pdf/render.js';
import { dataTable, factsTable, reportDocument } from '../../pdf/report.js';
import { levelOfSnapshot, parseSnapshot } from './level-service.js';
import { sum } from './snapshot-schema.js';

const yesNo = (value: boolean) => (value ? 'Ada' : 'Tidak ada');
const percent = formatShare;
/** A Pokja's members: the form starts them at 0, which on paper would read as a Pokja of nobody. */
const pokjaMembers = ({ members, membersTrained }: { members: number; membersTrained: number }) =>
  members > 0 ? `${formatNumber(members)} anggota, ${formatNumber(membersTrained)} terlatih` : 'jumlah anggota belum diisi';

/** "Profil Kampung KB": identity, the latest (or chosen) snapshot with its indices, the year's activities. */
export async function renderKampungKbProfilePdf(db: Db, id: string, snapshotId?: string): Promise<FilePayload> {
  const office = getOffice(db);
  const unit = getKampungKb(db, id);
  if (!office || !unit || unit.deletedAt) throw new DomainError('not-found', 'Kampung KB tidak ditemukan.');
  const row = snapshotId ? getSnapshot(db, snapshotId) : (listSnapshots(db, id)[0] ?? null);
  if (snapshotId && (!row || row.kampungKbId !== id)) throw new DomainError('not-found', 'Data periode ini tidak ditemukan.');

  const options = listReferenceOptions(db);
  const label = (list: ReferenceList, code: string) => options[list].find((o) => o.code === code)?.label ?? code;
  const labels = (list: ReferenceList, codes: string[]) => codes.map((code) => label(list, code)).join('; ');
  const criteria = [...unit.criteria.main.map((c) => label('kriteria-utama', c)), ...unit.criteria.area.map((c) => label('kriteria-wilayah', c)), ...unit.criteria.special.map((c) => label('kriteria-khusus', c))];

  const content: Content[] = [
    { text: 'A. Identitas', style: 'section' },
    factsTable([
      ['Nama Kampung KB', unit.name],
      ['Desa/kelurahan', unit.desaName],
      ['Kecamatan', unit.kecamatanName],
      ['Cakupan wilayah (RW/dusun)', unit.coverage],
      ['Tanggal pencanangan', formatDate(unit.declaredOn)],
      ['Penanggung jawab', unit.personInCharge],
      ['Kampung KB percontohan', unit.isModel ? 'Ya' : 'Tidak'],
      ['Status', unit.isActive ? 'Aktif' : 'Tidak aktif'],
      ['Kriteria', criteria.join('; ')],
    ]),
  ];

  if (!row) {
    content.push({ text: 'Belum ada data profil dan angka untuk Kampung KB ini.', italics: true, margin: [0, 12, 0, 0] });
  } else {
    const { profile, figures } = parseSnapshot(row);
    const level = levelOfSnapshot(db, row);
    const period = row.month ? formatMonthYear(row.year, row.month) : `Tahun ${row.year}`;
    // Each index: its items, then a bold line with the mean and whether it passes.
    const indexRows = (name: string, result: IndexResult) => ({
      rows: [
        ...result.items.map((item) => [name, item.label, scoredValueText(item), String(item.score)]),
        [name, `Indeks ${name.toLowerCase()}`, '', `${formatNumber(result.index, 2)} (${result.passes ? 'lulus' : 'belum lulus'})`],
      ],
    });
    const indexes = [indexRows('Input', level.input), indexRows('Proses', level.process), indexRows('Output', level.output)];
    const users = sum(figures.kbUsers);
    content.push(
      // Section B is one block, moved to the next page whole when it does not fit: split, its
      // heading was left alone at the foot of one page, or its note at the top of the next.
      {
        unbreakable: true,
        stack: [
          { text: `B. Tingkat perkembangan (${period})`, style: 'section' },
          {
            text: [
              'Tingkat hasil perhitungan: ',
              { text: LEVEL_LABELS[level.level], bold: true },
              ...(unit.manualLevel ? [`; tingkat yang ditetapkan kantor: `, { text: LEVEL_LABELS[unit.manualLevel], bold: true }, ` (${unit.manualLevelNote})`] : []),
              '.',
            ],
            margin: [0, 0, 0, 6],
          },
          dataTable({
            headers: ['Indeks', 'Butir penilaian', 'Nilai', 'Skor'],
            widths: [55, '*', 55, 95],
            align: ['left', 'left', 'right', 'right'],
            rows: indexes.flatMap((group) => group.rows),
            boldRows: indexes.reduce<number[]>((ends, group) => [...ends, (ends.at(-1) ?? -1) + group.rows.length], []),
          }),
          // The scores are given to rounded percentages (the rules say so); the figures below keep their decimals.
          { text: 'Persentase pada tabel ini dibulatkan ke bilangan bulat sebelum diberi skor, sesuai aturan klasifikasi; angka lengkapnya ada pada bagian D dan E.', fontSize: 8, italics: true, margin: [0, 3, 0, 0] },
        ],
      },
      { text: 'C. Kelembagaan', style: 'section' },
      factsTable([
        ['Pokja Kampung KB', profile.pokja.exists ? `Ada; ${pokjaMembers(profile.pokja)}${profile.pokja.skNumber ? `; SK ${profile.pokja.skNumber}` : ''}${profile.pokja.skDate ? ` tanggal ${formatDate(profile.pokja.skDate)}` : ''}` : 'Tidak ada'],
        ['PLKB/PKB pendamping', profile.plkb.name ? `${profile.plkb.name}${profile.plkb.nip ? `, NIP ${profile.plkb.nip}` : ''}` : `Tidak ada; dibina oleh ${labels('pembina-tanpa-plkb', profile.guidance) || '–'}`],
        ['Regulasi', profile.regulation ? `${label('regulasi', profile.regulation)}${profile.regulationNumber ? ` (${profile.regulationNumber})` : ''}` : 'Tidak ada'],
        ['Rencana kerja masyarakat', yesNo(profile.hasRkm)],
        ['Sumber data', labels('sumber-data', profile.dataSources)],
        ['Sumber dana', labels('sumber-dana', profile.fundingSources)],
        ['Program/kegiatan', labels('program', profile.programmes)],
        ['Mekanisme operasional', Object.entries(profile.mechanisms).map(([code, freq]) => `${label('mekanisme', code)} (${label('frekuensi', freq).toLowerCase()})`).join('; ')],
      ]),
      { text: 'D. Data kependudukan', style: 'section' },
      factsTable([
        ['Jumlah keluarga', formatCount(figures.families)],
        ['Pasangan usia subur (PUS)', formatCount(figures.pus)],
        ['Remaja', formatCount(figures.teenagers)],
        ['Keluarga dengan balita', formatCount(figures.familiesWithUnderFives)],
        ['Keluarga dengan remaja', formatCount(figures.familiesWithTeens)],
        ['Keluarga dengan lansia', formatCount(figures.familiesWithElderly)],
        ['Peserta BPJS Kesehatan', formatCount(figures.bpjsMembers)],
      ]),
    );
    const population = sum(figures.population.male) + sum(figures.population.female);
    if (population > 0) {
      content.push(
        { text: 'Penduduk menurut kelompok umur dan jenis kelamin', bold: true, margin: [0, 8, 0, 4] },
        dataTable({
          headers: ['Kelompok umur', 'Laki-laki', 'Perempuan', 'Jumlah'],
          widths: ['*', 80, 80, 80],
          align: ['left', 'right', 'right', 'right'],
          rows: AGE_BANDS.map((band, i) => [band, formatNumber(figures.population.male[i]!), formatNumber(figures.population.female[i]!), formatNumber(figures.population.male[i]! + figures.population.female[i]!)]),
          totals: ['Jumlah', formatNumber(sum(figures.population.male)), formatNumber(sum(figures.population.female)), formatNumber(population)],
        }),
      );
    }
    content.push(
      { text: 'E. Data program KB', style: 'section' },
      dataTable({
        headers: ['Metode KB', 'Peserta', '% dari peserta'],
        widths: ['*', 80, 90],
        align: ['left', 'right', 'right'],
        rows: options['metode-kb'].map((m) => [m.label, formatCount(figures.kbUsers[m.code]), percent(figures.kbUsers[m.code], users)]),
        totals: ['Jumlah peserta KB aktif', formatNumber(users), `CPR ${percent(users, figures.pus)}`],
      }),
      { text: '', margin: [0, 6, 0, 0] },
      dataTable({
        headers: ['PUS tidak ber-KB menurut alasan', 'Jumlah', '% dari PUS'],
        widths: ['*', 80, 90],
        align: ['left', 'right', 'right'],
        rows: options['alasan-tidak-ber-kb'].map((r) => [r.label, formatCount(figures.nonUsers[r.code]), percent(figures.nonUsers[r.code], figures.pus)]),
      }),
      { text: '', margin: [0, 6, 0, 0] },
      // Five rows, kept on one page with the note under them: split, one was left alone at the foot of the first.
      {
        unbreakable: true,
        stack: [
          dataTable({
            headers: ['Poktan', 'Peserta', 'Sasaran', 'Partisipasi'],
            widths: ['*', 70, 150, 70],
            align: ['left', 'right', 'left', 'right'],
            rows: POKTAN_TARGETS.map((p) => [p.label, formatCount(figures.poktanParticipants[p.key]), `${formatCount(figures[p.target])} ${p.targetLabel}`, percent(figures.poktanParticipants[p.key], figures[p.target])]),
          }),
          { text: 'Tanda “–” pada bagian D dan E: angka belum diisi untuk periode ini, atau persentase yang belum dapat dihitung.', fontSize: 8, italics: true, margin: [0, 3, 0, 0] },
        ],
      },
    );
    const activities = listActivities(db, id, row.year);
    content.push({ text: `F. Kegiatan tahun ${row.year}`, style: 'section' });
    content.push(
      activities.length === 0
        ? { text: 'Tidak ada kegiatan tercatat pada tahun ini.', italics: true }
        : dataTable({
            headers: ['No', 'Tanggal', 'Kegiatan', 'Kategori', 'Mitra yang terlibat'],
            widths: [20, 72, '*', 95, 120],
            align: ['right'],
            rows: activities.map((a, i) => [i + 1, formatDate(a.heldOn), a.title, label('kategori-kegiatan', a.categoryCode), labels('mitra', a.partners) || '–']),
          }),
    );
  }

  const doc = reportDocument({ office, title: 'Profil Kampung KB', subtitle: `${unit.name} — Desa/Kelurahan ${unit.desaName}, Kecamatan ${unit.kecamatanName}`, content });
  const title = /^kampung kb\b/i.test(unit.name) ? unit.name : `Kampung KB ${unit.name}`;
  // The period in the name too: profiles of two years printed the same day are two files.
  const period = row ? ` ${row.month ? formatMonthYear(row.year, row.month) : row.year}` : '';
  return pdfFile(doc, `Profil ${title}${period} ${localIsoDate()}.pdf`);
}
