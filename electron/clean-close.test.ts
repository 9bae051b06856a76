import { existsSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppContext, DATABASE_FILE } from './app-context.js';
import { bootCore } from './boot.js';
import { rememberCleanClose, unchangedSinceCleanClose } from './clean-close.js';
import { damagePoktanLeafPage } from './testing/damage.js';
import { LEBAK_OFFICE } from './testing/test-app.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const dataFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sinergi-close-'));
  dirs.push(dir);
  return dir;
};

/** Damages the file, then gives it back its size and times. */
function damageKeepingStamp(file: string) {
  const before = statSync(file);
  damagePoktanLeafPage(file);
  utimesSync(file, before.atime, before.mtime);
}

describe('the start-up check', () => {
  it('is skipped only for a file unchanged since a clean close whose backup passed, and only once', async () => {
    const dataDir = dataFolder();
    const core = bootCore(dataDir);
    await core.dispatch('office-save', LEBAK_OFFICE);
    for (let n = 0; n < 300; n += 1) await core.dispatch('poktan-create', { type: 'bkb', name: `BKB Kelompok ${n} dengan nama yang cukup panjang`, kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' });
    await core.close();
    const file = join(dataDir, DATABASE_FILE);
    expect(existsSync(join(dataDir, 'penutupan.json'))).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);

    // Damage the file behind the app's back while keeping its size and time: the start trusts
    // the clean close and opens without reading every page.
    damageKeepingStamp(file);
    const trusting = createAppContext({ dataDir, appVersion: 'test' });
    expect(trusting.databaseStatus).toMatchObject({ state: 'open' });
    trusting.database!.close();

    // The marker was used: the next start reads the whole file and finds the damage.
    const checking = createAppContext({ dataDir, appVersion: 'test' });
    expect(checking.databaseStatus).toMatchObject({ state: 'failed', problem: 'corrupt' });
  });

  it('runs when the file changed after the close, or a write-ahead log was left behind', () => {
    const dataDir = dataFolder();
    const file = join(dataDir, DATABASE_FILE);
    writeFileSync(file, 'isi');
    rememberCleanClose(dataDir, file);
    expect(unchangedSinceCleanClose(dataDir, file)).toBe(true);

    rememberCleanClose(dataDir, file);
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(unchangedSinceCleanClose(dataDir, file)).toBe(false);

    rememberCleanClose(dataDir, file);
    writeFileSync(`${file}-wal`, 'frames');
    expect(unchangedSinceCleanClose(dataDir, file)).toBe(false);
    expect(unchangedSinceCleanClose(dataDir, file)).toBe(false);
  });
});
