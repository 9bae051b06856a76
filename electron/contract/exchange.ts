// Exchange between PCs as the renderer shows it.

import { ENTITY_LABELS } from './audit.js';
import { formatNumber } from './format.js';

/**
 * What a package holds, by kind of record in the app's order, a record deleted here counted apart
 * (it goes to the other PC's Sampah): "Kampung KB 1, Poktan 5 dan 1 penghapusan, Daftar pilihan 120".
 */
export function packageContents(counts: Record<string, number>, deleted: Record<string, number>): string {
  return Object.entries(ENTITY_LABELS)
    .map(([entity, label]) => {
      const gone = deleted[entity] ?? 0;
      const kept = (counts[entity] ?? 0) - gone;
      const deletions = `${formatNumber(gone)} penghapusan`;
      return kept > 0 ? `${label} ${formatNumber(kept)}${gone > 0 ? ` dan ${deletions}` : ''}` : gone > 0 ? `${label}: ${deletions}` : '';
    })
    .filter((part) => part !== '')
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
