import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';
import { installChangeTracking } from './change-tracking.js';
import { loadMigrations, migrate } from './migrate.js';

export type Db = Database.Database;

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export class QuickCheckError extends Error {
  constructor(readonly problems: string[]) {
    super(`quick_check failed: ${problems.slice(0, 3).join('; ')}`);
    this.name = 'QuickCheckError';
  }
}

/**
 * Opens (creating if needed) the app's database file, checks it (unless the caller knows it is
 * unchanged since it was last found sound) and brings its schema up to date.
 */
export function openDatabase(file: string, options: { migrationsDir?: string; quickCheck?: boolean } = {}): Db {
  const db = new Database(file, { timeout: 2000 });
  try {
    configure(db);
    if (options.quickCheck ?? true) {
      const problems = (db.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
      if (problems.length !== 1 || problems[0] !== 'ok') throw new QuickCheckError(problems);
    }
    migrate(db, loadMigrations(options.migrationsDir ?? MIGRATIONS_DIR));
    installChangeTracking(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function configure(db: Db): void {
  // One app owns the file. Exclusive locking makes a second copy (or a second PC opening the
  // same file on a shared folder) fail at start with SQLITE_BUSY instead of interleaving writes.
  db.pragma('locking_mode = EXCLUSIVE');
  // WAL: readers never block the writer, and a power cut loses at most the last transaction.
  db.pragma('journal_mode = WAL');
  // NORMAL is durable under WAL except for the last commits on power loss; FULL makes every
  // acknowledged write survive a power cut, which matters more here than write speed.
  db.pragma('synchronous = FULL');
  // Not on by default in SQLite.
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A write to a table with triggers (every tracked table has its change-log trigger) keeps a
  // statement journal to undo that one statement; on disk it was a temp file written for every
  // row, a third of an import's writing time. It only ever holds the pages of one statement.
  // Set before the change log's temp triggers exist: changing it later drops the temp schema.
  db.pragma('temp_store = MEMORY');
  // Taking the write lock now (not at the first user edit) surfaces "locked by another copy" at start.
  db.exec('BEGIN IMMEDIATE; COMMIT;');
}

/** Runs on quit: lets SQLite refresh its statistics, then closes. */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  db.pragma('optimize');
  db.close();
}
