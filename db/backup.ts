import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { workerClient } from '../electron/core/worker-client.js';
import type { Db } from './open.js';
import { EARLY_SYNC_BYTES, growthSyncer } from './sync-file.js';

// Backups are made with SQLite's online backup API (a file copy would miss what is still in the
// -wal file) and verified by opening the copy and running integrity_check on it.

export interface BackupInfo {
  fileName: string;
  createdAt: string;
  sizeBytes: number;
  schemaVersion: number;
  counts: { kampungKb: number; poktan: number; needs: number };
  ok: boolean;
}

const COUNTED = {
  kampungKb: 'SELECT count(*) FROM kampung_kb WHERE deleted_at IS NULL',
  poktan: 'SELECT count(*) FROM poktan WHERE deleted_at IS NULL',
  needs: 'SELECT count(*) FROM facility_need WHERE deleted_at IS NULL',
} as const;

const count = (db: Db, sql: string) => {
  try {
    return db.prepare(sql).pluck().get() as number;
  } catch {
    return 0; // an older schema without the table
  }
};

/** Records that matter to a user, for telling backups (and the current data) apart. */
export function countRecords(db: Db): BackupInfo['counts'] {
  return { kampungKb: count(db, COUNTED.kampungKb), poktan: count(db, COUNTED.poktan), needs: count(db, COUNTED.needs) };
}

/** What a database file holds, checked without changing it. */
export function inspectDatabaseFile(file: string): { isSinergi: boolean; schemaVersion: number; integrity: string; counts: BackupInfo['counts'] } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
    const isSinergi = (db.prepare(`SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('office', 'place')`).pluck().get() as number) === 2;
    return {
      isSinergi,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      integrity,
      counts: countRecords(db),
    };
  } finally {
    db.close();
  }
}

/** A backup file as the list shows it: verified by opening it, sized without reading it. */
export function describeBackup(file: string, createdAt: string): BackupInfo {
  return backupInfo(file, createdAt, inspectDatabaseFile(file));
}

function backupInfo(file: string, createdAt: string, checked: ReturnType<typeof inspectDatabaseFile>): BackupInfo {
  return {
    fileName: basename(file),
    createdAt,
    sizeBytes: statSync(file).size,
    schemaVersion: checked.schemaVersion,
    counts: checked.counts,
    ok: checked.integrity === 'ok' && checked.isSinergi,
  };
}

const inspector = workerClient<string, ReturnType<typeof inspectDatabaseFile>>(new URL('./inspect-worker', import.meta.url));

/** Copies the live database to `file` and verifies the copy in a worker thread (the copy is not the locked live file). */
export async function backupDatabase(db: Db, file: string): Promise<BackupInfo> {
  const createdAt = new Date().toISOString();
  await copyWithEarlySyncs(db, file);
  // The copy carries the live file's write-ahead-log mode; every read-only look at it (its check,
  // the list) would then leave -wal and -shm files beside it that no one removes.
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  return backupInfo(file, createdAt, await inspector.run(file));
}

/**
 * The backup API copies in small steps between other work, but its last step syncs the whole
 * copy to disk on the main thread (0,14 s at district scale, 0,8 s at province scale). The copy
 * is synced as it grows, from Node's thread pool, so that last sync finds little left to write.
 * (The live file is opened exclusively: the copy cannot be made by another connection.)
 */
async function copyWithEarlySyncs(db: Db, file: string): Promise<void> {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const syncer = growthSyncer(file, 4 * EARLY_SYNC_BYTES);
  try {
    await db.backup(file, {
      progress: ({ totalPages, remainingPages }) => {
        syncer.grewTo((totalPages - remainingPages) * pageSize);
        return BACKUP_STEP_PAGES;
      },
    });
  } finally {
    await syncer.settled();
  }
}
const BACKUP_STEP_PAGES = 100;

// Milliseconds in the name: two backups in one second (a restore, then its undo) must not collide.
export const BACKUP_PATTERN = /^sinergi-kb-(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})\d{3}-([a-z-]+)\.db$/;

export function backupFileName(now: Date, reason: string): string {
  const iso = now.toISOString().replace('Z', '').replace(/[:.]/g, '');
  return `sinergi-kb-${iso}-${reason}.db`;
}

export interface BackupFile {
  fileName: string;
  date: string;
}

export function listBackupFiles(dir: string): BackupFile[] {
  // Not a folder (a file of that name, made by hand): no backups, and the next backup says why it fails.
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .map((fileName) => ({ fileName, match: BACKUP_PATTERN.exec(fileName) }))
    .filter((f) => f.match)
    .map((f) => ({ fileName: f.fileName, date: f.match![1]! }))
    .sort((a, b) => b.fileName.localeCompare(a.fileName));
}

/** Backups a person asked for (or that guard a restore) are never rotated away. */
const KEPT_REASONS = /-(manual|sebelum-pemulihan)\.db$/;

/**
 * Which automatic backups to keep: of the latest day its first (the data as the day began) and
 * its newest 5 (a day of imports makes one after each, a full copy every time), and the newest of
 * each of the last 7 days, of the last 4 ISO weeks and of the last 12 months (one file can serve several).
 */
export function backupsToRemove(all: BackupFile[], keep = { latestDay: 5, daily: 7, weekly: 4, monthly: 12 }): string[] {
  const files = all.filter((f) => !KEPT_REASONS.test(f.fileName));
  const latestDay = files.filter((f) => f.date === files[0]?.date);
  const kept = new Set<string>([...latestDay.slice(0, keep.latestDay), ...latestDay.slice(-1)].map((f) => f.fileName));
  const pick = (period: (date: string) => string, limit: number) => {
    const seen = new Set<string>();
    for (const file of files) {
      const key = period(file.date);
      if (seen.has(key)) continue;
      if (seen.size >= limit) break;
      seen.add(key);
      kept.add(file.fileName);
    }
  };
  pick((d) => d, keep.daily);
  pick(isoWeek, keep.weekly);
  pick((d) => d.slice(0, 7), keep.monthly);
  return files.filter((f) => !kept.has(f.fileName)).map((f) => f.fileName);
}

function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${d.getUTCFullYear()}-W${week}`;
}

export function rotateBackups(dir: string): string[] {
  const removed = backupsToRemove(listBackupFiles(dir));
  // With the companions a read-only look left beside backups made before their copies left WAL mode.
  for (const fileName of removed) for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, `${fileName}${suffix}`), { force: true });
  return removed;
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
