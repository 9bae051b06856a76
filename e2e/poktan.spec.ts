import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures.js';
import { setUpLebakOffice } from './office-fixture.js';
import { readDownloadedPdf } from './pdf.js';
import { readDownloadedWorkbook } from './xlsx.js';

async function addGroup(page: Page, group: { name: string; kecamatan: string; desa: string; chair?: string }) {
  await page.getByRole('link', { name: 'Tambah poktan' }).click();
  await page.getByLabel('Jenis poktan').selectOption('bkb');
  await page.getByLabel('Nama kelompok').fill(group.name);
  await page.getByLabel('Kecamatan', { exact: true }).selectOption({ label: group.kecamatan });
  await page.getByLabel('Desa/kelurahan', { exact: true }).selectOption({ label: group.desa });
  if (group.chair) await page.getByLabel('Nama ketua').fill(group.chair);
  await page.getByRole('button', { name: 'Simpan poktan' }).click();
}

async function needAction(page: Page, button: string, fields: Record<string, string>) {
  await page.getByRole('table', { name: 'Kebutuhan sarana' }).getByRole('button', { name: button }).click();
  for (const [label, value] of Object.entries(fields)) {
    const field = page.getByLabel(label, { exact: true });
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption({ label: value });
    else await field.fill(value);
  }
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
}

