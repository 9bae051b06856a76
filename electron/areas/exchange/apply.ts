import { newId, nowIso } from '../../../db/clock.js';
import { thisDevice, writeAsOrigin } from '../../../db/change-tracking.js';
import { schemaVersion } from '../../../db/migrate.js';
import type { Db } from '../../../db/open.js';
import { headChange, logPackage, needStepsUnseenBy, receivedPackage, rememberPartner } from '../../../db/queries/exchange.js';
import { getOffice } from '../../../db/queries/office.js';
import { refreshPoktanDerived } from '../../../db/queries/poktan.js';
import { addKnownRevisions, currentRow, knownRevisions, writeRow } from '../../../db/queries/record-revisions.js';
import { prepared } from '../../../db/statements.js';
import { formatDate } from '../../contract/format.js';
import { DomainError, fieldError } from '../../core/errors.js';
import { refreshUnitLevels } from '../kampung-kb/level-service.js';
import { refreshNeed } from '../poktan/handlers.js';
import { recomputedColumns } from '../../../db/derived-columns.js';
import { entityOrder, SYNC_TABLES } from './entities.js';
import type { Manifest, PackageRecord } from './package-file.js';

/**
 * What a received record does here:
 * - add: we do not have it; change / delete: we have an older revision of it (delete = moved to Sampah);
 * - unchanged: we already have this revision or a newer one; align: same content reached on both sides;
 * - fill: created on both PCs on their own, each filling other fields: ours takes the fields only
 *   theirs has; covered: likewise, but theirs has no field ours lacks;
 * - conflict: both PCs changed it since they last exchanged it.
 */
export type Outcome = 'add' | 'change' | 'delete' | 'unchanged' | 'align' | 'fill' | 'covered' | 'conflict';

export interface Decision {
  record: PackageRecord;
  outcome: Outcome;
}

export type OutcomeCounts = Record<'added' | 'changed' | 'deleted' | 'unchanged' | 'conflicts', number>;

/** Columns that differ only because a write happened, not because the data differs. */
const BOOKKEEPING = new Set(['created_at', 'updated_at']);

/** The columns where two versions of a record really differ (not bookkeeping, not recomputed). */
export function differingColumns(entity: string, mine: Record<string, unknown>, theirs: Record<string, unknown>): string[] {
  const recomputed = recomputedColumns(entity);
  return Object.keys(theirs).filter((column) => !BOOKKEEPING.has(column) && !recomputed.includes(column) && column in mine && mine[column] !== theirs[column]);
}

const isBlank = (value: unknown) => value === null || value === undefined || value === '';

/**
 * The two versions of a record to compare. A record both PCs created on their own (one Rakorda
 * cell: the kabupaten entered the target, a kecamatan the realisasi) shares no revision: a field
 * empty on one side was never filled there, so it takes the other side's value. With a revision
 * in common, the versions are compared as they are: an emptied field may have been cleared on purpose.
 */
export function comparedVersions(known: ReadonlySet<string>, theirRevs: readonly string[], mine: Record<string, unknown>, theirs: Record<string, unknown>) {
  if (theirRevs.some((rev) => known.has(rev))) return { mine, theirs };
  const filled = (row: Record<string, unknown>, from: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([column, value]) => [column, isBlank(value) && column in from ? from[column] : value]));
  return { mine: filled(mine, theirs), theirs: filled(theirs, mine) };
}

