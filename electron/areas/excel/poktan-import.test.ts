import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listPoktan } from '../../../db/queries/poktan.js';
import { createDispatch } from '../../core/dispatch.js';
import { handlerTable } from '../../handler-table.js';
import { createTestApp, LEBAK_OFFICE, onAnotherLebakPc, takeStoredFile, type TestApp } from '../../testing/test-app.js';
import { readBase64 } from '../../testing/workbook.js';
import { poktanListSchema } from '../poktan/schema.js';
import { poktanImport } from './poktan-import.js';

const HEADERS = ['Jenis poktan', 'Nama kelompok', 'Kecamatan', 'Desa/kelurahan', 'Alamat', 'Nama ketua', 'Telepon ketua', 'Jumlah anggota', 'Tahun pembentukan', 'Nomor SK', 'Tanggal SK', 'Tahapan', 'Aktif (Ya/Tidak)'];

let app: TestApp;
beforeEach(async () => {
  app = createTestApp();
  await app.value('office-save', LEBAK_OFFICE);
});
afterEach(() => {
  vi.restoreAllMocks();
  app.dispose();
});

async function workbook(rows: unknown[][], options: { headers?: string[]; sheet?: string; edit?(sheet: ExcelJS.Worksheet): void } = {}) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(options.sheet ?? 'Poktan');
  sheet.addRow(options.headers ?? HEADERS);
  for (const row of rows) sheet.addRow(row);
  options.edit?.(sheet);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const good = ['BKB', 'BKB Mawar', 'Bayah', 'Sawarna', 'RT 02', 'Ibu Euis', '0812 3456 7890', 25, 2018, '400/12/2018', '15/03/2018', 'Dasar', 'Ya'];
const preview = (base64: string) => app.value('excel-preview', { table: 'poktan', base64 });

