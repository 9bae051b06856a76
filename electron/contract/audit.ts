// The audit trail as the renderer shows it: one entry per written record.

/** Indonesian names of the kinds of records, for the audit trail, the Sampah and exchange packages. */
export const ENTITY_LABELS = {
  kampung_kb: 'Kampung KB',
  kampung_kb_snapshot: 'Data periode Kampung KB',
  kampung_kb_activity: 'Kegiatan Kampung KB',
  poktan: 'Poktan',
  facility_item: 'Katalog sarana',
  facility_need: 'Kebutuhan sarana',
  facility_need_event: 'Riwayat kebutuhan sarana',
  indicator: 'Indikator evaluasi',
  evaluation_value: 'Nilai evaluasi',
  rakorda_meeting: 'Rapat Rakorda',
  rakorda_resolution: 'Rumusan Rakorda',
  rakorda_followup: 'Tindak lanjut rumusan',
  ref_option: 'Daftar pilihan',
  app_setting: 'Pengaturan aplikasi',
  office: 'Profil kantor',
} as const satisfies Record<string, string>;

export const entityLabel = (entity: string): string => (ENTITY_LABELS as Record<string, string>)[entity] ?? entity;

/** Entries per page of the audit list (the renderer counts pages with it). */
export const AUDIT_PAGE_SIZE = 50;

export type ChangeKind = 'dibuat' | 'diubah' | 'dihapus' | 'dipulihkan' | 'dihapus-permanen' | 'konflik-diselesaikan' | 'dilengkapi-dari-paket';

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  dibuat: 'Ditambahkan',
  diubah: 'Diubah',
  dihapus: 'Dipindahkan ke Sampah',
  dipulihkan: 'Dipulihkan dari Sampah',
  'dihapus-permanen': 'Dihapus permanen',
  'konflik-diselesaikan': 'Konflik diselesaikan',
  'dilengkapi-dari-paket': 'Dilengkapi dari paket kiriman',
};

export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

export interface AuditEntry {
  seq: number;
  changedAt: string;
  operator: string;
  /** "Perangkat ini" or the other PC's name when the change arrived in an exchange package. */
  device: string;
  entity: string;
  entityLabel: string;
  recordId: string;
  recordLabel: string;
  kind: ChangeKind;
  changes: FieldChange[];
}

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
  operators: string[];
  entities: { code: string; label: string }[];
}
