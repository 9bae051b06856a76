import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { beginAction, withInsertsLoggedInBulk } from './change-tracking.js';
import { closeDatabase, openDatabase, type Db } from './open.js';
import { replacePlaces } from './queries/places.js';

const opened: Db[] = [];
afterEach(() => opened.splice(0).forEach(closeDatabase));

function freshDb(): Db {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'sinergi-log-')), 'sinergi-kb.db'));
  opened.push(db);
  replacePlaces(db, [{ code: '36.02.01', name: 'Bayah', desa: [{ code: '36.02.01.2001', name: 'Sawarna' }] }]);
  return db;
}

const insertGroup = (db: Db, id: string) =>
  db
    .prepare(
      `INSERT INTO poktan (id, type, name, name_key, kecamatan_code, desa_code, members, created_at, updated_at)
       VALUES (?, 'bkb', ?, ?, '36.02.01', '36.02.01.2001', 12, '2026-11-26T01:00:00.000Z', '2026-11-26T01:00:00.000Z')`,
    )
    .run(id, `BKB ${id}`, id);

/** The log's entries for poktan, without what differs on every write (sequence, revision, time, action id). */
const poktanEntries = (db: Db) =>
  db
    .prepare(`SELECT entity, record_id AS recordId, op, before, after, device_id = (SELECT id FROM device_identity) AS thisPc, operator, action FROM change_log WHERE entity = 'poktan' ORDER BY seq`)
    .all();

const insertTrigger = (db: Db) => db.prepare(`SELECT count(*) FROM temp.sqlite_schema WHERE type = 'trigger' AND name = 'log_poktan_insert'`).pluck().get();

describe('withInsertsLoggedInBulk', () => {
  it('logs the rows a run inserts as the per-row trigger does, in insertion order, at each flush', async () => {
    const ids = ['g-3', 'g-1', 'g-2'];
    const byTrigger = freshDb();
    byTrigger.transaction(() => {
      beginAction(byTrigger, { operator: 'Rina', action: 'excel-import' });
      ids.forEach((id) => insertGroup(byTrigger, id));
    })();

    const inBulk = freshDb();
    inBulk.exec('BEGIN');
    beginAction(inBulk, { operator: 'Rina', action: 'excel-import' });
    const loggedAtFlush: number[] = [];
    await withInsertsLoggedInBulk(inBulk, ['poktan'], async (flush) => {
      insertGroup(inBulk, ids[0]!);
      insertGroup(inBulk, ids[1]!);
      loggedAtFlush.push(poktanEntries(inBulk).length);
      flush();
      loggedAtFlush.push(poktanEntries(inBulk).length);
      insertGroup(inBulk, ids[2]!);
    });
    inBulk.exec('COMMIT');

    expect(loggedAtFlush).toEqual([0, 2]);
    expect(poktanEntries(inBulk)).toEqual(poktanEntries(byTrigger));
    expect(poktanEntries(inBulk).map((entry) => (entry as { recordId: string }).recordId)).toEqual(ids);
    expect(JSON.parse((poktanEntries(inBulk)[0] as { after: string }).after)).toMatchObject({ id: 'g-3', name: 'BKB g-3', members: 12, desa_code: '36.02.01.2001' });
    // Every revision is its own, as the trigger makes them.
    expect(inBulk.prepare(`SELECT count(DISTINCT rev) FROM change_log WHERE entity = 'poktan'`).pluck().get()).toBe(3);
  });

  it('puts the insert trigger back after the run, and after a run that failed and was rolled back', async () => {
    const db = freshDb();
    db.exec('BEGIN');
    await withInsertsLoggedInBulk(db, ['poktan'], async () => insertGroup(db, 'a'));
    db.exec('COMMIT');
    expect(insertTrigger(db)).toBe(1);

    db.exec('BEGIN');
    await expect(
      withInsertsLoggedInBulk(db, ['poktan'], async () => {
        insertGroup(db, 'b');
        throw new Error('row 2 is wrong');
      }),
    ).rejects.toThrow('row 2 is wrong');
    db.exec('ROLLBACK');
    expect(insertTrigger(db)).toBe(1);

    insertGroup(db, 'c');
    expect(poktanEntries(db).map((entry) => (entry as { recordId: string }).recordId)).toEqual(['a', 'c']);
  });

  it('refuses to run outside a transaction, where rows written before a failure would stay unlogged', async () => {
    const db = freshDb();
    await expect(withInsertsLoggedInBulk(db, ['poktan'], async () => {})).rejects.toThrow('inside a transaction');
    expect(insertTrigger(db)).toBe(1);
  });
});
