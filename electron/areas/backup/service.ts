import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupDatabase, backupFileName, describeBackup, ensureDir, inspectDatabaseFile, listBackupFiles, rotateBackups, type BackupInfo } from '../../../db/backup.js';
import { loadMigrations } from '../../../db/migrate.js';
import { closeDatabase, MIGRATIONS_DIR } from '../../../db/open.js';
import { openAppDatabase } from '../../app-database.js';
import { currentOperator } from '../../../db/queries/operators.js';
import { schemaVersion } from '../../../db/migrate.js';
import { DomainError } from '../../core/errors.js';
import { keepFile } from '../../core/outbox.js';
import type { StoredFile } from '../../contract/result.js';
import { checkedBackups, rememberCheck } from './checked-backups.js';
import type { AppContext } from '../../core/handler.js';

export const backupDir = (app: AppContext) => join(app.dataDir, 'cadangan');

/**
 * A verified backup into the data folder's "cadangan" folder, then rotation (see backupsToRemove).
 * It waits for an import in progress: a copy taken inside its open transaction would hold half of it.
 */
export function makeBackup(app: AppContext, reason: string): Promise<BackupInfo | null> {
  return app.writeLock.runBeside(() => backupInTurn(app, reason));
}

async function backupInTurn(app: AppContext, reason: string): Promise<BackupInfo | null> {
  if (!app.database) return null;
  const dir = ensureDir(backupDir(app));
  const info = await backupDatabase(app.database, join(dir, backupFileName(new Date(), reason)));
  if (info.ok) failures.delete(app);
  rememberCheck(dir, info);
  rotateBackups(dir);
  return info;
}

const failures = new WeakMap<AppContext, BackupFailure>();

/** An automatic backup that failed: when, why it was made, and SQLite's or the check's words. */
export interface BackupFailure {
  reason: string;
  at: string;
  detail: string;
}

const waitingBackups = new WeakMap<AppContext, Map<string, Promise<BackupInfo | null>>>();

/**
 * A backup the app makes by itself (daily, at closing, after a large change). A request made while
 * one of the same reason still waits for its turn is answered by that one: it copies the data as
 * they are when it starts, the later change included. A failure is logged and kept until a backup
 * succeeds: the Cadangan page shows it.
 */
export function automaticBackup(app: AppContext, reason: 'harian' | 'tutup' | 'perubahan-besar'): Promise<BackupInfo | null> {
  const waiting = waitingBackups.get(app) ?? new Map<string, Promise<BackupInfo | null>>();
  waitingBackups.set(app, waiting);
  const queued = waiting.get(reason);
  if (queued) return queued;
  const backup = app.writeLock
    .runBeside(() => {
      waiting.delete(reason);
      return backupInTurn(app, reason);
    })
    .then(
      (info) => {
        if (info && !info.ok) failures.set(app, { reason, at: info.createdAt, detail: 'Salinan tidak lolos pemeriksaan keutuhan.' });
        return info;
      },
      (error: unknown) => {
        console.error('Automatic backup failed', error);
        failures.set(app, { reason, at: new Date().toISOString(), detail: error instanceof Error ? error.message : String(error) });
        return null;
      },
    );
  waiting.set(reason, backup);
  return backup;
}

export const lastAutomaticBackupFailure = (app: AppContext): BackupFailure | null => failures.get(app) ?? null;

/** Once a day, at the first start of the day. */
export async function dailyBackupIfDue(app: AppContext): Promise<BackupInfo | null> {
  const today = new Date().toISOString().slice(0, 10);
  if (listBackupFiles(backupDir(app)).some((f) => f.date === today)) return null;
  return automaticBackup(app, 'harian');
}

export function listBackups(app: AppContext): BackupInfo[] {
  const dir = backupDir(app);
  const fileNames = listBackupFiles(dir).map(({ fileName }) => fileName);
  return checkedBackups(dir, fileNames, (fileName) => {
    try {
      return describeBackup(join(dir, fileName), createdAtOf(fileName));
    } catch {
      return { fileName, createdAt: createdAtOf(fileName), sizeBytes: 0, schemaVersion: 0, counts: { kampungKb: 0, poktan: 0, needs: 0 }, ok: false };
    }
  });
}