export function decide(db: Db, record: PackageRecord, sourceDeviceId: string): Outcome {
  const mine = currentRow(db, record.entity, record.id);
  if (!mine) return 'add';
  // Read once: the versions are compared against the same revisions below.
  const known = new Set(knownRevisions(db, record.entity, record.id));
  if (known.has(record.rev)) return 'unchanged';
  const head = headChange(db, record.entity, record.id);
  if (head && record.revs.includes(head.rev)) {
    if (record.row.deleted_at == null || mine.deleted_at != null) return 'change';
    // A need deleted there before a delivery recorded here reached it: the user decides, nothing is lost unseen.
    return record.entity === 'facility_need' && needStepsUnseenBy(db, record.id, sourceDeviceId) ? 'conflict' : 'delete';
  }
  if (differingColumns(record.entity, mine, record.row).length === 0) return 'align';
  const compared = comparedVersions(known, record.revs, mine, record.row);
  if (differingColumns(record.entity, compared.mine, compared.theirs).length > 0) return 'conflict';
  return differingColumns(record.entity, mine, compared.mine).length > 0 ? 'fill' : 'covered';
}

/** Refuses a package this database must not take: another kabupaten, or a newer schema. */
export function checkPackage(db: Db, manifest: Manifest, records: PackageRecord[]): void {
  const office = getOffice(db);
  if (!office) throw new DomainError('conflict', 'Lengkapi pengaturan kantor lebih dulu.');
  if (manifest.source.regencyCode !== office.regencyCode) {
    throw fieldError({ file: `Paket ini berisi data ${manifest.source.regencyName}, sedangkan aplikasi ini untuk ${office.regencyName}.` });
  }
  if (manifest.schemaVersion > schemaVersion(db)) {
    throw fieldError({ file: `Paket ini dibuat oleh Sinergi KB versi yang lebih baru (${manifest.appVersion}). Perbarui aplikasi di komputer ini lebih dulu; tidak ada yang diubah.` });
  }
  // Entity names reach SQL as table names: only the exchanged tables are accepted.
  if (records.some((record) => !SYNC_TABLES.has(record.entity) || record.row.id !== record.id)) throw fieldError({ file: 'Paket ini berisi jenis data yang tidak dikenal aplikasi ini. Perbarui Sinergi KB lebih dulu.' });
}

export function decideAll(db: Db, manifest: Manifest, records: PackageRecord[]): Decision[] {
  return [...records].sort((a, b) => entityOrder(a.entity) - entityOrder(b.entity)).map((record) => ({ record, outcome: decide(db, record, manifest.source.deviceId) }));
}

/** What the user is told becomes of a record: one that arrives already deleted goes straight to the Sampah. */
export function shownOutcome({ record, outcome }: Decision): Outcome {
  return outcome === 'add' && record.row.deleted_at != null ? 'delete' : outcome;
}

export function countOutcomes(decisions: Decision[]): OutcomeCounts {
  const counts: OutcomeCounts = { added: 0, changed: 0, deleted: 0, unchanged: 0, conflicts: 0 };
  const key: Record<Outcome, keyof OutcomeCounts> = { add: 'added', change: 'changed', delete: 'deleted', unchanged: 'unchanged', align: 'unchanged', fill: 'changed', covered: 'unchanged', conflict: 'conflicts' };
  for (const decision of decisions) counts[key[shownOutcome(decision)]] += 1;
  return counts;
}

