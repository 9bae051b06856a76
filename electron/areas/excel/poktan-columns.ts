import { POKTAN_TYPE_LABELS, type PoktanType } from '../../contract/poktan.js';
import type { ImportField } from './import-rows.js';

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
] as const satisfies readonly ImportField[];

/** "BKB", "uppks", "PIK R", "Pik-R" → the stored type; null when unknown. */
export function parsePoktanType(text: string): PoktanType | null {
  const key = text.toLowerCase().replace(/[^a-z]/g, '');
  if (key === 'uppks') return 'uppka';
  return (Object.keys(POKTAN_TYPE_LABELS) as PoktanType[]).find((type) => type === key) ?? null;
}
