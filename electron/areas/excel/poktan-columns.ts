import { POKTAN_TYPE_LABELS, type PoktanType } from '../../contract/poktan.js';

// The poktan workbook's columns: what the template writes, what the importer recognises
// (with the variants offices use in their own files), and what the export writes.

export const POKTAN_FIELDS = [
  { key: 'type', header: 'Jenis poktan', required: true, aliases: ['jenis', 'jenis kelompok', 'poktan'] },
  { key: 'name', header: 'Nama kelompok', required: true, aliases: ['nama', 'nama poktan', 'nama kelompok kegiatan'] },
  { key: 'kecamatan', header: 'Kecamatan', required: true, aliases: ['kec', 'nama kecamatan'] },
  { key: 'desa', header: 'Desa/kelurahan', required: true, aliases: ['desa', 'kelurahan', 'desa kelurahan', 'nagari', 'nama desa'] },
  { key: 'address', header: 'Alamat', required: false, aliases: ['alamat sekretariat', 'alamat kelompok'] },
  { key: 'chairName', header: 'Nama ketua', required: false, aliases: ['ketua', 'nama ketua kelompok'] },
  { key: 'chairPhone', header: 'Telepon ketua', required: false, aliases: ['no hp', 'no hp ketua', 'hp ketua', 'telepon', 'no telepon'] },
  { key: 'members', header: 'Jumlah anggota', required: false, aliases: ['anggota', 'jumlah peserta', 'jumlah keluarga'] },
  { key: 'foundedYear', header: 'Tahun pembentukan', required: false, aliases: ['tahun dibentuk', 'tahun berdiri'] },
  { key: 'decreeNumber', header: 'Nomor SK', required: false, aliases: ['no sk', 'sk pembentukan', 'nomor sk pembentukan'] },
  { key: 'decreeDate', header: 'Tanggal SK', required: false, aliases: ['tgl sk'] },
  { key: 'stage', header: 'Tahapan', required: false, aliases: ['tahap', 'klasifikasi'] },
  { key: 'active', header: 'Aktif (Ya/Tidak)', required: false, aliases: ['aktif', 'status', 'status aktif'] },
] as const;

export type PoktanFieldKey = (typeof POKTAN_FIELDS)[number]['key'];

export const foldHeader = (text: string) => text.toLowerCase().replace(/\(.*?\)/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** Suggests which file column holds each field, by header name and its common variants. */
export function suggestMapping(headers: string[]): Partial<Record<PoktanFieldKey, number>> {
  const mapping: Partial<Record<PoktanFieldKey, number>> = {};
  const folded = headers.map(foldHeader);
  for (const field of POKTAN_FIELDS) {
    const names = [foldHeader(field.header), ...field.aliases.map(foldHeader)];
    const index = folded.findIndex((header) => names.includes(header));
    if (index >= 0) mapping[field.key] = index;
  }
  return mapping;
}

/** "BKB", "uppks", "PIK R", "Pik-R" → the stored type; null when unknown. */
export function parsePoktanType(text: string): PoktanType | null {
  const key = text.toLowerCase().replace(/[^a-z]/g, '');
  if (key === 'uppks') return 'uppka';
  return (Object.keys(POKTAN_TYPE_LABELS) as PoktanType[]).find((type) => type === key) ?? null;
}

/** "Kec. Bayah", "KECAMATAN  bayah" → "bayah"; "Desa Sawarna", "Kel. Cijoro Lebak" → "sawarna", "cijoro lebak". */
export function foldPlace(text: string): string {
  return text
    .toLowerCase()
    .replace(/^(kec\.?|kecamatan|desa|kel\.?|kelurahan|nagari)\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
