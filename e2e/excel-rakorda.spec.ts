import ExcelJS from 'exceljs';
import { expect, screenshot, test } from './fixtures.js';
import { setUpLebakOffice } from './office-fixture.js';
import { readDownloadedWorkbook } from './xlsx.js';

const YEAR = new Date().getFullYear() - 1;

test('Rakorda targets from a prefilled template into the grid; the evaluation and the filtered Kampung KB list back out to Excel', async ({ page, host }) => {
  await setUpLebakOffice(host);
  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Impor/Ekspor' }).click();
  await page.getByRole('navigation', { name: 'Data yang diimpor' }).getByRole('link', { name: 'Target dan capaian Rakorda' }).click();
  await page.getByLabel('Tahun', { exact: true }).selectOption(String(YEAR));
  await page.getByLabel('Jenis isian').selectOption({ label: 'Target (PPM)' });

  const templateDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh templat Target dan Capaian Rakorda' }).click();
  const templatePath = 'test-results/templat-rakorda.xlsx';
  await (await templateDownload).saveAs(templatePath);
  await page.getByRole('button', { name: 'Tutup pesan' }).click();

  const fill = async (cijaku: string | number) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(templatePath);
    const sheet = workbook.getWorksheet('Evaluasi Rakorda')!;
    const rowOf = (name: string) => sheet.getRow((sheet.getColumn(1).values as unknown[]).indexOf(name));
    rowOf('Bayah').getCell(2).value = 1000;
    rowOf('Cijaku').getCell(2).value = cijaku;
    const path = `test-results/impor-rakorda-${String(cijaku).replace(/\W+/g, '-')}.xlsx`;
    await workbook.xlsx.writeFile(path);
    return path;
  };

  const file = page.getByLabel('Berkas Excel Target dan Capaian Rakorda untuk diimpor');
  // The target template chosen for the realisasi: refused, not written as the wrong figures.
  await page.getByLabel('Jenis isian').selectOption({ label: 'Realisasi (indikator jumlah)' });
  await file.setInputFiles(await fill(2000));
  await expect(page.getByText(`Berkas ini templat target ${YEAR}, sedangkan yang dipilih realisasi ${YEAR}.`)).toBeVisible();
  await screenshot(page, 'impor-rakorda-jenis-lain');
  await page.getByLabel('Jenis isian').selectOption({ label: 'Target (PPM)' });
  await file.setInputFiles(await fill('dua ribu'));
  await expect(page.getByRole('table', { name: 'Baris bermasalah' }).getByRole('row', { name: /^\d+ Cijaku/ })).toContainText(
    'Kolom "Peserta KB baru (PB)": "dua ribu" bukan angka (gunakan koma untuk desimal, misalnya 12,5).',
  );
  await screenshot(page, 'impor-rakorda-bermasalah');
  await file.setInputFiles(await fill('2.000'));
  // The kecamatan left blank in the prefilled template are counted, not lost without a word.
  await expect(page.locator('.summary-line')).toHaveText('2 baris: 2 baru, 0 sudah tercatat, 0 bermasalah. 27 baris tanpa angka tidak diimpor (baris 2, 3, 5, 6, 7, 8, 9, 11, …).');
  await screenshot(page, 'impor-rakorda-siap');
  // The button says what the rows are written as: a file of another layer reads the same.
  await page.getByRole('button', { name: /^Impor 2 baris sebagai Target \(PPM\) tahun \d{4}$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Impor Target dan Capaian Rakorda selesai: 2 ditambahkan, 0 diperbarui, 0 dilewati.' })).toBeVisible();

  // The grid shows what the file held; the evaluation sums the kecamatan targets.
  await page.getByRole('link', { name: 'Evaluasi Rakorda' }).click();
  await expect(page.getByRole('table', { name: 'Capaian indikator kabupaten' }).getByRole('row', { name: /Peserta KB baru \(PB\)/ }).first()).toContainText('3.000');
  await page.getByRole('link', { name: 'Isi target dan realisasi' }).click();
  await expect(page.getByRole('textbox', { name: 'Cijaku, Peserta KB baru (PB)', exact: true })).toHaveValue('2.000');
  await screenshot(page, 'impor-rakorda-grid');

  const evaluationDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor ke Excel' }).click();
  const evaluation = await readDownloadedWorkbook(await evaluationDownload, 'ekspor-rakorda');
  expect(evaluation.getWorksheet(`Evaluasi ${YEAR}`)!.getRow(2).values).toEqual(expect.arrayContaining([1, 'Peserta KB baru (PB)', 'orang', 3000]));

  // The Kampung KB list goes out with the filter on screen.
  await host.call('kampung-kb-create', { name: 'Kampung KB Sawarna Maju', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002', declaredOn: '2017-03-23' });
  await host.call('kampung-kb-create', { name: 'Kampung KB Kolelet', kecamatanCode: '36.02.14', desaCode: '36.02.14.1006', declaredOn: '2018-05-02' });
  await page.getByRole('link', { name: 'Kampung KB' }).click();
  await page.getByLabel('Kecamatan').selectOption({ label: 'Bayah' });
  await expect(page.getByText('1 dari 1 Kampung KB ditampilkan')).toBeVisible();
  await screenshot(page, 'ekspor-kampung-kb');
  const listDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor ke Excel' }).click();
  const list = await readDownloadedWorkbook(await listDownload, 'ekspor-kampung-kb');
  const sheet = list.getWorksheet('Kampung KB')!;
  expect(sheet.actualRowCount).toBe(2);
  expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['Kampung KB Sawarna Maju', 'Bayah', 'Sawarna']));
});
