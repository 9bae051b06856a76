import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, LEBAK_OFFICE, type TestApp } from '../../testing/test-app.js';

// Lebak kecamatan used: Bayah 36.02.03, Cijaku 36.02.16, Rangkasbitung 36.02.14.
const [BAYAH, CIJAKU, RANGKAS] = ['36.02.03', '36.02.16', '36.02.14'];

let app: TestApp;
let ids: Record<string, string>;
beforeEach(async () => {
  app = createTestApp();
  await app.value('office-save', LEBAK_OFFICE);
  ids = Object.fromEntries((await app.value('rakorda-indicators', {})).map((i) => [i.code, i.id]));
});
afterEach(() => app.dispose());

const save = (year: number, layer: 'target' | 'achieved' | 'numerator' | 'denominator' | 'existing', cells: [string, string, number | null][]) =>
  app.value('rakorda-grid-save', { year, layer, cells: cells.map(([area, code, value]) => ({ area, indicatorId: ids[code]!, value })) });

async function fillYear() {
  await save(2024, 'target', [[BAYAH, 'pb', 1000], [CIJAKU, 'pb', 2000], [RANGKAS, 'pb', 7686], [BAYAH, 'unmet-need', 10], [CIJAKU, 'unmet-need', 10], ['kabupaten', 'unmet-need', 9]]);
  await save(2024, 'achieved', [[BAYAH, 'pb', 1100], [CIJAKU, 'pb', 1500], [RANGKAS, 'pb', 8213]]);
  // Unmet need as a rate: Bayah 80/1.000 = 8%; Cijaku 250/2.000 = 12,5%.
  await save(2024, 'numerator', [[BAYAH, 'unmet-need', 80], [CIJAKU, 'unmet-need', 250]]);
  await save(2024, 'denominator', [[BAYAH, 'unmet-need', 1000], [CIJAKU, 'unmet-need', 2000]]);
  await save(2023, 'achieved', [[BAYAH, 'pb', 600], [CIJAKU, 'pb', 1450], [RANGKAS, 'pb', 8000]]);
}

