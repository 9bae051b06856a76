// The audit trail as the renderer shows it: one entry per written record.

export type ChangeKind = 'dibuat' | 'diubah' | 'dihapus' | 'dipulihkan' | 'dihapus-permanen';

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  dibuat: 'Ditambahkan',
  diubah: 'Diubah',
  dihapus: 'Dipindahkan ke Sampah',
  dipulihkan: 'Dipulihkan dari Sampah',
  'dihapus-permanen': 'Dihapus permanen',
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
