import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures.js';
import { setUpLebakOffice } from './office-fixture.js';
import { readDownloadedPdf } from './pdf.js';

const YEAR = new Date().getFullYear() - 1;

/** Pastes text into a cell as Excel's clipboard would deliver it (tab-separated rows). */
async function pasteInto(cell: Locator, text: string) {
  await cell.focus();
  await cell.evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

const cell = (page: Page, area: string, indicator: string) => page.getByRole('textbox', { name: `${area}, ${indicator}`, exact: true });

async function layer(page: Page, label: string) {
  await page.getByLabel('Lapisan data').selectOption({ label });
}

async function saveGrid(page: Page, message: RegExp) {
  await page.getByRole('button', { name: 'Simpan isian' }).click();
  await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
}

test('a year’s evaluation through the grid (keyboard and paste), the meeting, resolutions and the report PDF', async ({ page, host }) => {
  test.setTimeout(150_000);
  await setUpLebakOffice(host);
  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Evaluasi Rakorda' }).click();
  await page.getByRole('link', { name: 'Isi target dan realisasi' }).click();

  // Targets for three kecamatan × five indicators, pasted from Excel in one block.
  await pasteInto(
    cell(page, 'Banjarsari', 'Peserta KB baru (PB)'),
    ['1.000\t10.000\t200\t24\t50', '2.000\t15.000\t300\t26\t60', '7.686\t20.000\t500\t25\t90'].join('\n'),
  );
  await expect(cell(page, 'Bojongmanik', 'Peserta KB baru pria')).toHaveValue('90');
  await screenshot(page, 'rakorda-isian-target');
  await saveGrid(page, /15 isian target tahun \d{4} disimpan\./);

  // Realisasi: PB typed with the keyboard (Enter moves down), PA and PB MKJP pasted, one bad cell.
  await layer(page, 'Realisasi (indikator jumlah)');
  await cell(page, 'Banjarsari', 'Peserta KB baru (PB)').click();
  await page.keyboard.type('1100');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1500');
  await page.keyboard.press('Enter');
  await page.keyboard.type('8231');
  await expect(cell(page, 'Bayah', 'Peserta KB baru (PB)')).toHaveValue('1500');
  // Right and left move between cells at the value's edge, and typing replaces the cell moved to.
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, 'Bojongmanik', 'Peserta KB aktif (PA)')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(cell(page, 'Bojongmanik', 'Peserta KB baru (PB)')).toBeFocused();
  await page.keyboard.type('8213');
  await expect(cell(page, 'Bojongmanik', 'Peserta KB baru (PB)')).toHaveValue('8213');
  // Every wrong cell is named in one round: "1,000" as an English-language Excel writes a thousand
  // (asked about, not read as one), text, a negative, and half a person.
  await cell(page, 'Cibadak', 'Peserta KB baru (PB)').fill('1,000');
  await pasteInto(cell(page, 'Banjarsari', 'Peserta KB aktif (PA)'), '9.500\t210\n15.600\t280\n19.000\t450\n');
  await cell(page, 'Banjarsari', 'Peserta KB baru pria').fill('sepuluh');
  await cell(page, 'Bayah', 'Peserta KB baru pria').fill('61,5');
  await cell(page, 'Bojongmanik', 'Peserta KB baru pria').fill('-40');
  await page.getByRole('button', { name: 'Simpan isian' }).click();
  const problems = page.getByRole('alert');
  await expect(problems).toContainText('Cibadak, Peserta KB baru (PB): "1,000" bisa berarti ribuan atau desimal: tulis 1.000 untuk ribuan, atau 1 untuk desimal.');
  await expect(problems).toContainText('Banjarsari, Peserta KB baru pria: harus berupa angka; titik untuk ribuan dan koma untuk desimal, misalnya 1.250 atau 12,5.');
  await expect(problems).toContainText('Bojongmanik, Peserta KB baru pria: tidak boleh negatif.');
  await expect(problems).toContainText('Bayah, Peserta KB baru pria: harus bilangan bulat (orang).');
  await expect(cell(page, 'Bayah', 'Peserta KB baru pria')).toHaveAttribute('aria-invalid', 'true');
  // The keyboard is taken to the first red cell in the grid's order.
  await expect(cell(page, 'Banjarsari', 'Peserta KB baru pria')).toBeFocused();
  // The target layer's "disimpan." went when these problems came: it would read as if they had been saved.
  expect(await page.locator('.flash').count()).toBe(0);
  await screenshot(page, 'rakorda-isian-salah');
  await cell(page, 'Cibadak', 'Peserta KB baru (PB)').fill('');
  await cell(page, 'Banjarsari', 'Peserta KB baru pria').fill('45');
  await cell(page, 'Bojongmanik', 'Peserta KB baru pria').fill('40');
  await cell(page, 'Bayah', 'Peserta KB baru pria').fill('61');
  await saveGrid(page, /12 isian realisasi tahun \d{4} disimpan\./);

  // A figure typed and not saved survives a switch of layer, which says so; Escape keeps what the
  // cell held on arrival, and emptying the cell leaves nothing to save.
  await layer(page, 'Target (PPM)');
  await cell(page, 'Cibadak', 'Peserta KB baru (PB)').fill('1.200');
  await layer(page, 'Pembilang (indikator rasio)');
  await expect(page.getByRole('status').filter({ hasText: 'Isian lain yang belum disimpan — Target (PPM): 1 sel.' })).toBeVisible();
  await screenshot(page, 'rakorda-isian-belum-disimpan');
  await layer(page, 'Target (PPM)');
  await expect(cell(page, 'Cibadak', 'Peserta KB baru (PB)')).toHaveValue('1.200');
  await expect(page.getByText('1 sel diubah')).toBeVisible();
  await cell(page, 'Cibadak', 'Peserta KB baru (PB)').press('Escape');
  await expect(cell(page, 'Cibadak', 'Peserta KB baru (PB)')).toHaveValue('1.200');
  await cell(page, 'Cibadak', 'Peserta KB baru (PB)').fill('');
  await expect(page.getByText('0 sel diubah')).toBeVisible();
  // A click selects the cell's figure: typing replaces it, Escape brings it back.
  await cell(page, 'Banjarsari', 'Peserta KB baru (PB)').click();
  await page.keyboard.type('1200');
  await expect(cell(page, 'Banjarsari', 'Peserta KB baru (PB)')).toHaveValue('1200');
  await page.keyboard.press('Escape');
  await expect(cell(page, 'Banjarsari', 'Peserta KB baru (PB)')).toHaveValue('1.000');

  // The rate indicator: numerators and denominators (25%, 20%, 30%).
  await layer(page, 'Pembilang (indikator rasio)');
  await pasteInto(cell(page, 'Banjarsari', 'Persentase PA MKJP'), '2500\t1\n3000\n6000');
  // The 1 fell on a hatched cell (a count indicator has no numerator): said, not silently dropped.
  await expect(page.getByRole('status').filter({ hasText: '1 angka tidak ditempel' })).toBeVisible();
  await saveGrid(page, /3 isian pembilang/);
  await layer(page, 'Penyebut (indikator rasio)');
  await pasteInto(cell(page, 'Banjarsari', 'Persentase PA MKJP'), '10000\n15000\n20000');
  await saveGrid(page, /3 isian penyebut/);

  await page.getByRole('link', { name: 'Evaluasi', exact: true }).click();
  const kabupaten = page.getByRole('table', { name: 'Capaian indikator kabupaten' });
  await expect(kabupaten.getByRole('row', { name: /Peserta KB baru \(PB\)/ }).getByRole('cell')).toHaveText(['1', 'Peserta KB baru (PB)', 'orang', '10.686', '10.813', '101,19%', 'Sangat Baik']);
  // No kabupaten target of its own: the kecamatan targets weighted by their denominators,
  // (24 × 10.000 + 26 × 15.000 + 25 × 20.000) ÷ 45.000 = 25,11%; the realisasi
  // (2.500 + 3.000 + 6.000) ÷ 45.000 = 25,56% → 101,77%.
  await expect(kabupaten.getByRole('row', { name: /Persentase PA MKJP/ }).getByRole('cell')).toHaveText(['4', 'Persentase PA MKJP', '%', '25,11', '25,56', '101,77%', 'Sangat Baik']);
  const ranking = page.getByRole('table', { name: 'Peringkat kecamatan: Peserta KB baru (PB)' });
  await expect(ranking.getByRole('row').nth(1).getByRole('cell')).toHaveText(['1', '1.000', '1.100', '110,00%', 'Sangat Baik']);
  await expect(ranking.getByRole('row').nth(3)).toContainText('Bayah');
  await expect(ranking.getByRole('row').nth(3)).toContainText('75,00%');
  await screenshot(page, 'rakorda-evaluasi');

  // The meeting and three resolutions.
  await page.getByRole('link', { name: 'Rapat dan peserta' }).click();
  await page.getByLabel('Tema').fill('Bangga Kencana untuk keluarga berkualitas');
  await page.getByLabel('Tanggal pelaksanaan').fill('23/03/' + (YEAR + 1));
  await page.getByLabel('Tempat').fill('Aula Multatuli');
  await page.getByLabel('Dibuka oleh').fill('Bupati Lebak');
  for (const [partner, count] of [['Dinas Kesehatan', '3'], ['Puskesmas', '28']] as const) {
    await page.getByRole('button', { name: 'Tambah instansi peserta' }).click();
    const index = partner === 'Dinas Kesehatan' ? 1 : 2;
    await page.getByLabel(`Instansi ${index}`, { exact: true }).selectOption({ label: partner });
    await page.getByLabel(`Jumlah peserta instansi ${index}`).fill(count);
  }
  await page.getByRole('button', { name: 'Simpan data rapat' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Data Rakorda tahun' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Peserta (31 orang)' })).toBeVisible();
  await screenshot(page, 'rakorda-rapat');

  await page.getByRole('link', { name: 'Rumusan kesepakatan' }).click();
  const resolutions = [
    ['Meningkatkan kesertaan MKJP melalui pelayanan KB bergerak.', ['Dinas Kesehatan', 'Puskesmas']],
    ['Membentuk Kampung KB di setiap kecamatan yang belum memilikinya.', ['Pemerintah kecamatan']],
    ['Mengaktifkan kembali PIK Remaja di sekolah.', ['Dinas Pendidikan']],
  ] as const;
  // The first try without a responsible partner is refused beside the choices.
  await page.getByLabel('Rumusan', { exact: true }).fill(resolutions[0][0]);
  await page.getByRole('button', { name: 'Tambah rumusan' }).click();
  await expect(page.getByText('Pilih paling sedikit satu penanggung jawab.')).toBeVisible();
  for (const [text, partners] of resolutions) {
    await page.getByLabel('Rumusan', { exact: true }).fill(text);
    for (const partner of partners) await page.getByRole('group', { name: 'Penanggung jawab' }).getByLabel(partner).check();
    await page.getByRole('button', { name: 'Tambah rumusan' }).click();
    await expect(page.getByRole('table', { name: 'Rumusan kesepakatan' }).getByText(text)).toBeVisible();
  }
  await screenshot(page, 'rakorda-rumusan');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Cetak laporan (PDF)' }).click();
  const text = await readDownloadedPdf(await download, 'laporan-rakorda');
  const flat = text.replace(/\s+/g, ' ');
  expect(text).toContain(`TAHUN ${YEAR}`);
  expect(text).toMatch(/1\s+Peserta KB baru \(PB\)\s+orang\s+10\.686\s+10\.813\s+101,19%\s+Sangat Baik/);
  expect(text).toMatch(/4\s+Persentase PA MKJP\s+%\s+25,11\s+25,56\s+101,77%\s+Sangat Baik/);
  expect(flat).toContain('untuk indikator persentase, rata-rata target kecamatan yang ditimbang dengan penyebutnya (dari kecamatan yang sudah mengisi pembilang dan penyebut).');
  expect(text).toMatch(/1\s+Banjarsari\s+1\.000\s+1\.100\s+110,00%\s+Sangat Baik/);
  expect(text).toMatch(/Bayah\s+2\.000\s+1\.500\s+75,00%\s+Cukup/);
  expect(flat).toContain(`Rakorda dilaksanakan pada 23 Maret ${YEAR + 1} di Aula Multatuli, dibuka oleh Bupati Lebak.`);
  expect(flat).toMatch(/2 Membentuk Kampung KB di setiap Pemerintah kecamatan – Belum kecamatan yang belum memilikinya\./);
  expect(text).toMatch(/Puskesmas\s+28/);
  expect(text).toMatch(/Halaman 2 dari \d+/);
});

