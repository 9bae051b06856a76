import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, LEBAK_OFFICE, onAnotherLebakPc, type TestApp } from '../../testing/test-app.js';
import { readBase64, sheetBase64 } from '../../testing/workbook.js';

const HEADERS = ['Nama Kampung KB', 'Kecamatan', 'Desa/kelurahan', 'Tahun', 'Bulan', 'Jumlah keluarga (KK)', 'Pasangan usia subur (PUS)', 'Peserta KB IUD', 'Peserta KB Suntik', 'PUS tidak ber-KB: Hamil', 'Peserta BKB', 'Keluarga dengan balita'];

let app: TestApp;
let unitId: string;
beforeEach(async () => {
  app = createTestApp();
  await app.value('office-save', LEBAK_OFFICE);
  unitId = (await app.value('kampung-kb-create', { name: 'Kampung KB Sawarna Maju', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002', declaredOn: '2017-03-23' })).id;
});
afterEach(() => app.dispose());

const file = (rows: unknown[][]) => sheetBase64('Angka Kampung KB', HEADERS, rows);
const preview = async (base64: string) => app.value('excel-preview', { table: 'kampung-kb-angka', base64 });

describe('Kampung KB period figures import', () => {
  it('checks each row as the period form does', async () => {
    const { rows, counts } = await preview(await file([
      ['Sawarna Maju', 'Bayah', 'Sawarna', 2024, '', 500, 300, 40, 120, 10, 50, 80],
      ['Kampung KB Entah', 'Bayah', 'Sawarna', 2024, '', 1],
      ['Sawarna Maju', 'Bayah', 'Sawarna', 2023, 'Maretan', 1],
      ['Sawarna Maju', 'Bayah', 'Sawarna', 2016, '', 1],
      ['Sawarna Maju', 'Bayah', 'Sawarna', 2022, '', 500, 100, 90, 20],
      ['Sawarna Maju', 'Bayah', 'Sawarna', 2021, '', 500, 300, '', '', '', 90, 80],
      ['Sawarna Maju', 'Bayah', 'Sawarna', 2024, '', 1],
    ]));
    const problems = Object.fromEntries(rows.map((r) => [r.rowNumber, r.problems]));
    expect(problems[2]).toEqual([]);
    expect(problems[3]).toEqual(['Kampung KB "Kampung KB Entah" tidak terdaftar di Sawarna, Kecamatan Bayah; impor atau tambahkan identitasnya terlebih dahulu.']);
    expect(problems[4]).toEqual(['Kolom "Bulan": "Maretan" bukan bulan (1–12 atau Januari–Desember).']);
    expect(problems[5]).toEqual(['Kolom "Tahun": Kampung KB ini baru dicanangkan tahun 2017; data tahun 2016 belum ada.']);
    expect(problems[6]).toEqual(['Jumlah peserta KB menurut metode (110) melebihi jumlah PUS (100).']);
    expect(problems[7]).toEqual(['Kolom "Peserta BKB": Peserta BKB (90) melebihi jumlah keluarga dengan balita (80).']);
    expect(problems[8]).toEqual(['Sama dengan baris 2 di berkas ini (Kampung KB dan periode).']);
    expect(counts).toEqual({ new: 1, existing: 0, error: 6 });
  });

  it('stores the period with its level; a second file fills in more figures of the same period and keeps the rest', async () => {
    const first = await file([['Sawarna Maju', 'Bayah', 'Sawarna', 2024, 'Maret', 500, 300, 40, 120, 10, 50, 80]]);
    expect(await app.value('excel-import', { table: 'kampung-kb-angka', base64: first, existing: 'update' })).toEqual({ added: 1, updated: 0, unchanged: 0, skipped: 0 });
    const [summary] = (await app.value('kampung-kb-get', { id: unitId })).snapshots;
    expect(summary).toMatchObject({ year: 2024, month: 3 });
    const stored = await app.value('kampung-kb-snapshot-get', { id: summary!.id });
    expect(stored.figures).toMatchObject({ families: 500, pus: 300, kbUsers: { iud: 40, suntik: 120 }, nonUsers: { hamil: 10 }, familiesWithUnderFives: 80 });
    expect(stored.figures.poktanParticipants.bkb).toBe(50);

    const more = await sheetBase64('Angka Kampung KB', ['Nama Kampung KB', 'Kecamatan', 'Desa/kelurahan', 'Tahun', 'Bulan', 'Peserta KB Pil'], [['Sawarna Maju', 'Bayah', 'Sawarna', 2024, 3, 30]]);
    expect(await app.value('excel-import', { table: 'kampung-kb-angka', base64: more, existing: 'update' })).toEqual({ added: 0, updated: 1, unchanged: 0, skipped: 0 });
    const after = await app.value('kampung-kb-snapshot-get', { id: summary!.id });
    expect(after.figures.kbUsers).toEqual({ iud: 40, suntik: 120, pil: 30 });
    expect(after.figures.families).toBe(500);
  });

  it('writes a template with a row for every unit, and leaves rows without figures out', async () => {
    const template = await app.value('excel-template', { table: 'kampung-kb-angka' });
    const sheet = (await readBase64(template.base64)).getWorksheet('Angka Kampung KB')!;
    expect(sheet.getRow(2).values).toEqual([undefined, 'Kampung KB Sawarna Maju', 'Bayah', 'Sawarna', new Date().getFullYear() - 1]);
    expect(await preview(template.base64)).toMatchObject({ rows: [], emptyRows: [2] });
    // A unit with a year and a month but no figure is counted as left out, and is not the original of the same period filled in below it.
    const partly = await preview(await file([['Sawarna Maju', 'Bayah', 'Sawarna', 2024, 'Maret'], ['Sawarna Maju', 'Bayah', 'Sawarna', 2024, 'Maret', 500]]));
    expect([partly.counts, partly.emptyRows]).toEqual([{ new: 1, existing: 0, error: 0 }, [2]]);
  });

  it('goes out with the Kampung KB list export (periods and activities as sheets) and back into an empty database as the same figures', async () => {
    const figures = await file([['Sawarna Maju', 'Bayah', 'Sawarna', 2024, 'Maret', 500, 300, 40, 120, 10, 50, 80]]);
    await app.value('excel-import', { table: 'kampung-kb-angka', base64: figures, existing: 'update' });
    await app.value('kampung-kb-activity-save', { kampungKbId: unitId, title: 'Sosialisasi 8 fungsi keluarga', heldOn: '2024-05-14', categoryCode: 'fungsi-pendidikan', partners: ['dinkes', 'dinsos'] });
    const exported = await app.value('excel-kampung-kb-export', {});
    const workbook = await readBase64(exported.base64);
    const periods = workbook.getWorksheet('Angka Kampung KB')!;
    const header = (periods.getRow(1).values as unknown[]).slice(1);
    const row = Object.fromEntries(header.map((h, i) => [h, periods.getRow(2).getCell(i + 1).value]));
    expect(row).toMatchObject({ 'Nama Kampung KB': 'Kampung KB Sawarna Maju', Tahun: 2024, Bulan: 'Maret', 'Jumlah keluarga (KK)': 500, 'Peserta KB Suntik': 120, 'PUS tidak ber-KB: Hamil': 10, 'Peserta BKB': 50, 'Tingkat (dihitung)': 'Dasar' });
    const activities = workbook.getWorksheet('Kegiatan')!;
    expect(activities.getRow(2).getCell(5).value).toBe('Sosialisasi 8 fungsi keluarga');
    expect(activities.getRow(2).getCell(9).value).toBe('Dinas Kesehatan, Dinas Sosial');

    await onAnotherLebakPc(async (other) => {
      await other.value('excel-import', { table: 'kampung-kb', base64: exported.base64, existing: 'update' });
      expect(await other.value('excel-import', { table: 'kampung-kb-angka', base64: exported.base64, existing: 'update' })).toEqual({ added: 1, updated: 0, unchanged: 0, skipped: 0 });
      const storedFigures = async (a: TestApp) => {
        const unit = (await a.value('kampung-kb-list', {})).rows[0]!;
        const [summary] = (await a.value('kampung-kb-get', { id: unit.id })).snapshots;
        return (await a.value('kampung-kb-snapshot-get', { id: summary!.id })).figures;
      };
      expect(await storedFigures(other)).toEqual(await storedFigures(app));
    });
  });
});
