import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../contract/channels.js';
import { createTestApp, LEBAK_OFFICE, type TestApp } from '../../testing/test-app.js';
import { readBase64 } from '../../testing/workbook.js';
import { countPoktanByType, listPoktan } from '../../../db/queries/poktan.js';
import { poktanListSchema } from './schema.js';

// Hand-made data set: Bayah (36.02.03) and Rangkasbitung (36.02.14) of Lebak.
const BAYAH = { kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' }; // Sawarna
const RANGKAS = { kecamatanCode: '36.02.14', desaCode: '36.02.14.1006' }; // Cijoro Lebak

let app: TestApp;
let bkbKit: string;
beforeEach(async () => {
  app = createTestApp();
  await app.value('office-save', LEBAK_OFFICE);
  bkbKit = (await app.value('facility-item-list', {})).find((i) => i.poktanType === 'bkb' && i.isBasicKit)!.id;
});
afterEach(() => app.dispose());

const group = (over: Partial<ChannelInput<'poktan-create'>> = {}) => app.value('poktan-create', { type: 'bkb', name: 'BKB Mawar', ...BAYAH, ...over });
const act = (needId: string, action: ChannelInput<'need-act'>['action'], over: Partial<ChannelInput<'need-act'>> = {}) =>
  app.call('need-act', { needId, action, happenedOn: '2025-03-10', ...over });

describe('poktan register', () => {
  it('accepts UPPKS as UPPKA and counts groups per type', async () => {
    await group();
    await group({ type: 'uppks' as never, name: 'UPPKS Sejahtera' });
    const { rows, counts } = await app.value('poktan-list', {});
    expect(rows.map((r) => [r.type, r.name])).toEqual([['bkb', 'BKB Mawar'], ['uppka', 'UPPKS Sejahtera']]);
    expect(counts.find((c) => c.type === 'uppka')).toEqual({ type: 'uppka', total: 1, active: 1 });
  });

  it('warns of a duplicate differing only by case, spacing or punctuation, and offers the existing one', async () => {
    const first = await group();
    const result = await app.call('poktan-create', { type: 'bkb', name: ' b.k.b.  MAWAR', ...BAYAH });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Sudah ada BKB bernama "BKB Mawar" di desa/kelurahan ini. Buka kelompok itu, atau simpan tetap sebagai kelompok lain.',
        fields: { name: 'Mirip dengan "BKB Mawar" yang sudah terdaftar di desa/kelurahan ini.' },
        related: { id: first.id, label: 'BKB Mawar' },
      },
    });
    // Another type, another desa, or an explicit confirmation are not duplicates.
    await group({ type: 'bkr', name: 'BKB Mawar' });
    await group({ ...RANGKAS });
    await app.value('poktan-create', { type: 'bkb', name: 'BKB mawar', ...BAYAH, confirmDuplicate: true });
    expect((await app.value('poktan-list', {})).rows).toHaveLength(4);
  });

  it('reads the register page after page by key: every group once, in order, groups of the same name too', async () => {
    await group({ name: 'BKB Melati' });
    await group({ ...RANGKAS, name: 'BKB Anggrek' });
    await group();
    await app.value('poktan-create', { type: 'bkb', name: 'BKB mawar', ...BAYAH, confirmDuplicate: true });
    await group({ type: 'bkr', name: 'BKR Kenanga' });
    const db = app.app.database!;
    const filter = poktanListSchema.omit({ limit: true }).parse({});
    const whole = listPoktan(db, filter);
    const paged: string[] = [];
    for (let page = listPoktan(db, filter, 1); page.length > 0; page = listPoktan(db, filter, 1, page.at(-1)!.id)) paged.push(...page.map((row) => row.id));
    expect(paged).toEqual(whole.map((row) => row.id));
    expect(whole.map((row) => row.name)).toEqual(['BKB Mawar', 'BKB mawar', 'BKB Melati', 'BKR Kenanga', 'BKB Anggrek']);
  });

  it('reads a page of one type in register order, stopping at the page: the type’s groups are not all sorted for it', async () => {
    await group({ name: 'BKB Melati' });
    await group({ type: 'bkr', name: 'BKR Kenanga' });
    await group({ ...RANGKAS, name: 'BKB Anggrek' });
    const db = app.app.database!;
    const statements: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => (statements.push(sql), prepare(sql))) as typeof db.prepare;
    const filter = poktanListSchema.omit({ limit: true }).parse({ type: 'bkb', active: 'aktif' });
    expect(listPoktan(db, filter, 200).map((row) => row.name)).toEqual(['BKB Melati', 'BKB Anggrek']);
    db.prepare = prepare;
    const page = statements.find((sql) => sql.includes('LIMIT @limit'))!;
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${page}`).all({ ...filter, search: '%%', limit: 200, afterId: null }) as { detail: string }[]).map((step) => step.detail);
    expect(plan[0]).toBe('SCAN p USING INDEX poktan_register_order');
    expect(plan.join(' | ')).not.toContain('TEMP B-TREE');
  });

  it('keeps the counts per type until a write, and never counts groups of a transaction rolled back', async () => {
    const db = app.app.database!;
    const bkb = async () => (await app.value('poktan-list', {})).counts.find((c) => c.type === 'bkb')!.total;
    expect(await bkb()).toBe(0);
    // Kept: the same counts, not counted again, while nothing is written.
    expect(countPoktanByType(db)).toBe(countPoktanByType(db));
    await group();
    expect(await bkb()).toBe(1);
    await app.call('poktan-create', { type: 'bkb', name: 'BKB Melati', ...BAYAH });
    expect(await bkb()).toBe(2);
    // An import's other calls read between its steps, inside its open transaction.
    db.exec('BEGIN');
    db.prepare(`UPDATE poktan SET deleted_at = '2025-01-01' WHERE name = 'BKB Melati'`).run();
    expect(await bkb()).toBe(1);
    db.exec('ROLLBACK');
    expect(await bkb()).toBe(2);
  });

  it('refuses a desa outside the kecamatan and a stage of another type', async () => {
    const result = await app.call('poktan-create', { type: 'pikr', name: 'PIK-R Cemerlang', kecamatanCode: '36.02.03', desaCode: RANGKAS.desaCode, stageCode: 'paripurna' });
    expect(result).toMatchObject({
      ok: false,
      error: { fields: { desaCode: 'Desa/kelurahan ini tidak berada di kecamatan yang dipilih.', stageCode: 'Pilihan tidak dikenal: paripurna.' } },
    });
    expect((await app.value('poktan-list', {})).rows).toHaveLength(0);
  });

  it('names a desa outside the kecamatan in the same round as a wrong telephone number', async () => {
    const result = await app.call('poktan-create', { type: 'bkb', name: 'BKB Cemerlang', kecamatanCode: '36.02.03', desaCode: RANGKAS.desaCode, chairPhone: 'tanya RT' });
    expect(result).toMatchObject({
      ok: false,
      error: { fields: { chairPhone: 'Nomor telepon hanya boleh berisi angka, spasi, dan tanda + - ( ) / .', desaCode: 'Desa/kelurahan ini tidak berada di kecamatan yang dipilih.' } },
    });
    expect((await app.value('poktan-list', {})).rows).toHaveLength(0);
  });

  it('refuses an SK or a last activity dated before the group was founded, and a membership no group has', async () => {
    const result = await app.call('poktan-create', { type: 'bkb', name: 'BKB Melati', ...BAYAH, members: 999_999, foundedYear: 2020, decreeDate: '2010-03-12', lastActiveOn: '2015-01-01' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        fields: {
          members: 'Jumlah anggota paling banyak 10.000; periksa kembali.',
          decreeDate: 'Tanggal SK lebih awal dari tahun pembentukan (2020).',
          lastActiveOn: 'Tanggal terakhir aktif lebih awal dari tahun pembentukan (2020).',
        },
      },
    });
    expect(await app.call('poktan-create', { type: 'bkb', name: 'BKB Melati', ...BAYAH, members: 30, foundedYear: 2020, decreeDate: '2020-03-12' })).toMatchObject({ ok: true });
  });

  it('names future dates in the same round as a wrong telephone number', async () => {
    const result = await app.call('poktan-create', { type: 'bkb', name: 'BKB Cemerlang', ...BAYAH, chairPhone: 'tanya RT', foundedYear: 2090, decreeDate: '2999-01-01' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        fields: {
          chairPhone: 'Nomor telepon hanya boleh berisi angka, spasi, dan tanda + - ( ) / .',
          foundedYear: 'Tahun pembentukan tidak boleh di masa depan.',
          decreeDate: 'Tanggal SK tidak boleh di masa depan.',
        },
      },
    });
    expect((await app.value('poktan-list', {})).rows).toHaveLength(0);
  });
});

describe('register order', () => {
  it('reads kecamatan and desa by name, not by code, also after a group moves', async () => {
    // Malingping is 36.02.01 and Bayah 36.02.03; in Bayah, Sawarna is 2002 and Cidikit 2006.
    const malingping = { kecamatanCode: '36.02.01', desaCode: '36.02.01.2002' };
    await group({ name: 'BKB Sawarna', ...BAYAH });
    await group({ name: 'BKB Malingping', ...malingping });
    const moving = await group({ type: 'bkr', name: 'BKR Cidikit', kecamatanCode: '36.02.03', desaCode: '36.02.03.2006' });
    const names = async () => (await app.value('poktan-list', {})).rows.map((r) => `${r.kecamatanName}/${r.desaName}/${r.name}`);
    expect(await names()).toEqual(['Bayah/Cidikit/BKR Cidikit', 'Bayah/Sawarna/BKB Sawarna', 'Malingping/Cilangkahan/BKB Malingping']);
    await app.value('poktan-update', { id: moving.id, type: 'bkr', name: 'BKR Cidikit', ...malingping });
    expect(await names()).toEqual(['Bayah/Sawarna/BKB Sawarna', 'Malingping/Cilangkahan/BKB Malingping', 'Malingping/Cilangkahan/BKR Cidikit']);
  });
});

describe('facility needs', () => {
  it('moves through the life cycle with a history of every step', async () => {
    const bkb = await group();
    const need = await app.value('need-save', { poktanId: bkb.id, itemId: bkbKit, quantityNeeded: 2, yearProposed: 2025, fundingSource: 'apbn', identifiedOn: '2025-01-10' });
    expect(need).toMatchObject({ status: 'diidentifikasi', unit: 'paket', itemName: expect.stringContaining('BKB Kit') });
    expect(await act(need.id, 'deliver', { quantity: 1 })).toMatchObject({ ok: false, error: { fields: { action: expect.stringContaining('tidak dapat dicatat penerimaannya') } } });
    expect(await act(need.id, 'propose', { happenedOn: '2024-12-31' })).toMatchObject({ ok: false, error: { fields: { happenedOn: 'Tanggal tidak boleh sebelum langkah sebelumnya (10 Januari 2025).' } } });
    expect(await act(need.id, 'approve', { quantity: 5 })).toMatchObject({ ok: false, error: { fields: { quantity: 'Jumlah disetujui (5) melebihi jumlah dibutuhkan (2). Tuliskan keterangan bila memang demikian.' } } });
    await act(need.id, 'propose');
    await act(need.id, 'approve', { quantity: 2, fundingSource: 'apbn' });
    expect((await act(need.id, 'deliver', { quantity: 1, happenedOn: '2025-04-02' }))).toMatchObject({ ok: true, value: { status: 'diterima-sebagian', quantityDelivered: 1 } });
    expect(await act(need.id, 'deliver', { quantity: 3 })).toMatchObject({ ok: false, error: { fields: { quantity: 'Jumlah diterima seluruhnya (4) melebihi jumlah disetujui (2). Tuliskan keterangan bila memang demikian.' } } });
    expect(await act(need.id, 'deliver', { quantity: 1, happenedOn: '2025-05-02' })).toMatchObject({ ok: true, value: { status: 'diterima', quantityApproved: 2, quantityDelivered: 2 } });
    const { needs } = await app.value('poktan-get', { id: bkb.id });
    expect(needs[0]!.events.map((e) => [e.status, e.quantity])).toEqual([
      ['diidentifikasi', 2],
      ['diusulkan', null],
      ['disetujui', 2],
      ['diterima-sebagian', 1],
      ['diterima', 1],
    ]);
  });

  it('names every problem of a need in one round, saving nothing', async () => {
    const bkr = await group({ type: 'bkr', name: 'BKR Harapan' });
    // Neither an item from the catalogue nor a name and unit, beside a quantity of 0.
    expect(await app.call('need-save', { poktanId: bkr.id, quantityNeeded: 0, yearProposed: 2025 })).toMatchObject({
      ok: false,
      error: { fields: { quantityNeeded: 'Jumlah dibutuhkan paling sedikit 1.', itemName: 'Pilih barang dari katalog atau tuliskan namanya.', unit: 'Tuliskan satuannya (misalnya paket, set, buah).' } },
    });
    // Another type's catalogue item and an unknown funding source (checked against the database) beside a future date (the schema).
    const result = await app.call('need-save', { poktanId: bkr.id, itemId: bkbKit, quantityNeeded: 1, yearProposed: 2025, fundingSource: 'arisan', identifiedOn: '2999-01-01' });
    expect(result).toMatchObject({ ok: false, error: { fields: { itemId: 'Barang ini tidak ada di katalog BKR.', fundingSource: 'Pilihan tidak dikenal: arisan.', identifiedOn: 'Tanggal diidentifikasi tidak boleh di masa depan.' } } });
    expect((await app.value('poktan-get', { id: bkr.id })).needs).toEqual([]);
    // A quantity "abc" (required, refused) beside an item of another type's catalogue.
    expect(await app.call('need-save', { poktanId: bkr.id, itemId: bkbKit, quantityNeeded: 'abc' as unknown as number, yearProposed: 2025 })).toMatchObject({
      ok: false,
      error: { fields: { quantityNeeded: expect.any(String), itemId: 'Barang ini tidak ada di katalog BKR.' } },
    });
    // A step: a date that is not one (required, refused) beside an approval above the need without a note.
    const need = await app.value('need-save', { poktanId: bkr.id, itemName: 'Meja', unit: 'buah', quantityNeeded: 2, yearProposed: 2025, identifiedOn: '2025-01-10' });
    expect(await act(need.id, 'approve', { happenedOn: '2025-11-40', quantity: 500 })).toMatchObject({
      ok: false,
      error: { fields: { happenedOn: expect.any(String), quantity: 'Jumlah disetujui (500) melebihi jumlah dibutuhkan (2). Tuliskan keterangan bila memang demikian.' } },
    });
    // Even with a note, no step carries more than a group could take.
    expect(await act(need.id, 'approve', { quantity: 100_000, note: 'sesuai DAK' })).toMatchObject({ ok: false, error: { fields: { quantity: 'Jumlah paling banyak 10.000 untuk satu kelompok; periksa kembali.' } } });
  });

  it('records one bulk delivery to many groups and undoes it as one', async () => {
    const groups = await Promise.all(['BKB Mawar', 'BKB Melati', 'BKB Anggrek'].map((name) => group({ name })));
    const waiting = await app.value('need-save', { poktanId: groups[0]!.id, itemId: bkbKit, quantityNeeded: 1, yearProposed: 2025, identifiedOn: '2025-01-10' });
    await act(waiting.id, 'propose');
    const bulk = await app.value('need-bulk-deliver', { poktanIds: groups.map((g) => g.id), itemId: bkbKit, quantityEach: 1, happenedOn: '2025-03-15', fundingSource: 'apbn', note: 'DAK BOKB 2025' });
    expect(bulk).toMatchObject({ groups: 3, quantity: 3 });
    let recap = await app.value('sarana-recap', { year: 2025 });
    expect(recap.delivered).toEqual([{ fundingSource: 'apbn', fundingLabel: 'APBN/BKKBN (termasuk DAK BOKB)', itemName: expect.stringContaining('BKB Kit'), unit: 'paket', groups: 3, quantity: 3 }]);
    expect(recap.totals.lacking.bkb).toBe(0);
    expect((await app.value('poktan-get', { id: groups[0]!.id })).needs[0]).toMatchObject({ id: waiting.id, status: 'diterima' });

    await app.value('need-bulk-undo', { batchId: bulk.batchId });
    recap = await app.value('sarana-recap', { year: 2025 });
    expect(recap.delivered).toEqual([]);
    expect(recap.totals.lacking.bkb).toBe(3);
    // The need that existed before goes back to where it was; the ones the batch made are gone.
    expect((await app.value('poktan-get', { id: groups[0]!.id })).needs.map((n) => [n.id, n.status])).toEqual([[waiting.id, 'diusulkan']]);
    expect((await app.value('poktan-get', { id: groups[1]!.id })).needs).toEqual([]);
    expect(await app.call('need-bulk-undo', { batchId: bulk.batchId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a bulk delivery of an item to groups of another type', async () => {
    const bkr = await group({ type: 'bkr', name: 'BKR Harapan' });
    expect(await app.call('need-bulk-deliver', { poktanIds: [bkr.id], itemId: bkbKit, quantityEach: 1, happenedOn: '2025-03-15', fundingSource: 'apbn' })).toMatchObject({
      ok: false,
      error: { fields: { poktanIds: expect.stringContaining('hanya untuk BKB; 1 kelompok terpilih berjenis lain (misalnya BKR Harapan)') } },
    });
  });
});

describe('Rekap Kebutuhan Sarana Poktan', () => {
  it('adds up a year of deliveries read in pages: many on one day, other years and deleted ones left out', async () => {
    const mawar = await group();
    const melati = await group({ name: 'BKB Melati', ...RANGKAS });
    const needOf = async (poktanId: string) => (await app.value('need-save', { poktanId, itemId: bkbKit, quantityNeeded: 9_999, yearProposed: 2025 })).id;
    const [forMawar, forMelati] = [await needOf(mawar.id), await needOf(melati.id)];
    const db = app.app.database!;
    const event = db.prepare(`INSERT INTO facility_need_event (id, need_id, status, happened_on, quantity, funding_source, created_at, updated_at, deleted_at)
                              VALUES (?, ?, 'diterima-sebagian', ?, ?, ?, 'n', 'n', ?)`);
    db.transaction(() => {
      // 6.000 deliveries of 2025 (two and a half reads), 4.000 of them on one day; the rest of the
      // year spread out. Only Mawar's carry a source of their own.
      for (let i = 0; i < 6_000; i += 1) {
        const day = i < 4_000 ? '2025-04-15' : `2025-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)}`;
        event.run(`e${i}`, i % 3 === 0 ? forMelati : forMawar, day, 1 + (i % 2), i % 3 === 0 ? '' : 'apbn', null);
      }
      event.run('old', forMawar, '2024-12-31', 100, 'apbn', null);
      event.run('next', forMawar, '2026-01-01', 100, 'apbn', null);
      event.run('deleted', forMawar, '2025-04-15', 100, 'apbn', '2025-05-01');
    })();
    const quantity = (which: (i: number) => boolean) => Array.from({ length: 6_000 }, (_, i) => i).filter(which).reduce((sum, i) => sum + 1 + (i % 2), 0);
    expect((await app.value('sarana-recap', { year: 2025 })).delivered).toEqual([
      { fundingSource: '', fundingLabel: 'Tidak dicatat', itemName: expect.stringMatching(/^BKB Kit/), unit: 'paket', groups: 1, quantity: quantity((i) => i % 3 === 0) },
      { fundingSource: 'apbn', fundingLabel: 'APBN/BKKBN (termasuk DAK BOKB)', itemName: expect.stringMatching(/^BKB Kit/), unit: 'paket', groups: 1, quantity: quantity((i) => i % 3 !== 0) },
    ]);
  });

  it('answers the four yearly questions on a hand-made data set, on screen and in the PDF', async () => {
    const mawar = await group();
    const melati = await group({ name: 'BKB Melati', ...RANGKAS });
    const pikr = await group({ type: 'pikr', name: 'PIK-R Cemerlang', ...RANGKAS });
    // Mawar: 2 kits needed, approved 2, 1 delivered in 2025 (APBN). Melati: 1 kit, rejected.
    // PIK-R: a free-text item, 4 sets needed, only identified.
    const a = await app.value('need-save', { poktanId: mawar.id, itemId: bkbKit, quantityNeeded: 2, yearProposed: 2025, identifiedOn: '2025-01-10' });
    await act(a.id, 'approve', { quantity: 2, fundingSource: 'apbn' });
    await act(a.id, 'deliver', { quantity: 1 });
    const b = await app.value('need-save', { poktanId: melati.id, itemId: bkbKit, quantityNeeded: 1, yearProposed: 2025, identifiedOn: '2025-01-10' });
    await act(b.id, 'reject', { note: 'Anggaran tidak tersedia' });
    await app.value('need-save', { poktanId: pikr.id, itemName: 'Papan informasi', unit: 'buah', quantityNeeded: 4, yearProposed: 2025, fundingSource: 'dana-desa' });
    // The counts over needs and groups are read in slices of rowids: Mawar's need and Melati's
    // row moved to later slices (and gaps between) must be counted all the same.
    app.app.database!.prepare(`UPDATE facility_need SET rowid = 60001 WHERE id = ?`).run(a.id);
    app.app.database!.prepare(`UPDATE poktan SET rowid = 80001 WHERE id = ?`).run(melati.id);

    const recap = await app.value('sarana-recap', { year: 2025 });
    const bayah = recap.kecamatan.find((k) => k.name === 'Bayah')!;
    const rangkas = recap.kecamatan.find((k) => k.name === 'Rangkasbitung')!;
    expect(bayah.open).toEqual({ bkb: 1, bkr: 0, bkl: 0, uppka: 0, pikr: 0 });
    expect(rangkas.open).toEqual({ bkb: 0, bkr: 0, bkl: 0, uppka: 0, pikr: 1 });
    // Mawar has received a basic kit; Melati and the PIK-R have not.
    expect(bayah.lacking.bkb).toBe(0);
    expect(rangkas.lacking).toEqual({ bkb: 1, bkr: 0, bkl: 0, uppka: 0, pikr: 1 });
    expect(recap.totals.groups).toEqual({ bkb: 2, bkr: 0, bkl: 0, uppka: 0, pikr: 1 });
    // Fulfilment: Bayah 1 of 2 = 50%; Rangkasbitung 0 of 4 (the rejected need is left out).
    expect(bayah).toMatchObject({ needed: 2, approved: 2, delivered: 1, fulfilment: 50 });
    expect(rangkas).toMatchObject({ needed: 4, approved: 0, delivered: 0, fulfilment: 0 });
    expect(recap.totals).toMatchObject({ needed: 6, approved: 2, delivered: 1 });
    expect(recap.totals.fulfilment).toBeCloseTo(16.6667, 3);

    const file = await app.value('sarana-recap-pdf', { year: 2025 });
    expect(file.fileName).toBe('Rekap Kebutuhan Sarana Poktan Tahun 2025.pdf');
    const path = join(app.dataDir, 'rekap.pdf');
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('REKAP KEBUTUHAN SARANA POKTAN TAHUN 2025');
    expect(text).toMatch(/Bayah\s+1\s+0\s+0\s+0\s+0\s+1/);
    expect(text.replace(/\s+/g, ' ')).toMatch(/1 APBN\/BKKBN \(termasuk BKB Kit \(alat permainan edukatif, 1 1 paket/);
    expect(text).toMatch(/Rangkasbitung\s+1\s+0\s+0\s+0\s+1\s+2/);
    expect(text).toMatch(/Bayah\s+2\s+2\s+1\s+50,00%/);
    expect(text).toMatch(/Jumlah\s+6\s+2\s+1\s+16,67%/);
    expect(text).toContain('NIP. 19750312 200003 2 004');

    // The same four tables to Excel, each ending with its Jumlah row.
    const workbook = await readBase64((await app.value('excel-sarana-recap-export', { year: 2025 })).base64);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Kebutuhan terbuka', 'Diterima 2025', 'Belum kit dasar', 'Pemenuhan 2025']);
    const rowOf = (sheet: string, first: string) => {
      const found = workbook.getWorksheet(sheet)!.getRows(2, 100)!.find((row) => row.getCell(1).value === first)!;
      return (found.values as unknown[]).slice(1);
    };
    expect(rowOf('Kebutuhan terbuka', 'Bayah')).toEqual(['Bayah', 1, 0, 0, 0, 0, 1]);
    expect(rowOf('Belum kit dasar', 'Jumlah')).toEqual(['Jumlah', 1, 0, 0, 0, 1, 2]);
    expect(rowOf('Diterima 2025', 'APBN/BKKBN (termasuk DAK BOKB)')).toEqual(['APBN/BKKBN (termasuk DAK BOKB)', expect.stringContaining('BKB Kit'), 'paket', 1, 1]);
    expect(rowOf('Pemenuhan 2025', 'Bayah')).toEqual(['Bayah', 2, 2, 1, 0.5]);
    expect(rowOf('Pemenuhan 2025', 'Jumlah')[4]).toBeCloseTo(0.166667, 5);
  });
});

describe('one open need per item, group and year', () => {
  it('refuses a second open one beside the field, allows one after the first is delivered, in another year or group', async () => {
    const mawar = await app.value('poktan-create', { type: 'bkb', name: 'BKB Mawar', ...BAYAH });
    const melati = await app.value('poktan-create', { type: 'bkb', name: 'BKB Melati', ...BAYAH });
    const kit = await app.value('need-save', { poktanId: mawar.id, itemId: bkbKit, quantityNeeded: 2, yearProposed: 2025, identifiedOn: '2025-01-10' });
    await app.value('need-save', { poktanId: mawar.id, itemName: 'Papan tulis', unit: 'buah', quantityNeeded: 1, yearProposed: 2025 });
    const names = await app.value('facility-item-list', {});
    const kitName = names.find((i) => i.id === bkbKit)!.name;
    const before = (await app.value('poktan-get', { id: mawar.id })).needs.length;
    expect(await app.call('need-save', { poktanId: mawar.id, itemId: bkbKit, quantityNeeded: 1, yearProposed: 2025 })).toMatchObject({
      ok: false,
      error: { fields: { itemId: `"${kitName}" sudah tercatat untuk tahun 2025 dan belum selesai (diidentifikasi, 2 paket dibutuhkan); lanjutkan kebutuhan itu di tabel, atau isi tahun usulan lain.` } },
    });
    // A free-text item is the same item whatever its case and spaces.
    expect(await app.call('need-save', { poktanId: mawar.id, itemName: ' papan  TULIS', unit: 'buah', quantityNeeded: 3, yearProposed: 2025 })).toMatchObject({
      ok: false,
      error: { fields: { itemName: expect.stringContaining('"Papan tulis" sudah tercatat untuk tahun 2025 dan belum selesai (diidentifikasi, 1 buah dibutuhkan)') } },
    });
    expect((await app.value('poktan-get', { id: mawar.id })).needs).toHaveLength(before);
    // Editing the need itself is not a twin of itself.
    expect((await app.value('need-save', { id: kit.id, poktanId: mawar.id, itemId: bkbKit, quantityNeeded: 3, yearProposed: 2025 })).quantityNeeded).toBe(3);
    await app.value('need-save', { poktanId: mawar.id, itemId: bkbKit, quantityNeeded: 1, yearProposed: 2026 });
    await app.value('need-save', { poktanId: melati.id, itemId: bkbKit, quantityNeeded: 1, yearProposed: 2025 });
    await act(kit.id, 'approve', { quantity: 3 });
    await act(kit.id, 'deliver', { quantity: 3 });
    const extra = await app.value('need-save', { poktanId: mawar.id, itemId: bkbKit, quantityNeeded: 1, yearProposed: 2025, notes: 'Tambahan anggota baru' });
    expect(extra.status).toBe('diidentifikasi');
    // The delivered one may still be corrected, even into the year of an open one.
    expect((await app.value('need-save', { id: kit.id, poktanId: mawar.id, itemId: bkbKit, quantityNeeded: 3, yearProposed: 2026 })).yearProposed).toBe(2026);
    await app.value('need-save', { id: kit.id, poktanId: mawar.id, itemId: bkbKit, quantityNeeded: 3, yearProposed: 2025 });
    // An open one deleted while another was recorded does not come back beside it, from the need list or the Sampah.
    await app.value('need-delete', { id: extra.id });
    const again = await app.value('need-save', { poktanId: mawar.id, itemId: bkbKit, quantityNeeded: 2, yearProposed: 2025 });
    const refused = `Kelompok ini sudah mempunyai kebutuhan "${kitName}" tahun 2025 yang belum selesai (diidentifikasi). Selesaikan atau hapus kebutuhan itu lebih dulu, lalu pulihkan lagi.`;
    expect(await app.call('need-restore', { id: extra.id })).toMatchObject({ ok: false, error: { message: refused } });
    expect(await app.call('trash-restore', { entity: 'facility_need', id: extra.id })).toMatchObject({ ok: false, error: { message: refused } });
    expect((await app.value('poktan-get', { id: mawar.id })).needs.map((n) => n.id)).not.toContain(extra.id);
    await app.value('need-delete', { id: again.id });
    await app.value('need-restore', { id: extra.id });
  });
});

describe('need deletion', () => {
  it('is soft and can be undone', async () => {
    const group = await app.value('poktan-create', { type: 'bkb', name: 'BKB Mawar', ...BAYAH });
    const need = await app.value('need-save', { poktanId: group.id, itemName: 'Papan tulis', unit: 'buah', quantityNeeded: 1, yearProposed: 2025 });
    await app.value('need-delete', { id: need.id });
    expect((await app.value('poktan-get', { id: group.id })).needs).toEqual([]);
    await app.value('need-restore', { id: need.id });
    expect((await app.value('poktan-get', { id: group.id })).needs.map((n) => n.itemName)).toEqual(['Papan tulis']);
    expect(await app.call('need-save', { poktanId: group.id, itemName: 'Meja', unit: 'buah', quantityNeeded: 1, yearProposed: 2099 })).toMatchObject({
      ok: false,
      error: { fields: { yearProposed: expect.stringContaining('Tahun usulan paling jauh tahun depan') } },
    });
  });
});

describe('stored open-needs count', () => {
  // The count the register filters on, read from the list, and the poktan row itself.
  const openNeeds = async (id: string) => (await app.value('poktan-list', {})).rows.find((r) => r.id === id)?.openNeeds;
  const filtered = async () => (await app.value('poktan-list', { openNeeds: true })).rows.map((r) => r.name);
  const need = (poktanId: string, quantityNeeded = 1, yearProposed = 2025) => app.value('need-save', { poktanId, itemId: bkbKit, quantityNeeded, yearProposed, identifiedOn: '2025-01-10' });

  it('follows create, advance, refuse, deliver, delete and restore', async () => {
    const mawar = await group();
    const melati = await group({ name: 'BKB Melati' });
    expect([await openNeeds(mawar.id), await filtered()]).toEqual([0, []]);
    const first = await need(mawar.id, 2);
    const second = await need(mawar.id, 1, 2026);
    const third = await need(mawar.id, 1, 2027);
    expect([await openNeeds(mawar.id), await openNeeds(melati.id), await filtered()]).toEqual([3, 0, ['BKB Mawar']]);
    // Proposed, approved and partly delivered needs are still open.
    await act(first.id, 'propose');
    await act(first.id, 'approve', { quantity: 2 });
    await act(first.id, 'deliver', { quantity: 1 });
    expect(await openNeeds(mawar.id)).toBe(3);
    await act(first.id, 'deliver', { quantity: 1 });
    expect(await openNeeds(mawar.id)).toBe(2);
    await act(second.id, 'reject', { note: 'Anggaran tidak tersedia' });
    expect(await openNeeds(mawar.id)).toBe(1);
    await app.value('need-delete', { id: third.id });
    expect([await openNeeds(mawar.id), await filtered()]).toEqual([0, []]);
    await app.value('need-restore', { id: third.id });
    expect(await openNeeds(mawar.id)).toBe(1);
    // Deleting and restoring the group keeps its count.
    await app.value('poktan-delete', { id: mawar.id });
    expect(await filtered()).toEqual([]);
    await app.value('poktan-restore', { id: mawar.id });
    expect([await openNeeds(mawar.id), await filtered()]).toEqual([1, ['BKB Mawar']]);
  });

  it('is derived: a need changing its group\'s count is not logged as a change of the group', async () => {
    const mawar = await group();
    const logged = () => app.app.database!.prepare(`SELECT op FROM change_log WHERE entity = 'poktan' AND record_id = ?`).pluck().all(mawar.id);
    expect(logged()).toEqual(['insert']);
    const first = await need(mawar.id);
    await act(first.id, 'propose');
    await app.value('need-delete', { id: first.id });
    expect([await openNeeds(mawar.id), logged()]).toEqual([0, ['insert']]);
    await app.value('poktan-update', { id: mawar.id, type: 'bkb', name: 'BKB Mawar Indah', ...BAYAH });
    expect(logged()).toEqual(['insert', 'update']);
  });

  it('follows a bulk delivery and its undo', async () => {
    const mawar = await group();
    const melati = await group({ name: 'BKB Melati' });
    const waiting = await need(mawar.id);
    await need(mawar.id, 1, 2026);
    const bulk = await app.value('need-bulk-deliver', { poktanIds: [mawar.id, melati.id], itemId: bkbKit, quantityEach: 1, happenedOn: '2025-03-15', fundingSource: 'apbn' });
    // Mawar's oldest open need is filled; Melati's need is recorded and filled at once.
    expect([await openNeeds(mawar.id), await openNeeds(melati.id)]).toEqual([1, 0]);
    expect((await app.value('poktan-get', { id: mawar.id })).needs.find((n) => n.id === waiting.id)?.status).toBe('diterima');
    await app.value('need-bulk-undo', { batchId: bulk.batchId });
    expect([await openNeeds(mawar.id), await openNeeds(melati.id)]).toEqual([2, 0]);
  });
});
