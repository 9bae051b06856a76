import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDatabaseError } from './errors.js';
import { loadMigrations } from './migrate.js';
import { closeDatabase, MIGRATIONS_DIR, openDatabase } from './open.js';

const freshFile = () => join(mkdtempSync(join(tmpdir(), 'sinergi-db-')), 'sinergi-kb.db');

function openError(file: string): unknown {
  try {
    closeDatabase(openDatabase(file));
  } catch (error) {
    return error;
  }
  throw new Error('expected openDatabase to fail');
}

describe('openDatabase', () => {
  it('sets the pragmas the app relies on and applies the schema', () => {
    const db = openDatabase(freshFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    // Statement journals in memory, and the change log's temp triggers still there after it was set.
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.prepare(`SELECT count(*) FROM temp.sqlite_schema WHERE type = 'trigger' AND name = 'log_office_insert'`).pluck().get()).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(loadMigrations(MIGRATIONS_DIR).at(-1)!.version);
    expect(db.prepare(`SELECT count(*) AS n FROM office`).get()).toEqual({ n: 0 });
    closeDatabase(db);
  });

  it('classifies a file that is not a database as corrupt', () => {
    const file = freshFile();
    writeFileSync(file, 'bukan basis data '.repeat(500));
    expect(classifyDatabaseError(openError(file))).toBe('corrupt');
  });

  it('classifies a database held by another running copy as locked', () => {
    const file = freshFile();
    const first = openDatabase(file);
    expect(classifyDatabaseError(openError(file))).toBe('locked');
    closeDatabase(first);
    closeDatabase(openDatabase(file));
  });

  it('classifies a database from a newer app version', () => {
    const file = freshFile();
    const raw = new Database(file);
    raw.pragma('user_version = 9990');
    raw.close();
    expect(classifyDatabaseError(openError(file))).toBe('newer-version');
  });

  it('classifies a folder that cannot hold the file', () => {
    const file = join(freshFile(), 'missing-folder', 'sinergi-kb.db');
    expect(classifyDatabaseError(openError(file))).toBe('cannot-open');
  });

  it('classifies a read-only database error by its SQLite code', () => {
    expect(classifyDatabaseError(Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' }))).toBe('read-only');
    expect(classifyDatabaseError(new Error('something else'))).toBe('unknown');
  });
});
