import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, LEBAK_OFFICE, onAnotherLebakPc, takeStoredFile, type TestApp } from '../../testing/test-app.js';
import { readBase64, sheetBase64 } from '../../testing/workbook.js';

const HEADERS = ['Nama kelompok', 'Jenis poktan', 'Kecamatan', 'Desa/kelurahan', 'Barang', 'Satuan', 'Dibutuhkan', 'Sudah ada', 'Kondisi', 'Prioritas', 'Tahun usulan', 'Sumber dana', 'Status', 'Disetujui', 'Diterima', 'Tanggal status', 'Catatan', 'ID poktan', 'ID kebutuhan'];
const KIT = 'BKB Kit (alat permainan edukatif, media penyuluhan, buku panduan)';
// Bayah 36.02.03, Sawarna 36.02.03.2002 (Lebak).
const SAWARNA = { kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' };

let app: TestApp;
let mawar: string;
beforeEach(async () => {
  app = createTestApp();
  await app.value('office-save', LEBAK_OFFICE);
  mawar = (await app.value('poktan-create', { type: 'bkb', name: 'BKB Mawar', ...SAWARNA })).id;
  await app.value('poktan-create', { type: 'bkr', name: 'BKR Mawar', ...SAWARNA });
});
afterEach(() => app.dispose());

const row = (over: Partial<Record<(typeof HEADERS)[number], unknown>> = {}) => {
  const base: Record<string, unknown> = {
    'Nama kelompok': 'BKB Mawar', 'Jenis poktan': 'BKB', Kecamatan: 'Bayah', 'Desa/kelurahan': 'Sawarna', Barang: KIT, Satuan: '', Dibutuhkan: 1, 'Sudah ada': 0,
    Kondisi: '', Prioritas: 'Tinggi', 'Tahun usulan': 2025, 'Sumber dana': 'APBN', Status: 'Diterima', Disetujui: 1, Diterima: 1, 'Tanggal status': '10/03/2025', Catatan: '', 'ID poktan': '', 'ID kebutuhan': '',
  };
  return HEADERS.map((h) => (h in over ? over[h] : base[h]));
};
const file = (rows: unknown[][]) => sheetBase64('Kebutuhan sarana', HEADERS, rows);
const preview = async (base64: string) => app.value('excel-preview', { table: 'kebutuhan', base64 });
const needsOf = async (id: string) => (await app.value('poktan-get', { id })).needs;

describe('facility needs import', () => {
  it('names each problem per row and column, in Bahasa Indonesia, and writes nothing', async () => {
    const base64 = await file([
      row(),
      row({ 'Nama kelompok': 'Mawar', 'Jenis poktan': '', Barang: 'Papan tulis', Satuan: 'buah' }),
      row({ 'Nama kelompok': 'BKB Anyelir' }),
      row({ Barang: 'Kursi lipat', 'Tahun usulan': 2024 }),
      row({ Dibutuhkan: 'dua', 'Tahun usulan': 2023 }),
      row({ Barang: 'Media penyuluhan/KIE', Disetujui: 2, Diterima: 1 }),
      row({ Barang: 'Alat permainan edukatif (APE)', 'Tanggal status': '2025-13-01' }),
      row({ Barang: 'bkb  kit (alat permainan edukatif, media penyuluhan, buku panduan)' }),
      row({ Barang: 'Papan tulis', Satuan: 'buah', Status: 'Ditolak', Disetujui: null, Diterima: null }),
      row({ Barang: 'Lemari', Satuan: 'buah', 'Sumber dana': 'Hibah luar negeri' }),
      row({ 'Desa/kelurahan': 'Cijoro Lebak' }),
    ]);
    const { rows, counts } = await preview(base64);
    const problems = Object.fromEntries(rows.map((r) => [r.rowNumber, r.problems]));
    expect(problems[2]).toEqual([]);
    expect(problems[3]).toEqual(['Ada 2 kelompok bernama "Mawar" di Sawarna (BKB, BKR); isi kolom Jenis poktan.']);
    expect(problems[4]).toEqual(['Kelompok "BKB Anyelir" (BKB) tidak terdaftar di Sawarna, Kecamatan Bayah; daftarkan atau impor register poktan terlebih dahulu.']);
    expect(problems[5]).toEqual(['Kolom "Barang": "Kursi lipat" tidak ada di katalog BKB; isi kolom Satuan bila barang ini memang di luar katalog.']);
    expect(problems[6]).toEqual(['Kolom "Dibutuhkan": "dua" bukan bilangan bulat.']);
    expect(problems[7]).toEqual(['Kolom "Status": Status "Diterima" tidak cocok dengan jumlahnya (disetujui 2 paket, diterima 1 paket).']);
    expect(problems[8]).toEqual(['Kolom "Tanggal status": "2025-13-01" bukan tanggal (gunakan hh/bb/tttt).']);
    expect(problems[9]).toEqual(['Sama dengan baris 2 di berkas ini (ID kebutuhan, atau kelompok, barang dan tahun usulan).']);
    expect(problems[10]).toEqual(['Kolom "Catatan": tuliskan alasan penolakan.']);
    expect(problems[11]).toEqual(['Kolom "Sumber dana": "Hibah luar negeri" tidak ada di daftar sumber dana.']);
    expect(problems[12]).toEqual(['Desa/kelurahan "Cijoro Lebak" berada di Kecamatan Rangkasbitung, bukan Bayah.']);
    expect(counts).toEqual({ new: 1, existing: 0, error: 10 });
    expect(await app.call('excel-import', { table: 'kebutuhan', base64, existing: 'update' })).toMatchObject({
      ok: false,
      error: { message: '10 baris masih bermasalah; perbaiki berkasnya, lalu impor lagi. Tidak ada data yang disimpan.' },
    });
    expect(await needsOf(mawar)).toEqual([]);
  });

  it('refuses a unit other than the catalogue’s; says plainly that a recorded delivery is not lowered', async () => {
    const base64 = await file([
      row({ Satuan: 'buah' }),
      row({ Barang: 'Alat permainan edukatif (APE)', Satuan: 'SET' }),
      row({ Barang: 'Papan tulis', Satuan: 'buah', Disetujui: 2, Diterima: 5 }),
    ]);
    expect((await preview(base64)).rows.map((r) => r.problems)).toEqual([
      [`Kolom "Satuan": "buah" berbeda dari satuan katalog untuk barang ini (paket); tuliskan jumlahnya dalam paket, atau kosongkan kolom Satuan.`],
      [],
      [],
    ]);
    const good = await file([row({ Barang: 'Alat permainan edukatif (APE)', Satuan: 'SET' }), row({ Barang: 'Papan tulis', Satuan: 'buah', Disetujui: 2, Diterima: 5 })]);
    expect(await app.value('excel-import', { table: 'kebutuhan', base64: good, existing: 'update' })).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 0 });
    const board = (await needsOf(mawar)).find((n) => n.itemName === 'Papan tulis')!;
    expect([board.status, board.quantityApproved, board.quantityDelivered]).toEqual(['diterima', 2, 5]);
    // The file corrected downwards: said plainly, not as a status that disagrees with its figures.
    const lower = await file([row({ Barang: 'Papan tulis', Satuan: 'buah', Disetujui: 2, Diterima: 3 })]);
    expect((await preview(lower)).rows[0]!.problems).toEqual([
      'Kolom "Diterima": Jumlah diterima tercatat 5 buah, di berkas 3 buah: penerimaan yang sudah dicatat tidak dapat dikurangi lewat impor. Bila pencatatannya keliru, hapus kebutuhan ini di layar Poktan & Sarana, lalu impor lagi.',
    ]);
  });

  it('reading another table’s file (wrong sheet) asks for the missing columns instead of guessing', async () => {
    const poktanFile = await sheetBase64('Poktan', ['Jenis poktan', 'Nama kelompok', 'Kecamatan', 'Desa/kelurahan'], [['BKB', 'BKB Mawar', 'Bayah', 'Sawarna']]);
    const result = await preview(poktanFile);
    expect(result).toMatchObject({ sheetName: 'Poktan', expectedSheet: 'Kebutuhan sarana', missing: ['Barang', 'Dibutuhkan', 'Tahun usulan'], rows: [] });
    expect(await app.call('excel-import', { table: 'kebutuhan', base64: poktanFile, mapping: { group: 1 }, existing: 'update' })).toMatchObject({
      ok: false,
      error: { message: 'Kolom wajib belum dipetakan: Barang, Dibutuhkan, Tahun usulan.' },
    });
  });

  it('writes needs with the history that leads to their status; re-import updates or skips, never duplicates or moves back', async () => {
    const base64 = await file([
      row(),
      row({ Barang: 'Papan tulis', Satuan: 'buah', Dibutuhkan: 3, Status: 'Diterima sebagian', Disetujui: 3, Diterima: 2, Catatan: 'Sisa tahun depan' }),
      row({ 'Nama kelompok': 'Mawar', 'Jenis poktan': 'bkr', Barang: 'BKR Kit', Status: 'Ditolak', Disetujui: null, Diterima: null, Catatan: 'Tidak ada anggaran', Prioritas: 'rendah', Kondisi: 'rusak berat' }),
      row({ 'ID poktan': mawar, 'Nama kelompok': 'BKB Mawar', Kecamatan: '', 'Desa/kelurahan': '', Barang: 'Media penyuluhan/KIE', Status: 'Diusulkan', Disetujui: null, Diterima: null, 'Tahun usulan': 2026, 'Sumber dana': 'Dana Desa/APBDes' }),
    ]);
    expect((await preview(base64)).counts).toEqual({ new: 4, existing: 0, error: 0 });
    expect(await app.value('excel-import', { table: 'kebutuhan', base64, existing: 'update' })).toEqual({ added: 4, updated: 0, unchanged: 0, skipped: 0 });
    const needs = await needsOf(mawar);
    expect(needs.map((n) => [n.itemName, n.yearProposed, n.status, n.quantityNeeded, n.quantityApproved, n.quantityDelivered, n.fundingSource, n.priority])).toEqual([
      ['Media penyuluhan/KIE', 2026, 'diusulkan', 1, null, 0, 'dana-desa', 'tinggi'],
      [KIT, 2025, 'diterima', 1, 1, 1, 'apbn', 'tinggi'],
      ['Papan tulis', 2025, 'diterima-sebagian', 3, 3, 2, 'apbn', 'tinggi'],
    ]);
    expect(needs[1]!.itemId).not.toBeNull();
    expect(needs[2]!.events.map((e) => [e.status, e.happenedOn, e.quantity])).toEqual([
      ['diidentifikasi', '2025-03-10', 3],
      ['disetujui', '2025-03-10', 3],
      ['diterima-sebagian', '2025-03-10', 2],
    ]);
    const bkr = (await app.value('poktan-list', { type: 'bkr' })).rows[0]!;
    expect((await needsOf(bkr.id)).map((n) => [n.status, n.notes, n.priority, n.condition])).toEqual([['ditolak', 'Tidak ada anggaran', 'rendah', 'rusak-berat']]);

    expect(await app.value('excel-import', { table: 'kebutuhan', base64, existing: 'skip' })).toEqual({ added: 0, updated: 0, unchanged: 0, skipped: 4 });
    // The rest of the delivery arrives: the same row with 3 received moves the need on.
    const later = await file([row({ Barang: 'Papan tulis', Satuan: 'buah', Dibutuhkan: 3, Status: 'Diterima', Disetujui: 3, Diterima: 3, 'Tanggal status': '02/02/2026' })]);
    expect(await app.value('excel-import', { table: 'kebutuhan', base64: later, existing: 'update' })).toEqual({ added: 0, updated: 1, unchanged: 0, skipped: 0 });
    expect((await needsOf(mawar)).find((n) => n.itemName === 'Papan tulis')).toMatchObject({ status: 'diterima', quantityDelivered: 3 });
    const back = await file([row({ Status: 'Diusulkan', Disetujui: null, Diterima: null })]);
    expect((await preview(back)).rows[0]!.problems).toEqual(['Kolom "Status": Status tercatat "Diterima" tidak dapat diubah menjadi "Diusulkan" lewat impor; ubah di layar Poktan & Sarana.']);
  });

  it('round-trips: register export, import of both sheets into an empty database, same needs', async () => {
    const kit = (await app.value('facility-item-list', {})).find((i) => i.poktanType === 'bkb' && i.isBasicKit)!;
    const need = await app.value('need-save', { poktanId: mawar, itemId: kit.id, quantityNeeded: 2, yearProposed: 2025, priority: 'tinggi', fundingSource: 'apbn', identifiedOn: '2025-01-05' });
    await app.value('need-act', { needId: need.id, action: 'approve', quantity: 2, happenedOn: '2025-02-01', fundingSource: 'apbn' });
    await app.value('need-act', { needId: need.id, action: 'deliver', quantity: 1, happenedOn: '2025-03-01' });
    const board = await app.value('need-save', { poktanId: mawar, itemName: 'Papan tulis', unit: 'buah', quantityNeeded: 1, quantityAvailable: 1, condition: 'rusak-ringan', yearProposed: 2024, notes: 'Sudah lapuk', identifiedOn: '2024-05-01' });
    await app.value('need-act', { needId: board.id, action: 'reject', happenedOn: '2024-06-01', note: 'Sudah lapuk' });
    await app.value('need-save', { poktanId: mawar, itemName: 'Tikar', unit: 'lembar', quantityNeeded: 4, yearProposed: 2026 });
    const exported = { base64: takeStoredFile(await app.value('excel-poktan-export', {})).toString('base64') };
    expect((await readBase64(exported.base64)).getWorksheet('Kebutuhan sarana')!.getRow(1).values).toEqual([undefined, ...HEADERS]);

    await onAnotherLebakPc(async (other) => {
      expect(await other.value('excel-import', { table: 'poktan', base64: exported.base64, existing: 'update' })).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 0 });
      expect(await other.value('excel-import', { table: 'kebutuhan', base64: exported.base64, existing: 'update' })).toEqual({ added: 3, updated: 0, unchanged: 0, skipped: 0 });
      const strip = (needs: Awaited<ReturnType<typeof needsOf>>) => needs.map(({ id: _i, poktanId: _p, itemId, events: _e, ...rest }) => ({ ...rest, fromCatalogue: itemId !== null }));
      const otherMawar = (await other.value('poktan-list', { type: 'bkb' })).rows[0]!.id;
      expect(strip((await other.value('poktan-get', { id: otherMawar })).needs)).toEqual(strip(await needsOf(mawar)));
      // Importing the same file again finds every need as it is stored: nothing is added twice, nothing changes.
      expect(await other.value('excel-import', { table: 'kebutuhan', base64: exported.base64, existing: 'update' })).toEqual({ added: 0, updated: 0, unchanged: 3, skipped: 0 });
    });
  });

  it('tells a need from the one delivered before it in the same year by its ID, here and on another PC', async () => {
    const kit = (await app.value('facility-item-list', {})).find((i) => i.poktanType === 'bkb' && i.isBasicKit)!;
    const first = await app.value('need-save', { poktanId: mawar, itemId: kit.id, quantityNeeded: 1, yearProposed: 2025, identifiedOn: '2025-01-05' });
    await app.value('need-act', { needId: first.id, action: 'approve', quantity: 1, happenedOn: '2025-02-01', fundingSource: 'apbn' });
    await app.value('need-act', { needId: first.id, action: 'deliver', quantity: 1, happenedOn: '2025-03-01' });
    const more = await app.value('need-save', { poktanId: mawar, itemId: kit.id, quantityNeeded: 2, yearProposed: 2025, identifiedOn: '2025-06-01', notes: 'Anggota bertambah' });
    // Refused with its reason on the step only, as the form keeps it: the export's Catatan carries the reason.
    const board = await app.value('need-save', { poktanId: mawar, itemName: 'Papan tulis', unit: 'buah', quantityNeeded: 1, yearProposed: 2025, identifiedOn: '2025-01-05' });
    await app.value('need-act', { needId: board.id, action: 'reject', happenedOn: '2025-04-01', note: 'Anggaran habis' });
    const exported = takeStoredFile(await app.value('excel-poktan-export', {})).toString('base64');
    expect(await app.value('excel-import', { table: 'kebutuhan', base64: exported, existing: 'update' })).toEqual({ added: 0, updated: 0, unchanged: 3, skipped: 0 });
    // A file without IDs (an office's own, or an export before IDs) means the need the row repeats, else the open one.
    const delivered = await file([row({ Prioritas: 'Sedang', 'Tanggal status': '01/03/2025' })]);
    expect(await app.value('excel-import', { table: 'kebutuhan', base64: delivered, existing: 'update' })).toEqual({ added: 0, updated: 0, unchanged: 1, skipped: 0 });
    const proposed = await file([row({ Dibutuhkan: 2, Status: 'Diusulkan', Disetujui: null, Diterima: null, Catatan: 'Anggota bertambah' })]);
    expect(await app.value('excel-import', { table: 'kebutuhan', base64: proposed, existing: 'update' })).toEqual({ added: 0, updated: 1, unchanged: 0, skipped: 0 });
    expect((await needsOf(mawar)).filter((n) => n.itemId === kit.id).map((n) => [n.id, n.status, n.quantityNeeded, n.notes])).toEqual(
      expect.arrayContaining([[first.id, 'diterima', 1, ''], [more.id, 'diusulkan', 2, 'Anggota bertambah']]),
    );

    await onAnotherLebakPc(async (other) => {
      await other.value('excel-import', { table: 'poktan', base64: exported, existing: 'update' });
      expect(await other.value('excel-import', { table: 'kebutuhan', base64: exported, existing: 'update' })).toEqual({ added: 3, updated: 0, unchanged: 0, skipped: 0 });
      const otherMawar = (await other.value('poktan-list', { type: 'bkb' })).rows[0]!.id;
      expect((await other.value('poktan-get', { id: otherMawar })).needs.map((n) => [n.itemName === kit.name ? 'kit' : n.itemName, n.status, n.quantityNeeded])).toEqual(
        expect.arrayContaining([['kit', 'diterima', 1], ['kit', 'diidentifikasi', 2], ['Papan tulis', 'ditolak', 1]]),
      );
      // The IDs are this PC's, not the other's: the same file again finds each need by what it repeats.
      expect(await other.value('excel-import', { table: 'kebutuhan', base64: exported, existing: 'update' })).toEqual({ added: 0, updated: 0, unchanged: 3, skipped: 0 });
    });
  });

  it('records a need deleted to be corrected as a new one, never as another need of the same item and year', async () => {
    const kit = (await app.value('facility-item-list', {})).find((i) => i.poktanType === 'bkb' && i.isBasicKit)!;
    const received = await app.value('need-save', { poktanId: mawar, itemId: kit.id, quantityNeeded: 3, yearProposed: 2025, identifiedOn: '2025-01-05' });
    await app.value('need-act', { needId: received.id, action: 'approve', quantity: 3, happenedOn: '2025-02-01', fundingSource: 'apbn' });
    await app.value('need-act', { needId: received.id, action: 'deliver', quantity: 3, happenedOn: '2025-03-01' });
    const open = await app.value('need-save', { poktanId: mawar, itemId: kit.id, quantityNeeded: 2, yearProposed: 2025, identifiedOn: '2025-06-01' });
    // The delivery was 1, not 3: the need is deleted, as the message advises, and its row imported again with its ID.
    await app.value('need-delete', { id: received.id });
    const corrected = (over: Record<string, unknown>) => file([row({ Dibutuhkan: 3, Status: 'Diterima sebagian', Disetujui: 3, Diterima: 1, 'ID kebutuhan': received.id, ...over })]);
    expect((await preview(await corrected({}))).rows[0]!.problems).toEqual([
      `Kolom "Barang": kelompok ini sudah mempunyai kebutuhan "${KIT}" tahun 2025 yang belum selesai (diidentifikasi); tuliskan baris untuk kebutuhan itu, atau selesaikan dahulu.`,
    ]);
    await app.value('need-delete', { id: open.id });
    expect(await app.value('excel-import', { table: 'kebutuhan', base64: await corrected({}), existing: 'update' })).toEqual({ added: 1, updated: 0, unchanged: 0, skipped: 0 });
    const needs = await needsOf(mawar);
    expect(needs.map((n) => [n.status, n.quantityApproved, n.quantityDelivered])).toEqual([['diterima-sebagian', 3, 1]]);
    expect(needs[0]!.id).not.toBe(received.id);
  });

  it('two needs alike (a kit delivered twice in a year) are two rows, here and on another PC, import after import', async () => {
    const kit = (await app.value('facility-item-list', {})).find((i) => i.poktanType === 'bkb' && i.isBasicKit)!;
    for (const on of ['2025-03-01', '2025-09-01']) {
      const need = await app.value('need-save', { poktanId: mawar, itemId: kit.id, quantityNeeded: 1, yearProposed: 2025, identifiedOn: on });
      await app.value('need-act', { needId: need.id, action: 'approve', quantity: 1, happenedOn: on, fundingSource: 'apbn' });
      await app.value('need-act', { needId: need.id, action: 'deliver', quantity: 1, happenedOn: on });
    }
    const exported = takeStoredFile(await app.value('excel-poktan-export', {})).toString('base64');
    await onAnotherLebakPc(async (other) => {
      await other.value('excel-import', { table: 'poktan', base64: exported, existing: 'update' });
      expect(await other.value('excel-import', { table: 'kebutuhan', base64: exported, existing: 'update' })).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 0 });
      expect(await other.value('excel-import', { table: 'kebutuhan', base64: exported, existing: 'update' })).toEqual({ added: 0, updated: 0, unchanged: 2, skipped: 0 });
    });
  });

  it('writes a template whose lists hold the catalogue, statuses and funding sources', async () => {
    const template = await readBase64((await app.value('excel-template', { table: 'kebutuhan' })).base64);
    expect(template.getWorksheet('Kebutuhan sarana')!.getRow(1).getCell(1).value).toBe('Nama kelompok *');
    const lists = template.getWorksheet('Daftar')!;
    const column = (title: string) => lists.getColumn((lists.getRow(1).values as string[]).indexOf(title)).values.filter(Boolean).slice(1);
    expect(column('Status')).toEqual(['Diidentifikasi', 'Diusulkan', 'Disetujui', 'Diterima sebagian', 'Diterima', 'Ditolak']);
    expect(column('Barang')).toContain(KIT);
    // Every cell of the example row is valid; only its group is not registered in the first desa of the list.
    const example = await app.value('excel-preview', { table: 'kebutuhan', base64: (await app.value('excel-template', { table: 'kebutuhan' })).base64 });
    expect(example.rows[0]!.problems).toEqual([
      'Ini baris contoh dari templat: ganti dengan data sebenarnya atau hapus barisnya.',
      'Kelompok "BKB Mawar" (BKB) tidak terdaftar di Bendungan, Kecamatan Banjarsari; daftarkan atau impor register poktan terlebih dahulu.',
    ]);
  });
});
