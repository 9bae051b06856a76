// Poktan and facility-need vocabulary shared by the main process and the renderer.

export const POKTAN_TYPES = ['bkb', 'bkr', 'bkl', 'uppka', 'pikr'] as const;
export type PoktanType = (typeof POKTAN_TYPES)[number];

export const POKTAN_TYPE_LABELS: Record<PoktanType, string> = {
  bkb: 'BKB',
  bkr: 'BKR',
  bkl: 'BKL',
  uppka: 'UPPKA',
  pikr: 'PIK-R',
};

export const POKTAN_TYPE_NAMES: Record<PoktanType, string> = {
  bkb: 'Bina Keluarga Balita',
  bkr: 'Bina Keluarga Remaja',
  bkl: 'Bina Keluarga Lansia',
  uppka: 'Usaha Peningkatan Pendapatan Keluarga Akseptor',
  pikr: 'Pusat Informasi dan Konseling Remaja',
};

export const NEED_STATUSES = ['diidentifikasi', 'diusulkan', 'disetujui', 'diterima-sebagian', 'diterima', 'ditolak'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
/** Still waiting for something: counted as open on the register and the Beranda. */
export const OPEN_NEED_STATUSES = ['diidentifikasi', 'diusulkan', 'disetujui', 'diterima-sebagian'] as const satisfies readonly NeedStatus[];
export const isOpenNeed = (status: NeedStatus): boolean => (OPEN_NEED_STATUSES as readonly NeedStatus[]).includes(status);

export const NEED_STATUS_LABELS: Record<NeedStatus, string> = {
  diidentifikasi: 'Diidentifikasi',
  diusulkan: 'Diusulkan',
  disetujui: 'Disetujui',
  'diterima-sebagian': 'Diterima sebagian',
  diterima: 'Diterima',
  ditolak: 'Ditolak',
};

/** Statuses in which a need is still open (not yet fully delivered, not refused). */
export const OPEN_STATUSES: readonly NeedStatus[] = ['diidentifikasi', 'diusulkan', 'disetujui', 'diterima-sebagian'];

export const CONDITIONS = ['baik', 'rusak-ringan', 'rusak-berat'] as const;
export const CONDITION_LABELS: Record<(typeof CONDITIONS)[number], string> = {
  baik: 'Baik',
  'rusak-ringan': 'Rusak ringan',
  'rusak-berat': 'Rusak berat',
};

export const PRIORITIES = ['tinggi', 'sedang', 'rendah'] as const;
export const PRIORITY_LABELS: Record<(typeof PRIORITIES)[number], string> = { tinggi: 'Tinggi', sedang: 'Sedang', rendah: 'Rendah' };
