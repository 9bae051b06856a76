import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, LEBAK_OFFICE, type TestApp } from '../../testing/test-app.js';
import { readBase64, sheetBase64 } from '../../testing/workbook.js';

let app: TestApp;
beforeEach(async () => {
  app = createTestApp();
  await app.value('office-save', LEBAK_OFFICE);
});
afterEach(() => app.dispose());

const grid = (year: number, layer: 'target' | 'achieved' | 'numerator' | 'denominator' | 'existing') => app.value('rakorda-grid', { year, layer });
const cell = async (year: number, layer: 'target' | 'achieved', area: string, code: string) => {
  const { indicators, cells } = await grid(year, layer);
  return cells[`${area}|${indicators.find((i) => i.code === code)!.id}`] ?? null;
};
const BAYAH = '36.02.03';

describe('Rakorda targets and achievements import', () => {
  it('writes a template of one year and layer, prefilled, with one column per indicator the layer takes', async () => {
    await app.value('rakorda-grid-save', { year: 2024, layer: 'target', cells: [{ area: BAYAH, indicatorId: (await grid(2024, 'target')).indicators[0]!.id, value: 1000 }] });
    const file = await app.value('excel-template', { table: 'rakorda', year: 2024, layer: 'target' });
    expect(file.fileName).toBe('Templat Impor Target dan Capaian Rakorda target 2024.xlsx');
    const sheet = (await readBase64(file.base64)).getWorksheet('Evaluasi Rakorda')!;
    // The first header says what the file holds: a template of another layer or year is refused.
    expect(sheet.getRow(1).getCell(1).value).toBe('Kecamatan (target 2024) *');
    expect(sheet.getRow(1).getCell(2).value).toBe('Peserta KB baru (PB)');
    // The kabupaten row, then the 28 kecamatan of Lebak.
    expect(sheet.actualRowCount).toBe(1 + 1 + 28);
    const bayah = sheet.getColumn(1).values.indexOf('Bayah');
    expect(sheet.getRow(bayah).getCell(2).value).toBe(1000);
    // Importing the template as it is: the kecamatan left blank are left out; Bayah is found as already filled.
    const again = await app.value('excel-preview', { table: 'rakorda', year: 2024, layer: 'target', base64: file.base64 });
    expect(again.rows).toEqual([{ rowNumber: bayah, name: 'Bayah', status: 'existing', problems: [] }]);
    for (const [year, layer] of [[2024, 'achieved'], [2025, 'target']] as const) {
      expect(await app.call('excel-preview', { table: 'rakorda', year, layer, base64: file.base64 })).toMatchObject({ ok: false, error: { fields: { file: expect.stringMatching(/^Berkas ini templat target 2024, sedangkan yang dipilih (realisasi 2024|target 2025)\./) } } });
    }
    expect(await app.call('excel-import', { table: 'rakorda', year: 2024, layer: 'achieved', base64: file.base64, existing: 'update' })).toMatchObject({ ok: false, error: { fields: { file: expect.stringContaining('sedangkan yang dipilih realisasi 2024') } } });
    // Realisasi has no column for rate indicators (they take numerator and denominator).
    const achieved = (await readBase64((await app.value('excel-template', { table: 'rakorda', year: 2024, layer: 'achieved' })).base64)).getWorksheet('Evaluasi Rakorda')!;
    expect(achieved.getRow(1).values).not.toContain('Unmet need');
    expect(achieved.actualRowCount).toBe(1 + 28);
  });

  it('checks each cell, then writes the same values the grid does; empty cells keep what is stored', async () => {
    const headers = ['Kecamatan', 'Peserta KB baru (PB)', 'pa', 'Unmet need'];
    const bad = await sheetBase64('Evaluasi Rakorda', headers, [
      ['Bayah', 1000, '2.500', 10],
      ['KECAMATAN  rangkasbitung', '7.686,5', null, '12,5'],
      ['Kab. Lebak', 10686, null, 9],
      ['Kecamatan Entah', 1, 1, 1],
      ['Cijaku', 'seribu', -4, null],
      ['bayah', 1, null, null],
    ]);
    const preview = await app.value('excel-preview', { table: 'rakorda', year: 2024, layer: 'target', base64: bad });
    const problems = Object.fromEntries(preview.rows.map((r) => [r.rowNumber, r.problems]));
    expect(preview.mapping).toEqual({ kecamatan: 0, pb: 1, pa: 2, 'unmet-need': 3 });
    expect(problems[2]).toEqual([]);
    // Half a person is a typing slip; a percentage takes decimals.
    expect(problems[3]).toEqual(['Kolom "Peserta KB baru (PB)": Rangkasbitung, Peserta KB baru (PB): harus bilangan bulat (orang).']);
    expect(problems[4]).toEqual([]);
    expect(problems[5]).toEqual(['Kecamatan "Kecamatan Entah" tidak dikenal di kabupaten ini.']);
    expect(problems[6]).toEqual([
      'Kolom "Peserta KB baru (PB)": "seribu" bukan angka (gunakan koma untuk desimal, misalnya 12,5).',
      'Kolom "Peserta KB aktif (PA)": "-4" tidak boleh negatif.',
    ]);
    expect(problems[7]).toEqual(['Sama dengan baris 2 di berkas ini (kecamatan).']);

    const achievedKabupaten = await sheetBase64('Evaluasi Rakorda', ['Kecamatan', 'Peserta KB baru (PB)'], [['Kabupaten', 10813]]);
    expect((await app.value('excel-preview', { table: 'rakorda', year: 2024, layer: 'achieved', base64: achievedKabupaten })).rows[0]!.problems).toEqual([
      'Kolom "Peserta KB baru (PB)": Realisasi kabupaten dihitung dari kecamatan; isi realisasi per kecamatan.',
    ]);
    expect(await app.call('excel-preview', { table: 'rakorda', base64: achievedKabupaten })).toMatchObject({ ok: false, error: { message: 'Pilih tahun dan jenis isian (target, realisasi, …) terlebih dahulu.' } });

    const good = await sheetBase64('Evaluasi Rakorda', headers, [['Bayah', 1000, '2.500', 10], ['KECAMATAN  rangkasbitung', '7.686', null, '12,5'], ['Kab. Lebak', 10686, null, 9]]);
    expect(await app.value('excel-import', { table: 'rakorda', year: 2024, layer: 'target', base64: good, existing: 'update' })).toEqual({ added: 3, updated: 0, unchanged: 0, skipped: 0 });
    expect(await cell(2024, 'target', BAYAH, 'pa')).toBe(2500);
    expect(await cell(2024, 'target', '36.02.14', 'pb')).toBe(7686);
    expect(await cell(2024, 'target', '36.02.14', 'unmet-need')).toBe(12.5);
    expect(await cell(2024, 'target', 'kabupaten', 'unmet-need')).toBe(9);

    // A second file with only PB for Bayah: PA stays as stored; skip leaves Bayah alone.
    const again = await sheetBase64('Evaluasi Rakorda', ['Kecamatan', 'PB'], [['Bayah', 1200]]);
    expect(await app.value('excel-import', { table: 'rakorda', year: 2024, layer: 'target', base64: again, existing: 'skip' })).toEqual({ added: 0, updated: 0, unchanged: 0, skipped: 1 });
    expect(await app.value('excel-import', { table: 'rakorda', year: 2024, layer: 'target', base64: again, existing: 'update' })).toEqual({ added: 0, updated: 1, unchanged: 0, skipped: 0 });
    expect(await cell(2024, 'target', BAYAH, 'pb')).toBe(1200);
    expect(await cell(2024, 'target', BAYAH, 'pa')).toBe(2500);

    const achieved = await sheetBase64('Evaluasi Rakorda', ['Kecamatan', 'PB'], [['Bayah', 1214]]);
    await app.value('excel-import', { table: 'rakorda', year: 2024, layer: 'achieved', base64: achieved, existing: 'update' });
    const pb = (await app.value('rakorda-evaluation', { year: 2024 })).indicators.find((i) => i.indicator.code === 'pb')!;
    expect(pb.kecamatan.find((k) => k.name === 'Bayah')).toMatchObject({ target: 1200, achieved: 1214, rank: 1 });
  });

  it('exports a year’s evaluation: the printed table and every kecamatan with rank', async () => {
    const base64 = await sheetBase64('Evaluasi Rakorda', ['Kecamatan', 'PB'], [['Bayah', 1000], ['Cijaku', 2000]]);
    await app.value('excel-import', { table: 'rakorda', year: 2024, layer: 'target', base64, existing: 'update' });
    await app.value('excel-import', { table: 'rakorda', year: 2024, layer: 'achieved', base64: await sheetBase64('Evaluasi Rakorda', ['Kecamatan', 'PB'], [['Bayah', 1100], ['Cijaku', 1500]]), existing: 'update' });
    const file = await app.value('excel-rakorda-export', { year: 2024 });
    expect(file.fileName).toBe('Evaluasi Rakorda 2024.xlsx');
    const workbook = await readBase64(file.base64);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Evaluasi 2024', 'Per kecamatan 2024']);
    const table = workbook.getWorksheet('Evaluasi 2024')!;
    expect(table.getRow(1).values).toEqual([undefined, 'No', 'Indikator', 'Satuan', 'Target', 'Realisasi', '% capaian', 'Kriteria']);
    expect(table.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(table.getRow(2).values).toEqual([undefined, 1, 'Peserta KB baru (PB)', 'orang', 3000, 2600, 2600 / 3000, expect.any(String)]);
    expect(table.getColumn(6).numFmt).toBe('0.00%');
    const perKecamatan = workbook.getWorksheet('Per kecamatan 2024')!;
    const bayah = perKecamatan.getRows(2, perKecamatan.actualRowCount - 1)!.find((r) => r.getCell(3).value === 'Bayah' && r.getCell(1).value === 'Peserta KB baru (PB)')!;
    expect(bayah.getCell(6).value).toBeCloseTo(1.1);
    expect(bayah.getCell(8).value).toBe(1);
  });
});
