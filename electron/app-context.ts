import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { classifyDatabaseError } from '../db/errors.js';
import { DatabaseFromFutureError, schemaVersion } from '../db/migrate.js';
import { currentOperator } from '../db/queries/operators.js';
import { openAppDatabase } from './app-database.js';
import type { DatabaseProblem, DatabaseStatus } from './contract/status.js';
import { unchangedSinceCleanClose } from './clean-close.js';
import type { AppContext } from './core/handler.js';
import { WriteLock } from './core/write-lock.js';

export const DATABASE_FILE = 'sinergi-kb.db';

const PROBLEM_MESSAGES: Record<DatabaseProblem, string> = {
  corrupt: 'Berkas basis data rusak dan tidak dapat dibaca.',
  locked:
    'Basis data sedang dipakai oleh Sinergi KB lain yang masih terbuka, di komputer ini atau di komputer lain ' +
    'yang membuka folder data yang sama. Tutup aplikasi itu, lalu buka kembali Sinergi KB.',
  'read-only':
    'Folder data hanya dapat dibaca, sehingga perubahan tidak dapat disimpan. Periksa izin folder atau ' +
    'pindahkan data ke folder yang dapat ditulisi.',
  'cannot-open': 'Berkas basis data tidak dapat dibuat atau dibuka di folder data.',
  'newer-version': 'Basis data ini dibuat oleh Sinergi KB versi yang lebih baru. Perbarui aplikasi ini agar data tidak rusak.',
  unknown: 'Basis data tidak dapat dibuka karena kesalahan yang tidak dikenal.',
};

/** Opens the data folder's database; a failure becomes a status the renderer explains, not a crash. */
export function createAppContext(options: { dataDir: string; appVersion: string }): AppContext {
  const file = join(options.dataDir, DATABASE_FILE);
  try {
    mkdirSync(options.dataDir, { recursive: true });
    const database = openAppDatabase(file, { quickCheck: !unchangedSinceCleanClose(options.dataDir, file) });
    return {
      ...options,
      database,
      databaseStatus: { state: 'open', file, schemaVersion: schemaVersion(database) },
      operator: currentOperator(database),
      writeLock: new WriteLock(),
    };
  } catch (error) {
    const problem = classifyDatabaseError(error);
    const detail =
      error instanceof DatabaseFromFutureError
        ? `Versi skema basis data ${error.databaseVersion}; versi yang dikenal aplikasi ini ${error.appVersion}.`
        : String((error as Error)?.message ?? error);
    const databaseStatus: DatabaseStatus = { state: 'failed', file, problem, message: PROBLEM_MESSAGES[problem], detail };
    return { ...options, database: null, databaseStatus, operator: '', writeLock: new WriteLock() };
  }
}
