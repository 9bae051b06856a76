import { join } from 'node:path';
import { expect, screenshot, test } from './fixtures.js';
import { LEBAK, SetupWizard } from './pages/setup-wizard.js';
import { readDownloadedPdf } from './pdf.js';

test('a new office completes set-up, its settings survive a restart, and the letterhead prints', async ({ page, host }) => {
  await page.goto(host.launchUrl);
  // Every change is recorded with a name, so the first start asks for one, before the office's set-up.
  await expect(page.getByRole('heading', { level: 1, name: 'Siapa yang bekerja?' })).toBeVisible();
  await page.getByRole('button', { name: 'Mulai bekerja' }).click();
  await expect(page.getByLabel('Nama operator')).toHaveAccessibleDescription('Wajib diisi.');
  await screenshot(page, 'setup-0-operator');
  await page.getByLabel('Nama operator').fill('Rina Marlina');
  await page.getByRole('button', { name: 'Mulai bekerja' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pengaturan Kantor' })).toBeVisible();
  const wizard = new SetupWizard(page);

  // Step 1: nothing chosen yet, so "Lanjut" says what is missing beside each field.
  await wizard.next();
  await expect(page.getByLabel('Provinsi')).toHaveAccessibleDescription('Pilih provinsi.');
  await wizard.fillRegion(LEBAK);
  await screenshot(page, 'setup-1-wilayah');
  await wizard.next();

  await wizard.fillIdentity(LEBAK);
  // A reload (F5) keeps the step and what was typed.
  await page.reload();
  await wizard.expectStep('Identitas kantor');
  await expect(page.getByLabel('Nama kantor (OPD)')).toHaveValue(LEBAK.officeName);
  await page.getByLabel('Pos-el (e-mail)').fill('bukan-email');
  await wizard.next();
  await expect(page.getByLabel('Pos-el (e-mail)')).toHaveAccessibleDescription('Alamat pos-el (e-mail) tidak valid.');
  await page.getByLabel('Pos-el (e-mail)').fill(LEBAK.email);
  await screenshot(page, 'setup-2-identitas');
  // The keyboard submits a step too, and goes on from the next step's title: Tab reaches its first field.
  await page.getByLabel('Pos-el (e-mail)').press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /Langkah 3 dari 4/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Nama pimpinan')).toBeFocused();

  await wizard.fillHead({ ...LEBAK, nip: '19750312 20000' });
  await wizard.next();
  const nip = page.getByLabel('NIP');
  await expect(nip).toHaveAccessibleDescription('NIP harus 18 angka (yang diisi 13 angka).');
  await expect(nip).toBeFocused();
  await nip.fill('19751332 200003 2 004');
  await wizard.next();
  await expect(nip).toHaveAccessibleDescription('Delapan angka pertama NIP harus tanggal lahir yang valid (TTTTBBHH).');
  await screenshot(page, 'setup-3-nip-salah');
  await nip.fill(LEBAK.nip);
  await wizard.next();

  await wizard.expectStep('Logo');
  await page.getByLabel('Logo pemerintah daerah (opsional)').setInputFiles(join(import.meta.dirname, 'assets', 'logo.png'));
  await expect(page.getByRole('img', { name: 'Logo' })).toBeVisible();
  await screenshot(page, 'setup-4-logo');
  await wizard.next();

  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible({ timeout: 30_000 });
  // The new screen takes the keyboard at its title, not at the top of the window.
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeFocused();
  // The office's set-up is in the history under the name given first.
  const [setUp] = ((await host.call('audit-list', { entity: 'office' })) as { entries: { operator: string }[] }).entries;
  expect(setUp!.operator).toBe('Rina Marlina');
  // Lebak has 28 kecamatan and 345 desa/kelurahan in idn-area-data 4.0.1.
  await expect(page.locator('.stat', { hasText: 'Kecamatan' })).toContainText('28');
  await expect(page.locator('.stat', { hasText: 'Desa/kelurahan' })).toContainText('345');
  await screenshot(page, 'beranda');

  await host.restart();
  await page.goto(host.launchUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await expect(page.getByLabel('Kabupaten/Kota')).toHaveValue('36.02');
  await expect(page.getByLabel('Nama pimpinan')).toHaveValue(LEBAK.headName);
  await expect(page.getByLabel('NIP')).toHaveValue('19750312 200003 2 004');
  await expect(page.getByText('Data wilayah: 28 kecamatan dan 345 desa/kelurahan.')).toBeVisible();
  await expect(page.getByText(/Open Database License \(ODbL\) 1\.0/)).toBeVisible();
  await screenshot(page, 'pengaturan');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Cetak uji kop surat (PDF)' }).click();
  const text = await readDownloadedPdf(await downloading, 'uji-kop-surat');
  expect(text).toContain('PEMERINTAH KABUPATEN LEBAK');
  // The long office name wraps inside the kop surat; compare it with the line breaks folded.
  expect(text.replace(/\s+/g, ' ')).toContain(LEBAK.officeName.toUpperCase());
  expect(text).toContain('UJI CETAK KOP SURAT');
  expect(text).toMatch(/Jumlah kecamatan\s+:\s+28/);
  expect(text).toMatch(/Jumlah desa\/kelurahan\s+:\s+345/);
  expect(text).toContain('NIP. 19750312 200003 2 004');
  expect(text).toContain('Halaman 1 dari 1');
});

test('settings edits are validated beside the field and saved', async ({ page, host }) => {
  await page.goto(host.launchUrl);
  await new SetupWizard(page).complete(LEBAK);
  await page.getByRole('link', { name: 'Pengaturan' }).click();

  await page.getByLabel('Alamat kantor').fill('');
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByLabel('Alamat kantor')).toHaveAccessibleDescription('Wajib diisi.');
  await expect(page.getByRole('alert')).toContainText('Periksa kembali isian yang ditandai.');

  await page.getByLabel('Alamat kantor').fill('Jl. Multatuli No. 2, Rangkasbitung');
  await page.getByLabel('Nama pimpinan').fill('H. Ahmad Fauzi, S.Sos., M.Si.');
  // The test print uses stored data, so unsaved edits are named instead of silently left out.
  await page.getByRole('button', { name: 'Cetak uji kop surat (PDF)' }).click();
  await expect(page.getByText('Ada perubahan yang belum disimpan.')).toBeVisible();
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByText('Perubahan pengaturan kantor telah disimpan.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Alamat kantor')).toHaveValue('Jl. Multatuli No. 2, Rangkasbitung');
  await expect(page.getByLabel('Nama pimpinan')).toHaveValue('H. Ahmad Fauzi, S.Sos., M.Si.');
});