test('an office’s own indicator, counted in hectares, takes decimals where the common set refuses them', async ({ page, host }) => {
  await setUpLebakOffice(host);
  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Evaluasi Rakorda' }).click();
  await page.getByRole('link', { name: 'Katalog indikator' }).click();
  const form = page.getByRole('form', { name: 'Tambah indikator' });
  const addIndicator = async (name: string, unit: string) => {
    await form.getByLabel('Nama indikator').fill(name);
    await form.getByLabel('Satuan').fill(unit);
    await form.getByRole('button', { name: 'Tambah indikator' }).click();
  };
  await form.getByLabel('Nama indikator').fill('Lahan pekarangan lestari');
  await form.getByLabel('Satuan').fill('ha');
  await expect(form.getByLabel('Dihitung dalam bilangan bulat (orang, keluarga, kelompok, …)')).toBeChecked();
  await form.getByLabel('Dihitung dalam bilangan bulat (orang, keluarga, kelompok, …)').uncheck();
  await screenshot(page, 'rakorda-indikator-baru');
  await form.getByRole('button', { name: 'Tambah indikator' }).click();
  await expect(page.getByRole('row', { name: /Lahan pekarangan lestari/ })).toContainText('haMakin besar makin baikJumlah dari kecamatanTidak');
  // The form is empty again; the same name a second time is named as a duplicate.
  await expect(form.getByLabel('Nama indikator')).toHaveValue('');
  await addIndicator('Lahan Pekarangan Lestari', 'ha');
  await expect(form.getByLabel('Nama indikator')).toHaveAccessibleDescription('Sudah ada indikator "Lahan pekarangan lestari" (kode lahan-pekarangan-lestari); gunakan nama lain, atau ubah indikator itu.');
  // A long name gets a code cut at a word, not a refusal.
  await addIndicator('Pasangan usia subur (PUS) ber-KB di desa lokus stunting', 'pasangan');
  const longNamed = page.getByRole('row', { name: /Pasangan usia subur \(PUS\) ber-KB di desa lokus stunting/ });
  await expect(longNamed).toContainText('pasangan-usia-subur-pus-ber-kb-di-desa');
  // "Ubah" on a row far down takes the user to the form it fills.
  await longNamed.getByRole('button', { name: 'Ubah' }).click();
  const editing = page.getByRole('form', { name: 'Ubah indikator' });
  await expect(editing.getByLabel('Nama indikator')).toBeFocused();
  await expect(editing.getByLabel('Nama indikator')).toHaveValue('Pasangan usia subur (PUS) ber-KB di desa lokus stunting');
  await editing.getByRole('button', { name: 'Batal' }).click();

  // Closing the window with a typed, unsaved figure asks first.
  await page.getByRole('link', { name: 'Isi target dan realisasi' }).click();
  await cell(page, 'Bayah', 'Peserta KB baru (PB)').fill('1.500');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(cell(page, 'Bayah', 'Peserta KB baru (PB)')).toHaveValue('1.500');
  await cell(page, 'Bayah', 'Peserta KB baru (PB)').press('Escape');

  await page.getByRole('link', { name: 'Isi target dan realisasi' }).click();
  await layer(page, 'Realisasi (indikator jumlah)');
  await cell(page, 'Bayah', 'Lahan pekarangan lestari').fill('2,75');
  await cell(page, 'Bayah', 'Peserta KB baru (PB)').fill('12,5');
  await page.getByRole('button', { name: 'Simpan isian' }).click();
  await expect(page.getByRole('alert')).toContainText('Bayah, Peserta KB baru (PB): harus bilangan bulat (orang).');
  await expect(page.getByRole('alert')).not.toContainText('Lahan pekarangan');
  await cell(page, 'Bayah', 'Peserta KB baru (PB)').fill('12');
  await saveGrid(page, /2 isian realisasi tahun \d{4} disimpan\./);
  await expect(cell(page, 'Bayah', 'Lahan pekarangan lestari')).toHaveValue('2,75');
});

