import { z } from 'zod';
import { nameThisDevice, thisDevice } from '../../../db/change-tracking.js';
import { listPackages, listPartners, receivedPackage } from '../../../db/queries/exchange.js';
import { entityLabel } from '../../contract/audit.js';
import { packageContents } from '../../contract/exchange.js';
import { localIsoDate } from '../../contract/format.js';
import { DomainError } from '../../core/errors.js';
import { noInput, recordId, requiredText } from '../../core/fields.js';
import { loadThenWrite, read, write, type HandlerContext } from '../../core/handler.js';
import { ChangeDescriber } from '../audit/describe.js';
import { deviceNames } from '../audit/handlers.js';
import { applyPackage, checkPackage, countOutcomes, decideAll, shownOutcome } from './apply.js';
import { countOpenConflicts, listOpenConflicts, resolveConflict } from './conflicts.js';
import { buildPackage } from './export.js';
import { decodePackage } from './package-file.js';

const packageFile = z.strictObject({ base64: z.string().min(1, { error: 'Pilih berkas paket (.skb).' }).max(1_500_000_000) });

const decode = (base64: string) => decodePackage(Buffer.from(base64, 'base64'));

const describer = (ctx: HandlerContext) => new ChangeDescriber(ctx.db, deviceNames(ctx));

/** A foreign key that fails at commit means the package refers to records neither side has. */
function explainApplyFailure(error: unknown): never {
  if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    throw new DomainError('conflict', 'Paket ini merujuk ke data yang tidak ada di komputer ini (misalnya poktan dari kecamatan lain). Minta paket "Semua data" dari pengirim; tidak ada yang diubah.');
  }
  throw error;
}

export const exchangeHandlers = {
  'exchange-overview': read(noInput, (ctx) => ({
    device: thisDevice(ctx.db),
    partners: listPartners(ctx.db).map(({ deviceId, name }) => ({ deviceId, name })),
    packages: listPackages(ctx.db),
    openConflicts: countOpenConflicts(ctx.db),
  })),

  'exchange-device-save': write(z.strictObject({ name: requiredText(80) }), (ctx, { name }) => {
    nameThisDevice(ctx.db, name);
    return thisDevice(ctx.db);
  }),

  /** "Kirim Data": a compressed package of the changes since the last one to this partner, or of everything. */
  'exchange-export': write(
    z.strictObject({ partnerDeviceId: z.string().max(64).nullable().default(null), kecamatanCode: z.string().max(20).nullable().default(null) }),
    (ctx, request) => {
      const built = buildPackage(ctx.db, request, { appVersion: ctx.app.appVersion, operator: ctx.app.operator, localDate: localIsoDate() });
      return { fileName: built.fileName, mimeType: 'application/gzip', base64: built.bytes.toString('base64'), records: built.records, contents: packageContents(built.counts, built.deleted) };
    },
  ),

  /** What a package would add, change and delete here, and what conflicts; writes nothing. */
  'exchange-preview': read(packageFile, (ctx, { base64 }) => {
    const { manifest, records } = decode(base64);
    checkPackage(ctx.db, manifest, records);
    const decisions = decideAll(ctx.db, manifest, records);
    const names = describer(ctx);
    for (const record of records) names.remember(record.entity, record.row);
    return {
      source: manifest.source.name,
      createdAt: manifest.createdAt,
      createdBy: manifest.createdBy,
      whole: manifest.scope.whole,
      kecamatanName: manifest.scope.kecamatanName,
      counts: countOutcomes(decisions),
      records: records.length,
      alreadyReceived: receivedPackage(ctx.db, manifest.packageId) !== null,
      // Usually a mistake (the file meant for another PC); on purpose, it brings back what was
      // sent after the backup this PC was restored from.
      fromThisPc: manifest.source.deviceId === thisDevice(ctx.db).id,
      // The changes a person would check before applying (unchanged records are left out).
      changes: decisions
        .filter((decision) => !['unchanged', 'align', 'covered'].includes(decision.outcome))
        .slice(0, 200)
        .map((decision) => ({ entityLabel: entityLabel(decision.record.entity), recordLabel: names.recordLabel(decision.record.entity, decision.record.row), outcome: shownOutcome(decision) })),
    };
  }),

  /** "Terima Data": all records in one transaction; conflicts are kept for a person to decide. */
  'exchange-apply': loadThenWrite(
    packageFile,
    async (_ctx, { base64 }) => decode(base64),
    (ctx, _input, { manifest, records }) => {
      try {
        return applyPackage(ctx.db, manifest, records, ctx.app.operator);
      } catch (error) {
        return explainApplyFailure(error);
      }
    },
  ),

  'exchange-conflicts': read(noInput, (ctx) => listOpenConflicts(ctx.db, describer(ctx))),

  'exchange-resolve': write(
    z.strictObject({ id: recordId(), choice: z.enum(['mine', 'theirs', 'fields']), takeTheirs: z.array(z.string().max(60)).max(200).default([]) }),
    (ctx, { id, choice, takeTheirs }) => {
      resolveConflict(ctx.db, id, choice, takeTheirs, ctx.app.operator);
      return { id, choice };
    },
  ),
};
