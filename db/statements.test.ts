import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Db } from './open.js';
import { runNamed } from './statements.js';

function scratch(): Db {
  const db = new Database(':memory:') as Db;
  db.exec(`CREATE TABLE item (id TEXT PRIMARY KEY, name TEXT NOT NULL, active INTEGER NOT NULL, created_at TEXT, updated_at TEXT)`);
  return db;
}

const INSERT = `INSERT INTO item (id, name, active, created_at, updated_at) VALUES (@id, @name, @active, @now, @now)`;

describe('runNamed', () => {
  it('takes each parameter from the first part that has it, a repeated one twice, a boolean as 1/0', () => {
    const db = scratch();
    const fields = { id: 'from-fields', name: 'BKB Mawar', active: true, extra: 'ignored' };
    runNamed(db, INSERT, { id: 'a1', now: '2026-11-27' }, fields);
    runNamed(db, INSERT, { id: 'a2', now: '2026-11-28' }, { ...fields, active: false });
    expect(db.prepare(`SELECT * FROM item ORDER BY id`).all()).toEqual([
      { id: 'a1', name: 'BKB Mawar', active: 1, created_at: '2026-11-27', updated_at: '2026-11-27' },
      { id: 'a2', name: 'BKB Mawar', active: 0, created_at: '2026-11-28', updated_at: '2026-11-28' },
    ]);
  });

  it('refuses a parameter no part has, writing nothing', () => {
    const db = scratch();
    expect(() => runNamed(db, INSERT, { id: 'a1', now: 'x' }, { name: 'BKB Mawar' })).toThrow('No value for the SQL parameter @active');
    expect(db.prepare(`SELECT count(*) FROM item`).pluck().get()).toBe(0);
  });

  it('reports the rows a statement changed', () => {
    const db = scratch();
    runNamed(db, INSERT, { id: 'a1', now: 'x', name: 'BKB Mawar', active: true });
    const rename = `UPDATE item SET name = @name WHERE id = @id AND name IS NOT @name`;
    expect(runNamed(db, rename, { id: 'a1', name: 'BKB Melati' }).changes).toBe(1);
    expect(runNamed(db, rename, { id: 'a1', name: 'BKB Melati' }).changes).toBe(0);
  });
});