function recordConflict(db: Db, packageId: string, record: PackageRecord, reason: 'edited' | 'duplicate'): void {
  // A newer revision of a record already waiting supersedes the older one: one decision per record.
  const pending = prepared(db, `SELECT id, their_rev AS rev FROM exchange_conflict WHERE entity = ? AND record_id = ? AND resolved_at IS NULL`).all(record.entity, record.id) as {
    id: string;
    rev: string;
  }[];
  for (const older of pending) {
    if (record.revs.includes(older.rev) && older.rev !== record.rev) {
      prepared(db, `UPDATE exchange_conflict SET resolved_at = ?, resolution = 'superseded' WHERE id = ?`).run(nowIso(), older.id);
    }
  }
  prepared(
    db,
    `INSERT OR IGNORE INTO exchange_conflict (id, package_id, entity, record_id, theirs, their_rev, their_revs, their_device_id, their_operator, reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(), packageId, record.entity, record.id, JSON.stringify(record.row), record.rev, JSON.stringify(record.revs), record.deviceId, record.operator, reason, nowIso());
}

/**
 * Recomputes what this PC derives from the records that arrived (needs' status from their events,
 * Kampung KB levels from periods and activities, a group's place in the register and its open
 * needs), so the stored figures follow the combined data.
 */
export function refreshDerived(db: Db, written: readonly Pick<PackageRecord, 'entity' | 'id' | 'row'>[]): void {
  const needs = new Set<string>();
  const units = new Set<string>();
  const groups = new Set<string>();
  for (const record of written) {
    if (record.entity === 'poktan') groups.add(record.id);
    if (record.entity === 'facility_need') needs.add(record.id);
    if (record.entity === 'facility_need_event') needs.add(record.row.need_id as string);
    if (record.entity === 'kampung_kb_snapshot' || record.entity === 'kampung_kb_activity') units.add(record.row.kampung_kb_id as string);
  }
  for (const need of needs) refreshNeed(db, need);
  for (const unit of units) refreshUnitLevels(db, unit);
  // After the needs: their status decides which are open.
  for (const group of groups) refreshPoktanDerived(db, group);
}

function fillGaps(db: Db, record: PackageRecord): void {
  const mine = currentRow(db, record.entity, record.id)!;
  const filled = comparedVersions(new Set(knownRevisions(db, record.entity, record.id)), record.revs, mine, record.row).mine;
  writeRow(db, record.entity, { ...filled, updated_at: nowIso() });
}

/** "Terima Data": applies a checked package inside the caller's transaction. */
export function applyPackage(db: Db, manifest: Manifest, records: PackageRecord[], operator: string): OutcomeCounts {
  const earlier = receivedPackage(db, manifest.packageId);
  if (earlier) {
    throw new DomainError('conflict', `Paket ini sudah diterima pada ${formatDate(earlier.handledAt.slice(0, 10))} oleh ${earlier.operator || 'operator tanpa nama'}; tidak ada yang diubah.`);
  }
  checkPackage(db, manifest, records);
  // Records arrive parents first, but a kecamatan package may hold a child whose parent came earlier.
  db.pragma('defer_foreign_keys = ON');
  const decisions = decideAll(db, manifest, records);
  for (const decision of decisions) {
    const { record } = decision;
    if (decision.outcome === 'unchanged') continue;
    if (decision.outcome === 'conflict') {
      recordConflict(db, manifest.packageId, record, 'edited');
      continue;
    }
    if (decision.outcome === 'fill' || decision.outcome === 'covered') {
      // Ours completed with theirs is a new revision here (fill) that descends from both, which the
      // other PC then takes as an ordinary newer version; covered: ours already holds all of theirs,
      // and their revisions are remembered either way.
      if (decision.outcome === 'fill') fillGaps(db, record);
      addKnownRevisions(db, record.entity, record.id, record.revs);
      continue;
    }
    try {
      // A savepoint per record: a unique-key clash undoes this record only and becomes a conflict.
      db.transaction(() => {
        writeAsOrigin(db, record, () => writeRow(db, record.entity, record.row));
        addKnownRevisions(db, record.entity, record.id, record.revs);
      })();
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
      decision.outcome = 'conflict';
      recordConflict(db, manifest.packageId, record, 'duplicate');
    }
  }
  refreshDerived(db, decisions.filter((decision) => !['unchanged', 'covered', 'conflict'].includes(decision.outcome)).map((decision) => decision.record));
  const counts = countOutcomes(decisions);
  // This PC's own package (applied on purpose, after restoring an older backup) does not make it a partner of itself.
  if (manifest.source.deviceId !== thisDevice(db).id) rememberPartner(db, manifest.source.deviceId, manifest.source.name);
  logPackage(db, {
    id: manifest.packageId,
    direction: 'terima',
    partnerDeviceId: manifest.source.deviceId,
    partnerName: manifest.source.name,
    kecamatanCode: manifest.scope.kecamatanCode,
    whole: manifest.scope.whole,
    records: records.length,
    ...counts,
    operator,
  });
  return counts;
}