test('poktan in two kecamatan: needs through their life cycle, a bulk delivery with undo, recaps and PDF', async ({ page, host }) => {
  test.setTimeout(120_000);
  await setUpLebakOffice(host);
  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Poktan & Sarana' }).click();
  await expect(page.getByText('Belum ada poktan.')).toBeVisible();

  // A chair's phone number with letters and an SK dated before the group was founded are refused beside their fields, together.
  await page.getByRole('link', { name: 'Tambah poktan' }).click();
  await page.getByLabel('Nama kelompok').fill('BKB Mawar');
  await page.getByLabel('Kecamatan', { exact: true }).selectOption({ label: 'Bayah' });
  await page.getByLabel('Desa/kelurahan', { exact: true }).selectOption({ label: 'Sawarna' });
  await page.getByLabel('Telepon ketua').fill('nol delapan satu');
  await page.getByLabel('Tahun pembentukan').fill('2020');
  await page.getByLabel('Tanggal SK', { exact: true }).fill('12/03/2010');
  await page.getByRole('button', { name: 'Simpan poktan' }).click();
  await expect(page.getByLabel('Telepon ketua')).toHaveAccessibleDescription('Nomor telepon hanya boleh berisi angka, spasi, dan tanda + - ( ) / .');
  await expect(page.getByLabel('Tanggal SK', { exact: true })).toHaveAccessibleDescription(/Tanggal SK lebih awal dari tahun pembentukan \(2020\)\./);
  await page.getByLabel('Tanggal SK', { exact: true }).fill('12/03/2020');
  await page.getByLabel('Telepon ketua').fill('0812 3456 7890');
  await page.getByLabel('Nama ketua').fill('Ibu Euis Komariah');
  await page.getByRole('button', { name: 'Simpan poktan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'BKB Mawar' })).toBeVisible();

  // Mawar needs two BKB kits: proposed, approved, one delivered.
  await page.getByRole('button', { name: 'Tambah kebutuhan sarana' }).press('Enter');
  // The form that opens takes the keyboard: Tab goes on to its first field.
  await expect(page.getByRole('heading', { level: 3, name: 'Tambah kebutuhan sarana' })).toBeFocused();
  // Neither a catalogue item nor a name and unit, and a quantity in words: all three named at once.
  await page.getByLabel('Jumlah dibutuhkan').fill('dua');
  await page.getByRole('button', { name: 'Simpan kebutuhan' }).click();
  await expect(page.getByLabel('Nama barang')).toHaveAccessibleDescription('Pilih barang dari katalog atau tuliskan namanya.');
  await expect(page.getByLabel('Satuan')).toHaveAccessibleDescription(/Tuliskan satuannya \(misalnya paket, set, buah\)\./);
  await expect(page.getByLabel('Jumlah dibutuhkan')).toHaveAccessibleDescription(/angka/);
  await screenshot(page, 'poktan-kebutuhan-salah');
  // Escape closes the form as Batal does, and the keyboard is back on the button that opened it.
  await page.getByLabel('Jumlah dibutuhkan').press('Escape');
  await expect(page.getByRole('form', { name: 'Tambah kebutuhan sarana' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Tambah kebutuhan sarana' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Tambah kebutuhan sarana' })).toBeFocused();
  await page.getByLabel('Barang dari katalog BKB').selectOption({ index: 1 });
  // The quantity says the item's unit.
  await page.getByLabel('Jumlah dibutuhkan (paket)', { exact: true }).fill('2');
  await page.getByLabel('Tahun usulan').fill('2025');
  await page.getByLabel('Tanggal diidentifikasi').fill('2025-01-20');
  await page.getByRole('button', { name: 'Simpan kebutuhan' }).click();
  const needs = page.getByRole('table', { name: 'Kebutuhan sarana' });
  await expect(needs.getByText('Diidentifikasi', { exact: true })).toBeVisible();
  // A step's panel too closes on Escape, giving the keyboard back to its button.
  await needs.getByRole('button', { name: 'Usulkan' }).click();
  await page.getByLabel('Tanggal', { exact: true }).press('Escape');
  await expect(page.getByRole('form', { name: 'Usulkan kebutuhan' })).toHaveCount(0);
  await expect(needs.getByRole('button', { name: 'Usulkan' })).toBeFocused();
  await needAction(page, 'Usulkan', { Tanggal: '2025-02-10' });
  await needAction(page, 'Setujui', { Tanggal: '2025-03-01', 'Jumlah disetujui (paket)': '2', 'Sumber dana': 'APBN/BKKBN (termasuk DAK BOKB)' });
  // Receiving more than approved needs a note.
  await needAction(page, 'Catat penerimaan', { Tanggal: '2025-04-01', 'Jumlah diterima (paket)': '3' });
  await expect(page.getByLabel('Jumlah diterima (paket)')).toHaveAccessibleDescription(/melebihi jumlah disetujui \(2\)/);
  await screenshot(page, 'poktan-kebutuhan-terima');
  await page.getByLabel('Jumlah diterima (paket)').fill('1');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(needs.getByText('Diterima sebagian', { exact: true })).toBeVisible();
  await needs.getByText('Riwayat (4)').click();
  await expect(needs.locator('.history li')).toHaveText([
    '20 Januari 2025: Diidentifikasi 2 paket',
    '10 Februari 2025: Diusulkan',
    '1 Maret 2025: Disetujui 2 paket · APBN/BKKBN (termasuk DAK BOKB)',
    '1 April 2025: Diterima sebagian 1 paket · APBN/BKKBN (termasuk DAK BOKB)',
  ]);
  await screenshot(page, 'poktan-kebutuhan');
  // The same kit again for 2025 while the first is still open: refused beside the item, nothing added.
  await page.getByRole('button', { name: 'Tambah kebutuhan sarana' }).click();
  await page.getByLabel('Barang dari katalog BKB').selectOption({ index: 1 });
  await page.getByLabel('Jumlah dibutuhkan').fill('1');
  await page.getByLabel('Tahun usulan').fill('2025');
  await page.getByRole('button', { name: 'Simpan kebutuhan' }).click();
  await expect(page.getByLabel('Barang dari katalog BKB')).toHaveAccessibleDescription(
    /sudah tercatat untuk tahun 2025 dan belum selesai \(diterima sebagian, 2 paket dibutuhkan\); lanjutkan kebutuhan itu di tabel, atau isi tahun usulan lain\./,
  );
  await screenshot(page, 'poktan-kebutuhan-kembar');
  await page.getByLabel('Jumlah dibutuhkan').press('Escape');
  await expect(needs.getByRole('button', { name: /^Hapus kebutuhan/ })).toHaveCount(1);

  // A near-duplicate in the same desa is caught and the existing group offered.
  await page.getByRole('link', { name: '← Register poktan' }).click();
  await addGroup(page, { name: 'b.k.b.  MAWAR', kecamatan: 'Bayah', desa: 'Sawarna' });
  await expect(page.getByText('Sudah ada BKB bernama "BKB Mawar" di desa/kelurahan ini.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Buka BKB Mawar' })).toBeVisible();
  await screenshot(page, 'poktan-duplikat');
  await page.getByLabel('Nama kelompok').fill('BKB Anggrek');
  await page.getByRole('button', { name: 'Simpan poktan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'BKB Anggrek' })).toBeVisible();
  await page.getByRole('link', { name: '← Register poktan' }).click();
  await addGroup(page, { name: 'BKB Melati', kecamatan: 'Rangkasbitung', desa: 'Cijoro Lebak' });
  await expect(page.getByRole('heading', { level: 1, name: 'BKB Melati' })).toBeVisible();
  await expect(page.locator('.flash')).toContainText('disimpan');
  await page.getByRole('link', { name: '← Register poktan' }).click();
  // The message stayed with the page the save led to; going elsewhere takes it away (checked once:
  // it would leave by itself after 8 s anyway).
  await expect(page.getByRole('link', { name: 'Tambah poktan' })).toBeVisible();
  expect(await page.locator('.flash').count()).toBe(0);
  // At once the same group again: the duplicate is reported, and no "disimpan." stands beside it.
  await addGroup(page, { name: 'bkb melati', kecamatan: 'Rangkasbitung', desa: 'Cijoro Lebak' });
  await expect(page.getByText('Sudah ada BKB bernama "BKB Melati" di desa/kelurahan ini.')).toBeVisible();
  // Checked once, not waited for: the message would leave by itself after 8 s anyway.
  expect(await page.locator('.flash').count()).toBe(0);
  await page.getByRole('link', { name: 'Buka BKB Melati' }).click();
  // An identity saved on the group's page: the page shows it, and leaves nothing behind on the next.
  await page.getByLabel('Nama ketua').fill('Ibu Neneng');
  await page.getByRole('button', { name: 'Simpan identitas' }).click();
  await expect(page.getByText('Identitas poktan disimpan.')).toBeVisible();
  await expect(page.getByLabel('Nama ketua')).toHaveValue('Ibu Neneng');
  await expect(page.getByRole('form', { name: 'Identitas poktan' })).toHaveCount(1);
  await page.getByRole('link', { name: '← Register poktan' }).click();
  await expect(page.getByRole('form', { name: 'Identitas poktan' })).toHaveCount(0);

  // Register: counts per type; select two groups and record one delivery, undo it, record it again.
  await expect(page.getByLabel('Jumlah poktan per jenis')).toContainText('3BKB · 3 aktif');
  await page.getByLabel('Pilih BKB Anggrek').check();
  await page.getByLabel('Pilih BKB Melati').check();
  const deliver = async () => {
    await page.getByRole('button', { name: 'Catat penyaluran sarana untuk 2 kelompok' }).click();
    // The panel takes the keyboard; Escape closes it and gives the keyboard back to its button.
    await expect(page.getByRole('heading', { name: 'Penyaluran sarana untuk 2 kelompok' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Catat penyaluran sarana untuk 2 kelompok' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.getByLabel('Barang', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Tanggal diterima').fill('2025-03-15');
    await page.getByLabel('Sumber dana').selectOption({ label: 'APBN/BKKBN (termasuk DAK BOKB)' });
    await page.getByLabel('Keterangan').fill('DAK BOKB 2025');
    await page.getByRole('button', { name: 'Catat penyaluran', exact: true }).click();
    const asked = page.getByRole('alertdialog');
    await expect(asked).toContainText('kepada 2 kelompok');
    await asked.getByRole('button', { name: 'Catat penyaluran' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'kepada 2 kelompok dicatat.' })).toBeVisible();
  };
  await deliver();
  await screenshot(page, 'poktan-register');
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Penyaluran dibatalkan' })).toBeVisible();
  await page.getByLabel('Pilih BKB Anggrek').check();
  await page.getByLabel('Pilih BKB Melati').check();
  await deliver();

  // Recaps for 2025.
  await page.getByRole('link', { name: 'Rekap sarana' }).click();
  await page.getByLabel('Tahun', { exact: true }).selectOption('2025');
  await expect(page.getByRole('table', { name: 'Kebutuhan terbuka per kecamatan' }).getByRole('row', { name: /^Bayah/ }).getByRole('cell')).toHaveText(['1', '0', '0', '0', '0', '1']);
  const delivered = page.getByRole('table', { name: 'Sarana diterima menurut sumber dana' });
  await expect(delivered.getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText('3');
  await expect(delivered.getByRole('row').nth(1).getByRole('cell').nth(3)).toHaveText('3 paket');
  const fulfilment = page.getByRole('table', { name: 'Tingkat pemenuhan per kecamatan' });
  await expect(fulfilment.getByRole('row', { name: /^Bayah/ }).getByRole('cell')).toHaveText(['3', '3', '2', '66,67%']);
  await expect(fulfilment.getByRole('row', { name: /^Rangkasbitung/ }).getByRole('cell')).toHaveText(['1', '1', '1', '100,00%']);
  await expect(fulfilment.getByRole('row', { name: /^Jumlah/ }).getByRole('cell')).toHaveText(['4', '4', '3', '75,00%']);
  await screenshot(page, 'poktan-rekap');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Cetak rekap (PDF)' }).click();
  const text = await readDownloadedPdf(await download, 'rekap-sarana-poktan');
  expect(text).toContain('REKAP KEBUTUHAN SARANA POKTAN TAHUN 2025');
  expect(text).toMatch(/Bayah\s+1\s+0\s+0\s+0\s+0\s+1/);
  expect(text.replace(/\s+/g, ' ')).toMatch(/APBN\/BKKBN \(termasuk BKB Kit .*? 3 3 paket/);
  expect(text).toMatch(/Bayah\s+3\s+3\s+2\s+66,67%/);
  expect(text).toMatch(/Jumlah\s+4\s+4\s+3\s+75,00%/);

  // The same recap to Excel: the fulfilment sheet holds the screen's numbers.
  const excel = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor ke Excel' }).click();
  const workbook = await readDownloadedWorkbook(await excel, 'rekap-sarana-poktan');
  const sheet = workbook.getWorksheet('Pemenuhan 2025')!;
  const jumlah = sheet.getRows(2, sheet.rowCount)!.find((row) => row.getCell(1).value === 'Jumlah')!;
  expect((jumlah.values as unknown[]).slice(1)).toEqual(['Jumlah', 4, 4, 3, 0.75]);
});

test('an inactive group is marked on a line of its own under its name, however long the name', async ({ page, host }) => {
  await setUpLebakOffice(host);
  const inactive = { type: 'bkb', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002', isActive: false };
  await host.call('poktan-create', { ...inactive, name: 'BKB Mawar' });
  await host.call('poktan-create', { ...inactive, name: 'BKB Bina Keluarga Balita Sejahtera Harapan Bunda Dusun Cikadu Hilir' });
  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Poktan & Sarana' }).click();
  for (const name of ['BKB Mawar', 'BKB Bina Keluarga Balita Sejahtera Harapan Bunda Dusun Cikadu Hilir']) {
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    const link = (await row.getByRole('link', { name, exact: true }).boundingBox())!;
    const badge = (await row.getByText('Tidak aktif', { exact: true }).boundingBox())!;
    expect(badge.y).toBeGreaterThanOrEqual(link.y + link.height - 1);
    expect(Math.abs(badge.x - link.x)).toBeLessThan(2);
  }
  await screenshot(page, 'poktan-tidak-aktif');
});
