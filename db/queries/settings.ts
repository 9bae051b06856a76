import { nowIso } from '../clock.js';
import type { Db } from '../open.js';

/** Office-wide settings as JSON; callers validate what they read with their own schema. */
export function getSetting(db: Db, key: string): unknown {
  const row = db.prepare(`SELECT value FROM app_setting WHERE key = ?`).get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

/** Stores a setting; one stored as it is is left alone (no new updated_at, nothing in the change log). */
export function putSetting(db: Db, key: string, value: unknown): void {
  db.prepare(
    `INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at WHERE value IS NOT excluded.value`,
  ).run(key, JSON.stringify(value), nowIso());
}
