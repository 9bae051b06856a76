// Exchange between PCs as the renderer shows it.

import { ENTITY_LABELS } from './audit.js';
import { formatNumber } from './format.js';

/** What a package holds, by kind of record in the app's order: "Kampung KB 1, Poktan 5, Daftar pilihan 120". */
export function packageContents(counts: Record<string, number>): string {
  return Object.entries(ENTITY_LABELS)
    .filter(([entity]) => (counts[entity] ?? 0) > 0)
    .map(([entity, label]) => `${label} ${formatNumber(counts[entity]!)}`)
    .join(', ');
}

export interface ConflictField {
  column: string;
  label: string;
  mine: string;
  theirs: string;
}

export interface ConflictView {
  id: string;
  entityLabel: string;
  recordLabel: string;
  partnerName: string;
  theirOperator: string;
  /** 'edited': both PCs changed it; 'duplicate': theirs has the key of another record here. */
  reason: 'edited' | 'duplicate';
  receivedAt: string;
  fields: ConflictField[];
}

export type ConflictChoice = 'mine' | 'theirs' | 'fields';
