import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listNeedsOfYear } from './queries/facility.js';
import { closeDatabase, openDatabase } from './open.js';

// Reads every form save runs must find their rows through an index, not by reading a whole table:
// at province scale (250.000 needs, 20.000 periods) a scan per save made generating the data
// slower with every row (see migrations 0098 and 0099). SQLite has no statistics here, so the
// plan is the one an office's database gets.

const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'sinergi-plans-')), 'sinergi-kb.db'));
afterAll(() => closeDatabase(db));

const planOf = (sql: string, ...params: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((step) => step.detail);

describe('query plans of the checks every save runs', () => {
  it('finds a group’s needs of one year (the one-open-need check) by group and year, not through all needs of that year', () => {
    const statements: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => (statements.push(sql), prepare(sql))) as typeof db.prepare;
    try {
      listNeedsOfYear(db, 'group-id', 2025);
    } finally {
      db.prepare = prepare;
    }
    expect(planOf(statements[0]!, 'group-id', 2025)).toEqual(['SEARCH facility_need USING INDEX facility_need_poktan_year (poktan_id=? AND year_proposed=?)']);
  });

  it('asks whether a new Kampung KB has periods through the period index, not by reading every period', () => {
    const trigger = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'kampung_kb_latest_insert'`).pluck().get() as string;
    const condition = /WHEN (EXISTS \(.*?\)) BEGIN/s.exec(trigger)![1]!.replace('NEW.id', '?');
    expect(planOf(`SELECT ${condition}`, 'unit-id').join(' | ')).toMatch(/SEARCH s USING (COVERING )?INDEX kampung_kb_snapshot_period/);
  });
});
