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