function createdAtOf(fileName: string): string {
  const match = /(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})\d{3}/.exec(fileName);
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}Z` : '';
}

/** Checks a candidate file for restoring; throws the reason it cannot be used, in Bahasa Indonesia. */
export function checkRestorable(file: string) {
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== 'SQLite format 3\0') throw new DomainError('validation', 'Berkas ini bukan cadangan Sinergi KB (bukan basis data SQLite). Tidak ada yang diubah.');
  let checked;
  try {
    checked = inspectDatabaseFile(file);
  } catch {
    throw new DomainError('validation', 'Berkas cadangan rusak dan tidak dapat dibaca. Tidak ada yang diubah.');
  }
  if (!checked.isSinergi) throw new DomainError('validation', 'Berkas ini basis data aplikasi lain, bukan cadangan Sinergi KB. Tidak ada yang diubah.');
  if (checked.integrity !== 'ok') throw new DomainError('validation', `Berkas cadangan rusak (pemeriksaan integritas: ${checked.integrity}). Tidak ada yang diubah.`);
  const latest = loadMigrations(MIGRATIONS_DIR).at(-1)!.version;
  if (checked.schemaVersion > latest) {
    throw new DomainError('validation', 'Cadangan ini dibuat oleh Sinergi KB versi yang lebih baru. Perbarui aplikasi terlebih dahulu. Tidak ada yang diubah.');
  }
  return checked;
}

/**
 * Replaces the live database with a checked backup. The current data is backed up first, so a
 * restore can itself be undone from the list of backups.
 */
export function restoreFrom(app: AppContext, source: string): Promise<BackupInfo | null> {
  return app.writeLock.runLong(() => restoreInTurn(app, source));
}

async function restoreInTurn(app: AppContext, source: string): Promise<BackupInfo | null> {
  checkRestorable(source);
  const before = await backupInTurn(app, 'sebelum-pemulihan');
  const target = app.databaseStatus.file;
  // A database that could not be opened cannot be backed up through SQLite; its bytes are kept
  // beside it as they are, for whoever examines it later.
  if (!app.database && existsSync(target)) copyFileSync(target, `${target}.rusak-${Date.now()}`);
  if (app.database) closeDatabase(app.database);
  app.database = null;
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  copyFileSync(source, target);
  const database = openAppDatabase(target);
  app.database = database;
  app.databaseStatus = { state: 'open', file: target, schemaVersion: schemaVersion(database) };
  // The operator is kept in the database (per PC): a restore after a failed start brings it back.
  app.operator ||= currentOperator(database);
  return before;
}

/** Writes uploaded bytes to a temporary file, hands its path to `use`, and removes it. */
export async function withTemporaryFile<T>(base64: string, use: (path: string) => Promise<T> | T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'sinergi-cadangan-'));
  const path = join(dir, 'cadangan.db');
  try {
    writeFileSync(path, Buffer.from(base64, 'base64'));
    return await use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh, checked backup kept for saving to a USB drive or another folder (see core/outbox.ts). */
export function backupToTakeAway(app: AppContext, fileName: string): Promise<StoredFile> {
  return app.writeLock.runBeside(() => backupToTakeAwayInTurn(app, fileName));
}

async function backupToTakeAwayInTurn(app: AppContext, fileName: string): Promise<StoredFile> {
  if (!app.database) throw new DomainError('database-unavailable', 'Basis data tidak terbuka; tidak ada yang dapat dicadangkan.');
  const dir = mkdtempSync(join(tmpdir(), 'sinergi-cadangan-'));
  try {
    const file = join(dir, 'cadangan.db');
    const info = await backupDatabase(app.database, file);
    if (!info.ok) throw new DomainError('internal', 'Cadangan yang dibuat tidak lolos pemeriksaan integritas; coba lagi.');
    return keepFile(file, fileName, 'application/vnd.sqlite3');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const backupExists = (app: AppContext, fileName: string) => /^[\w.-]+\.db$/.test(fileName) && existsSync(join(backupDir(app), fileName));
export const backupPath = (app: AppContext, fileName: string) => join(backupDir(app), fileName);