describe('bad files', () => {
  it.each([
    ['not an xlsx', Buffer.from('Nama,Desa\nBKB Mawar,Sawarna').toString('base64'), 'Berkas ini bukan buku kerja Excel (.xlsx).'],
    ['password-protected or .xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).toString('base64'), 'dilindungi kata sandi'],
    ['a broken zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).toString('base64'), 'Berkas .xlsx ini rusak dan tidak dapat dibaca.'],
  ])('refuses %s with a clear message', async (_name, base64, message) => {
    const result = await app.call('excel-preview', { table: 'poktan', base64 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.file).toContain(message);
  });

  it('refuses an empty sheet, merged header cells and a sheet over the row limit', async () => {
    expect(await app.call('excel-preview', { table: 'poktan', base64: await workbook([]) })).toMatchObject({ ok: false, error: { fields: { file: 'Lembar kerja tidak berisi baris data di bawah judul kolom.' } } });
    const merged = await workbook([good], { edit: (sheet) => sheet.mergeCells('A1:B1') });
    expect(await app.call('excel-preview', { table: 'poktan', base64: merged })).toMatchObject({ ok: false, error: { fields: { file: expect.stringContaining('digabung (merge) pada B1') } } });
    const huge = await workbook([], { edit: (sheet) => { sheet.getCell('A100005').value = 'x'; for (let r = 2; r < 100_004; r += 1) sheet.getCell(`B${r}`).value = r; } });
    expect(await app.call('excel-preview', { table: 'poktan', base64: huge })).toMatchObject({ ok: false, error: { fields: { file: expect.stringContaining('batas satu kali impor 100.000 baris') } } });
  }, 60_000);

  it('asks for a mapping when headers differ, and uses the values of formulas', async () => {
    const other = await workbook([['BKB', 'BKB Mawar', 'Bayah', 'Sawarna']], { headers: ['Tipe', 'Kelompok', 'Kec.', 'Desa'] });
    const first = await preview(other);
    // "Kec." and "Desa" are known variants; "Tipe" and "Kelompok" need the user's mapping.
    expect(first.missing).toEqual(['Jenis poktan', 'Nama kelompok']);
    const mapped = await app.value('excel-preview', { table: 'poktan', base64: other, mapping: { type: 0, name: 1, kecamatan: 2, desa: 3 } });
    expect(mapped.counts).toEqual({ new: 1, existing: 0, error: 0 });
    // The user's own mapping without a required field: asked again, not refused.
    const unmapped = await app.value('excel-preview', { table: 'poktan', base64: other, mapping: { type: 0, name: 1, kecamatan: 2 } });
    expect(unmapped).toMatchObject({ missing: ['Desa/kelurahan'], rows: [], mapping: { type: 0, name: 1, kecamatan: 2 } });
    const withFormula = await workbook([[...good.slice(0, 7), { formula: '20+5', result: 25 }, ...good.slice(8)]]);
    expect((await preview(withFormula)).rows[0]).toMatchObject({ status: 'new', problems: [] });
  });
});

describe('row problems', () => {
  it('names each problem per row and column, in Bahasa Indonesia', async () => {
    await app.value('poktan-create', { type: 'bkb', name: 'BKB Melati', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' });
    const base64 = await workbook(
      [
        good,
        ['BKB', 'BKB Anggrek', 'Bayah', 'Cijoro Lebak', ...good.slice(4)],
        ['BKB', 'BKB Kenanga', 'Kec. Tidak Ada', 'Sawarna', ...good.slice(4)],
        ['BKB', 'BKB Dahlia', 'Bayah', 'Sawarna', '', '', '', 'dua puluh', 2090, '', '31/13/2018', '', 'Ya'],
        ['', 'BKB Tanpa Jenis', 'Bayah', 'Sawarna'],
        ['uppks', 'B.K.B. mawar', 'KECAMATAN BAYAH', 'Desa Sawarna'],
        ['bkb', 'bkb  melati', 'Bayah', 'Sawarna'],
        ['BKB', 'BKB Mawar', 'Bayah', 'Sawarna'],
        ['BKB', 'BKB Tersembunyi', 'Bayah', 'Sawarna'],
        ['BKB', 'BKB Teratai', 'Bayah', 'Sawarna', '', '', 'tanya RT', '', 2090],
        ['BKB', '', 'Bayah', 'Sawarna'],
        ['PIK-R', 'PIK-R Bintang', 'Bayah', 'Sawarna', '', '', '', '', '', '', '', 'Berkembang', 'Ya'],
        ['BKB', `BKB ${'Sejahtera '.repeat(16)}`, 'Bayah', 'Sawarna', '', '', '', 2_000_000],
      ],
      { edit: (sheet) => (sheet.getRow(10).hidden = true) },
    );
    const { rows, counts } = await preview(base64);
    const problems = Object.fromEntries(rows.map((r) => [r.rowNumber, r.problems]));
    expect(problems[2]).toEqual([]);
    expect(problems[3]).toEqual(['Desa/kelurahan "Cijoro Lebak" berada di Kecamatan Rangkasbitung, bukan Bayah.']);
    expect(problems[4]).toEqual(['Kecamatan "Kec. Tidak Ada" tidak dikenal di kabupaten ini.']);
    // The form's checks are named beside the cells that could not be read: one round of fixing.
    expect(problems[5]).toEqual([
      'Kolom "Jumlah anggota": "dua puluh" bukan bilangan bulat.',
      'Kolom "Tanggal SK": "31/13/2018" bukan tanggal (gunakan hh/bb/tttt).',
      'Kolom "Tahun pembentukan": Tahun pembentukan tidak boleh di masa depan.',
    ]);
    expect(problems[6]).toEqual(['Kolom "Jenis poktan" wajib diisi.']);
    // UPPKS is read as UPPKA, a type of its own: not the BKB Mawar of row 2.
    expect(rows.find((r) => r.rowNumber === 7)).toMatchObject({ status: 'new', problems: [] });
    expect(rows.find((r) => r.rowNumber === 8)).toMatchObject({ status: 'existing', problems: [] });
    expect(problems[9]).toEqual(['Sama dengan baris 2 di berkas ini (jenis, desa dan nama).']);
    expect(problems[10]).toEqual(['Baris ini tersembunyi di Excel; tampilkan (unhide) atau hapus barisnya.']);
    // A field the form refuses (the phone) does not hide the register's check of another (the
    // year); a required cell left empty is named once, not again by the form.
    expect(problems[11]).toEqual([
      'Kolom "Telepon ketua": Nomor telepon hanya boleh berisi angka, spasi, dan tanda + - ( ) / .',
      'Kolom "Tahun pembentukan": Tahun pembentukan tidak boleh di masa depan.',
    ]);
    expect(problems[12]).toEqual(['Kolom "Nama kelompok" wajib diisi.']);
    // A stage of another type is named with the stages this type has.
    expect(problems[13]).toEqual(['Tahapan "Berkembang" tidak dikenal untuk PIK-R (Tumbuh, Tegak, Tegar).']);
    // The schema's own messages, given in the reader thread too.
    expect(problems[14]).toEqual(['Kolom "Nama kelompok": Maksimal 150 karakter.', 'Kolom "Jumlah anggota": Tidak boleh lebih dari 1.000.000.']);
    expect(counts).toEqual({ new: 2, existing: 1, error: 10 });
    // Nothing is written while any row has a problem.
    expect(await app.call('excel-import', { table: 'poktan', base64, existing: 'update' })).toMatchObject({ ok: false, error: { message: '10 baris masih bermasalah; perbaiki berkasnya, lalu impor lagi. Tidak ada data yang disimpan.' } });
    expect((await app.value('poktan-list', {})).rows).toHaveLength(1);
  });
});

describe('an import after its preview', () => {
  const melati = ['BKB', 'BKB Melati', 'Bayah', 'Sawarna', '', '', '', 12, 2021, '', '', '', 'Ya'];
  const mawarInSawarna = { type: 'bkb', name: 'BKB Mawar', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' } as const;

  it('writes the rows its preview checked when nothing was written in between', async () => {
    const checks = vi.spyOn(poktanImport.cells!, 'context');
    const base64 = await workbook([good, melati]);
    const { mapping } = await preview(base64);
    expect(await app.value('excel-import', { table: 'poktan', base64, mapping, existing: 'skip' })).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 0 });
    expect(checks).toHaveBeenCalledTimes(1);
    expect((await app.value('poktan-list', {})).rows.map((r) => [r.name, r.desaName, r.members])).toEqual([
      ['BKB Mawar', 'Sawarna', 25],
      ['BKB Melati', 'Sawarna', 12],
    ]);
  });

  it('checks again after a write since the preview: a group registered meanwhile is matched, not added twice', async () => {
    const checks = vi.spyOn(poktanImport.cells!, 'context');
    const base64 = await workbook([good, melati]);
    const { mapping, counts } = await preview(base64);
    expect(counts).toEqual({ new: 2, existing: 0, error: 0 });
    await app.value('poktan-create', mawarInSawarna);
    expect(await app.value('excel-import', { table: 'poktan', base64, mapping, existing: 'skip' })).toEqual({ added: 1, updated: 0, unchanged: 0, skipped: 1 });
    expect(checks).toHaveBeenCalledTimes(2);
    expect((await app.value('poktan-list', {})).rows.map((r) => r.name)).toEqual(['BKB Mawar', 'BKB Melati']);
  });

  it('checks again with another mapping than the preview’s, and a plan serves one import only', async () => {
    const checks = vi.spyOn(poktanImport.cells!, 'context');
    const base64 = await workbook([good]);
    const { mapping } = await preview(base64);
    // The address column read as the chair's name: the preview did not check that.
    expect(await app.value('excel-import', { table: 'poktan', base64, mapping: { ...mapping, chairName: 4 }, existing: 'skip' })).toEqual({ added: 1, updated: 0, unchanged: 0, skipped: 0 });
    expect(checks).toHaveBeenCalledTimes(2);
    expect((await app.value('poktan-list', {})).rows[0]!.chairName).toBe('RT 02');
    expect(await app.value('excel-import', { table: 'poktan', base64, mapping, existing: 'update' })).toEqual({ added: 0, updated: 1, unchanged: 0, skipped: 0 });
    expect(checks).toHaveBeenCalledTimes(3);
  });
});

describe('import and export', () => {
  it('imports all rows in one transaction; importing the same file again updates or skips, never duplicates', async () => {
    // A mobile number typed into a number cell, its leading 0 lost: it gets it back.
    const base64 = await workbook([good, ['PIK-R', 'PIK-R Cemerlang', 'Rangkasbitung', 'Cijoro Lebak', '', '', 81234567890, 40, 2020, '', '', 'Tegak', 'Tidak']]);
    expect(await app.value('excel-import', { table: 'poktan', base64, existing: 'update' })).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 0 });
    expect(await app.value('excel-import', { table: 'poktan', base64, existing: 'skip' })).toEqual({ added: 0, updated: 0, unchanged: 0, skipped: 2 });
    // The same rows again change nothing: no entry in the history, no new "last changed" time, not even the remembered mapping's.
    const logged = () => app.app.database!.prepare(`SELECT count(*) AS entries, max(changed_at) AS latest FROM change_log`).get();
    const changedAt = () => app.app.database!.prepare(`SELECT updated_at FROM poktan ORDER BY name`).pluck().all();
    // Nothing written at all, so no backup follows (boot.ts makes one after a large change that wrote).
    const wrote: boolean[] = [];
    const dispatch = createDispatch(handlerTable, app.app, () => {}, (_channel, didWrite) => wrote.push(didWrite));
    const [before, stamps] = [logged(), changedAt()];
    expect(await dispatch('excel-import', { table: 'poktan', base64, existing: 'update' })).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 2, skipped: 0 } });
    expect(await dispatch('excel-import', { table: 'poktan', base64, existing: 'skip' })).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 0, skipped: 2 } });
    expect([logged(), changedAt(), wrote]).toEqual([before, stamps, [false, false]]);
    await dispatch('operator-set', { name: 'Operator Lain' });
    expect(wrote).toEqual([false, false, true]);
    const { rows } = await app.value('poktan-list', {});
    expect(rows.map((r) => [r.name, r.type, r.desaName, r.members, r.decreeDate, r.stageCode, r.isActive, r.chairPhone])).toEqual([
      ['BKB Mawar', 'bkb', 'Sawarna', 25, '2018-03-15', 'dasar', true, '0812 3456 7890'],
      ['PIK-R Cemerlang', 'pikr', 'Cijoro Lebak', 40, null, 'tegak', false, '081234567890'],
    ]);
  });

  it('an export imported back as it is writes nothing, not even its mapping, so no backup follows', async () => {
    await app.value('poktan-create', { type: 'bkb', name: 'BKB Mawar', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' });
    const exported = takeStoredFile(await app.value('excel-poktan-export', {})).toString('base64');
    const wrote: boolean[] = [];
    const dispatch = createDispatch(handlerTable, app.app, () => {}, (_channel, didWrite) => wrote.push(didWrite));
    expect(await dispatch('excel-import', { table: 'poktan', base64: exported, existing: 'update' })).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 1, skipped: 0 } });
    expect(wrote).toEqual([false]);
  });

  it('updates only what the file has a column for: a short file keeps the chair, the SK, the Kampung KB link and the notes', async () => {
    const unit = await app.value('kampung-kb-create', { name: 'Kampung KB Sawarna', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002', declaredOn: '2019-05-10' });
    const stored = { type: 'bkb', name: 'BKB Mawar', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002', kampungKbId: unit.id, address: 'RT 02', chairName: 'Ibu Euis', chairPhone: '0812 3456 7890', members: 25, foundedYear: 2018, decreeNumber: '400/12/2018', decreeDate: '2019-01-15', isActive: false, notes: 'Pertemuan tiap Kamis.' } as const;
    const { id } = await app.value('poktan-create', stored);
    const short = await workbook([['BKB', 'BKB Mawar', 'Bayah', 'Sawarna', 31]], { headers: ['Jenis poktan', 'Nama kelompok', 'Kecamatan', 'Desa/kelurahan', 'Jumlah anggota'] });
    expect(await app.value('excel-import', { table: 'poktan', base64: short, existing: 'update' })).toEqual({ added: 0, updated: 1, unchanged: 0, skipped: 0 });
    expect((await app.value('poktan-get', { id })).poktan).toMatchObject({ ...stored, members: 31 });

    // A year from the file is checked with the SK date stored.
    const founded = await workbook([['BKB', 'BKB Mawar', 'Bayah', 'Sawarna', 2020]], { headers: ['Jenis poktan', 'Nama kelompok', 'Kecamatan', 'Desa/kelurahan', 'Tahun pembentukan'] });
    const { rows } = await preview(founded);
    expect(rows[0]).toMatchObject({ status: 'error', problems: ['Tanggal SK lebih awal dari tahun pembentukan (2020). (dengan data kelompok yang tercatat)'] });
  });

  it('imports new groups with no open needs and keeps the count of a group it updates', async () => {
    const mawar = await app.value('poktan-create', { type: 'bkb', name: 'BKB Mawar', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' });
    const kit = (await app.value('facility-item-list', {})).find((i) => i.poktanType === 'bkb' && i.isBasicKit)!.id;
    await app.value('need-save', { poktanId: mawar.id, itemId: kit, quantityNeeded: 1, yearProposed: 2025 });
    const base64 = await workbook([good, ['PIK-R', 'PIK-R Cemerlang', 'Rangkasbitung', 'Cijoro Lebak', '', '', '', 40, 2020, '', '', 'Tegak', 'Ya']]);
    expect(await app.value('excel-import', { table: 'poktan', base64, existing: 'update' })).toEqual({ added: 1, updated: 1, unchanged: 0, skipped: 0 });
    expect((await app.value('poktan-list', {})).rows.map((r) => [r.name, r.openNeeds])).toEqual([['BKB Mawar', 1], ['PIK-R Cemerlang', 0]]);
    expect((await app.value('poktan-list', { openNeeds: true })).rows.map((r) => r.name)).toEqual(['BKB Mawar']);
  });

  it('round-trips: export, import into an empty database, same register', async () => {
    await app.value('excel-import', { table: 'poktan', base64: await workbook([good, ['BKL', 'BKL Sejahtera', 'Rangkasbitung', 'Cijoro Lebak', 'Jl. Pahlawan', 'Pak Ujang', '', 31, 2015, '12/2015', '01/02/2015', 'Berkembang', 'Ya']]), existing: 'update' });
    const exported = { base64: takeStoredFile(await app.value('excel-poktan-export', {})).toString('base64') };
    const before = (await app.value('poktan-list', {})).rows;
    await onAnotherLebakPc(async (other) => {
      expect(await other.value('excel-import', { table: 'poktan', base64: exported.base64, existing: 'update' })).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 0 });
      const strip = (rows: typeof before) => rows.map(({ id: _i, updatedAt: _u, ...rest }) => rest);
      expect(strip((await other.value('poktan-list', {})).rows)).toEqual(strip(before));
    });
  });

  it('exports the register with needs and history as extra sheets, and the whole database', async () => {
    const group = await app.value('poktan-create', { type: 'bkb', name: 'BKB Mawar', kecamatanCode: '36.02.03', desaCode: '36.02.03.2002', members: 1250 });
    await app.value('need-save', { poktanId: group.id, itemName: 'Papan tulis', unit: 'buah', quantityNeeded: 2, yearProposed: 2025 });
    const file = takeStoredFile(await app.value('excel-poktan-export', { type: 'bkb' }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Poktan', 'Kebutuhan sarana', 'Riwayat kebutuhan', 'Katalog sarana']);
    const sheet = wb.getWorksheet('Poktan')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(2).getCell(2).value).toBe('BKB Mawar');
    expect(sheet.getRow(2).getCell(9).value).toBe(1250);
    expect(sheet.getColumn(9).numFmt).toBe('#,##0');
    expect(wb.getWorksheet('Kebutuhan sarana')!.getRow(2).getCell(5).value).toBe('Papan tulis');

    const archive = await app.value('excel-database-export', {});
    const all = new ExcelJS.Workbook();
    await all.xlsx.load(takeStoredFile(archive) as unknown as ArrayBuffer);
    expect(all.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['office', 'place', 'poktan', 'facility_need', 'kampung_kb', 'indicator']));
    expect(all.getWorksheet('place')!.actualRowCount).toBe(28 + 345 + 1);
    expect(all.getWorksheet('change_log')).toBeUndefined();
  });

  it('exports the whole database in slices while other calls write between them', async () => {
    // 4.500 more rows in one table than a slice holds, so the export yields in the middle of it.
    const db = app.app.database!;
    const insert = db.prepare(`INSERT INTO place (code, parent_code, level, name, created_at, updated_at) VALUES (?, NULL, 'kecamatan', ?, 'n', 'n')`);
    db.transaction(() => {
      for (let i = 0; i < 4_500; i += 1) insert.run(`99.99.${i}`, `Uji ${i}`);
    })();
    let done = false;
    const exporting = app.value('excel-database-export', {}).finally(() => (done = true));
    const writes: boolean[] = [];
    while (!done) {
      if (writes.length < 5) writes.push((await app.call('poktan-create', { type: 'bkb', name: `BKB Uji ${writes.length}`, kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' })).ok);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(writes.length).toBe(5);
    expect(writes.every(Boolean)).toBe(true);
    const all = new ExcelJS.Workbook();
    await all.xlsx.load(takeStoredFile(await exporting) as unknown as ArrayBuffer);
    expect(all.getWorksheet('place')!.actualRowCount).toBe(28 + 345 + 4_500 + 1);
  });

  it('exports a register longer than one read page whole, in register order, with the needs of its last group', async () => {
    const rows = Array.from({ length: 2_500 }, (_, i) => ['BKR', `BKR Uji ${String(i + 1).padStart(4, '0')}`, i % 2 ? 'Bayah' : 'Rangkasbitung', i % 2 ? 'Sawarna' : 'Cijoro Lebak', '', '', '', 20, null, '', null, '', 'Ya']);
    await app.value('excel-import', { table: 'poktan', base64: await workbook(rows), existing: 'skip' });
    const register = listPoktan(app.app.database!, poktanListSchema.parse({}));
    const last = register.at(-1)!;
    await app.value('need-save', { poktanId: last.id, itemName: 'Papan tulis', unit: 'buah', quantityNeeded: 2, yearProposed: 2025 });

    const wb = await readBase64(takeStoredFile(await app.value('excel-poktan-export', {})).toString('base64'));
    const names = wb.getWorksheet('Poktan')!.getColumn(2).values.slice(2);
    expect(names).toHaveLength(2_500);
    expect(names).toEqual(register.map((group) => group.name));
    expect(wb.getWorksheet('Kebutuhan sarana')!.getRow(2).values).toEqual(expect.arrayContaining([last.name, 'Papan tulis']));
    expect(wb.getWorksheet('Riwayat kebutuhan')!.getRow(2).values).toEqual(expect.arrayContaining([last.name, 'Papan tulis', 'Diidentifikasi']));
  });

  it('puts each group’s needs and each need’s history under the right group, in order, without deleted needs', async () => {
    const place = { kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' };
    const anggrek = await app.value('poktan-create', { type: 'bkb', name: 'BKB Anggrek', ...place });
    const melati = await app.value('poktan-create', { type: 'bkr', name: 'BKR Melati', ...place });
    const need = (poktanId: string, itemName: string, yearProposed: number) => app.value('need-save', { poktanId, itemName, unit: 'buah', quantityNeeded: 4, yearProposed, identifiedOn: '2025-01-10' });
    const papan = await need(melati.id, 'Papan tulis', 2024);
    await need(anggrek.id, 'Tikar', 2025);
    const lemari = await need(melati.id, 'Lemari', 2025);
    const dropped = await need(anggrek.id, 'Kursi', 2023);
    await app.value('need-delete', { id: dropped.id });
    await app.value('need-act', { needId: papan.id, action: 'approve', happenedOn: '2025-03-01', quantity: 4 });
    await app.value('need-act', { needId: lemari.id, action: 'approve', happenedOn: '2025-04-01', quantity: 2 });
    await app.value('need-act', { needId: papan.id, action: 'deliver', happenedOn: '2025-05-01', quantity: 3 });

    const wb = await readBase64(takeStoredFile(await app.value('excel-poktan-export', {})).toString('base64'));
    const rows = (sheet: string, columns: number[]) =>
      wb.getWorksheet(sheet)!.getSheetValues().slice(2).map((values) => columns.map((column) => (values as unknown[])[column]));
    expect(wb.getWorksheet('Poktan')!.getColumn(2).values.slice(2)).toEqual(['BKB Anggrek', 'BKR Melati']);
    // Register order, then the newest year first within a group.
    expect(rows('Kebutuhan sarana', [1, 5])).toEqual([
      ['BKB Anggrek', 'Tikar'],
      ['BKR Melati', 'Lemari'],
      ['BKR Melati', 'Papan tulis'],
    ]);
    // Each need's history in the order it happened, under its own group.
    // Each row names its group's type and place and the need's year, as the needs sheet does.
    expect(wb.getWorksheet('Riwayat kebutuhan')!.getRow(1).values).toEqual([
      undefined, 'Nama kelompok', 'Jenis poktan', 'Kecamatan', 'Desa/kelurahan', 'Barang', 'Tahun usulan', 'Tanggal', 'Status', 'Jumlah', 'Satuan', 'Sumber dana', 'Keterangan', 'ID kebutuhan',
    ]);
    expect(rows('Riwayat kebutuhan', [1, 2, 3, 4, 5, 6, 8, 9, 10])).toEqual([
      ['BKB Anggrek', 'BKB', 'Bayah', 'Sawarna', 'Tikar', 2025, 'Diidentifikasi', 4, 'buah'],
      ['BKR Melati', 'BKR', 'Bayah', 'Sawarna', 'Lemari', 2025, 'Diidentifikasi', 4, 'buah'],
      ['BKR Melati', 'BKR', 'Bayah', 'Sawarna', 'Lemari', 2025, 'Disetujui', 2, 'buah'],
      ['BKR Melati', 'BKR', 'Bayah', 'Sawarna', 'Papan tulis', 2024, 'Diidentifikasi', 4, 'buah'],
      ['BKR Melati', 'BKR', 'Bayah', 'Sawarna', 'Papan tulis', 2024, 'Disetujui', 4, 'buah'],
      ['BKR Melati', 'BKR', 'Bayah', 'Sawarna', 'Papan tulis', 2024, 'Diterima sebagian', 3, 'buah'],
    ]);
  });

  it('writes a template with the kabupaten’s places as drop-down lists', async () => {
    const file = await app.value('excel-template', { table: 'poktan' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Poktan')!.getRow(1).getCell(1).value).toBe('Jenis poktan *');
    expect(wb.getWorksheet('Daftar')!.state).toBe('hidden');
    expect(wb.getWorksheet('Daftar')!.getColumn(2).values.filter(Boolean)).toHaveLength(29);
    // Drop-downs from the hidden lists (28 kecamatan), and the example row marked as such.
    const template = wb.getWorksheet('Poktan')!;
    const validations = (template as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    expect(validations.C2).toMatchObject({ type: 'list', formulae: ['Daftar!$B$2:$B$29'] });
    expect(validations.C20000).toMatchObject({ type: 'list', formulae: ['Daftar!$B$2:$B$29'] });
    expect(template.getCell('A2').note).toBe('Baris contoh: ganti atau hapus sebelum mengimpor. Kolom bertanda * wajib diisi.');
    expect(template.getRow(2).font).toMatchObject({ italic: true });
    // The example row left as it is: every cell valid, but not a group to register (new-user
    // walk-through: it was imported as one). Any change to it makes it the user's row.
    const left = await app.value('excel-preview', { table: 'poktan', base64: file.base64 });
    expect(left.rows.map((row) => [row.rowNumber, row.problems])).toEqual([[2, ['Ini baris contoh dari templat: ganti dengan data sebenarnya atau hapus barisnya.']]]);
    template.getCell('B2').value = 'BKB Melati';
    const edited = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    expect((await app.value('excel-preview', { table: 'poktan', base64: edited })).counts).toEqual({ new: 1, existing: 0, error: 0 });
  });
});
