import { expect, screenshot, test } from './fixtures.js';
import { setUpLebakOffice } from './office-fixture.js';

test('every change is recorded with its operator, and a deleted group comes back from the Sampah', async ({ page, host }) => {
  await setUpLebakOffice(host);
  await host.call('poktan-create', { type: 'bkb', name: 'BKB Mawar', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002', members: 20 });

  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Poktan & Sarana' }).click();
  await page.getByRole('link', { name: 'BKB Mawar' }).click();
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toContainText('Rina Marlina');
  await page.getByLabel('Jumlah anggota/keluarga peserta').fill('25');
  await page.getByRole('button', { name: 'Simpan identitas' }).click();
  const history = page.getByRole('table', { name: 'Riwayat perubahan data ini' });
  await expect(history.getByRole('row').nth(1)).toContainText('Jumlah anggota/keluarga peserta: 20 → 25');
  await expect(history.getByRole('row').nth(1)).toContainText('Rina Marlina');
  await screenshot(page, 'history-record');

  // Another person takes over the PC.
  await page.getByRole('button', { name: 'Ganti operator' }).click();
  await expect(page.getByRole('button', { name: 'Lanjutkan sebagai Rina Marlina' })).toBeVisible();
  await screenshot(page, 'history-operator');
  await page.getByLabel('Atau tuliskan nama lain').fill('Budi Santoso');
  await page.getByRole('button', { name: 'Mulai bekerja' }).click();
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toContainText('Budi Santoso');

  await page.getByRole('button', { name: 'Hapus' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Hapus' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'BKB Mawar dihapus dari register.' })).toBeVisible();
  await page.getByRole('link', { name: 'Riwayat & Sampah' }).click();
  await page.getByLabel('Operator').selectOption('Budi Santoso');
  const changes = page.getByRole('table', { name: 'Riwayat perubahan' });
  await expect(changes.getByRole('row')).toHaveCount(2);
  await expect(changes.getByRole('row').nth(1)).toContainText('Dipindahkan ke Sampah');
  await expect(changes.getByRole('row').nth(1)).toContainText('BKB Mawar');
  await page.getByLabel('Operator').selectOption('');
  await expect(changes.getByRole('row')).toHaveCount(5);
  // The office profile as its form shows it: province by name, the head's NIP in its groups.
  const office = changes.getByRole('row').filter({ hasText: 'Profil kantor' });
  await expect(office).toContainText('Provinsi: Banten');
  await expect(office).toContainText('NIP kepala: 19750312 200003 2 004');
  await expect(office).not.toContainText('Provinsi: 36');
  await screenshot(page, 'history-list');

  // A date that does not exist, and a range that ends before it starts, are named beside their field;
  // no list stands beside them as if it were their result.
  await page.getByLabel('Dari tanggal').fill('31/02/2026');
  await expect(page.getByLabel('Dari tanggal')).toHaveAccessibleDescription(/Tanggal ini tidak ada di kalender\./);
  await expect(changes).toHaveCount(0);
  await page.getByLabel('Dari tanggal').fill('27/11/2026');
  await page.getByLabel('Sampai tanggal').fill('26/11/2026');
  await expect(page.getByLabel('Sampai tanggal')).toHaveAccessibleDescription(/Tanggal akhir tidak boleh sebelum tanggal awal\./);
  await screenshot(page, 'history-date-filter');
  await page.getByLabel('Dari tanggal').fill('');
  await page.getByLabel('Sampai tanggal').fill('');
  await expect(changes.getByRole('row')).toHaveCount(5);

  await page.getByRole('link', { name: 'Sampah', exact: true }).click();
  const trash = page.getByRole('table', { name: 'Isi Sampah' });
  await expect(trash.getByRole('row', { name: /BKB Mawar/ })).toContainText('oleh Budi Santoso');
  await screenshot(page, 'history-trash');
  await page.getByRole('button', { name: 'Pulihkan BKB Mawar' }).click();
  await expect(page.getByText('Poktan "BKB Mawar" dipulihkan.')).toBeVisible();
  await expect(trash).toContainText('Sampah kosong.');

  await page.getByRole('link', { name: 'Poktan & Sarana' }).click();
  await expect(page.getByRole('link', { name: 'BKB Mawar' })).toBeVisible();
});

test('a need does not come back from the Sampah beside an open one for the same item and year', async ({ page, host }) => {
  await setUpLebakOffice(host);
  const group = (await host.call('poktan-create', { type: 'bkb', name: 'BKB Melati', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' })) as { id: string };
  const items = (await host.call('facility-item-list', {})) as { id: string; name: string; poktanType: string; isBasicKit: boolean }[];
  const kit = items.find((item) => item.poktanType === 'bkb' && item.isBasicKit)!;
  const need = (poktanId: string) => host.call('need-save', { poktanId, itemId: kit.id, quantityNeeded: 1, yearProposed: 2025 }) as Promise<{ id: string }>;
  const first = await need(group.id);
  await host.call('need-delete', { id: first.id });
  await need(group.id);

  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Riwayat & Sampah' }).click();
  await page.getByRole('link', { name: 'Sampah', exact: true }).click();
  // The Sampah names a need with its year: two of one item are told apart.
  await page.getByRole('button', { name: `Pulihkan ${kit.name} – usulan 2025` }).click();
  await expect(page.getByText(`Kelompok ini sudah mempunyai kebutuhan "${kit.name}" tahun 2025 yang belum selesai (diidentifikasi). Selesaikan atau hapus kebutuhan itu lebih dulu, lalu pulihkan lagi.`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Isi Sampah' }).getByRole('row', { name: new RegExp(kit.name.slice(0, 7)) })).toHaveCount(1);
  await screenshot(page, 'sampah-kebutuhan-kembar');
});
