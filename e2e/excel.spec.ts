import ExcelJS from 'exceljs';
import { expect, screenshot, test } from './fixtures.js';
import { setUpLebakOffice } from './office-fixture.js';

test('template → fill → import with a bad row, fix, import → export the register and read it back', async ({ page, host }) => {
  await setUpLebakOffice(host);
  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Impor/Ekspor' }).click();

  const templateDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh templat Poktan' }).click();
  const templatePath = 'test-results/templat-poktan.xlsx';
  await (await templateDownload).saveAs(templatePath);

  const fill = async (kecamatanOfSecond: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(templatePath);
    const sheet = workbook.getWorksheet('Poktan')!;
    sheet.getRow(2).values = ['BKB', 'BKB Mawar', 'Bayah', 'Sawarna', 'RT 02/RW 01', 'Ibu Euis', '0812 3456 7890', 25, 2018, '400/12/2018', '15/03/2018', 'Dasar', 'Ya'];
    sheet.getRow(3).values = ['PIK-R', 'PIK-R Cemerlang', kecamatanOfSecond, 'Cijoro Lebak', '', 'Rizky', '', 40, 2020, '', '', 'Tegak', 'Ya'];
    const path = `test-results/impor-poktan-${kecamatanOfSecond}.xlsx`;
    await workbook.xlsx.writeFile(path);
    return path;
  };

  await page.getByLabel('Berkas Excel Poktan untuk diimpor').setInputFiles(await fill('Bayah'));
  const problems = page.getByRole('table', { name: 'Baris bermasalah' });
  await expect(problems.getByRole('row', { name: /^3 PIK-R Cemerlang/ })).toContainText('Desa/kelurahan "Cijoro Lebak" berada di Kecamatan Rangkasbitung, bukan Bayah.');
  await expect(page.getByText('2 baris: 1 baru, 0 sudah tercatat, 1 bermasalah.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Perbaiki baris bermasalah terlebih dahulu' })).toBeDisabled();
  await screenshot(page, 'impor-bermasalah');

  await page.getByLabel('Berkas Excel Poktan untuk diimpor').setInputFiles(await fill('Rangkasbitung'));
  await expect(page.getByText('2 baris: 2 baru, 0 sudah tercatat, 0 bermasalah.')).toBeVisible();
  await page.getByRole('button', { name: 'Impor 2 baris' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Impor Poktan selesai: 2 ditambahkan, 0 diperbarui, 0 dilewati.' })).toBeVisible();

  await page.getByRole('link', { name: 'Poktan & Sarana' }).click();
  await expect(page.getByRole('link', { name: 'BKB Mawar' })).toBeVisible();
  await page.getByLabel('Jenis', { exact: true }).selectOption({ label: 'PIK-R' });
  const exportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor ke Excel' }).click();
  const exportPath = 'test-results/ekspor-poktan.xlsx';
  await (await exportDownload).saveAs(exportPath);
  const exported = new ExcelJS.Workbook();
  await exported.xlsx.readFile(exportPath);
  const sheet = exported.getWorksheet('Poktan')!;
  // The filter applied on screen (PIK-R only) applies to the export.
  expect(sheet.actualRowCount).toBe(2);
  expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['PIK-R', 'PIK-R Cemerlang', 'Rangkasbitung', 'Cijoro Lebak', 'Rizky', 40, 2020, 'Tegak', 'Ya']));
});
