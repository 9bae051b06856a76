// Exchange between PCs as the renderer shows it.

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
