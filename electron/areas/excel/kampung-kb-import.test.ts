import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, LEBAK_OFFICE, onAnotherLebakPc, type TestApp } from '../../testing/test-app.js';
import { readBase64, sheetBase64 } from '../../testing/workbook.js';

const HEADERS = ['Nama Kampung KB', 'Kecamatan', 'Desa/kelurahan', 'Cakupan (RW/dusun)', 'Tanggal pencanangan', 'Penanggung jawab', 'Gambaran umum', 'Lintang', 'Bujur', 'Percontohan (Ya/Tidak)', 'Aktif (Ya/Tidak)'];
const good = ['Kampung KB Sawarna Maju', 'Bayah', 'Sawarna', 'RW 02', '23/03/2017', 'Pak Udin', 'Desa pesisir', '-6,8', '106,3', 'Ya', 'Ya'];

let app: TestApp;
beforeEach(async () => {
  app = createTestApp();
  await app.value('office-save', LEBAK_OFFICE);
});
afterEach(() => app.dispose());

const file = (rows: unknown[][]) => sheetBase64('Kampung KB', HEADERS, rows);
const list = async () => (await app.value('kampung-kb-list', {})).rows;

describe('Kampung KB identity import', () => {
  it('names each problem per row and column, and writes nothing', async () => {
    const base64 = await file([
      good,
      ['Kampung KB Cibeber', 'Bayah', 'Cibeber', '', '2017-03-23'],
      ['Kampung KB Kolelet', 'Rangkasbitung', 'Cijoro Lebak', '', '31/02/2018'],
      ['Kampung KB Pasir', 'Kab. Lebak', 'Sawarna', '', '01/01/2018'],
      ['Kampung KB Dua', 'Rangkasbitung', 'Cijoro Lebak', '', '01/01/2018', '', '', '-6,3', '', 'Ya'],
      ['Kampung KB Tiga', 'Rangkasbitung', 'Cijoro Lebak', '', '01/01/2018', '', '', 'utara', '106', 'Mungkin'],
      ['sawarna  maju', 'Kec. Bayah', 'Desa Sawarna', '', '01/01/2018'],
      ['Kampung KB Nanti', 'Rangkasbitung', 'Cijoro Lebak', '', '01/01/2099'],
    ]);
    const { rows, counts } = await app.value('excel-preview', { table: 'kampung-kb', base64 });
    const problems = Object.fromEntries(rows.map((r) => [r.rowNumber, r.problems]));
    expect(problems[2]).toEqual([]);
    expect(problems[3]).toEqual(['Desa/kelurahan "Cibeber" berada di Kecamatan Cibeber, bukan Bayah.']);
    expect(problems[4]).toEqual(['Kolom "Tanggal pencanangan": "31/02/2018" bukan tanggal (gunakan hh/bb/tttt).']);
    expect(problems[5]).toEqual(['Kecamatan "Kab. Lebak" tidak dikenal di kabupaten ini.']);
    expect(problems[6]).toEqual(['Kolom "Percontohan (Ya/Tidak)": hanya satu Kampung KB percontohan; baris 2 sudah ditandai.']);
    expect(problems[7]).toEqual(['Kolom "Lintang": "utara" bukan angka (misalnya -6,35).', 'Kolom "Percontohan (Ya/Tidak)": "Mungkin" bukan Ya atau Tidak.']);
    expect(problems[8]).toEqual(['Sama dengan baris 2 di berkas ini (desa dan nama).']);
    expect(problems[9]).toEqual(['Kolom "Tanggal pencanangan": Tanggal pencanangan tidak boleh di masa depan.']);
    expect(counts).toEqual({ new: 1, existing: 0, error: 7 });
    expect((await app.call('excel-import', { table: 'kampung-kb', base64, existing: 'update' })).ok).toBe(false);
    expect(await list()).toEqual([]);
  });

  it('imports, then updates or skips by desa and name; the lat/long pair and the one model unit are checked', async () => {
    const base64 = await file([good, ['Kampung KB Kolelet', 'rangkasbitung', 'CIJORO  LEBAK', '', '02/05/2018', '', '', '', '', 'Tidak', 'Tidak']]);
    expect(await app.value('excel-import', { table: 'kampung-kb', base64, existing: 'update' })).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 0 });
    const rows = await list();
    expect(rows.map((r) => [r.name, r.kecamatanName, r.desaName, r.declaredOn, r.isModel, r.isActive])).toEqual([
      ['Kampung KB Sawarna Maju', 'Bayah', 'Sawarna', '2017-03-23', true, true],
      ['Kampung KB Kolelet', 'Rangkasbitung', 'Cijoro Lebak', '2018-05-02', false, false],
    ]);
    const sawarna = await app.value('kampung-kb-get', { id: rows[0]!.id });
    expect(sawarna.unit).toMatchObject({ coverage: 'RW 02', personInCharge: 'Pak Udin', latitude: -6.8, longitude: 106.3 });

    const edited = await file([[...good.slice(0, 5), 'Bu Iis', ...good.slice(6)]]);
    expect(await app.value('excel-import', { table: 'kampung-kb', base64: edited, existing: 'skip' })).toEqual({ added: 0, updated: 0, unchanged: 0, skipped: 1 });
    expect(await app.value('excel-import', { table: 'kampung-kb', base64: edited, existing: 'update' })).toEqual({ added: 0, updated: 1, unchanged: 0, skipped: 0 });
    expect((await app.value('kampung-kb-get', { id: rows[0]!.id })).unit.personInCharge).toBe('Bu Iis');

    const second = await file([['Kampung KB Lain', 'Bayah', 'Sawarna', '', '01/01/2019', '', '', '-6,8', '', 'Ya']]);
    expect((await app.value('excel-preview', { table: 'kampung-kb', base64: second })).rows[0]!.problems).toEqual([
      'Kolom "Bujur": Isi lintang dan bujur bersama-sama, atau kosongkan keduanya.',
      'Kolom "Percontohan (Ya/Tidak)": Kampung KB percontohan kabupaten sudah ditetapkan: Kampung KB Sawarna Maju. Cabut penetapan itu terlebih dahulu.',
    ]);
  });

  it('round-trips: the filtered list export imports into an empty database as the same units', async () => {
    await app.value('excel-import', { table: 'kampung-kb', base64: await file([good, ['Kampung KB Kolelet', 'Rangkasbitung', 'Cijoro Lebak', 'Dusun 1', '02/05/2018']]), existing: 'update' });
    const filtered = await readBase64((await app.value('excel-kampung-kb-export', { kecamatanCode: '36.02.03' })).base64);
    expect(filtered.getWorksheet('Kampung KB')!.actualRowCount).toBe(2);
    const exported = await app.value('excel-kampung-kb-export', {});
    const sheet = (await readBase64(exported.base64)).getWorksheet('Kampung KB')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(12).value).toBe('Tingkat');
    expect(sheet.getRow(2).getCell(12).value).toBe('Belum ada data');

    await onAnotherLebakPc(async (other) => {
      expect(await other.value('excel-import', { table: 'kampung-kb', base64: exported.base64, existing: 'update' })).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 0 });
      const units = async (a: TestApp) =>
        Promise.all((await a.value('kampung-kb-list', {})).rows.map(async (r) => {
          const { id: _i, createdAt: _c, updatedAt: _u, ...unit } = (await a.value('kampung-kb-get', { id: r.id })).unit;
          return unit;
        }));
      expect(await units(other)).toEqual(await units(app));
    });
  });
});
