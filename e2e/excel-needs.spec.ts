import ExcelJS from 'exceljs';
import { expect, screenshot, test } from './fixtures.js';
import { setUpLebakOffice } from './office-fixture.js';

const KIT = 'BKB Kit (alat permainan edukatif, media penyuluhan, buku panduan)';

test('facility needs: template → fill → import with a bad row, fix, import → the needs and their history on the group', async ({ page, host }) => {
  await setUpLebakOffice(host);
  // Bayah 36.02.03, Sawarna 36.02.03.2002.
  await host.call('poktan-create', { type: 'bkb', name: 'BKB Mawar', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' });
  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Impor/Ekspor' }).click();
  await page.getByRole('navigation', { name: 'Data yang diimpor' }).getByRole('link', { name: 'Kebutuhan sarana' }).click();

  const templateDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh templat Kebutuhan Sarana' }).click();
  const templatePath = 'test-results/templat-kebutuhan.xlsx';
  await (await templateDownload).saveAs(templatePath);
  await page.getByRole('button', { name: 'Tutup pesan' }).click();

  const fill = async (secondGroup: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(templatePath);
    const sheet = workbook.getWorksheet('Kebutuhan sarana')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Nama kelompok *');
    sheet.getRow(2).values = ['BKB Mawar', 'BKB', 'Bayah', 'Sawarna', KIT, '', 2, 0, '', 'Tinggi', 2025, 'APBN/BKKBN (termasuk DAK BOKB)', 'Diterima sebagian', 2, 1, '01/04/2025', ''];
    sheet.getRow(3).values = [secondGroup, 'BKB', 'Bayah', 'Sawarna', 'Papan tulis', 'buah', 1, 0, 'Rusak berat', 'Sedang', 2025, 'Dana Desa/APBDes', 'Diusulkan', null, null, '10/02/2025', 'Papan lama patah'];
    const path = `test-results/impor-kebutuhan-${secondGroup.replace(/\s+/g, '-')}.xlsx`;
    await workbook.xlsx.writeFile(path);
    return path;
  };

  const file = page.getByLabel('Berkas Excel Kebutuhan Sarana untuk diimpor');
  await file.setInputFiles(await fill('BKB Melati'));
  const problems = page.getByRole('table', { name: 'Baris bermasalah' });
  await expect(problems.getByRole('row', { name: /^3 BKB Melati – Papan tulis/ })).toContainText(
    'Kelompok "BKB Melati" (BKB) tidak terdaftar di Sawarna, Kecamatan Bayah; daftarkan atau impor register poktan terlebih dahulu.',
  );
  await expect(page.getByText('2 baris: 1 baru, 0 sudah tercatat, 1 bermasalah.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Perbaiki baris bermasalah terlebih dahulu' })).toBeDisabled();
  await screenshot(page, 'impor-kebutuhan-bermasalah');
  // The columns were recognised by their headers; the mapping shows which file column feeds which field.
  await page.getByText('Pemetaan kolom').click();
  await expect(page.getByLabel('Tanggal status')).toHaveValue('15');
  await screenshot(page, 'impor-kebutuhan-pemetaan');
  // A required field unmapped by the user is asked for again, the mapping still at hand.
  const year = page.getByLabel('Tahun usulan *');
  const yearColumn = await year.inputValue();
  await year.selectOption('');
  await page.getByRole('button', { name: 'Periksa lagi dengan pemetaan ini' }).click();
  await expect(page.getByText('Kolom wajib belum dipetakan: Tahun usulan. Tentukan kolom berkas mana berisi data apa, lalu periksa lagi.')).toBeVisible();
  await screenshot(page, 'impor-kebutuhan-pemetaan-kurang');
  await year.selectOption(yearColumn);
  await page.getByRole('button', { name: 'Periksa lagi dengan pemetaan ini' }).click();
  await expect(page.getByText('2 baris: 1 baru, 0 sudah tercatat, 1 bermasalah.')).toBeVisible();

  await file.setInputFiles(await fill('BKB Mawar'));
  await expect(page.getByText('2 baris: 2 baru, 0 sudah tercatat, 0 bermasalah.')).toBeVisible();
  await page.getByRole('button', { name: 'Impor 2 baris' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Impor Kebutuhan Sarana selesai: 2 ditambahkan, 0 diperbarui, 0 dilewati.' })).toBeVisible();

  // The same file again finds both needs: nothing would be added twice.
  await file.setInputFiles(await fill('BKB Mawar'));
  await expect(page.getByText('2 baris: 0 baru, 2 sudah tercatat, 0 bermasalah.')).toBeVisible();
  await screenshot(page, 'impor-kebutuhan-ulang');

  await page.getByRole('link', { name: 'Poktan & Sarana' }).click();
  await page.getByRole('link', { name: 'BKB Mawar' }).click();
  const needs = page.getByRole('table', { name: 'Kebutuhan sarana' });
  await expect(needs.getByText('Diterima sebagian', { exact: true })).toBeVisible();
  await expect(needs.getByText('Diusulkan', { exact: true })).toBeVisible();
  await expect(needs.getByText('Papan tulis')).toBeVisible();
  // The kit's history (3 steps) sits in the row below it; the board's has 2.
  const kit = needs.getByRole('row').filter({ hasText: 'Riwayat (3)' });
  await kit.getByText('Riwayat (3)').click();
  await expect(kit.locator('.history li')).toHaveText([
    '1 April 2025: Diidentifikasi 2 paket',
    '1 April 2025: Disetujui 2 paket · APBN/BKKBN (termasuk DAK BOKB)',
    '1 April 2025: Diterima sebagian 1 paket · APBN/BKKBN (termasuk DAK BOKB)',
  ]);
  await screenshot(page, 'impor-kebutuhan-hasil');
});
