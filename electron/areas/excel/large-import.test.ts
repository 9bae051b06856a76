import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestApp, LEBAK_OFFICE, type TestApp } from '../../testing/test-app.js';
import type { ImportProgress } from './import-progress.js';
import { poktanImport } from './poktan-import.js';

// A large import runs its check and its one transaction in slices: the app keeps answering,
// reports how far it is, makes other writes wait their turn, and still stores all rows or none.
// A poktan file is checked in the reader thread and written as its rows arrive (one pass).

const ROWS = 3_000;
let app: TestApp;
let base64: string;

beforeEach(async () => {
  app = createTestApp();
  await app.value('office-save', LEBAK_OFFICE);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Poktan');
  sheet.addRow(['Jenis poktan', 'Nama kelompok', 'Kecamatan', 'Desa/kelurahan', 'Nama ketua', 'Jumlah anggota']);
  for (let i = 1; i <= ROWS; i += 1) sheet.addRow(['BKR', `BKR Impor ${i}`, 'Bayah', 'Sawarna', 'Ibu Ketua', 20]);
  base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
});
afterEach(() => {
  vi.restoreAllMocks();
  app.dispose();
});

const groupCount = () => app.app.database!.prepare(`SELECT count(*) FROM poktan WHERE deleted_at IS NULL`).pluck().get() as number;
/** As the screen does: ask again a moment later (calls answered at once would otherwise never let the import go on). */
const moment = () => new Promise((resolve) => setTimeout(resolve, 5));
/** Until the running check or import reports `phase`, with at least `done` rows behind it. */
const until = async (phase: ImportProgress['phase'], done = 0) => {
  for (;;) {
    const progress = await app.value('excel-progress', {});
    if (progress?.phase === phase && progress.done >= done) return;
    await moment();
  }
};
const anotherGroup = { type: 'bkb', name: 'BKB Kenanga', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' } as const;

/** Polls excel-progress until `running` settles; returns every progress seen and whether a read was answered meanwhile. */
async function watch(running: Promise<unknown>) {
  let settled = false;
  void running.finally(() => (settled = true));
  const seen: ImportProgress[] = [];
  let readAnsweredWhileRunning = false;
  while (!settled) {
    const progress = await app.value('excel-progress', {});
    if (progress && !settled) seen.push(progress);
    const places = await app.value('places-kecamatan', {});
    if (!settled && places.length > 0) readAnsweredWhileRunning = true;
    await moment();
  }
  return { seen, readAnsweredWhileRunning };
}

describe('a large import', () => {
  it('reports reading, then writing as the checked rows arrive, while other calls are answered, then clears its progress', async () => {
    const running = app.value('excel-import', { table: 'poktan', base64, existing: 'skip' });
    const { seen, readAnsweredWhileRunning } = await watch(running);
    expect(await running).toEqual({ added: ROWS, updated: 0, unchanged: 0, skipped: 0 });
    expect(readAnsweredWhileRunning).toBe(true);
    expect(new Set(seen.map((p) => p.phase))).toEqual(new Set(['reading', 'writing']));
    const writing = seen.filter((p) => p.phase === 'writing');
    expect(writing.every((p) => p.total === ROWS && p.done < ROWS)).toBe(true);
    // Progress only moves forward within a phase.
    expect(writing.map((p) => p.done)).toEqual([...writing.map((p) => p.done)].sort((a, b) => a - b));
    expect(await app.value('excel-progress', {})).toBeNull();
    expect(groupCount()).toBe(ROWS);
    // Logged in bulk: one insert entry per group, each under the import.
    const logged = app.app.database!.prepare(`SELECT count(*) AS entries, count(DISTINCT record_id) AS records FROM change_log WHERE entity = 'poktan' AND op = 'insert' AND action = 'excel-import'`).get();
    expect(logged).toEqual({ entries: ROWS, records: ROWS });
  });

  it('checks again on import when a group was registered while its preview was checking', async () => {
    const order: string[] = [];
    const previewing = app.value('excel-preview', { table: 'poktan', base64 }).then((preview) => (order.push('preview'), preview));
    await until('checking', 100);
    // Row 1 is checked by now, so the preview does not see this group.
    await app.value('poktan-create', { type: 'bkr', name: 'BKR Impor 1', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' }).then(() => order.push('create'));
    const { mapping, counts } = await previewing;
    expect(order).toEqual(['create', 'preview']);
    expect(counts).toEqual({ new: ROWS, existing: 0, error: 0 });
    expect(await app.value('excel-import', { table: 'poktan', base64, mapping, existing: 'skip' })).toEqual({ added: ROWS - 1, updated: 0, unchanged: 0, skipped: 1 });
    expect(groupCount()).toBe(ROWS);
  });

  it('stores nothing when a row near the end has a problem, though the rows before it were written as they arrived, and names every problem row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Poktan');
    sheet.addRow(['Jenis poktan', 'Nama kelompok', 'Kecamatan', 'Desa/kelurahan', 'Jumlah anggota']);
    for (let i = 1; i <= ROWS; i += 1) sheet.addRow(['BKR', `BKR Impor ${i}`, 'Bayah', i === ROWS - 10 ? 'Tidak Ada' : 'Sawarna', i === ROWS ? 'banyak' : 20]);
    const withProblems = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const write = vi.spyOn(poktanImport, 'write');
    expect(await app.call('excel-import', { table: 'poktan', base64: withProblems, existing: 'skip' })).toMatchObject({ ok: false, error: { message: '2 baris masih bermasalah; perbaiki berkasnya, lalu impor lagi. Tidak ada data yang disimpan.' } });
    // The rows before the first problem were written, then rolled back with the transaction.
    expect(write).toHaveBeenCalledTimes(ROWS - 11);
    expect(groupCount()).toBe(0);
    expect(app.app.database!.prepare(`SELECT count(*) FROM change_log WHERE entity = 'poktan'`).pluck().get()).toBe(0);
    // The insert log's trigger is back: a group registered now is logged.
    const group = await app.value('poktan-create', anotherGroup);
    expect(app.app.database!.prepare(`SELECT action FROM change_log WHERE record_id = ?`).pluck().all(group.id)).toEqual(['poktan-create']);
  });

  it('keeps no plan of a preview that ran while an import stopped at a problem still had its first rows written: its import checks again', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Poktan');
    sheet.addRow(['Jenis poktan', 'Nama kelompok', 'Kecamatan', 'Desa/kelurahan']);
    for (let i = 1; i <= ROWS; i += 1) sheet.addRow(['BKR', `BKR Impor ${i}`, 'Bayah', i === 101 ? 'Tidak Ada' : 'Sawarna']);
    // Each row matched a little slower, as on a busy PC, so the preview runs while the import checks on.
    const match = poktanImport.cells!.match.bind(poktanImport.cells);
    vi.spyOn(poktanImport.cells!, 'match').mockImplementation((db, draft, problems) => {
      for (const until = performance.now() + 0.3; performance.now() < until; );
      return match(db, draft, problems);
    });
    const failing = app.call('excel-import', { table: 'poktan', base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'), existing: 'skip' });
    // Past its problem row: rows 1–100 are written in its open transaction, nothing more will be.
    await until('checking', 200);
    const one = new ExcelJS.Workbook();
    one.addWorksheet('Poktan').addRows([['Jenis poktan', 'Nama kelompok', 'Kecamatan', 'Desa/kelurahan'], ['BKR', 'BKR Impor 50', 'Bayah', 'Sawarna']]);
    const file = Buffer.from(await one.xlsx.writeBuffer()).toString('base64');
    const { counts, mapping } = await app.value('excel-preview', { table: 'poktan', base64: file });
    expect(counts).toEqual({ new: 0, existing: 1, error: 0 });
    expect(await failing).toMatchObject({ ok: false, error: { message: '1 baris masih bermasalah; perbaiki berkasnya, lalu impor lagi. Tidak ada data yang disimpan.' } });
    expect(groupCount()).toBe(0);
    // The group the preview matched was rolled back: the import adds it.
    expect(await app.value('excel-import', { table: 'poktan', base64: file, mapping, existing: 'update' })).toEqual({ added: 1, updated: 0, unchanged: 0, skipped: 0 });
    expect(groupCount()).toBe(1);
  });

  it('makes a write sent meanwhile wait its turn, outside the import’s transaction', async () => {
    const running = app.value('excel-import', { table: 'poktan', base64, existing: 'skip' });
    await until('writing');
    const order: string[] = [];
    const created = app.value('poktan-create', anotherGroup).then((group) => (order.push('create'), group));
    await running.then(() => order.push('import'));
    const group = await created;
    expect(order).toEqual(['import', 'create']);
    const actions = app.app.database!.prepare(`SELECT action FROM change_log WHERE record_id = ?`).pluck().all(group.id);
    expect(actions).toEqual(['poktan-create']);
    expect(groupCount()).toBe(ROWS + 1);
  });

  it('stores nothing when the write fails half-way, and keeps the write that waited', async () => {
    const write = poktanImport.write.bind(poktanImport);
    let written = 0;
    vi.spyOn(poktanImport, 'write').mockImplementation((...args) => {
      if (++written === ROWS / 2) throw new Error('disk full');
      return write(...args);
    });
    const running = app.call('excel-import', { table: 'poktan', base64, existing: 'skip' });
    await until('writing');
    const created = app.value('poktan-create', anotherGroup);
    expect(await running).toMatchObject({ ok: false, error: { code: 'internal' } });
    await created;
    expect(written).toBe(ROWS / 2);
    expect(groupCount()).toBe(1);
    expect(app.app.database!.prepare(`SELECT count(*) FROM change_log WHERE action = 'excel-import'`).pluck().get()).toBe(0);
    // The insert log is back after the rollback: the write that waited is logged.
    expect(app.app.database!.prepare(`SELECT action FROM change_log WHERE entity = 'poktan'`).pluck().all()).toEqual(['poktan-create']);
    expect(await app.value('excel-progress', {})).toBeNull();
  });

  it('keeps a backup asked for meanwhile out of its open transaction: the copy holds all of it', async () => {
    let imported = false;
    const running = app.value('excel-import', { table: 'poktan', base64, existing: 'skip' }).then(() => (imported = true));
    await until('writing');
    const backup = await app.value('backup-create', {});
    expect(imported).toBe(true);
    await running;
    expect(backup).toMatchObject({ ok: true, counts: { poktan: ROWS } });
  });

  it('answers once committed, then copies its pages into the database file before the next write, and leaves the automatic checkpoint as it was', async () => {
    const db = app.app.database!;
    const statements: string[] = [];
    const exec = db.exec.bind(db);
    const pragma = db.pragma.bind(db);
    vi.spyOn(db, 'exec').mockImplementation((sql) => (statements.push(sql), exec(sql)));
    vi.spyOn(db, 'pragma').mockImplementation((sql, options) => (statements.push(sql), pragma(sql, options)));
    const transactionStatements = () => statements.filter((sql) => /^(BEGIN|COMMIT)|checkpoint/.test(sql));
    await app.value('excel-import', { table: 'poktan', base64, existing: 'skip' });
    // Answered once committed; the checkpoint follows, and the next write waits for it.
    expect(transactionStatements()).toEqual(['wal_autocheckpoint', 'wal_autocheckpoint = 0', 'BEGIN IMMEDIATE', 'COMMIT']);
    await app.value('poktan-create', anotherGroup);
    expect(transactionStatements()).toEqual(['wal_autocheckpoint', 'wal_autocheckpoint = 0', 'BEGIN IMMEDIATE', 'COMMIT', 'wal_checkpoint(PASSIVE)', 'wal_autocheckpoint = 1000']);
    expect(groupCount()).toBe(ROWS + 1);
  });
});
