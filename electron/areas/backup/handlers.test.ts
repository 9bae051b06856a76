import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { damagePoktanLeafPage } from '../../testing/damage.js';
import { createTestApp, LEBAK_OFFICE, takeStoredFile, type TestApp } from '../../testing/test-app.js';
import { automaticBackup, dailyBackupIfDue, makeBackup } from './service.js';

let app: TestApp;
beforeEach(async () => {
  app = createTestApp();
  await app.value('office-save', LEBAK_OFFICE);
});
afterEach(() => app.dispose());

const addGroup = (name: string) => app.value('poktan-create', { type: 'bkb', name, kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' });
const groupNames = async () => (await app.value('poktan-list', {})).rows.map((r) => r.name);

describe('backups', () => {
  it('are made with the backup API, verified, listed with their counts, and made once a day', async () => {
    await addGroup('BKB Mawar');
    const info = await app.value('backup-create', {});
    expect(info).toMatchObject({ ok: true, counts: { kampungKb: 0, poktan: 1, needs: 0 } });
    expect(info.fileName).toMatch(/^sinergi-kb-\d{4}-\d{2}-\d{2}T\d{9}-manual\.db$/);
    expect(await dailyBackupIfDue(app.app)).toBeNull();
    const { backups } = await app.value('backup-list', {});
    expect(backups.map((b) => [b.ok, b.counts.poktan])).toEqual([[true, 1]]);
    // Checked and listed without leaving -wal or -shm files beside it.
    expect(readdirSync(join(app.dataDir, 'cadangan')).sort()).toEqual(['pemeriksaan.json', info.fileName]);
  });

  it('restores a backup over the live data, backing up the current data first', async () => {
    await addGroup('BKB Mawar');
    const before = await makeBackup(app.app, 'manual');
    await addGroup('BKB Melati');
    expect(await groupNames()).toEqual(['BKB Mawar', 'BKB Melati']);
    const inspected = await app.value('backup-inspect', { fileName: before!.fileName });
    expect(inspected).toMatchObject({ counts: { poktan: 1 }, current: { poktan: 2 } });
    const restored = await app.value('backup-restore', { fileName: before!.fileName });
    expect(restored.safetyBackup).toMatch(/-sebelum-pemulihan\.db$/);
    expect(await groupNames()).toEqual(['BKB Mawar']);
    // The restore can itself be undone from the safety backup.
    await app.value('backup-restore', { fileName: restored.safetyBackup! });
    expect(await groupNames()).toEqual(['BKB Mawar', 'BKB Melati']);
  });

  it('restores from an uploaded file (a backup saved to a USB drive)', async () => {
    await addGroup('BKB Mawar');
    const saved = await app.value('backup-download', {});
    expect(saved.fileName).toMatch(/^Cadangan Sinergi KB Kabupaten Lebak \d{4}-\d{2}-\d{2}\.db$/);
    await addGroup('BKB Melati');
    await app.value('backup-restore', { base64: takeStoredFile(saved).toString('base64') });
    expect(await groupNames()).toEqual(['BKB Mawar']);
  });

  it.each([
    ['a file that is not a database', () => Buffer.from('bukan basis data'.repeat(20)), 'bukan cadangan Sinergi KB (bukan basis data SQLite)'],
    ['another application’s database', (dir: string) => {
      const path = join(dir, 'lain.db');
      const other = new Database(path);
      other.exec('CREATE TABLE pelanggan (id INTEGER)');
      other.close();
      return readFileSync(path);
    }, 'basis data aplikasi lain'],
    ['a backup from a newer app version', (dir: string) => {
      const path = join(dir, 'baru.db');
      const other = new Database(path);
      other.exec('CREATE TABLE office (id TEXT); CREATE TABLE place (code TEXT)');
      other.pragma('user_version = 9990');
      other.close();
      return readFileSync(path);
    }, 'versi yang lebih baru'],
    ['a corrupt backup', (dir: string) => {
      const path = join(dir, 'rusak.db');
      const other = new Database(path);
      other.exec('CREATE TABLE office (id TEXT); CREATE TABLE place (code TEXT);');
      for (let i = 0; i < 200; i += 1) other.prepare('INSERT INTO place VALUES (?)').run('x'.repeat(500));
      other.close();
      const bytes = readFileSync(path);
      bytes.fill(0x41, 4096, 8192);
      return bytes;
    }, 'rusak'],
  ])('refuses %s and changes nothing', async (_name, make, message) => {
    await addGroup('BKB Mawar');
    const base64 = make(app.dataDir).toString('base64');
    const result = await app.call('backup-restore', { base64 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain(message);
      expect(result.error.message).toContain('Tidak ada yang diubah.');
    }
    expect(await groupNames()).toEqual(['BKB Mawar']);
  });
});

describe('automatic backups', () => {
  const backupFiles = () => readdirSync(join(app.dataDir, 'cadangan')).filter((name) => name.endsWith('.db'));

  it('waiting behind one import, several requests make one backup', async () => {
    await addGroup('BKB Mawar');
    let finishImport!: () => void;
    const importing = app.app.writeLock.runLong(() => new Promise<void>((resolve) => (finishImport = resolve)));
    // Two imports that end close together ask at the same moment; before the turn-taking, both copies got one file name.
    const requests = [automaticBackup(app.app, 'perubahan-besar'), automaticBackup(app.app, 'perubahan-besar'), automaticBackup(app.app, 'tutup')];
    await new Promise((resolve) => setTimeout(resolve, 5));
    finishImport();
    await importing;
    const [first, second, closing] = await Promise.all(requests);
    expect(second).toBe(first);
    expect([first?.ok, closing?.ok]).toEqual([true, true]);
    expect(backupFiles()).toHaveLength(2);
    await addGroup('BKB Melati');
    expect((await automaticBackup(app.app, 'perubahan-besar'))?.counts.poktan).toBe(2);
    expect(backupFiles()).toHaveLength(3);
  });

  it('that fail are shown on the Cadangan page until one succeeds', async () => {
    await addGroup('BKB Mawar');
    // A file where the backup folder should be: the folder cannot be made.
    writeFileSync(join(app.dataDir, 'cadangan'), 'bukan folder');
    expect(await automaticBackup(app.app, 'perubahan-besar')).toBeNull();
    rmSync(join(app.dataDir, 'cadangan'));
    const { lastFailure } = await app.value('backup-list', {});
    expect(lastFailure).toMatchObject({ reason: 'perubahan-besar', detail: expect.stringContaining('EEXIST') });
    expect((await automaticBackup(app.app, 'perubahan-besar'))?.ok).toBe(true);
    expect((await app.value('backup-list', {})).lastFailure).toBeNull();
  });
});

describe('backup checks', () => {
  it('are kept beside the backups and reused while a file is unchanged; a changed file is checked again', async () => {
    await addGroup('BKB Mawar');
    const { fileName } = await app.value('backup-create', {});
    const dir = join(app.dataDir, 'cadangan');
    const checks = JSON.parse(readFileSync(join(dir, 'pemeriksaan.json'), 'utf8')) as Record<string, { info: { ok: boolean } }>;
    expect(checks[fileName]!.info.ok).toBe(true);

    // A remembered result is used as it is (nothing reads the file again)…
    checks[fileName]!.info.ok = false;
    writeFileSync(join(dir, 'pemeriksaan.json'), JSON.stringify(checks));
    expect((await app.value('backup-list', {})).backups.map((b) => b.ok)).toEqual([false]);
    // …until the file changes: damage it, and the new check finds it.
    const bytes = readFileSync(join(dir, fileName));
    bytes.fill(0x5a, 4096, 8192);
    writeFileSync(join(dir, fileName), bytes);
    const damaged = join(dir, fileName);
    const later = new Date(Date.now() + 5_000);
    utimesSync(damaged, later, later);
    expect((await app.value('backup-list', {})).backups.map((b) => b.ok)).toEqual([false]);
    checks[fileName]!.info.ok = true;
    writeFileSync(join(dir, 'pemeriksaan.json'), JSON.stringify(checks));
    expect((await app.value('backup-list', {})).backups.map((b) => b.ok)).toEqual([false]);
  });
});

describe('recovery export', () => {
  it('saves what a damaged database still holds, table by table, and says where reading stopped', async () => {
    for (let n = 0; n < 400; n += 1) await addGroup(`BKB Kelompok ${n} dengan nama yang cukup panjang`);
    app.close();
    damagePoktanLeafPage(join(app.dataDir, 'sinergi-kb.db'));

    const damaged = createTestApp(app.dataDir);
    try {
      expect((await damaged.value('app-status', {})).database).toMatchObject({ state: 'failed', problem: 'corrupt' });
      const result = await damaged.value('recovery-export', {});
      expect(result.partial).toBe(1);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(takeStoredFile(result) as unknown as ArrayBuffer);
      const report = workbook.getWorksheet('Keterangan pemulihan')!;
      const states = new Map(report.getSheetValues().slice(2).map((row) => [(row as string[])[1], [(row as unknown[])[2], (row as string[])[3]]]));
      expect(states.get('office')).toEqual([1, 'Lengkap']);
      const [poktanRows, poktanState] = states.get('poktan')!;
      expect(poktanRows).toBeGreaterThan(0);
      expect(poktanRows).toBeLessThan(400);
      expect(poktanState).toMatch(/^Terbaca sebagian; berhenti karena: /);
      expect(workbook.getWorksheet('poktan')!.rowCount).toBe((poktanRows as number) + 1);
    } finally {
      damaged.close();
    }
  }, 60_000);

  it('is refused while the database is open normally', async () => {
    expect(await app.call('recovery-export', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