describe('a year’s evaluation', () => {
  it('computes %, kabupaten sums and recomputed rates, ranks and criteria', async () => {
    await fillYear();
    const { indicators } = await app.value('rakorda-evaluation', { year: 2024 });
    const pb = indicators.find((i) => i.indicator.code === 'pb')!;
    // Kabupaten: 10.813 ÷ 10.686 = 101,19%.
    expect(pb.kabupaten).toMatchObject({ target: 10686, achieved: 10813, criterion: 'Sangat Baik' });
    expect(pb.kabupaten.percent).toBeCloseTo(101.1885, 3);
    const row = (name: string) => pb.kecamatan.find((k) => k.name === name)!;
    expect(row('Bayah')).toMatchObject({ rank: 1, criterion: 'Sangat Baik' });
    expect(row('Bayah').percent).toBeCloseTo(110, 9);
    expect(row('Rangkasbitung').rank).toBe(2);
    expect(row('Cijaku')).toMatchObject({ percent: 75, rank: 3, criterion: 'Cukup' });
    expect(row('Banjarsari')).toMatchObject({ percent: null, rank: null, criterion: null });
    expect(pb.history.map((h) => h.achieved)).toEqual([null, 10050, 10813]);
    // Bayah went from 600 to 1.100: flagged, not blocked.
    expect(row('Bayah').flags).toEqual(['Realisasi naik 83,33% dari tahun lalu.']);

    const unmet = indicators.find((i) => i.indicator.code === 'unmet-need')!;
    // Lower is better: Bayah 10 ÷ 8 = 125%, Cijaku 10 ÷ 12,5 = 80%.
    const bayah = unmet.kecamatan.find((k) => k.name === 'Bayah')!;
    const cijaku = unmet.kecamatan.find((k) => k.name === 'Cijaku')!;
    expect([bayah.achieved, bayah.percent, bayah.rank]).toEqual([8, 125, 1]);
    expect(cijaku.achieved).toBeCloseTo(12.5, 9);
    expect(cijaku.percent).toBeCloseTo(80, 9);
    expect(cijaku.rank).toBe(2);
    // Kabupaten: (80 + 250) ÷ (1.000 + 2.000) = 11%, against the kabupaten's own target 9% → 81,82%.
    expect(unmet.kabupaten.achieved).toBeCloseTo(11, 6);
    expect(unmet.kabupaten.target).toBe(9);
    expect(unmet.kabupaten.percent).toBeCloseTo(81.818, 2);
  });

  it('compares a summed kabupaten target with the same kecamatan’s achievements, and says when others report without a target', async () => {
    await fillYear();
    // Two more kecamatan report PB but have no target (a package from a kecamatan PC, say).
    await save(2024, 'achieved', [['36.02.01', 'pb', 900], ['36.02.02', 'pb', 1200]]);
    const pb = (await app.value('rakorda-evaluation', { year: 2024 })).indicators.find((i) => i.indicator.code === 'pb')!;
    // The realisasi is every kecamatan's; the % only the three with targets: 10.813 ÷ 10.686, not 12.913 ÷ 10.686.
    expect(pb.kabupaten).toMatchObject({ target: 10686, achieved: 12913, criterion: 'Sangat Baik' });
    expect(pb.kabupaten.percent).toBeCloseTo(101.1885, 3);
    expect(pb.kabupaten.flags[0]).toBe('2 kecamatan punya realisasi tanpa target; % kabupaten dihitung dari 3 kecamatan yang punya keduanya (realisasi 10.813 dari target 10.686).');
    // A kecamatan with a target but no realisasi yet is left out of the % too, rather than counted as 0.
    await save(2024, 'target', [['36.02.04', 'pb', 3000]]);
    const unreported = (await app.value('rakorda-evaluation', { year: 2024 })).indicators.find((i) => i.indicator.code === 'pb')!.kabupaten;
    expect(unreported).toMatchObject({ target: 13686, achieved: 12913 });
    expect(unreported.percent).toBeCloseTo(101.1885, 3);
    expect(unreported.flags[0]).toBe('2 kecamatan punya realisasi tanpa target; 1 kecamatan punya target tanpa realisasi; % kabupaten dihitung dari 3 kecamatan yang punya keduanya (realisasi 10.813 dari target 10.686).');
    // A kabupaten target of its own (the PPM set for the kabupaten) is compared with the whole realisasi.
    await save(2024, 'target', [['kabupaten', 'pb', 12000]]);
    const own = (await app.value('rakorda-evaluation', { year: 2024 })).indicators.find((i) => i.indicator.code === 'pb')!.kabupaten;
    expect(own.percent).toBeCloseTo((12913 / 12000) * 100, 6);
    expect(own.flags.some((flag) => flag.includes('tanpa target'))).toBe(false);
  });

  it('derives a rate’s kabupaten target from the kecamatan targets, weighted by their denominators, when none is entered', async () => {
    await fillYear();
    // Without the kabupaten's 9%: Bayah's 10% of 1.000 and Cijaku's 10% of 2.000 make 10%; the
    // realisasi 330 of 3.000 = 11%, and lower is better: 10 ÷ 11 = 90,91%.
    await save(2024, 'target', [['kabupaten', 'unmet-need', null], [BAYAH, 'unmet-need', 6], [CIJAKU, 'unmet-need', 12]]);
    let unmet = (await app.value('rakorda-evaluation', { year: 2024 })).indicators.find((i) => i.indicator.code === 'unmet-need')!.kabupaten;
    // (6 × 1.000 + 12 × 2.000) ÷ 3.000 = 10%.
    expect(unmet.target).toBeCloseTo(10, 9);
    expect(unmet.percent).toBeCloseTo((10 / 11) * 100, 6);
    expect(unmet).toMatchObject({ criterion: 'Baik', flags: [] });
    // A kecamatan with a target and no numerator or denominator yet is left out of both sides.
    await save(2024, 'target', [[RANGKAS, 'unmet-need', 2]]);
    unmet = (await app.value('rakorda-evaluation', { year: 2024 })).indicators.find((i) => i.indicator.code === 'unmet-need')!.kabupaten;
    expect(unmet.target).toBeCloseTo(10, 9);
    expect(unmet.flags[0]).toBe('1 kecamatan punya target tanpa realisasi; % kabupaten dihitung dari 2 kecamatan yang punya keduanya (realisasi 11,00% dari target 10,00%).');
    // And the Beranda lists it among the indicators against their targets.
    const home = await app.value('home-summary', {});
    expect(home.evaluation.indicators.map((i) => i.name)).toContain('Unmet need');
  });

  it('names on the Beranda the weakest kecamatan, and how many more stand at the same figure', async () => {
    await fillYear();
    const pb = async () => (await app.value('home-summary', {})).evaluation.indicators.find((i) => i.name === 'Peserta KB baru (PB)')!;
    expect((await pb()).weakest).toEqual({ name: 'Cijaku', percent: 75, alike: 0 });
    await save(2024, 'target', [['36.02.01', 'pb', 100]]);
    await save(2024, 'achieved', [['36.02.01', 'pb', 75]]);
    expect((await pb()).weakest).toMatchObject({ percent: 75, alike: 1 });
  });

  it('says after a save which rate cells have a numerator without a denominator, or the other way round', async () => {
    await fillYear();
    const saved = await save(2024, 'numerator', [[RANGKAS, 'unmet-need', 40]]);
    expect(saved.message).toBe('1 isian pembilang tahun 2024 disimpan. Realisasi 1 isian rasio belum dapat dihitung: Rangkasbitung: Unmet need (pembilang tanpa penyebut).');
    // The half is left out of the kabupaten's realisasi too: (80 + 250) ÷ (1.000 + 2.000) = 11%, not 370 ÷ 3.000.
    const unmet = (await app.value('rakorda-evaluation', { year: 2024 })).indicators.find((i) => i.indicator.code === 'unmet-need')!;
    expect(unmet.kabupaten.achieved).toBeCloseTo(11, 6);
    const paired = await save(2024, 'denominator', [[RANGKAS, 'unmet-need', 800]]);
    expect(paired.message).toBe('1 isian penyebut tahun 2024 disimpan.');
  });

  it('refuses cells in the wrong layer, naming row and column, and writes none of the batch', async () => {
    const result = await app.call('rakorda-grid-save', {
      year: 2024,
      layer: 'achieved',
      cells: [
        { area: BAYAH, indicatorId: ids.pb!, value: 5 },
        { area: BAYAH, indicatorId: ids['unmet-need']!, value: 8 },
        { area: 'kabupaten', indicatorId: ids.pb!, value: 5 },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        fields: {
          [`${BAYAH}|${ids['unmet-need']}`]: 'Bayah, Unmet need: realisasi indikator rasio dihitung dari pembilang dan penyebut.',
          [`kabupaten|${ids.pb}`]: 'Realisasi kabupaten dihitung dari kecamatan; isi realisasi per kecamatan.',
        },
      },
    });
    expect((await app.value('rakorda-grid', { year: 2024, layer: 'achieved' })).cells).toEqual({});
    // Every wrong cell in one round: text, an English "1,000", a negative, and a cell the layer does not take.
    const cells = [
      { area: BAYAH, indicatorId: ids.pb!, value: 'dua ratus' },
      { area: CIJAKU, indicatorId: ids.pb!, value: '1,500' },
      { area: BAYAH, indicatorId: ids.pa!, value: -1 },
      { area: BAYAH, indicatorId: ids['unmet-need']!, value: 8 },
    ];
    expect(await app.call('rakorda-grid-save', { year: 2024, layer: 'achieved', cells })).toMatchObject({
      ok: false,
      error: {
        fields: {
          [`${BAYAH}|${ids.pb}`]: 'Harus berupa angka; titik untuk ribuan dan koma untuk desimal, misalnya 1.250 atau 12,5.',
          [`${CIJAKU}|${ids.pb}`]: '"1,500" bisa berarti ribuan atau desimal: tulis 1.500 untuk ribuan, atau 1,5 untuk desimal.',
          [`${BAYAH}|${ids.pa}`]: 'Tidak boleh negatif.',
          [`${BAYAH}|${ids['unmet-need']}`]: 'Bayah, Unmet need: realisasi indikator rasio dihitung dari pembilang dan penyebut.',
        },
      },
    });
    expect((await app.value('rakorda-grid', { year: 2024, layer: 'achieved' })).cells).toEqual({});
  });

  it('refuses a fraction of a person, family or group, but not of a percentage or of an indicator counted otherwise', async () => {
    const fraction = async (layer: 'target' | 'achieved' | 'numerator', area: string, code: string, value: number) =>
      app.call('rakorda-grid-save', { year: 2024, layer, cells: [{ area, indicatorId: ids[code]!, value }] });
    expect(await fraction('achieved', BAYAH, 'pb', 1980.5)).toMatchObject({ ok: false, error: { fields: { [`${BAYAH}|${ids.pb}`]: 'Bayah, Peserta KB baru (PB): harus bilangan bulat (orang).' } } });
    expect(await fraction('numerator', BAYAH, 'unmet-need', 80.5)).toMatchObject({ ok: false, error: { fields: { [`${BAYAH}|${ids['unmet-need']}`]: 'Bayah, Unmet need: harus bilangan bulat.' } } });
    expect(await fraction('target', 'kabupaten', 'unmet-need', 9.5)).toMatchObject({ ok: true });
    // A percentage is a share: at most 100 (its pembilang, a count, may be any size).
    expect(await fraction('target', 'kabupaten', 'unmet-need', 150)).toMatchObject({ ok: false, error: { fields: { [`kabupaten|${ids['unmet-need']}`]: 'Kabupaten, Unmet need: persentase tidak boleh lebih dari 100.' } } });
    expect(await fraction('numerator', BAYAH, 'unmet-need', 150)).toMatchObject({ ok: true });
    expect(await fraction('achieved', BAYAH, 'pb', 1980)).toMatchObject({ ok: true });
    // An office's own indicator in hectares takes decimals.
    await app.value('rakorda-indicator-save', { code: 'lahan', name: 'Lahan pekarangan', unit: 'ha', direction: 'higher', aggregation: 'sum', wholeNumber: false });
    // The name of another indicator, under another code: two columns nobody could tell apart.
    expect(await app.call('rakorda-indicator-save', { code: 'peserta-kb-baru-pb', name: '  peserta KB  baru (pb) ', unit: 'orang', direction: 'higher', aggregation: 'sum' })).toMatchObject({
      ok: false,
      error: { fields: { name: 'Sudah ada indikator "Peserta KB baru (PB)" (kode pb); gunakan nama lain, atau ubah indikator itu.' } },
    });
    ids = Object.fromEntries((await app.value('rakorda-indicators', {})).map((i) => [i.code, i.id]));
    expect(await fraction('achieved', BAYAH, 'lahan', 2.75)).toMatchObject({ ok: true });
  });

  it('keeps past years of a retired indicator', async () => {
    await fillYear();
    const pb = (await app.value('rakorda-indicators', {})).find((i) => i.code === 'pb')!;
    const { sortOrder: _order, ...fields } = pb;
    // Retired from a year that holds its figures, it would leave that year's evaluation without a word.
    expect(await app.call('rakorda-indicator-save', { ...fields, retiredFromYear: 2024 })).toMatchObject({
      ok: false,
      error: { fields: { retiredFromYear: 'Tahun 2024 sudah berisi angka indikator ini: isi 2025 atau sesudahnya, atau kosongkan dulu angka tahun 2024 bila memang tidak dipakai.' } },
    });
    expect((await app.value('rakorda-indicators', {})).find((i) => i.code === 'pb')!.retiredFromYear).toBeNull();
    await app.value('rakorda-indicator-save', { ...fields, retiredFromYear: 2025 });
    expect((await app.value('rakorda-evaluation', { year: 2025 })).indicators.some((i) => i.indicator.code === 'pb')).toBe(false);
    expect((await app.value('rakorda-evaluation', { year: 2024 })).indicators.find((i) => i.indicator.code === 'pb')!.kabupaten.achieved).toBe(10813);
  });
});

