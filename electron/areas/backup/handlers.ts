import Database from 'better-sqlite3';
import { z } from 'zod';
import { countRecords } from '../../../db/backup.js';
import { getOffice } from '../../../db/queries/office.js';
import { localIsoDate } from '../../contract/format.js';
import { DomainError } from '../../core/errors.js';
import { noInput } from '../../core/fields.js';
import { read } from '../../core/handler.js';
import { salvageExportFile } from '../excel/database-workbook.js';
import { backupDir, backupToTakeAway, backupExists, backupPath, checkRestorable, lastAutomaticBackupFailure, listBackups, makeBackup, restoreFrom, withTemporaryFile } from './service.js';

// Not `write` handlers: these copy or replace the whole database file outside a transaction.

const source = z.union([
  z.strictObject({ fileName: z.string().min(1).max(200) }),
  z.strictObject({ base64: z.string().min(1, { error: 'Pilih berkas cadangan.' }).max(1_500_000_000) }),
]);

function withSource<T>(ctx: { app: Parameters<typeof backupDir>[0] }, input: z.output<typeof source>, use: (path: string) => Promise<T> | T): Promise<T> {
  if ('fileName' in input) {
    if (!backupExists(ctx.app, input.fileName)) throw new DomainError('not-found', 'Berkas cadangan tidak ditemukan.');
    return Promise.resolve(use(backupPath(ctx.app, input.fileName)));
  }
  return withTemporaryFile(input.base64, use);
}

/** Opens the database that failed to open, read-only, or says in Indonesian why it cannot. */
function openForReading(file: string): Database.Database {
  try {
    return new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new DomainError('conflict', 'Berkas basis data tidak dapat dibuka sama sekali, juga untuk dibaca saja. Pulihkan dari cadangan.');
  }
}

export const backupHandlers = {
  /**
   * From the recovery screen: whatever SQLite can still read of the database that would not open,
   * as a workbook with one sheet per table and a sheet saying which tables are complete.
   */
  'recovery-export': read(noInput, async (ctx) => {
    const status = ctx.app.databaseStatus;
    if (status.state !== 'failed') throw new DomainError('conflict', 'Basis data terbuka dengan baik; gunakan "Arsip seluruh data" di halaman Impor/Ekspor.');
    const db = openForReading(status.file);
    try {
      const { file, tables } = await salvageExportFile(db, `Data terbaca Sinergi KB ${localIsoDate()}.xlsx`);
      return { ...file, complete: tables.filter((table) => !table.error).length, partial: tables.filter((table) => table.error).length };
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new DomainError('conflict', 'Tidak ada data yang dapat dibaca dari berkas ini: daftar tabelnya pun rusak. Pulihkan dari cadangan.');
    } finally {
      db.close();
    }
  }),

  /** Works even when the database could not be opened, so the recovery screen can offer backups. */
  'backup-list': read(noInput, (ctx) => ({ dir: backupDir(ctx.app), backups: listBackups(ctx.app), lastFailure: lastAutomaticBackupFailure(ctx.app) })),

  'backup-create': read(noInput, async (ctx) => {
    const info = await makeBackup(ctx.app, 'manual');
    if (!info) throw new DomainError('database-unavailable', 'Basis data tidak terbuka; tidak ada yang dapat dicadangkan.');
    return info;
  }),

  /** "Simpan Cadangan": a verified copy to save to a USB drive or another folder. */
  'backup-download': read(noInput, async (ctx) => {
    const office = getOffice(ctx.db);
    const regency = office ? ` ${office.regencyName}` : '';
    return backupToTakeAway(ctx.app, `Cadangan Sinergi KB${regency} ${localIsoDate()}.db`);
  }),

  /** What a backup holds and how it differs in counts from the current data; changes nothing. */
  'backup-inspect': read(source, (ctx, input) =>
    withSource(ctx, input, (path) => {
      const checked = checkRestorable(path);
      const current = ctx.app.database ? countRecords(ctx.app.database) : null;
      return { schemaVersion: checked.schemaVersion, counts: checked.counts, current };
    }),
  ),

  'backup-restore': read(source, (ctx, input) =>
    withSource(ctx, input, async (path) => {
      const before = await restoreFrom(ctx.app, path);
      return { restored: true, safetyBackup: before?.fileName ?? null };
    }),
  ),
};
