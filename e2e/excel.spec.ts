import ExcelJS from 'exceljs';
import { expect, screenshot, test } from './fixtures.js';
import { setUpLebakOffice } from './office-fixture.js';
import { readDownloadedWorkbook } from './xlsx.js';

test('template → fill → import with a bad row, fix, import → export the register and read it back', async ({ page, host }) => {
  await setUpLebakOffice(host);
  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Impor/Ekspor' }).click();

  const templateDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh templat Poktan' }).click();
  const templatePath = 'test-results/templat-poktan.xlsx';
  await (await templateDownload).saveAs(templatePath);

  const fill = async (kecamatanOfSecond: string, firstMembersAndYear: [number | string, number] = [25, 2018]) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(templatePath);
    const sheet = workbook.getWorksheet('Poktan')!;
    sheet.getRow(2).values = ['BKB', 'BKB Mawar', 'Bayah', 'Sawarna', 'RT 02/RW 01', 'Ibu Euis', '0812 3456 7890', ...firstMembersAndYear, '400/12/2018', '15/03/2018', 'Dasar', 'Ya'];
    sheet.getRow(3).values = ['PIK-R', 'PIK-R Cemerlang', kecamatanOfSecond, 'Cijoro Lebak', '', 'Rizky', '', 40, 2020, '', '', 'Tegak', 'Ya'];
    const path = `test-results/impor-poktan-${kecamatanOfSecond}.xlsx`;
    await workbook.xlsx.writeFile(path);
    return path;
  };

  await page.getByLabel('Berkas Excel Poktan untuk diimpor').setInputFiles(await fill('Bayah', ['dua puluh', 2090]));
  const problems = page.getByRole('table', { name: 'Baris bermasalah' });
  await expect(problems.getByRole('row', { name: /^3 PIK-R Cemerlang/ })).toContainText('Desa/kelurahan "Cijoro Lebak" berada di Kecamatan Rangkasbitung, bukan Bayah.');
  // A cell that cannot be read and the form's own check, named together: one round of fixing.
  const mawar = problems.getByRole('row', { name: /^2 BKB Mawar/ });
  await expect(mawar).toContainText('Kolom "Jumlah anggota": "dua puluh" bukan bilangan bulat.');
  await expect(mawar).toContainText('Kolom "Tahun pembentukan": Tahun pembentukan tidak boleh di masa depan.');
  await expect(page.getByText('2 baris: 0 baru, 0 sudah tercatat, 2 bermasalah.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Perbaiki baris bermasalah terlebih dahulu' })).toBeDisabled();
  await screenshot(page, 'impor-bermasalah');

  // While the corrected file is being checked, the first file's findings are not shown beside its name.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/excel-preview', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByLabel('Berkas Excel Poktan untuk diimpor').setInputFiles(await fill('Rangkasbitung'));
  await expect(page.getByText('impor-poktan-Rangkasbitung.xlsx')).toBeVisible();
  await expect(page.getByText('2 baris: 0 baru, 0 sudah tercatat, 2 bermasalah.')).toBeHidden();
  await expect(problems).toBeHidden();
  await screenshot(page, 'impor-memeriksa-berkas-baru');
  release();
  await expect(page.getByText('2 baris: 2 baru, 0 sudah tercatat, 0 bermasalah.')).toBeVisible();
  await page.unroute('**/api/excel-preview');
  // What the import will do with each row, folded away until asked for.
  const toImport = page.getByRole('table', { name: 'Baris yang akan diimpor' });
  await expect(toImport).toBeHidden();
  await page.getByText('Lihat baris yang akan diimpor').click();
  await expect(toImport.getByRole('row')).toHaveText([/Baris\s*Data\s*Tindakan/, /2\s*BKB Mawar\s*Ditambahkan/, /3\s*PIK-R Cemerlang\s*Ditambahkan/]);
  await page.getByRole('button', { name: 'Impor 2 baris' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Impor Poktan selesai: 2 ditambahkan, 0 diperbarui, 0 dilewati.' })).toBeVisible();

  // The same file again: both groups are known, and the list says what the choice below does to them.
  await page.getByLabel('Berkas Excel Poktan untuk diimpor').setInputFiles(await fill('Rangkasbitung'));
  await expect(page.getByText('2 baris: 0 baru, 2 sudah tercatat, 0 bermasalah.')).toBeVisible();
  await page.getByText('Lihat baris yang akan diimpor').click();
  await expect(toImport.getByRole('row').nth(1)).toHaveText(/BKB Mawar\s*Sudah tercatat: diperbarui bila berbeda/);
  await page.getByLabel('Lewati (biarkan data yang ada)').check();
  await expect(toImport.getByRole('row').nth(1)).toHaveText(/BKB Mawar\s*Sudah tercatat: dilewati/);
  // Both rows would be skipped: the button does not offer to import them.
  await expect(page.getByRole('button', { name: 'Lewati 2 baris (tidak ada yang diimpor)' })).toBeVisible();
  await screenshot(page, 'impor-baris-yang-akan-diimpor');

  await page.getByRole('link', { name: 'Poktan & Sarana' }).click();
  await expect(page.getByRole('link', { name: 'BKB Mawar' })).toBeVisible();
  await page.getByLabel('Jenis', { exact: true }).selectOption({ label: 'PIK-R' });
  const exportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor ke Excel' }).click();
  const exported = await readDownloadedWorkbook(await exportDownload, 'ekspor-poktan');
  const sheet = exported.getWorksheet('Poktan')!;
  // The filter applied on screen (PIK-R only) applies to the export.
  expect(sheet.actualRowCount).toBe(2);
  expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['PIK-R', 'PIK-R Cemerlang', 'Rangkasbitung', 'Cijoro Lebak', 'Rizky', 40, 2020, 'Tegak', 'Ya']));
});