describe('realisasi from the registers', () => {
  it('counts the year’s active Kampung KB, the members of active BKB groups and the PIK-R groups per kecamatan', async () => {
    const bayah = { kecamatanCode: BAYAH, desaCode: '36.02.03.2002' };
    const rangkas = { kecamatanCode: RANGKAS, desaCode: '36.02.14.1006' };
    const unit = (name: string, place: typeof bayah, declaredOn: string, isActive = true) =>
      // Three units in one desa of Rangkasbitung, one per RW: confirmed.
      app.value('kampung-kb-create', { name, ...place, declaredOn, isActive, criteria: { main: ['keluarga-miskin'], area: [], special: [] }, confirmOtherInDesa: true });
    await unit('Kampung KB Sawarna', bayah, '2020-05-01');
    await unit('Kampung KB Cijoro', rangkas, '2024-12-31');
    await unit('Kampung KB Baru', rangkas, '2025-01-02'); // declared after 2024
    await unit('Kampung KB Lama', rangkas, '2019-01-02', false); // no longer active
    const group = (type: 'bkb' | 'pikr', name: string, place: typeof bayah, members: number, over: { foundedYear?: number; isActive?: boolean } = {}) =>
      app.value('poktan-create', { type, name, ...place, members, ...over });
    await group('bkb', 'BKB Mawar', bayah, 25, { foundedYear: 2018 });
    await group('bkb', 'BKB Melati', bayah, 30); // founding year unknown: counted
    await group('bkb', 'BKB Anggrek', bayah, 40, { foundedYear: 2025 }); // founded after 2024
    await group('bkb', 'BKB Dahlia', rangkas, 50, { isActive: false });
    await group('pikr', 'PIK-R Bintang', rangkas, 20);
    await group('pikr', 'PIK-R Bulan', rangkas, 15);

    // Cijaku has a Kampung KB target and no unit: its 0 is given; other kecamatan without any are left empty.
    await save(2024, 'target', [[CIJAKU, 'kkb', 1]]);
    const { cells, indicators } = await app.value('rakorda-register-figures', { year: 2024 });
    const figure = (area: string, code: string) => cells[`${area}|${ids[code]}`];
    expect(indicators).toEqual(['Kampung KB', 'Keluarga aktif ber-BKB', 'Keluarga aktif ber-BKR', 'Keluarga aktif ber-BKL', 'PIK-R aktif']);
    expect([figure(BAYAH, 'kkb'), figure(RANGKAS, 'kkb'), figure(CIJAKU, 'kkb')]).toEqual([1, 1, 0]);
    expect([figure(BAYAH, 'bkb-aktif'), figure(RANGKAS, 'bkb-aktif'), figure(BAYAH, 'bkr-aktif')]).toEqual([55, undefined, undefined]);
    expect([figure(BAYAH, 'pikr-aktif'), figure(RANGKAS, 'pikr-aktif')]).toEqual([undefined, 2]);
    // Only those cells: none for the other kecamatan, the kabupaten row or other indicators.
    expect(Object.keys(cells)).toHaveLength(5);
    expect(figure(BAYAH, 'pb')).toBeUndefined();
    // A year later the unit declared in January and the group founded in 2025 count.
    const next = await app.value('rakorda-register-figures', { year: 2025 });
    expect([next.cells[`${RANGKAS}|${ids.kkb}`], next.cells[`${BAYAH}|${ids['bkb-aktif']}`]]).toEqual([2, 95]);
  });

  it('offers nothing for an indicator retired that year', async () => {
    const kkb = (await app.value('rakorda-indicators', {})).find((i) => i.code === 'kkb')!;
    const { sortOrder: _order, ...fields } = kkb;
    await app.value('rakorda-indicator-save', { ...fields, retiredFromYear: 2024 });
    const { indicators, cells } = await app.value('rakorda-register-figures', { year: 2024 });
    expect(indicators).not.toContain('Kampung KB');
    expect(cells[`${BAYAH}|${ids.kkb}`]).toBeUndefined();
  });
});

