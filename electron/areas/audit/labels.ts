// Indonesian names for the columns and settings the audit trail shows (tables: ENTITY_LABELS in the contract).

import { IMPORT_TABLES, type ImportTable } from '../excel/import-tables.js';

const FIELD_LABELS: Record<string, string> = {
  name: 'Nama',
  type: 'Jenis',
  code: 'Kode',
  label: 'Label',
  list: 'Daftar',
  key: 'Kunci',
  value: 'Nilai',
  kecamatan_code: 'Kecamatan',
  desa_code: 'Desa/Kelurahan',
  kampung_kb_id: 'Kampung KB',
  poktan_id: 'Poktan',
  need_id: 'Kebutuhan',
  item_id: 'Barang katalog',
  indicator_id: 'Indikator',
  resolution_id: 'Rumusan',
  address: 'Alamat',
  chair_name: 'Nama ketua',
  chair_phone: 'Telepon ketua',
  members: 'Jumlah anggota/keluarga peserta',
  founded_year: 'Tahun pembentukan',
  decree_number: 'Nomor SK',
  decree_date: 'Tanggal SK',
  stage_code: 'Tahapan',
  is_active: 'Aktif',
  active: 'Aktif',
  last_active_on: 'Terakhir aktif',
  notes: 'Catatan',
  note: 'Catatan',
  deleted_at: 'Dihapus pada',
  item_name: 'Barang',
  unit: 'Satuan',
  is_basic_kit: 'Paket dasar',
  poktan_type: 'Jenis poktan',
  quantity_needed: 'Jumlah dibutuhkan',
  quantity_available: 'Jumlah yang sudah ada',
  quantity_approved: 'Jumlah disetujui',
  quantity_delivered: 'Jumlah diterima',
  quantity: 'Jumlah',
  condition: 'Kondisi',
  priority: 'Prioritas',
  year_proposed: 'Tahun usulan',
  funding_source: 'Sumber dana',
  status: 'Status',
  happened_on: 'Tanggal',
  batch_id: 'Penyerahan massal',
  year: 'Tahun',
  month: 'Bulan',
  area: 'Wilayah',
  target: 'Target',
  achieved: 'Realisasi',
  numerator: 'Pembilang',
  denominator: 'Penyebut',
  existing: 'Yang ada',
  direction: 'Arah',
  aggregation: 'Cara menjumlah',
  has_target: 'Memiliki target',
  whole_number: 'Bilangan bulat',
  retired_from_year: 'Tidak dipakai mulai tahun',
  sort_order: 'Urutan',
  theme: 'Tema',
  held_on: 'Tanggal pelaksanaan',
  venue: 'Tempat',
  opened_by: 'Dibuka oleh',
  participants: 'Peserta',
  speakers: 'Narasumber',
  number: 'Nomor',
  text: 'Rumusan',
  responsible: 'Penanggung jawab',
  target_date: 'Batas waktu',
  noted_on: 'Tanggal catatan',
  category_code: 'Kategori',
  criteria: 'Kriteria',
  declared_on: 'Tanggal pencanangan',
  latitude: 'Lintang',
  longitude: 'Bujur',
  is_model: 'Kampung KB percontohan',
  manual_level: 'Tingkat (ditetapkan)',
  manual_level_note: 'Alasan tingkat ditetapkan',
  computed_level: 'Tingkat (dihitung)',
  input_index: 'Indeks input',
  process_index: 'Indeks proses',
  output_index: 'Indeks output',
  profile: 'Profil',
  figures: 'Angka',
  title: 'Judul',
  description: 'Uraian',
  partners: 'Mitra',
  place: 'Tempat',
  person_in_charge: 'Penanggung jawab',
  target_groups: 'Sasaran',
  coverage: 'Cakupan',
  office_name: 'Nama kantor',
  province_name: 'Provinsi',
  regency_name: 'Kabupaten/kota',
  phone: 'Telepon',
  email: 'Pos-el',
  head_name: 'Nama kepala',
  head_rank: 'Pangkat kepala',
  head_position: 'Jabatan kepala',
  head_nip: 'NIP kepala',
  signature_place: 'Tempat tanda tangan',
  logo_mime: 'Jenis logo',
  logo: 'Logo',
};

/**
 * Columns that change on every write or only mirror another column: not shown as changes. The
 * office's province and kabupaten are shown by their names ("Banten", not "36").
 */
export const HIDDEN_FIELDS = new Set(['id', 'created_at', 'updated_at', 'name_key', 'singleton', 'province_code', 'regency_code']);

export function fieldLabel(column: string): string {
  return FIELD_LABELS[column] ?? column.replaceAll('_', ' ');
}

const SETTING_LABELS: Record<string, string> = {
  'kampungKb.levelRules': 'Aturan klasifikasi Kampung KB',
  'kampungKb.levelMethod': 'Cara penghitungan klasifikasi Kampung KB',
  'rakorda.evaluationRules': 'Aturan penilaian capaian Rakorda',
};

/** A setting by what it is for; the column mapping remembered for each import table by that table's title. */
export function settingLabel(key: string): string {
  const importTable = /^import\.(.+)\.mapping$/.exec(key)?.[1];
  if (importTable && importTable in IMPORT_TABLES) return `Pemetaan kolom impor ${IMPORT_TABLES[importTable as ImportTable].title}`;
  return SETTING_LABELS[key] ?? key;
}
