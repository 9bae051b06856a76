import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, screenshot, test } from './fixtures.js';
import { Host } from './host.js';

test('a corrupt database file shows the recovery explanation, not a blank window', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sinergi-e2e-corrupt-'));
  writeFileSync(join(dataDir, 'sinergi-kb.db'), 'Ini bukan basis data SQLite, hanya teks biasa.'.repeat(200));
  const host = await Host.start(dataDir);
  try {
    await page.goto(host.launchUrl);
    await expect(page.getByRole('heading', { name: 'Basis data tidak dapat dibuka' })).toBeVisible();
    await expect(page.getByText('Berkas basis data rusak dan tidak dapat dibaca.')).toBeVisible();
    await expect(page.getByText('Data Anda tidak diubah.')).toBeVisible();
    // Nothing of a text file is readable as SQLite, and the screen says so instead of saving an empty file.
    await page.getByRole('button', { name: 'Simpan data yang masih terbaca ke Excel' }).click();
    await expect(page.getByRole('status')).toHaveText('Tidak ada data yang dapat dibaca dari berkas ini: daftar tabelnya pun rusak. Pulihkan dari cadangan.');
    await screenshot(page, 'basis-data-rusak');
  } finally {
    await host.dispose();
  }
});

test('a second copy on the same data folder explains that the database is in use', async ({ page, host }) => {
  const second = await Host.start(host.dataDir);
  try {
    await page.goto(second.launchUrl);
    await expect(page.getByRole('heading', { name: 'Basis data tidak dapat dibuka' })).toBeVisible();
    await expect(page.getByText(/sedang dipakai oleh Sinergi KB lain/)).toBeVisible();
    await screenshot(page, 'basis-data-terkunci');
  } finally {
    await second.stop();
  }
});

test('a browser tab without the launch token is told how to get in', async ({ page, host }) => {
  await page.goto(new URL(host.launchUrl).origin + '/');
  await expect(page.getByRole('heading', { name: 'Sinergi KB tidak dapat dihubungi' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Buka kembali alamat lengkap (berisi token)');
});