describe('resolutions', () => {
  it('numbers them, follows them up, and carries open ones into the next year', async () => {
    await app.value('rakorda-resolution-save', { year: 2024, text: 'Meningkatkan kesertaan MKJP melalui pelayanan bergerak.', responsible: ['dinkes', 'puskesmas'], targetDate: '2024-12-31' });
    const second = await app.value('rakorda-resolution-save', { year: 2024, text: 'Membentuk Kampung KB di setiap kecamatan.', responsible: ['kecamatan'] });
    await app.value('rakorda-followup-add', { resolutionId: second, notedOn: '2024-09-01', note: 'Selesai dicanangkan di 28 kecamatan.', status: 'selesai' });
    const this2024 = await app.value('rakorda-resolutions', { year: 2024 });
    expect(this2024.own.map((r) => [r.number, r.status])).toEqual([[1, 'belum'], [2, 'selesai']]);
    const next = await app.value('rakorda-resolutions', { year: 2025 });
    expect(next.own).toEqual([]);
    expect(next.carried.map((r) => [r.year, r.number])).toEqual([[2024, 1]]);
    expect(await app.call('rakorda-resolution-save', { year: 2024, text: 'x', responsible: ['instansi-asing'] })).toMatchObject({
      ok: false,
      error: { fields: { responsible: 'Pilihan tidak dikenal: instansi-asing.' } },
    });
  });
});

