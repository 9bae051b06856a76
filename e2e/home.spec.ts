import { expect, screenshot, test } from './fixtures.js';
import { setUpLebakOffice } from './office-fixture.js';

test('the Beranda shows Kampung KB by level, poktan by type, facility needs and indicators against target', async ({ page, host }) => {
  await setUpLebakOffice(host);
  // Data entered elsewhere (each has its own test): two Kampung KB, three groups, a year's PB figures.
  await host.call('kampung-kb-create', { name: 'Kampung KB Sawarna', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002', declaredOn: '2020-01-15' });
  await host.call('kampung-kb-create', { name: 'Kampung KB Cijoro', kecamatanCode: '36.02.14', desaCode: '36.02.14.1006', declaredOn: '2019-05-02', manualLevel: 'mandiri', manualLevelNote: 'SK 12/2024' });
  for (const [type, name, isActive] of [['bkb', 'BKB Mawar', true], ['bkb', 'BKB Melati', false], ['pikr', 'PIK-R Cemerlang', true]] as const) {
    await host.call('poktan-create', { type, name, kecamatanCode: '36.02.03', desaCode: '36.02.03.2002', isActive });
  }
  const indicators = (await host.call('rakorda-indicators', {})) as { id: string; code: string }[];
  const pb = indicators.find((i) => i.code === 'pb')!.id;
  const year = new Date().getFullYear() - 1;
  await host.call('rakorda-grid-save', { year, layer: 'target', cells: [{ area: '36.02.03', indicatorId: pb, value: 1000 }, { area: '36.02.14', indicatorId: pb, value: 9686 }] });
  await host.call('rakorda-grid-save', { year, layer: 'achieved', cells: [{ area: '36.02.03', indicatorId: pb, value: 800 }, { area: '36.02.14', indicatorId: pb, value: 10013 }] });

  await page.goto(host.launchUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  const levels = page.getByRole('list', { name: 'Kampung KB menurut tingkat' });
  await expect(levels.getByRole('listitem').filter({ hasText: 'Mandiri' })).toContainText('1');
  await expect(levels.getByRole('listitem').filter({ hasText: 'Belum ada data' })).toContainText('1');
  await expect(page.getByText('2 dari 28 kecamatan memiliki Kampung KB.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Poktan menurut jenis' }).getByRole('listitem').filter({ hasText: 'BKB' })).toContainText('2 · 50,00% aktif');
  // 10.813 ÷ 10.686 = 101,19%; the weakest kecamatan is Bayah at 80%.
  const row = page.getByRole('table', { name: 'Indikator utama' }).getByRole('row', { name: /Peserta KB baru/ });
  // Only two of Lebak's 28 kecamatan reported: said under the percentage.
  await expect(row.getByRole('cell')).toHaveText(['Peserta KB baru (PB)', '101,19%baru 2 dari 28 kecamatan melapor', 'Bayah (80,00%)']);
  await screenshot(page, 'beranda-ringkasan');
});
