import { expect, screenshot, test } from './fixtures.js';
import { setUpLebakOffice } from './office-fixture.js';

test('an office adds a funding source and adjusts a classification threshold', async ({ page, host }) => {
  await setUpLebakOffice(host);
  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Pengaturan' }).click();

  const lists = page.getByRole('region', { name: 'Daftar pilihan' });
  await lists.getByLabel('Daftar', { exact: true }).selectOption({ label: 'Sumber dana' });
  await lists.getByLabel('Tambah pilihan baru').fill('APBD');
  await lists.getByRole('button', { name: 'Tambah' }).click();
  await expect(lists.getByLabel('Tambah pilihan baru')).toHaveAccessibleDescription('Pilihan "APBD" sudah ada di daftar ini.');
  await lists.getByLabel('Tambah pilihan baru').fill('Bantuan keuangan provinsi');
  await lists.getByRole('button', { name: 'Tambah' }).click();
  await expect(lists.getByLabel('Nama pilihan bantuan-keuangan-provinsi')).toHaveValue('Bantuan keuangan provinsi');
  await lists.getByLabel('CSR aktif').uncheck();
  await lists.getByRole('row', { name: /csr/ }).getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pilihan "CSR" disimpan.' })).toBeVisible();
  await screenshot(page, 'pengaturan-daftar-pilihan');

  // The new choice appears in the Kampung KB form; the retired one does not.
  await host.call('kampung-kb-create', { name: 'Kampung KB Sawarna', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002', declaredOn: '2020-01-15' });
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kampung KB' }).click();
  await page.getByRole('link', { name: 'Kampung KB Sawarna' }).click();
  await page.getByRole('navigation', { name: 'Bagian data Kampung KB' }).getByRole('link', { name: 'Data per periode' }).click();
  const funds = page.getByRole('group', { name: 'Sumber dana' });
  await expect(funds.getByLabel('Bantuan keuangan provinsi')).toBeVisible();
  await expect(funds.getByLabel('CSR')).toHaveCount(0);

  // Classification rules: a wrong band is refused beside its row; a valid change is saved.
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kampung KB' }).click();
  await page.getByRole('link', { name: 'Aturan klasifikasi' }).click();
  const cpr3 = page.getByLabel('Kesertaan ber-KB (CPR): skor 3 mulai dari');
  await expect(cpr3).toHaveValue('41');
  await cpr3.fill('25');
  await page.getByRole('button', { name: 'Simpan aturan' }).click();
  await expect(page.getByText('Batas pita harus naik berurutan.')).toBeVisible();
  await cpr3.fill('45');
  await page.getByRole('button', { name: 'Simpan aturan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Aturan klasifikasi disimpan; 0 data periode dihitung ulang.' })).toBeVisible();
  await screenshot(page, 'kkb-aturan');
  await page.reload();
  await expect(page.getByLabel('Kesertaan ber-KB (CPR): skor 3 mulai dari')).toHaveValue('45');
});
