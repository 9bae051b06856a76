// The editable reference lists: their names as users see them. Codes inside a list are stable;
// labels may be renamed and choices retired without touching past records.

export const REFERENCE_LISTS = {
  'kriteria-utama': 'Kriteria utama Kampung KB',
  'kriteria-wilayah': 'Kriteria wilayah',
  'kriteria-khusus': 'Kriteria khusus',
  'sumber-dana': 'Sumber dana',
  regulasi: 'Jenis regulasi',
  'pembina-tanpa-plkb': 'Pembina bila tidak ada PLKB/PKB',
  'sumber-data': 'Sumber data',
  program: 'Program/kegiatan di Kampung KB',
  mekanisme: 'Mekanisme operasional',
  frekuensi: 'Frekuensi',
  'metode-kb': 'Metode KB',
  'alasan-tidak-ber-kb': 'Alasan PUS tidak ber-KB',
  'kategori-kegiatan': 'Kategori kegiatan',
  sasaran: 'Sasaran kegiatan',
  mitra: 'Mitra kerja/OPD',
  'tahapan-bkb': 'Tahapan BKB',
  'tahapan-bkr': 'Tahapan BKR',
  'tahapan-bkl': 'Tahapan BKL',
  'tahapan-uppka': 'Tahapan UPPKA',
  'tahapan-pikr': 'Tahapan PIK-R',
  'sumber-dana-sarana': 'Sumber dana sarana poktan',
} as const;

export type ReferenceList = keyof typeof REFERENCE_LISTS;
export const REFERENCE_LIST_NAMES = Object.keys(REFERENCE_LISTS) as ReferenceList[];

export interface RefOption {
  code: string;
  label: string;
  active: boolean;
}

export type ReferenceOptions = Record<ReferenceList, RefOption[]>;
