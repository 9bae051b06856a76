import { expect, screenshot, test } from './fixtures.js';
import { setUpLebakOffice } from './office-fixture.js';
import { KampungKbPages, type FiguresData } from './pages/kampung-kb.js';
import { readDownloadedPdf } from './pdf.js';
import { readDownloadedWorkbook } from './xlsx.js';

const STRONG_2024: FiguresData = {
  year: '2024',
  families: '1.000',
  pus: '600',
  teenagers: '300',
  underFives: '200',
  teens: '250',
  elderly: '150',
  methods: { IUD: '60', Implan: '40', MOW: '10', Suntik: '200', Pil: '90' },
  reasons: { 'Ingin anak ditunda (IAT)': '20', 'Tidak ingin anak lagi (TIAL)': '16', Hamil: '30' },
  poktan: { BKB: '50', BKR: '75', BKL: '60', UPPKA: '250', 'PIK-R': '90' },
};

test('two Kampung KB: profiles, level with indices, next year, comparison, PDFs', async ({ page, host }) => {
  test.setTimeout(120_000);
  await setUpLebakOffice(host);
  await page.goto(host.launchUrl);
  const kkb = new KampungKbPages(page);

  await kkb.openList();
  await expect(page.getByText('Kecamatan tanpa Kampung KB (28):')).toBeVisible();
  await expect(page.getByText('Belum ada Kampung KB.')).toBeVisible();

  // Identity, with a date in the future refused beside its field in the same round as a missing name.
  await page.getByRole('link', { name: 'Tambah Kampung KB' }).click();
  await page.getByLabel('Kecamatan', { exact: true }).selectOption({ label: 'Rangkasbitung' });
  await page.getByLabel('Desa/kelurahan', { exact: true }).selectOption({ label: 'Mekarsari' });
  await page.getByLabel('Tanggal pencanangan').fill('2999-01-01');
  await page.getByLabel('Permukiman padat penduduk').check();
  await page.getByRole('button', { name: 'Simpan Kampung KB' }).click();
  await expect(page.getByLabel('Tanggal pencanangan')).toHaveAccessibleDescription('Tanggal pencanangan tidak boleh di masa depan.');
  await expect(page.getByLabel('Nama Kampung KB')).toHaveAccessibleDescription(/Wajib diisi/);
  await screenshot(page, 'kkb-identitas-salah');
  await page.getByLabel('Nama Kampung KB').fill('Kampung KB Mekarsari');
  await page.getByLabel('Tanggal pencanangan').fill('2017-03-23');
  await page.getByRole('button', { name: 'Simpan Kampung KB' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kampung KB Mekarsari' })).toBeVisible();

  // 2024 figures: more KB users than PUS is refused beside the methods, nothing saved.
  await kkb.fillProfile();
  await kkb.fillFigures({ ...STRONG_2024, pus: '300' });
  // A Pokja decree dated next year and a figure in words are named beside their fields, in the same round.
  await page.getByLabel('Tanggal SK Pokja').fill(`${new Date().getFullYear() + 1}-01-15`);
  await page.getByLabel('Jumlah remaja (10–24 tahun)').fill('tiga ratus');
  await kkb.save();
  await expect(page.getByText('Jumlah peserta KB menurut metode (400) melebihi jumlah PUS (300).')).toBeVisible();
  await expect(page.getByLabel('Tanggal SK Pokja')).toHaveAccessibleDescription(/Tanggal SK Pokja tidak boleh di masa depan\./);
  await expect(page.getByLabel('Jumlah remaja (10–24 tahun)')).toHaveAccessibleDescription(/angka|bilangan/i);
  await screenshot(page, 'kkb-data-salah');
  await page.getByLabel('Pasangan usia subur (PUS)').fill('600');
  await page.getByLabel('Tanggal SK Pokja').fill('2023-02-01');
  await page.getByLabel('Jumlah remaja (10–24 tahun)').fill('300');
  await kkb.save();
  await expect(page.getByText('Data tahun 2024 disimpan.')).toBeVisible();
  // No activities yet, so no partner offices: process 2,33 and the unit is Mandiri.
  await expect(kkb.indexCard('Indeks input')).toContainText('3,20');
  await expect(kkb.indexCard('Indeks proses')).toContainText('2,33');
  await expect(kkb.indexCard('Indeks proses')).toContainText('skor 2 bila ≥ 1');
  await expect(kkb.indexCard('Indeks output')).toContainText('3,75');
  await expect(page.locator('.level-panel__summary')).toContainText('Mandiri');
  await screenshot(page, 'kkb-data-tersimpan');

  // An activity with four partner offices lifts the process index: Berkelanjutan.
  await kkb.tab('Kegiatan').click();
  await page.getByRole('button', { name: 'Catat kegiatan' }).press('Enter');
  // The form takes the keyboard; Escape closes it and gives the keyboard back to its button.
  await expect(page.getByRole('heading', { name: 'Catat kegiatan' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Catat kegiatan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByLabel('Nama kegiatan').fill('Sosialisasi delapan fungsi keluarga');
  await page.getByLabel('Tanggal pelaksanaan').fill('2024-05-10');
  await page.getByLabel('Kategori').selectOption({ label: 'Fungsi sosialisasi dan pendidikan' });
  const partners = page.getByRole('group', { name: 'Mitra/OPD yang terlibat' });
  for (const partner of ['Dinas Kesehatan', 'Puskesmas', 'Tim Penggerak PKK', 'Kantor Kementerian Agama']) await partners.getByLabel(partner).check();
  await page.getByRole('button', { name: 'Simpan kegiatan' }).click();
  await expect(page.getByRole('cell', { name: 'Sosialisasi delapan fungsi keluarga' })).toBeVisible();
  await screenshot(page, 'kkb-kegiatan');
  await kkb.tab('Ringkasan').click();
  await expect(page.locator('.level-panel__summary')).toContainText('Berkelanjutan');
  await expect(kkb.indexCard('Indeks proses')).toContainText('3,00');
  await screenshot(page, 'kkb-ringkasan');

  // 2025 starts from a copy of 2024; a 60% jump in families is stored with a warning.
  await kkb.tab('Data per periode').click();
  await page.getByRole('link', { name: '+ Data periode baru' }).click();
  await expect(page.getByText('Isian awal disalin dari data tahun 2024')).toBeVisible();
  await page.getByLabel('Tahun', { exact: true }).fill('2025');
  await page.getByLabel('Jumlah keluarga (KK)').fill('1600');
  // A figure not known this year is cleared: it is stored as not filled in, not as 0.
  await page.getByLabel('Keluarga dengan lansia').fill('');
  await expect(page.getByLabel('Peserta BPJS Kesehatan')).toHaveValue('');
  await kkb.save();
  await expect(page.getByText('Data tahun 2025 disimpan. Ada 1 angka yang perlu diperiksa kembali')).toBeVisible();
  await expect(page.getByLabel('Jumlah keluarga (KK)')).toHaveAccessibleDescription('Jumlah keluarga naik 60% dibanding data tahun 2024 (1.000 → 1.600); periksa kembali.');
  await screenshot(page, 'kkb-data-2025');

  // Last year's figures are untouched.
  await page.getByRole('navigation', { name: 'Periode data' }).getByRole('link', { name: /tahun 2024/ }).click();
  await expect(page.getByLabel('Jumlah keluarga (KK)')).toHaveValue('1.000');

  await kkb.tab('Bandingkan periode').click();
  const families = page.getByRole('row', { name: /^Jumlah keluarga/ });
  await expect(families.getByRole('cell')).toHaveText(['1.000', '1.600', '+600 (+60,00%)']);
  await expect(page.getByRole('row', { name: /^Keluarga dengan lansia/ }).getByRole('cell')).toHaveText(['150', '–', 'tidak diisi']);
  await expect(page.getByRole('row', { name: /^\s*Kondom/ }).getByRole('cell')).toHaveText(['–', '–', '–']);
  // The rates that make the output index: 400 users of 600 PUS in both years.
  await expect(page.getByRole('row', { name: /^Kesertaan ber-KB \(CPR\)/ }).getByRole('cell')).toHaveText(['67%', '67%', '–']);
  await screenshot(page, 'kkb-bandingkan');

  const profileDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Cetak profil (PDF)' }).click();
  const profile = await readDownloadedPdf(await profileDownload, 'profil-kampung-kb');
  expect(profile).toContain('PROFIL KAMPUNG KB');
  expect(profile).toContain('Kampung KB Mekarsari — Desa/Kelurahan Mekarsari, Kecamatan Rangkasbitung');
  expect(profile).toContain('B. Tingkat perkembangan (Tahun 2025)');
  expect(profile).toMatch(/Jumlah keluarga\s+:\s+1\.600/);
  expect(profile).toMatch(/Keluarga dengan lansia\s+:\s+–\n/);
  expect(profile).toMatch(/Peserta BPJS Kesehatan\s+:\s+–\n/);
  expect(profile).toMatch(/Jumlah peserta KB aktif\s+400\s+CPR 66,67%/);
  expect(profile).toContain('F. Kegiatan tahun 2025');

  // The period open on the data tab is the one printed, and the button says which.
  await kkb.tab('Data per periode').click();
  await page.getByRole('navigation', { name: 'Periode data' }).getByRole('link', { name: /tahun 2024/ }).click();
  const earlierDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Cetak profil tahun 2024 (PDF)' }).click();
  const earlier = await readDownloadedPdf(await earlierDownload, 'profil-kampung-kb-2024');
  expect(earlier).toContain('B. Tingkat perkembangan (Tahun 2024)');
  expect(earlier).toMatch(/Jumlah keluarga\s+:\s+1\.000/);

  // A second unit in another kecamatan, just declared: Dasar.
  await kkb.create({ name: 'Kampung KB Sawarna', kecamatan: 'Bayah', desa: 'Sawarna', declaredOn: '2023-08-17', criteria: ['Kawasan pesisir/nelayan'] });
  await page.getByLabel('Tahun', { exact: true }).fill('2024');
  await kkb.save();
  await expect(page.locator('.level-panel__summary')).toContainText('Dasar');
  // Without PUS no rate can be worked out: each scores the lowest band and says what is missing.
  await expect(kkb.indexCard('Indeks output')).toContainText('1,00');
  await expect(kkb.indexCard('Indeks output').getByRole('row', { name: /Kebutuhan ber-KB tidak terpenuhi/ })).toContainText('–1belum dapat dihitung: isi jumlah PUS');
  await screenshot(page, 'kkb-baru-tanpa-data');

  // The same unit entered again under another name is asked about, and the one there offered.
  await kkb.openList();
  await page.getByRole('link', { name: 'Tambah Kampung KB' }).click();
  await page.getByLabel('Nama Kampung KB').fill('KB Sawarna Pesisir');
  await page.getByLabel('Kecamatan', { exact: true }).selectOption({ label: 'Bayah' });
  await page.getByLabel('Desa/kelurahan', { exact: true }).selectOption({ label: 'Sawarna' });
  await page.getByLabel('Tanggal pencanangan').fill('2023-08-17');
  await page.getByRole('button', { name: 'Simpan Kampung KB' }).click();
  await expect(page.getByText('Di desa/kelurahan ini sudah ada Kampung KB Sawarna. Buka Kampung KB itu, atau simpan tetap')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Simpan tetap sebagai Kampung KB lain' })).toBeVisible();
  await screenshot(page, 'kkb-dua-di-desa');
  await page.getByRole('link', { name: 'Buka Kampung KB Sawarna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kampung KB Sawarna' })).toBeVisible();

  await kkb.openList();
  await expect(page.getByRole('heading', { level: 1, name: 'Kampung KB' })).toBeVisible();
  await expect(page.getByText('2 Kampung KB di 2 dari 28 kecamatan')).toBeVisible();
  await expect(page.getByText('Kecamatan tanpa Kampung KB (26):')).toBeVisible();
  await page.getByLabel('Tingkat perkembangan').selectOption({ label: 'Dasar' });
  await expect(page.getByRole('link', { name: 'Kampung KB Sawarna' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kampung KB Mekarsari' })).toBeHidden();
  await page.getByLabel('Tingkat perkembangan').selectOption({ label: 'Semua tingkat' });
  await page.getByRole('searchbox', { name: 'Cari' }).fill('mekar');
  await expect(page.getByText('1 dari 1 Kampung KB ditampilkan')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Cari' }).fill('');
  await screenshot(page, 'kkb-daftar');

  await page.getByRole('link', { name: 'Rekap per kecamatan' }).click();
  const bayah = page.getByRole('row', { name: /^Bayah/ });
  await expect(bayah.getByRole('cell')).toHaveText(['1', '0', '0', '0', '0', '1', '1 / 11', 'Tercapai']);
  await screenshot(page, 'kkb-rekap');
  const recapDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Cetak rekap (PDF)' }).click();
  const recap = await readDownloadedPdf(await recapDownload, 'rekap-kampung-kb');
  expect(recap).toContain('REKAP KAMPUNG KB PER KECAMATAN');
  expect(recap).toMatch(/Bayah\s+1\s+0\s+0\s+0\s+0\s+1\s+1 \/ 11/);
  expect(recap).toMatch(/Rangkasbitung\s+0\s+0\s+1\s+0\s+0\s+1\s+1 \/ 16/);
  expect(recap).toMatch(/Jumlah\s+1\s+0\s+1\s+0\s+0\s+2\s+2 \/ 345/);
  expect(recap).toContain('Kecamatan yang memiliki Kampung KB: 2 dari 28 (7,14%).');
});

test('deleting a Kampung KB can be undone', async ({ page, host }) => {
  await setUpLebakOffice(host);
  await page.goto(host.launchUrl);
  const kkb = new KampungKbPages(page);
  await kkb.create({ name: 'Kampung KB Cisuren', kecamatan: 'Bayah', desa: 'Cisuren', declaredOn: '2019-05-02', criteria: [] });
  await page.getByRole('button', { name: 'Hapus' }).click();
  // Escape answers Batal: nothing is deleted.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Kampung KB Cisuren' })).toBeVisible();
  await page.getByRole('button', { name: 'Hapus' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Hapus' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kampung KB Cisuren dihapus.' })).toBeVisible();
  await expect(page.getByText('Belum ada Kampung KB.')).toBeVisible();
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kampung KB Cisuren' })).toBeVisible();
});

test('a province-sized list comes a page at a time, and its export holds every unit', async ({ page, host }) => {
  await setUpLebakOffice(host);
  const kecamatan = (await host.call('places-kecamatan', {})) as { code: string }[];
  const desa = (await Promise.all(kecamatan.map(async (k) => ((await host.call('places-desa', { kecamatanCode: k.code })) as { code: string }[]).map((d) => ({ kecamatanCode: k.code, desaCode: d.code }))))).flat();
  for (let i = 1; i <= 205; i += 1) {
    await host.call('kampung-kb-create', { name: `Kampung KB Uji ${String(i).padStart(3, '0')}`, ...desa[i % desa.length]!, declaredOn: '2019-06-01' });
  }
  await page.goto(host.launchUrl);
  await page.getByRole('link', { name: 'Kampung KB' }).click();
  await expect(page.getByText('200 dari 205 Kampung KB ditampilkan')).toBeVisible();
  await page.getByRole('button', { name: 'Nama Kampung KB' }).click();
  await expect(page.getByRole('row').nth(200)).toContainText('Kampung KB Uji 200');
  await page.getByRole('button', { name: 'Tampilkan 5 berikutnya' }).click();
  await expect(page.getByText('205 dari 205 Kampung KB ditampilkan')).toBeVisible();
  await expect(page.getByRole('row').last()).toContainText('Kampung KB Uji 205');
  await expect(page.getByRole('button', { name: /berikutnya/ })).toBeHidden();
  await screenshot(page, 'kkb-daftar-halaman');

  const listDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor ke Excel' }).click();
  expect((await readDownloadedWorkbook(await listDownload, 'ekspor-kampung-kb-semua')).getWorksheet('Kampung KB')!.actualRowCount).toBe(206);
});