test('the realisasi the registers hold is taken into the grid, checked and saved', async ({ page, host }) => {
  await setUpLebakOffice(host);
  const sawarna = { kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' };
  await host.call('kampung-kb-create', { name: 'Kampung KB Sawarna', ...sawarna, declaredOn: `${YEAR}-03-01`, criteria: { main: ['keluarga-miskin'], area: [], special: [] } });
  await host.call('poktan-create', { type: 'bkb', name: 'BKB Mawar', ...sawarna, members: 25 });
  await host.call('poktan-create', { type: 'bkb', name: 'BKB Melati', ...sawarna, members: 30 });
  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Evaluasi Rakorda' }).click();
  await page.getByRole('link', { name: 'Isi target dan realisasi' }).click();

  // Only the realisasi layer offers it.
  await expect(page.getByRole('button', { name: 'Ambil dari register' })).toHaveCount(0);
  await layer(page, 'Realisasi (indikator jumlah)');
  // A figure typed before is replaced by the register's, which the user sees before saving.
  await cell(page, 'Bayah', 'Keluarga aktif ber-BKB').fill('40');
  await page.getByRole('button', { name: 'Ambil dari register' }).click();
  await expect(page.getByRole('status')).toContainText('sel realisasi Kampung KB, Keluarga aktif ber-BKB, Keluarga aktif ber-BKR, Keluarga aktif ber-BKL, PIK-R aktif diisi dari register');
  await expect(cell(page, 'Bayah', 'Kampung KB')).toHaveValue('1');
  await expect(cell(page, 'Bayah', 'Keluarga aktif ber-BKB')).toHaveValue('55');
  // A kecamatan with nothing in the registers and no target is left empty, not filled with 0.
  await expect(cell(page, 'Cijaku', 'Kampung KB')).toHaveValue('');
  await expect(page.getByText('2 sel diubah')).toBeVisible();
  await screenshot(page, 'rakorda-dari-register');
  await saveGrid(page, new RegExp(`2 isian realisasi tahun ${YEAR} disimpan\\.`));

  // Asked again, nothing differs any more.
  await page.getByRole('button', { name: 'Ambil dari register' }).click();
  await expect(page.getByRole('status')).toContainText('di tabel sudah sama dengan register');
  await expect(page.getByText('0 sel diubah')).toBeVisible();
});

test('in the grid a figure typed in is entered as in Excel: the arrows move on, F2 edits within it', async ({ page, host }) => {
  await setUpLebakOffice(host);
  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Evaluasi Rakorda' }).click();
  await page.getByRole('link', { name: 'Isi target dan realisasi' }).click();
  await layer(page, 'Realisasi (indikator jumlah)');
  // Typed, then left: the next cell, not the caret into 9500 (a walk-through stored 95011500 so).
  await cell(page, 'Banjarsari', 'Peserta KB aktif (PA)').click();
  await page.keyboard.type('9500');
  await page.keyboard.press('ArrowLeft');
  await expect(cell(page, 'Banjarsari', 'Peserta KB baru (PB)')).toBeFocused();
  await page.keyboard.type('1150');
  await expect(cell(page, 'Banjarsari', 'Peserta KB baru (PB)')).toHaveValue('1150');
  await expect(cell(page, 'Banjarsari', 'Peserta KB aktif (PA)')).toHaveValue('9500');
  // F2 edits the figure: left moves the caret within it; Escape takes the edit back.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('F2');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('1');
  await expect(cell(page, 'Banjarsari', 'Peserta KB aktif (PA)')).toHaveValue('95010');
  await expect(cell(page, 'Banjarsari', 'Peserta KB aktif (PA)')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(cell(page, 'Banjarsari', 'Peserta KB aktif (PA)')).toHaveValue('9500');
  await saveGrid(page, /2 isian realisasi tahun \d{4} disimpan\./);
});