describe('the report PDF', () => {
  it('prints the kabupaten table, rankings, comparison, resolutions and participants', async () => {
    await fillYear();
    await app.value('rakorda-meeting-save', {
      year: 2024,
      theme: 'Bangga Kencana untuk keluarga berkualitas',
      heldOn: '2025-03-23',
      venue: 'Aula Multatuli',
      openedBy: 'Bupati Lebak',
      participants: [{ partner: 'dinkes', count: 3 }, { partner: 'puskesmas', count: 28 }],
      speakers: [{ name: 'Kepala Perwakilan BKKBN Provinsi Banten', position: 'Narasumber', topic: 'Arah kebijakan 2025' }],
    });
    await app.value('rakorda-resolution-save', { year: 2024, text: 'Meningkatkan kesertaan MKJP melalui pelayanan bergerak.', responsible: ['dinkes', 'puskesmas'] });
    const file = await app.value('rakorda-report-pdf', { year: 2024 });
    const path = join(app.dataDir, 'laporan.pdf');
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('LAPORAN EVALUASI');
    expect(text).toContain('TAHUN 2024');
    expect(text).toMatch(/1\s+Peserta KB baru \(PB\)\s+orang\s+10\.686\s+10\.813\s+101,19%\s+Sangat Baik/);
    expect(text).toMatch(/Peserta KB baru \(PB\)\s+–\s+10\.050\s+10\.813/);
    expect(text).toMatch(/1\s+Bayah\s+1\.000\s+1\.100\s+110,00%\s+Sangat Baik/);
    expect(text).toMatch(/3\s+Cijaku\s+2\.000\s+1\.500\s+75,00%\s+Cukup/);
    expect(text).toMatch(/Bayah\s+10,00\s+8,00\s+125,00%/);
    expect(text).toContain('Kriteria: Sangat Baik mulai 100%; Baik mulai 90%; Cukup mulai 75%; Kurang mulai 0%.');
    expect(text).toContain('Rakorda dilaksanakan pada 23 Maret 2025 di Aula Multatuli, dibuka oleh Bupati Lebak.');
    expect(text.replace(/\s+/g, ' ')).toMatch(/Meningkatkan kesertaan MKJP .*melalui pelayanan bergerak\./);
    expect(text.replace(/\s+/g, ' ')).toContain('Indikator tanpa data tahun ini: Peserta KB aktif (PA),');
    expect(text).toMatch(/Puskesmas\s+28/);
    expect(text).toMatch(/Jumlah\s+31/);
    expect(text).toContain('Realisasi naik 83,33% dari tahun lalu.');
    expect(text).toMatch(/Halaman 2 dari \d+/);
    expect(text).not.toContain('Halaman 1 dari');
    expect(text).toContain('NIP. 19750312 200003 2 004');
    // The participants and the closing line share the signature's page; the Lampiran follows the signature.
    const pages = text.split('\f');
    const signed = pages.findIndex((page) => page.includes('NIP. 19750312 200003 2 004'));
    expect(pages[signed]).toContain('X. Peserta rapat');
    expect(pages[signed]).toContain('Demikian laporan ini disampaikan untuk dipergunakan sebagaimana mestinya.');
    expect(pages.findIndex((page) => page.includes('Lampiran: data yang perlu diverifikasi'))).toBe(signed + 1);
    // Kabupaten figures from a few kecamatan say so (3 and 2 of Lebak's 28 reported).
    expect(text.replace(/\s+/g, ' ')).toContain('Realisasi kabupaten yang belum dari semua kecamatan: Peserta KB baru (PB) (3 dari 28 kecamatan); Unmet need (2 dari 28 kecamatan).');
    // The 25 kecamatan without figures are named under each ranking, not listed as rows of dashes.
    expect(text.replace(/\s+/g, ' ')).toMatch(/Realisasi kabupaten baru dijumlahkan dari 3 kecamatan; 25 kecamatan lainnya belum mengisi target maupun realisasi: Banjarsari, Bojongmanik, Cibadak,/);
    expect(text).not.toMatch(/–\s+Banjarsari\s+–\s+–/);
    expect(text.replace(/\s+/g, ' ')).toContain('Target tahun 2024 sudah diisi untuk 2 dari 14 indikator; capaian kabupaten sudah dapat dihitung untuk 2 indikator.');
    expect(text.replace(/\s+/g, ' ')).toMatch(/Capaian tertinggi: Peserta KB baru \(PB\), \d+,\d\d%\./);
    // The overview's columns are numbered as the rankings are, not headed by internal codes.
    expect(text.replace(/\s+/g, ' ')).toContain('Kolom bernomor seperti pada bagian IV: 1 = Peserta KB baru (PB); 2 = Unmet need.');
    expect(text).not.toContain('UNMET-NEED');
    // The sections flow on, each indicator's heading and table kept together: with only the
    // kecamatan that have figures, both rankings share IV's page, and the (portrait) overview of
    // all 28 kecamatan follows.
    const pageOf = (heading: string) => text.split('\f').findIndex((page) => page.includes(heading));
    expect(pageOf('1. Peserta KB baru (PB) (orang)')).toBe(pageOf('IV. Capaian per kecamatan'));
    expect(pageOf('2. Unmet need (%)')).toBe(pageOf('IV. Capaian per kecamatan'));
    expect(pageOf('V. Ikhtisar % capaian per kecamatan')).toBe(pageOf('IV. Capaian per kecamatan') + 1);
    const info = execFileSync('pdfinfo', ['-l', '20', path], { encoding: 'utf8' });
    expect(info).not.toMatch(/Page\s+\d+ size:\s+841\.\d+ x 595\.\d+ pts/);
  });
});
