import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseFromFutureError, loadMigrations, migrate, schemaVersion, type Migration } from './migrate.js';
import { MIGRATIONS_DIR } from './open.js';

const tables = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);

const steps: Migration[] = [
  { version: 10, name: 'one', sql: 'CREATE TABLE a (id TEXT PRIMARY KEY) STRICT;' },
  { version: 20, name: 'two', sql: 'CREATE TABLE b (id TEXT PRIMARY KEY) STRICT;' },
];

describe('migrate', () => {
  it('applies pending steps in order and records the version', () => {
    const db = new Database(':memory:');
    expect(migrate(db, steps.slice(0, 1))).toEqual({ from: 0, to: 10 });
    expect(migrate(db, steps)).toEqual({ from: 10, to: 20 });
    expect(schemaVersion(db)).toBe(20);
    expect(tables(db)).toEqual(['a', 'b']);
    expect(migrate(db, steps)).toEqual({ from: 20, to: 20 });
  });

  it('refuses a database written by a newer app version and leaves it untouched', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 30');
    expect(() => migrate(db, steps)).toThrow(DatabaseFromFutureError);
    try {
      migrate(db, steps);
    } catch (error) {
      expect(error).toMatchObject({ databaseVersion: 30, appVersion: 20 });
    }
    expect(tables(db)).toEqual([]);
  });

  it('rolls every pending step back when one fails', () => {
    const db = new Database(':memory:');
    const broken = [...steps, { version: 30, name: 'broken', sql: 'CREATE TABLE c (id TEXT); INSERT INTO nowhere VALUES (1);' }];
    expect(() => migrate(db, broken)).toThrow(/no such table: nowhere/);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });
});

describe('loadMigrations', () => {
  it('reads the numbered files of the app in order', () => {
    const migrations = loadMigrations(MIGRATIONS_DIR);
    expect(migrations[0]).toMatchObject({ version: 10, name: 'foundation' });
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it('rejects badly named files and duplicate versions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
    writeFileSync(join(dir, '10_short.sql'), '');
    expect(() => loadMigrations(dir)).toThrow(/must look like 0010_name.sql/);

    const dupes = mkdtempSync(join(tmpdir(), 'migrations-'));
    writeFileSync(join(dupes, '0010_a.sql'), '');
    writeFileSync(join(dupes, '0010_b.sql'), '');
    expect(() => loadMigrations(dupes)).toThrow(/share version 10/);
  });
});

describe('0090 poktan open needs', () => {
  it('backfills the count of open, undeleted needs of every group', () => {
    const db = new Database(':memory:');
    const all = loadMigrations(MIGRATIONS_DIR);
    migrate(db, all.filter((m) => m.version < 90));
    db.pragma('foreign_keys = OFF'); // better-sqlite3 turns them on; these rows need no places

    const group = db.prepare(`INSERT INTO poktan (id, type, name, name_key, kecamatan_code, desa_code, created_at, updated_at) VALUES (?, 'bkb', ?, ?, 'k', 'd', 'n', 'n')`);
    group.run('a', 'A', 'a');
    group.run('b', 'B', 'b');
    const need = db.prepare(`INSERT INTO facility_need (id, poktan_id, item_name, unit, quantity_needed, year_proposed, status, created_at, updated_at, deleted_at)
                             VALUES (?, ?, 'Kit', 'paket', 1, 2025, ?, 'n', 'n', ?)`);
    [['1', 'a', 'diidentifikasi', null], ['2', 'a', 'diterima-sebagian', null], ['3', 'a', 'diterima', null], ['4', 'a', 'disetujui', 'n'], ['5', 'b', 'ditolak', null]].forEach((row) => need.run(...row));
    migrate(db, all);
    expect(db.prepare(`SELECT id, open_needs AS n FROM poktan ORDER BY id`).all()).toEqual([{ id: 'a', n: 2 }, { id: 'b', n: 0 }]);
  });
});