test('a 10.000-row file is checked and imported with a progress bar that says which row it is at', async ({ page, host }) => {
  await setUpLebakOffice(host);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Poktan');
  sheet.addRow(['Jenis poktan', 'Nama kelompok', 'Kecamatan', 'Desa/kelurahan', 'Nama ketua', 'Jumlah anggota']);
  for (let i = 1; i <= 10_000; i += 1) sheet.addRow(['BKR', `BKR Impor ${i}`, 'Bayah', 'Sawarna', 'Ibu Ketua', 20 + (i % 30)]);
  const path = 'test-results/impor-poktan-10000.xlsx';
  await workbook.xlsx.writeFile(path);

  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Impor/Ekspor' }).click();
  await page.getByLabel('Berkas Excel Poktan untuk diimpor').setInputFiles(path);
  const bar = page.getByRole('progressbar', { name: 'Kemajuan impor' });
  await expect(bar).toBeVisible();
  await expect(page.getByText('10.000 baris: 10.000 baru, 0 sudah tercatat, 0 bermasalah.')).toBeVisible();
  await expect(bar).toBeHidden();
  await page.getByText('Lihat baris yang akan diimpor').click();
  await expect(page.getByRole('table', { name: 'Baris yang akan diimpor' }).getByRole('row')).toHaveCount(1 + 200);
  await expect(page.getByText('Ditampilkan 200 dari 10.000 baris yang akan diimpor.')).toBeVisible();

  await page.getByRole('button', { name: 'Impor 10.000 baris' }).click();
  // While it imports, neither another file nor the other choice for stored groups can be taken.
  const poktanImport = page.getByRole('region', { name: 'Impor Poktan dari Excel' });
  await expect(poktanImport.getByRole('button', { name: 'Pilih berkas Excel…' })).toBeDisabled();
  await expect(poktanImport.getByRole('radio', { name: 'Lewati (biarkan data yang ada)' })).toBeDisabled();
  await expect(page.getByText(/^Menyimpan baris [\d.]+ dari 10\.000…$/)).toBeVisible();
  await screenshot(page, 'impor-kemajuan');
  await expect(page.getByRole('status').filter({ hasText: 'Impor Poktan selesai: 10.000 ditambahkan, 0 diperbarui, 0 dilewati.' })).toBeVisible();
  await expect(bar).toBeHidden();

  // The whole-database archive is downloaded from where the app kept it, not carried through the page.
  const archiveDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Arsip seluruh basis data' }).click();
  const downloaded = await archiveDownload;
  await expect(page.getByRole('status').filter({ hasText: /^Berkas disimpan: Arsip Sinergi KB \d{4}-\d{2}-\d{2}\.xlsx/ })).toBeVisible();
  const archive = await readDownloadedWorkbook(downloaded, 'arsip-10000');
  expect(archive.getWorksheet('poktan')!.actualRowCount).toBe(10_000 + 1);
});

test('a file previewed before another user registered one of its groups is checked again on import: that group is updated, not added twice, and keeps what the file has no column for', async ({ page, host }) => {
  await setUpLebakOffice(host);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Poktan');
  sheet.addRow(['Jenis poktan', 'Nama kelompok', 'Kecamatan', 'Desa/kelurahan', 'Jumlah anggota', 'Keterangan RT']);
  for (let i = 1; i <= 3_000; i += 1) sheet.addRow(['BKB', `BKB Impor ${i}`, 'Bayah', 'Sawarna', 20, 'Aktif tiap Kamis']);
  const path = 'test-results/impor-poktan-3000.xlsx';
  await workbook.xlsx.writeFile(path);

  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Impor/Ekspor' }).click();
  await page.getByLabel('Berkas Excel Poktan untuk diimpor').setInputFiles(path);
  await expect(page.getByText('3.000 baris: 3.000 baru, 0 sudah tercatat, 0 bermasalah.')).toBeVisible();
  // A column the office added feeds no field: said, not dropped without a word.
  await expect(page.getByText('Kolom berkas yang tidak diimpor: Keterangan RT. Bila berisi data yang perlu disimpan, tentukan isiannya di Pemetaan kolom.')).toBeVisible();
  await screenshot(page, 'impor-kolom-tidak-diimpor');
  // Meanwhile, at another window, one of the file's groups is registered by hand.
  await host.call('poktan-create', { type: 'bkb', name: 'BKB Impor 1500', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002', members: 18, chairName: 'Ibu Euis' });

  await expect(page.getByRole('group', { name: 'Kelompok yang sudah terdaftar (kolom yang tidak ada di berkas tetap seperti yang tersimpan)' })).toBeVisible();
  await page.getByRole('button', { name: 'Impor 3.000 baris' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Impor Poktan selesai: 2.999 ditambahkan, 1 diperbarui, 0 dilewati.' })).toBeVisible();
  await screenshot(page, 'impor-diperiksa-ulang');
  await page.getByRole('link', { name: 'Poktan & Sarana' }).click();
  await page.getByLabel('Cari').fill('BKB Impor 1500');
  const rows = page.getByRole('row').filter({ hasText: 'BKB Impor 1500' });
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole('cell', { name: '20', exact: true })).toBeVisible();
  // The file has no chair column: the chair registered by hand stays.
  await expect(rows.getByRole('cell', { name: 'Ibu Euis', exact: true })).toBeVisible();
});
