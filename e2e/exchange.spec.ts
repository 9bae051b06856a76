import { readFileSync, writeFileSync } from 'node:fs';
import { expect, screenshot, test } from './fixtures.js';
import { Host } from './host.js';
import { setUpLebakOffice } from './office-fixture.js';

const BAYAH = { kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' };

test('a package from a kecamatan PC is checked, applied, and a record changed on both PCs is settled field by field', async ({ page, host }, testInfo) => {
  // `host` is the kabupaten office, driven through its UI; `bayah` is the UPT KB's PC, driven through its handlers.
  const bayah = await Host.start();
  try {
    await setUpLebakOffice(host);
    await setUpLebakOffice(bayah);
    await bayah.call('exchange-device-save', { name: 'UPT KB Kecamatan Bayah' });
    const mawar = (await bayah.call('poktan-create', { type: 'bkb', name: 'BKB Mawar', members: 20, ...BAYAH })) as { id: string };
    const packageFile = async (payload: unknown, name: string) => {
      const file = (await bayah.call('exchange-export', payload)) as { base64: string };
      const path = testInfo.outputPath(name);
      writeFileSync(path, Buffer.from(file.base64, 'base64'));
      return path;
    };

    await page.goto(host.launchUrl);
    await page.getByRole('link', { name: 'Kirim/Terima Data' }).click();
    // Nothing leaves an unnamed PC: the receiver must know where data came from.
    await page.getByRole('button', { name: 'Buat paket data' }).click();
    await expect(page.getByLabel('Nama perangkat ini')).toHaveAccessibleDescription(/Beri nama perangkat ini lebih dulu/);
    // Enter in the name saves it.
    await page.getByLabel('Nama perangkat ini').fill('Kantor Dinas Lebak');
    await page.getByLabel('Nama perangkat ini').press('Enter');
    await expect(page.getByText('Nama perangkat disimpan.')).toBeVisible();

    // Receive everything from Bayah.
    await page.getByLabel('Berkas paket untuk diterima').setInputFiles(await packageFile({}, 'bayah-semua.skb'));
    await expect(page.getByText('Dari UPT KB Kecamatan Bayah')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Isi paket' })).toContainText('BKB Mawar');
    await screenshot(page, 'exchange-preview');
    await page.getByRole('button', { name: 'Terapkan paket' }).click();
    await expect(page.getByText(/Paket diterapkan: 1 ditambahkan/)).toBeVisible();

    // Send everything back, so Bayah knows this office.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Buat paket data' }).click();
    const download = await downloading;
    const sent = testInfo.outputPath('kabupaten.skb');
    await download.saveAs(sent);
    expect(download.suggestedFilename()).toMatch(/^Paket Sinergi KB Kantor Dinas Lebak .*\.skb$/);
    // The message says what the package holds, by kind of record.
    await expect(page.getByRole('status')).toContainText(/Paket berisi \d+ catatan \(.*Poktan 1.*Daftar pilihan \d+/);
    // Its own package, chosen by mistake in Terima Data, is named as such.
    await page.getByLabel('Berkas paket untuk diterima').setInputFiles(sent);
    await expect(page.getByText('Dari Kantor Dinas Lebak')).toBeVisible();
    await expect(page.getByText('Paket ini dibuat oleh komputer ini sendiri')).toBeVisible();
    await screenshot(page, 'exchange-own-package');
    await bayah.call('exchange-apply', { base64: readFileSync(sent).toString('base64') });

    // Both change the same group before they meet again; and one Rakorda cell is started on
    // both: the office sets the target, Bayah reports the realisasi.
    const office = (await host.call('exchange-overview', {})) as { device: { id: string } };
    await host.call('poktan-update', { type: 'bkb', name: 'BKB Mawar Indah', members: 20, ...BAYAH, id: mawar.id });
    await bayah.call('poktan-update', { type: 'bkb', name: 'BKB Mawar', members: 32, ...BAYAH, id: mawar.id });
    const indicators = (await host.call('rakorda-indicators', {})) as { id: string; code: string }[];
    const pb = indicators.find((indicator) => indicator.code === 'pb')!.id;
    const cell = (layer: 'target' | 'achieved', value: number) => ({ year: new Date().getFullYear() - 1, layer, cells: [{ area: BAYAH.kecamatanCode, indicatorId: pb, value }] });
    await host.call('rakorda-grid-save', cell('target', 2100));
    await bayah.call('rakorda-grid-save', cell('achieved', 1980));
    await page.getByLabel('Berkas paket untuk diterima').setInputFiles(await packageFile({ partnerDeviceId: office.device.id }, 'bayah-perubahan.skb'));
    await expect(page.getByRole('list', { name: 'Ringkasan paket' })).toContainText('1konflik');
    await expect(page.getByRole('table', { name: 'Isi paket' }).getByRole('row', { name: /Dilengkapi/ })).toContainText('Bayah');
    await page.getByRole('button', { name: 'Tutup pesan' }).click();
    await screenshot(page, 'exchange-fill');
    await page.getByRole('button', { name: 'Terapkan paket' }).click();

    const conflict = page.getByRole('article', { name: 'Konflik BKB Mawar Indah' });
    await expect(conflict.getByRole('row', { name: /Nama/ })).toContainText('BKB Mawar IndahBKB Mawar');
    await expect(conflict.getByRole('row', { name: /Jumlah anggota/ })).toContainText('2032');
    await screenshot(page, 'exchange-conflict');
    await conflict.getByLabel('Ambil Jumlah anggota/keluarga peserta dari data kiriman').check();
    await conflict.getByRole('button', { name: 'Simpan pilihan per kolom' }).click();
    await expect(page.getByText('Konflik BKB Mawar Indah diselesaikan.')).toBeVisible();
    await expect(conflict).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Riwayat paket' }).getByRole('row')).toHaveCount(4);
    await screenshot(page, 'exchange-history');

    await page.getByRole('link', { name: 'Poktan & Sarana' }).click();
    await expect(page.getByRole('row', { name: /BKB Mawar Indah/ })).toContainText('32');
    // The group's history says what the settled conflict took from Bayah's data.
    await page.getByRole('link', { name: 'BKB Mawar Indah' }).click();
    const settled = page.getByRole('table', { name: 'Riwayat perubahan data ini' }).getByRole('row').filter({ hasText: 'Konflik diselesaikan' });
    await expect(settled).toContainText('Diambil dari data kiriman:Jumlah anggota/keluarga peserta: 20 → 32');
    await screenshot(page, 'exchange-conflict-history');
    await page.getByRole('link', { name: 'Poktan & Sarana' }).click();

    // The Rakorda cell holds the office's target and Bayah's realisasi.
    await page.getByRole('link', { name: 'Evaluasi Rakorda' }).click();
    await page.getByRole('link', { name: 'Isi target dan realisasi' }).click();
    const bayahPb = page.getByRole('textbox', { name: 'Bayah, Peserta KB baru (PB)', exact: true });
    await expect(bayahPb).toHaveValue('2.100');
    await page.getByLabel('Lapisan data').selectOption({ label: 'Realisasi (indikator jumlah)' });
    await expect(bayahPb).toHaveValue('1.980');
  } finally {
    await bayah.dispose();
  }
});

test('a need deleted on another PC before it saw the delivery recorded here is a conflict to settle, not a silent deletion', async ({ page, host }) => {
  const bayah = await Host.start();
  try {
    await setUpLebakOffice(host);
    await setUpLebakOffice(bayah);
    await host.call('exchange-device-save', { name: 'Kantor Dinas Lebak' });
    await bayah.call('exchange-device-save', { name: 'UPT KB Kecamatan Bayah' });
    const office = (await host.call('exchange-overview', {})) as { device: { id: string } };
    const group = (await bayah.call('poktan-create', { type: 'bkb', name: 'BKB Melati', members: 20, ...BAYAH })) as { id: string };
    const need = (await bayah.call('need-save', { poktanId: group.id, itemName: 'Alat Peraga Edukatif', unit: 'paket', quantityNeeded: 2, yearProposed: 2025, identifiedOn: '2025-01-10' })) as { id: string };
    await bayah.call('need-act', { needId: need.id, action: 'approve', happenedOn: '2025-03-01', quantity: 2 });
    const everything = (await bayah.call('exchange-export', {})) as { base64: string };
    await host.call('exchange-apply', { base64: everything.base64 });
    const back = (await host.call('exchange-export', {})) as { base64: string };
    await bayah.call('exchange-apply', { base64: back.base64 });
    // The office records the delivery; Bayah, not knowing, deletes the need and sends its changes.
    await host.call('need-act', { needId: need.id, action: 'deliver', happenedOn: '2025-04-01', quantity: 2 });
    await bayah.call('need-delete', { id: need.id });
    const changes = (await bayah.call('exchange-export', { partnerDeviceId: office.device.id })) as { base64: string };
    const path = test.info().outputPath('bayah-hapus.skb');
    writeFileSync(path, Buffer.from(changes.base64, 'base64'));

    await page.goto(host.launchUrl);
    await page.getByRole('link', { name: 'Kirim/Terima Data' }).click();
    await page.getByLabel('Berkas paket untuk diterima').setInputFiles(path);
    await expect(page.getByRole('list', { name: 'Ringkasan paket' })).toContainText('1konflik');
    await expect(page.getByRole('list', { name: 'Ringkasan paket' })).toContainText('0ke Sampah');
    await page.getByRole('button', { name: 'Terapkan paket' }).click();
    const conflict = page.getByRole('article', { name: 'Konflik Alat Peraga Edukatif' });
    await expect(conflict.getByRole('row', { name: /Dihapus pada/ })).toContainText(/Dihapus pada—\d{1,2} \S+ \d{4}, \d{2}\.\d{2}/);
    // A package made now would not carry the decision: said beside the send button.
    const pending = '1 konflik di atas belum diputuskan. Paket yang dibuat sekarang membawa data komputer ini apa adanya';
    await expect(page.getByText(pending)).toBeVisible();
    await screenshot(page, 'exchange-conflict-need-deleted');
    await conflict.getByRole('button', { name: 'Pertahankan data saya' }).click();
    await expect(conflict).toHaveCount(0);
    await expect(page.getByText(pending)).toHaveCount(0);

    await page.getByRole('link', { name: 'Poktan & Sarana' }).click();
    await page.getByRole('link', { name: 'BKB Melati' }).click();
    await expect(page.getByRole('table', { name: 'Kebutuhan sarana' })).toContainText('Diterima');
  } finally {
    await bayah.stop();
  }
});
