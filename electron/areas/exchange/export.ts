import { createHash } from 'node:crypto';
import { withoutDerived } from '../../../db/derived-columns.js';
import { newId, nowIso } from '../../../db/clock.js';
import { thisDevice } from '../../../db/change-tracking.js';
import { schemaVersion } from '../../../db/migrate.js';
import type { Db } from '../../../db/open.js';
import { BASELINE_ACTION } from '../../../db/queries/change-log.js';
import { getPartner, headChange, lastChangeSeq, logPackage, markSent } from '../../../db/queries/exchange.js';
import { getOffice } from '../../../db/queries/office.js';
import { knownRevisions } from '../../../db/queries/record-revisions.js';
import { prepared } from '../../../db/statements.js';
import { DomainError, fieldError } from '../../core/errors.js';
import { SYNC_ENTITIES } from './entities.js';
import { encodePackage, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type PackageRecord } from './package-file.js';

export interface ExportRequest {
  /** Changes since the last package to this PC; null: everything (a new PC, or a resend). */
  partnerDeviceId: string | null;
  kecamatanCode: string | null;
}

export interface BuiltPackage {
  bytes: Buffer;
  fileName: string;
  records: number;
  /** Records by table. */
  counts: Record<string, number>;
  /** Of them, the records deleted (soft) here, by table. */
  deleted: Record<string, number>;
}

/**
 * Records written before change logging began have no revision yet. They get one derived from
 * their content, so two PCs holding the same copy of a record give it the same revision.
 */
function giveRevisionsToUnloggedRecords(db: Db, table: string, deviceId: string): void {
  const unlogged = (db.prepare(`SELECT r.* FROM "${table}" r WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.entity = ? AND c.record_id = r.id)`).all(table) as Record<string, unknown>[]).map(
    (row) => withoutDerived(table, row),
  );
  const log = prepared(
    db,
    `INSERT INTO change_log (rev, entity, record_id, op, before, after, changed_at, device_id, operator, action, action_id)
     VALUES (?, ?, ?, 'update', NULL, ?, ?, ?, '', '${BASELINE_ACTION}', ?)`,
  );
  const actionId = newId();
  for (const row of unlogged) {
    const json = JSON.stringify(row);
    const rev = `base-${createHash('sha256').update(`${table}|${json}`).digest('hex').slice(0, 24)}`;
    log.run(rev, table, row.id, json, nowIso(), deviceId, actionId);
  }
}

function collectRecords(db: Db, sinceSeq: number, kecamatanCode: string | null, partnerDeviceId: string | null): PackageRecord[] {
  const records: PackageRecord[] = [];
  for (const { table, kecamatanScope } of SYNC_ENTITIES) {
    if (kecamatanCode && kecamatanScope === null) continue;
    const conditions = [
      ...(sinceSeq > 0 ? [`r.id IN (SELECT record_id FROM change_log WHERE entity = @table AND seq > @sinceSeq)`] : []),
      ...(kecamatanCode ? [kecamatanScope!] : []),
    ];
    const rows = (
      db
        .prepare(`SELECT r.* FROM "${table}" r ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`)
        .all({ ...(sinceSeq > 0 ? { table, sinceSeq } : {}), ...(kecamatanCode ? { kecamatan: kecamatanCode } : {}) }) as Record<string, unknown>[]
    ).map((row) => withoutDerived(table, row));
    for (const row of rows) {
      const id = row.id as string;
      const head = headChange(db, table, id)!;
      // The partner made this revision itself: it has it already.
      if (head.deviceId === partnerDeviceId) continue;
      records.push({ entity: table, id, rev: head.rev, revs: knownRevisions(db, table, id), row, deviceId: head.deviceId, operator: head.operator });
    }
  }
  return records;
}

/** "Kirim Data": builds the package and remembers how far this partner has been sent. */
export function buildPackage(db: Db, request: ExportRequest, meta: { appVersion: string; operator: string; localDate: string }): BuiltPackage {
  const device = thisDevice(db);
  if (!device.name) throw fieldError({ deviceName: 'Beri nama perangkat ini lebih dulu (misalnya nama UPT KB kecamatan yang memakainya), supaya penerima tahu asal datanya.' });
  const office = getOffice(db);
  if (!office) throw new DomainError('conflict', 'Lengkapi pengaturan kantor lebih dulu.');
  const partner = request.partnerDeviceId ? getPartner(db, request.partnerDeviceId) : null;
  if (request.partnerDeviceId && !partner) throw fieldError({ partnerDeviceId: 'Perangkat tujuan tidak dikenal.' });
  const kecamatanName = request.kecamatanCode
    ? ((prepared(db, `SELECT name FROM place WHERE code = ? AND level = 'kecamatan'`).pluck().get(request.kecamatanCode) as string | undefined) ?? null)
    : null;
  if (request.kecamatanCode && !kecamatanName) throw fieldError({ kecamatanCode: 'Kecamatan tidak dikenal di kabupaten ini.' });

  for (const { table } of SYNC_ENTITIES) giveRevisionsToUnloggedRecords(db, table, device.id);
  const throughSeq = lastChangeSeq(db);
  const records = collectRecords(db, partner?.sentThroughSeq ?? 0, request.kecamatanCode, partner?.deviceId ?? null);
  // Nothing new for a PC that has had our packages: an empty file would be carried there for
  // nothing. A first package, even empty, introduces this PC to the other as a partner.
  if (records.length === 0 && partner && partner.sentThroughSeq > 0) {
    throw new DomainError('conflict', `Tidak ada data${kecamatanName ? ` Kecamatan ${kecamatanName}` : ''} yang berubah sejak paket terakhir ke ${partner.name}; paket tidak dibuat.`);
  }
  const counts: Record<string, number> = {};
  const deleted: Record<string, number> = {};
  for (const record of records) {
    counts[record.entity] = (counts[record.entity] ?? 0) + 1;
    if (record.row.deleted_at != null) deleted[record.entity] = (deleted[record.entity] ?? 0) + 1;
  }
  const packageId = newId();
  const bytes = encodePackage(
    {
      format: PACKAGE_FORMAT,
      formatVersion: PACKAGE_FORMAT_VERSION,
      packageId,
      appVersion: meta.appVersion,
      schemaVersion: schemaVersion(db),
      source: { deviceId: device.id, name: device.name, regencyCode: office.regencyCode, regencyName: office.regencyName },
      createdAt: nowIso(),
      createdBy: meta.operator,
      scope: { whole: !partner, kecamatanCode: request.kecamatanCode, kecamatanName, partnerName: partner?.name ?? null },
      counts,
    },
    records,
  );
  if (partner) markSent(db, partner.deviceId, throughSeq);
  logPackage(db, {
    id: packageId,
    direction: 'kirim',
    partnerDeviceId: partner?.deviceId ?? null,
    partnerName: partner?.name ?? '',
    kecamatanCode: request.kecamatanCode,
    whole: !partner,
    records: records.length,
    added: 0,
    changed: 0,
    deleted: 0,
    unchanged: 0,
    conflicts: 0,
    operator: meta.operator,
  });
  const fileName = `Paket Sinergi KB ${device.name}${kecamatanName ? ` ${kecamatanName}` : ''} ${meta.localDate}.skb`.replace(/[\\/:*?"<>|]/g, '-');
  return { bytes, fileName, records: records.length, counts, deleted };
}
