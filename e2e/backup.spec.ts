import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, screenshot, test } from './fixtures.js';
import { Host } from './host.js';
import { setUpLebakOffice } from './office-fixture.js';

const group = (name: string) => ({ type: 'bkb', name, kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' });

test('make a backup, change data, restore it, see the old data', async ({ page, host }) => {
  await setUpLebakOffice(host);
  await host.call('poktan-create', group('BKB Mawar'));
  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Cadangan' }).click();
  // By keyboard: the button is busy while the copy is made and checked, and keeps the focus after.
  await page.getByRole('button', { name: 'Buat cadangan sekarang' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Cadangan dibuat dan diperiksa utuh: 0 Kampung KB, 1 poktan, 0 kebutuhan sarana.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Buat cadangan sekarang' })).toBeFocused();
  const backups = page.getByRole('table', { name: 'Daftar cadangan' });
  const manual = backups.getByRole('row').filter({ hasText: 'Dibuat manual' });
  await expect(manual).toContainText('0 Kampung KB, 1 poktan, 0 kebutuhan sarana');
  await expect(manual).toContainText('Utuh');
  await screenshot(page, 'cadangan');

  // A copy to take away: downloaded from where the app kept it, a sound database with the data.
  const takeAway = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Simpan cadangan ke flashdisk/folder lain' }).click();
  const download = await takeAway;
  expect(download.suggestedFilename()).toMatch(/^Cadangan Sinergi KB Kabupaten Lebak \d{4}-\d{2}-\d{2}\.db$/);
  const copy = 'test-results/cadangan-dibawa.db';
  await download.saveAs(copy);
  const saved = new Database(copy, { readonly: true });
  expect(saved.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(saved.prepare('SELECT name FROM poktan').pluck().all()).toEqual(['BKB Mawar']);
  saved.close();

  await host.call('poktan-create', group('BKB Melati'));
  await manual.getByRole('button', { name: 'Pulihkan' }).click();
  // The app asks in its own box, naming both choices in Bahasa Indonesia, with what each copy holds.
  const asked = page.getByRole('alertdialog', { name: 'Konfirmasi' });
  await expect(asked).toContainText('Cadangan berisi: 0 Kampung KB, 1 poktan');
  await expect(asked).toContainText('Data sekarang: 0 Kampung KB, 2 poktan');
  await expect(asked).toContainText('Perubahan yang dibuat sesudah cadangan ini tidak akan ada lagi.');
  // A restore starts on Batal: a stray Enter does not restore.
  await expect(asked.getByRole('button', { name: 'Batal' })).toBeFocused();
  await screenshot(page, 'cadangan-konfirmasi');
  // A restore reloads the app so every screen shows the restored data.
  await Promise.all([page.waitForEvent('load'), asked.getByRole('button', { name: 'Pulihkan' }).click()]);
  await expect(page.getByRole('status').filter({ hasText: /^Data dipulihkan dari cadangan .+\. Data sebelumnya disimpan sebagai cadangan "Sebelum pemulihan"\./ })).toBeVisible();
  await screenshot(page, 'cadangan-dipulihkan');
  await page.getByRole('link', { name: 'Poktan & Sarana' }).click();
  await expect(page.getByRole('link', { name: 'BKB Mawar' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'BKB Melati' })).toHaveCount(0);

  // The data replaced by the restore was itself backed up.
  await page.getByRole('link', { name: 'Cadangan' }).click();
  await expect(backups.getByRole('row').filter({ hasText: 'Sebelum pemulihan' })).toContainText('2 poktan');
});

test('an automatic backup that failed is shown until a backup succeeds', async ({ page, host }) => {
  await setUpLebakOffice(host);
  // A file where the backup folder should be: the backup after the next large change cannot be made.
  writeFileSync(join(host.dataDir, 'cadangan'), 'bukan folder');
  const { rules } = (await host.call('kampung-kb-rules-get', {})) as { rules: unknown };
  await host.call('kampung-kb-rules-save', { rules });
  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Cadangan' }).click();
  const failed = page.getByRole('alert').filter({ hasText: 'Cadangan otomatis terakhir (sesudah perubahan besar' });
  await expect(failed).toContainText('gagal dibuat. Buat cadangan sekarang');
  await screenshot(page, 'cadangan-gagal');

  rmSync(join(host.dataDir, 'cadangan'));
  await page.getByRole('button', { name: 'Buat cadangan sekarang' }).click();
  await expect(page.getByRole('table', { name: 'Daftar cadangan' }).getByRole('row').filter({ hasText: 'Dibuat manual' })).toContainText('Utuh');
  await expect(failed).toHaveCount(0);
});

test('a corrupt database offers the latest good backup and opens it', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sinergi-e2e-recovery-'));
  let host = await Host.start(dataDir);
  try {
    await setUpLebakOffice(host);
    await host.call('poktan-create', group('BKB Mawar'));
    await host.call('backup-create', {});
    await host.stop();
    writeFileSync(join(dataDir, 'sinergi-kb.db'), 'rusak '.repeat(2000));
    host = await Host.start(dataDir);
    await page.goto(host.launchUrl);
    await expect(page.getByRole('heading', { name: 'Basis data tidak dapat dibuka' })).toBeVisible();
    await screenshot(page, 'pemulihan');
    await page.getByRole('button', { name: /Buka cadangan terbaru yang utuh/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Pulihkan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
    await page.getByRole('link', { name: 'Poktan & Sarana' }).click();
    await expect(page.getByRole('link', { name: 'BKB Mawar' })).toBeVisible();
    expect(readdirSync(dataDir).some((name) => name.startsWith('sinergi-kb.db.rusak-'))).toBe(true);
  } finally {
    await host.dispose();
  }
});
