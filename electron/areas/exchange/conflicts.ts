import { nowIso } from '../../../db/clock.js';
import type { Db } from '../../../db/open.js';
import { addKnownRevisions, currentRow, knownRevisions, writeRow } from '../../../db/queries/record-revisions.js';
import { prepared } from '../../../db/statements.js';
import { entityLabel } from '../../contract/audit.js';
import type { ConflictChoice, ConflictView } from '../../contract/exchange.js';
import { DomainError } from '../../core/errors.js';
import type { ChangeDescriber } from '../audit/describe.js';
import { fieldLabel, HIDDEN_FIELDS } from '../audit/labels.js';
import { comparedVersions, differingColumns, refreshDerived } from './apply.js';

interface ConflictRow {
  id: string;
  entity: string;
  recordId: string;
  theirs: string;
  theirRevs: string;
  theirOperator: string;
  partnerName: string | null;
  reason: 'edited' | 'duplicate';
  createdAt: string;
}

const SELECT = `SELECT c.id, c.entity, c.record_id AS recordId, c.theirs, c.their_revs AS theirRevs, c.their_operator AS theirOperator,
  p.name AS partnerName, c.reason, c.created_at AS createdAt
  FROM exchange_conflict c LEFT JOIN exchange_partner p ON p.device_id = c.their_device_id`;


export function countOpenConflicts(db: Db): number {
  return prepared(db, `SELECT count(*) FROM exchange_conflict WHERE resolved_at IS NULL`).pluck().get() as number;
}

/** Open conflicts, each with the fields that differ, side by side. */
export function listOpenConflicts(db: Db, describer: ChangeDescriber): ConflictView[] {
  const rows = prepared(db, `${SELECT} WHERE c.resolved_at IS NULL ORDER BY c.created_at, c.entity`).all() as ConflictRow[];
  return rows.map((row) => {
    const versions = versionsOf(db, row);
    const mine = versions.mine ?? {};
    const theirs = versions.theirs;
    return {
      id: row.id,
      entityLabel: entityLabel(row.entity),
      recordLabel: describer.recordLabel(row.entity, mine.id ? mine : theirs),
      partnerName: row.partnerName ?? 'perangkat lain',
      theirOperator: row.theirOperator,
      reason: row.reason,
      receivedAt: row.createdAt,
      fields: differingColumns(row.entity, mine, theirs).filter((column) => !HIDDEN_FIELDS.has(column)).map((column) => ({
        column,
        label: fieldLabel(column),
        mine: describer.value(column, mine[column] ?? null),
        theirs: describer.value(column, theirs[column] ?? null),
      })),
    };
  });
}

/** Both versions as compared (see comparedVersions): fields only one PC filled are not part of the conflict. */
function versionsOf(db: Db, row: ConflictRow) {
  const theirs = JSON.parse(row.theirs) as Record<string, unknown>;
  const mine = currentRow(db, row.entity, row.recordId);
  return mine ? comparedVersions(new Set(knownRevisions(db, row.entity, row.recordId)), JSON.parse(row.theirRevs) as string[], mine, theirs) : { mine: null, theirs };
}

/**
 * Settles a conflict with a new revision here that descends from both sides, so the other PC
 * takes it as an ordinary newer version when it receives our next package.
 */
export function resolveConflict(db: Db, id: string, choice: ConflictChoice, takeTheirs: readonly string[], operator: string): void {
  const row = prepared(db, `${SELECT} WHERE c.id = ? AND c.resolved_at IS NULL`).get(id) as ConflictRow | undefined;
  if (!row) throw new DomainError('not-found', 'Konflik ini sudah diselesaikan.');
  const { mine, theirs } = versionsOf(db, row);
  const columns = choice === 'theirs' ? Object.keys(theirs) : choice === 'fields' ? takeTheirs.filter((column) => column in theirs) : [];
  if (choice === 'fields' && columns.length === 0) throw new DomainError('validation', 'Pilih paling sedikit satu kolom yang diambil dari data kiriman, atau pilih "Pertahankan data saya".');
  const merged = { ...(mine ?? theirs), ...Object.fromEntries(columns.map((column) => [column, theirs[column]])), updated_at: nowIso() };
  try {
    writeRow(db, row.entity, merged);
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
    throw new DomainError('conflict', 'Data kiriman ini sama kuncinya dengan data lain di komputer ini (misalnya nomor rumusan atau periode yang sama). Ubah data yang ada lebih dulu, atau pertahankan data Anda.');
  }
  refreshDerived(db, [{ entity: row.entity, id: row.recordId, row: merged }]);
  addKnownRevisions(db, row.entity, row.recordId, JSON.parse(row.theirRevs) as string[]);
  prepared(db, `UPDATE exchange_conflict SET resolved_at = ?, resolution = ?, resolved_by = ? WHERE id = ?`).run(nowIso(), choice, operator, id);
}
