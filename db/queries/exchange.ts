import { nowIso } from '../clock.js';
import type { Db } from '../open.js';
import { prepared, runNamed } from '../statements.js';

export interface Partner {
  deviceId: string;
  name: string;
  sentThroughSeq: number;
}

export interface PackageLogRow {
  id: string;
  direction: 'kirim' | 'terima';
  partnerName: string;
  kecamatanCode: string | null;
  whole: boolean;
  records: number;
  added: number;
  changed: number;
  deleted: number;
  unchanged: number;
  conflicts: number;
  operator: string;
  handledAt: string;
}

export function listPartners(db: Db): Partner[] {
  return prepared(db, `SELECT device_id AS deviceId, name, sent_through_seq AS sentThroughSeq FROM exchange_partner ORDER BY name`).all() as Partner[];
}

export function getPartner(db: Db, deviceId: string): Partner | null {
  return (prepared(db, `SELECT device_id AS deviceId, name, sent_through_seq AS sentThroughSeq FROM exchange_partner WHERE device_id = ?`).get(deviceId) as Partner | undefined) ?? null;
}

/** Remembers a PC (by the name it gave itself last), without moving what was sent to it. */
export function rememberPartner(db: Db, deviceId: string, name: string): void {
  const now = nowIso();
  prepared(
    db,
    `INSERT INTO exchange_partner (device_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (device_id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at`,
  ).run(deviceId, name, now, now);
}

export function markSent(db: Db, deviceId: string, throughSeq: number): void {
  prepared(db, `UPDATE exchange_partner SET sent_through_seq = max(sent_through_seq, ?), updated_at = ? WHERE device_id = ?`).run(throughSeq, nowIso(), deviceId);
}

export function logPackage(db: Db, entry: Omit<PackageLogRow, 'handledAt'> & { partnerDeviceId: string | null }): void {
  runNamed(
    db,
    `INSERT INTO exchange_package (id, direction, partner_device_id, partner_name, kecamatan_code, whole, records, added, changed, deleted, unchanged, conflicts, operator, handled_at)
     VALUES (@id, @direction, @partnerDeviceId, @partnerName, @kecamatanCode, @whole, @records, @added, @changed, @deleted, @unchanged, @conflicts, @operator, @handledAt)`,
    { handledAt: nowIso() },
    entry,
  );
}

export function receivedPackage(db: Db, id: string): PackageLogRow | null {
  const row = prepared(db, `SELECT handled_at AS handledAt, operator FROM exchange_package WHERE id = ? AND direction = 'terima'`).get(id);
  return (row as PackageLogRow | undefined) ?? null;
}

/** The package log, newest first; a package limited to one kecamatan carries its name. */
export function listPackages(db: Db, limit = 100): (PackageLogRow & { kecamatanName: string | null })[] {
  return (
    prepared(
      db,
      `SELECT p.id, p.direction, p.partner_name AS partnerName, p.kecamatan_code AS kecamatanCode, k.name AS kecamatanName, p.whole, p.records,
              p.added, p.changed, p.deleted, p.unchanged, p.conflicts, p.operator, p.handled_at AS handledAt
       FROM exchange_package p LEFT JOIN place k ON k.code = p.kecamatan_code
       ORDER BY p.handled_at DESC LIMIT ?`,
    ).all(limit) as (Omit<PackageLogRow, 'whole'> & { whole: number; kecamatanName: string | null })[]
  ).map((row) => ({ ...row, whole: row.whole === 1 }));
}

export function lastChangeSeq(db: Db): number {
  return prepared(db, `SELECT coalesce(max(seq), 0) FROM change_log`).pluck().get() as number;
}

/** The latest change of a record: its revision, and the PC and operator that made it. */
export function headChange(db: Db, entity: string, recordId: string): { rev: string; deviceId: string; operator: string } | null {
  return (
    (prepared(db, `SELECT rev, device_id AS deviceId, operator FROM change_log WHERE entity = ? AND record_id = ? ORDER BY seq DESC LIMIT 1`).get(entity, recordId) as
      | { rev: string; deviceId: string; operator: string }
      | undefined) ?? null
  );
}

/**
 * Whether a need's steps changed here after the last package to a PC, by anyone but that PC: a
 * delivery it has not seen. (A step changes only the need's derived columns, which are not a change
 * of the need's own revision.)
 */
export function needStepsUnseenBy(db: Db, needId: string, partnerDeviceId: string): boolean {
  const sentThrough = getPartner(db, partnerDeviceId)?.sentThroughSeq ?? 0;
  return (
    prepared(
      db,
      `SELECT 1 FROM facility_need_event e JOIN change_log c ON c.entity = 'facility_need_event' AND c.record_id = e.id
        WHERE e.need_id = ? AND c.seq > ? AND c.device_id <> ? LIMIT 1`,
    ).get(needId, sentThrough, partnerDeviceId) !== undefined
  );
}
