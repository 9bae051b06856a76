import { openDatabase, type Db } from '../db/open.js';
import { upgradeStoredLevels } from './areas/kampung-kb/level-service.js';

/**
 * The database as the app uses it: opened and migrated (openDatabase), then what the app stores
 * from its own code (a Kampung KB period's computed level) brought up to date with that code.
 */
export function openAppDatabase(file: string, options: { quickCheck?: boolean } = {}): Db {
  const db = openDatabase(file, options);
  try {
    upgradeStoredLevels(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
