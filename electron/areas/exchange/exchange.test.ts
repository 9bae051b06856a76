import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, LEBAK_OFFICE, type TestApp } from '../../testing/test-app.js';
import { localIsoDate } from '../../contract/format.js';
import { recomputedColumns, withoutDerived } from '../../../db/derived-columns.js';
import { writeRow } from '../../../db/queries/record-revisions.js';
import { refreshDerived } from './apply.js';
import { SYNC_ENTITIES } from './entities.js';
import { decodePackage, encodePackage } from './package-file.js';

const BAYAH = { kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' }; // Sawarna
const RANGKAS = { kecamatanCode: '36.02.14', desaCode: '36.02.14.1006' }; // Cijoro Lebak

const apps: TestApp[] = [];
afterEach(() => apps.splice(0).forEach((app) => app.dispose()));

async function pc(name: string, operator: string): Promise<TestApp> {
  const app = createTestApp();
  apps.push(app);
  await app.value('office-save', LEBAK_OFFICE);
  await app.value('operator-set', { name: operator });
  await app.value('exchange-device-save', { name });
  return app;
}

const deviceId = async (app: TestApp) => (await app.value('exchange-overview', {})).device.id;

/** Sends from one PC to another: changes since the last package to it, or everything the first time. */
async function send(from: TestApp, to: TestApp, kecamatanCode: string | null = null) {
  const target = await deviceId(to);
  const known = (await from.value('exchange-overview', {})).partners.some((partner) => partner.deviceId === target);
  const file = await from.value('exchange-export', { partnerDeviceId: known ? target : null, kecamatanCode });
  return { file, result: await to.call('exchange-apply', { base64: file.base64 }) };
}

const group = (app: TestApp, name: string, place = BAYAH) => app.value('poktan-create', { type: 'bkb', name, members: 20, ...place });
const fields = (row: { type: 'bkb'; name: string; kecamatanCode: string; desaCode: string; members: number }) => ({
  type: row.type,
  name: row.name,
  kecamatanCode: row.kecamatanCode,
  desaCode: row.desaCode,
  members: row.members,
});

/** The office and Bayah's UPT KB, both holding BKB Mawar's need approved at the office for `quantity` packets. */
async function needApprovedOnBoth(quantity: number) {
  const kabupaten = await pc('Kantor Dinas Lebak', 'Rina Marlina');
  const bayah = await pc('UPT KB Kecamatan Bayah', 'Asep Saepudin');
  const mawar = await group(kabupaten, 'BKB Mawar');
  const need = await kabupaten.value('need-save', { poktanId: mawar.id, itemName: 'Alat Peraga Edukatif', unit: 'paket', quantityNeeded: quantity, yearProposed: 2025, identifiedOn: '2025-01-10' });
  await kabupaten.value('need-act', { needId: need.id, action: 'approve', happenedOn: '2025-03-01', quantity });
  await send(kabupaten, bayah);
  return { kabupaten, bayah, mawar, need };
}

/** An indicator's id, the same on every PC (a natural id from its code). */
const indicatorId = async (app: TestApp, code: string) => (await app.value('rakorda-indicators', {})).find((indicator) => indicator.code === code)!.id;
/** Saves one layer of Bayah's 2025 figures for an indicator. */
const saveCell = (app: TestApp, indicator: string, layer: 'target' | 'achieved', value: number | null) =>
  app.value('rakorda-grid-save', { year: 2025, layer, cells: [{ area: BAYAH.kecamatanCode, indicatorId: indicator, value }] });
/** Bayah's 2025 target and realisasi for an indicator. */
const storedCell = async (app: TestApp, indicator: string) =>
  Promise.all((['target', 'achieved'] as const).map(async (layer) => (await app.value('rakorda-grid', { year: 2025, layer })).cells[`${BAYAH.kecamatanCode}|${indicator}`]));

/**
 * Every exchanged table's rows, for comparing two databases. Where a PC recomputes values (a need's
 * status), each PC stamps its own updated_at when it does: that one column is left out there.
 */
function contents(app: TestApp) {
  const db = app.app.database!;
  const rows = (table: string) =>
    (db.prepare(`SELECT * FROM "${table}" ORDER BY id`).all() as Record<string, unknown>[]).map(({ updated_at: updatedAt, ...row }) =>
      recomputedColumns(table).length ? row : { ...row, updated_at: updatedAt },
    );
  return Object.fromEntries(SYNC_ENTITIES.map(({ table }) => [table, rows(table)]));
}

describe('exchange packages', () => {
  it('bring everything to a new PC, and the same package twice changes nothing', async () => {
    const kabupaten = await pc('Kantor Dinas Lebak', 'Rina Marlina');
    const bayah = await pc('UPT KB Kecamatan Bayah', 'Asep Saepudin');
    const mawar = await group(kabupaten, 'BKB Mawar');
    await kabupaten.value('need-save', { poktanId: mawar.id, itemName: 'Alat Peraga Edukatif', unit: 'paket', quantityNeeded: 2, yearProposed: 2025 });

    const { file, result } = await send(kabupaten, bayah);
    expect(result).toMatchObject({ ok: true, value: { added: 3, changed: 0, deleted: 0, conflicts: 0 } });
    expect(contents(bayah)).toEqual(contents(kabupaten));
    expect(file.fileName).toMatch(/^Paket Sinergi KB Kantor Dinas Lebak \d{4}-\d{2}-\d{2}\.skb$/);
    // A package opened on the PC that made it is marked as such.
    expect((await kabupaten.value('exchange-preview', { base64: file.base64 })).fromThisPc).toBe(true);
    expect((await bayah.value('exchange-preview', { base64: file.base64 })).fromThisPc).toBe(false);
    // Applied there anyway, it does not list that PC as a partner of its own.
    await kabupaten.value('exchange-apply', { base64: file.base64 });
    expect((await kabupaten.value('exchange-overview', {})).partners).toEqual([]);

    expect(await bayah.call('exchange-apply', { base64: file.base64 })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^Paket ini sudah diterima pada .* oleh Asep Saepudin; tidak ada yang diubah\.$/) } });
    // A new package with the same records: every one is already here.
    const again = await kabupaten.value('exchange-export', { partnerDeviceId: null, kecamatanCode: null });
    expect((await bayah.value('exchange-preview', { base64: again.base64 })).counts).toMatchObject({ added: 0, changed: 0, conflicts: 0 });

    // The audit trail on the receiving PC names the author and the PC the change came from.
    const [created] = (await bayah.value('audit-list', { entity: 'poktan' })).entries;
    expect([created!.operator, created!.device, created!.kind]).toEqual(['Rina Marlina', 'Kantor Dinas Lebak', 'dibuat']);
  });

  it('report a record changed on both PCs once, side by side, and converge after a per-field decision', async () => {
    const kabupaten = await pc('Kantor Dinas Lebak', 'Rina Marlina');
    const bayah = await pc('UPT KB Kecamatan Bayah', 'Asep Saepudin');
    const mawar = await group(kabupaten, 'BKB Mawar');
    await send(kabupaten, bayah);
    await send(bayah, kabupaten); // they have met: each knows the other

    await kabupaten.value('poktan-update', { ...fields({ ...mawar, type: 'bkb' }), id: mawar.id, name: 'BKB Mawar Indah' });
    await bayah.value('poktan-update', { ...fields({ ...mawar, type: 'bkb' }), id: mawar.id, members: 32 });
    const { file, result } = await send(bayah, kabupaten);
    expect(result).toMatchObject({ ok: true, value: { conflicts: 1, changed: 0 } });
    // The same conflict again, in the same or a later package, is not reported twice.
    expect((await kabupaten.value('exchange-preview', { base64: file.base64 })).counts.conflicts).toBe(1);
    // Nothing new for the office: no empty file is made.
    expect(await bayah.call('exchange-export', { partnerDeviceId: await deviceId(kabupaten), kecamatanCode: null })).toMatchObject({
      ok: false,
      error: { message: 'Tidak ada data yang berubah sejak paket terakhir ke Kantor Dinas Lebak; paket tidak dibuat.' },
    });
    await group(bayah, 'BKB Melati');
    await send(bayah, kabupaten);
    const conflicts = await kabupaten.value('exchange-conflicts', {});
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ entityLabel: 'Poktan', recordLabel: 'BKB Mawar Indah', partnerName: 'UPT KB Kecamatan Bayah', theirOperator: 'Asep Saepudin', reason: 'edited' });
    expect(conflicts[0]!.fields.map((field) => [field.label, field.mine, field.theirs])).toEqual([
      ['Nama', 'BKB Mawar Indah', 'BKB Mawar'],
      ['Jumlah anggota/keluarga peserta', '20', '32'],
    ]);

    // Keep our name, take their member count.
    await kabupaten.value('exchange-resolve', { id: conflicts[0]!.id, choice: 'fields', takeTheirs: ['members'] });
    expect(await kabupaten.value('exchange-conflicts', {})).toEqual([]);
    expect(await send(kabupaten, bayah)).toMatchObject({ result: { ok: true, value: { changed: 1, conflicts: 0 } } });
    const resolved = await bayah.value('poktan-get', { id: mawar.id });
    expect([resolved.poktan.name, resolved.poktan.members]).toEqual(['BKB Mawar Indah', 32]);
    expect(contents(bayah)).toEqual(contents(kabupaten));
  });

  it('combine a Rakorda cell filled on two PCs that never exchanged it: each keeps what only the other entered', async () => {
    const kabupaten = await pc('Kantor Dinas Lebak', 'Rina Marlina');
    const bayah = await pc('UPT KB Kecamatan Bayah', 'Asep Saepudin');
    const pb = await indicatorId(kabupaten, 'pb');
    await saveCell(kabupaten, pb, 'target', 2100); // the kabupaten sets the target (PPM)
    await saveCell(bayah, pb, 'achieved', 1980); // the kecamatan reports its realisasi

    const preview = await kabupaten.value('exchange-preview', { base64: (await bayah.value('exchange-export', { partnerDeviceId: null, kecamatanCode: null })).base64 });
    expect(preview.changes).toEqual([{ entityLabel: expect.any(String), recordLabel: expect.any(String), outcome: 'fill' }]);
    expect((await send(bayah, kabupaten)).result).toMatchObject({ ok: true, value: { changed: 1, conflicts: 0 } });
    expect(await storedCell(kabupaten, pb)).toEqual([2100, 1980]);
    // The history shows what the package added, as added from a package (nobody typed it here).
    const [filled] = (await kabupaten.value('audit-list', { entity: 'evaluation_value' })).entries;
    expect(filled!.kind).toBe('dilengkapi-dari-paket');
    expect(filled!.changes).toEqual([{ label: expect.stringMatching(/^Realisasi/), before: '—', after: '1.980' }]);
    // Back to the kecamatan: the combined cell is an ordinary newer version there.
    expect((await send(kabupaten, bayah)).result).toMatchObject({ ok: true, value: { changed: 1, conflicts: 0 } });
    expect(await storedCell(bayah, pb)).toEqual([2100, 1980]);
    // There the target arrived as the office's change.
    const [received] = (await bayah.value('audit-list', { entity: 'evaluation_value' })).entries;
    expect([received!.kind, received!.operator, received!.device]).toEqual(['diubah', 'Rina Marlina', 'Kantor Dinas Lebak']);
    expect(received!.changes).toEqual([{ label: expect.stringMatching(/^Target/), before: '—', after: '2.100' }]);
    expect(contents(bayah)).toEqual(contents(kabupaten));

    // A cell the kabupaten completed, which Bayah started with the same realisasi only: Bayah's
    // package adds nothing here (covered: no conflict, nothing changed), and the kabupaten's next
    // package brings Bayah the target.
    const mkjp = await indicatorId(kabupaten, 'pb-mkjp');
    await saveCell(kabupaten, mkjp, 'target', 300);
    await saveCell(kabupaten, mkjp, 'achieved', 280);
    await saveCell(bayah, mkjp, 'achieved', 280);
    expect((await send(bayah, kabupaten)).result).toMatchObject({ ok: true, value: { changed: 0, conflicts: 0 } });
    expect((await send(kabupaten, bayah)).result).toMatchObject({ ok: true, value: { changed: 1, conflicts: 0 } });
    expect(await storedCell(bayah, mkjp)).toEqual([300, 280]);
    expect(contents(bayah)).toEqual(contents(kabupaten));

    // Once they share a version, an emptied field is a change like any other.
    await saveCell(bayah, pb, 'achieved', 1990);
    await saveCell(bayah, pb, 'target', null);
    expect((await send(bayah, kabupaten)).result).toMatchObject({ ok: true, value: { changed: 1, conflicts: 0 } });
    expect(await storedCell(kabupaten, pb)).toEqual([null, 1990]);
  });

  it('name a new indicator’s figures in the preview by the indicator the package brings', async () => {
    const kabupaten = await pc('Kantor Dinas Lebak', 'Rina Marlina');
    const bayah = await pc('UPT KB Kecamatan Bayah', 'Asep Saepudin');
    await bayah.value('rakorda-indicator-save', { code: 'lahan-krpl', name: 'Luas lahan KRPL', unit: 'ha', direction: 'higher', aggregation: 'sum', wholeNumber: false });
    await saveCell(bayah, await indicatorId(bayah, 'lahan-krpl'), 'achieved', 2.75);
    const file = await bayah.value('exchange-export', { partnerDeviceId: null, kecamatanCode: null });
    const preview = await kabupaten.value('exchange-preview', { base64: file.base64 });
    expect(preview.changes.filter((change) => change.entityLabel === 'Nilai evaluasi').map((change) => change.recordLabel)).toEqual(['2025 · Luas lahan KRPL · Bayah']);
  });

  it('list only the fields both PCs filled differently when a cell made on both disagrees, and keep the rest on either choice', async () => {
    const kabupaten = await pc('Kantor Dinas Lebak', 'Rina Marlina');
    const bayah = await pc('UPT KB Kecamatan Bayah', 'Asep Saepudin');
    const pb = await indicatorId(kabupaten, 'pb');
    await saveCell(kabupaten, pb, 'target', 2100);
    await saveCell(bayah, pb, 'target', 2000);
    await saveCell(bayah, pb, 'achieved', 1980);

    expect((await send(bayah, kabupaten)).result).toMatchObject({ ok: true, value: { conflicts: 1 } });
    const [conflict] = await kabupaten.value('exchange-conflicts', {});
    expect(conflict!.fields.map((field) => [field.label, field.mine, field.theirs])).toEqual([['Target', '2.100', '2.000']]);
    await kabupaten.value('exchange-resolve', { id: conflict!.id, choice: 'mine', takeTheirs: [] });
    const [settled] = (await kabupaten.value('audit-list', { entity: 'evaluation_value' })).entries;
    expect([settled!.kind, settled!.operator]).toEqual(['konflik-diselesaikan', 'Rina Marlina']);
    expect(await storedCell(kabupaten, pb)).toEqual([2100, 1980]);
  });

  it('tell a new PC that a record deleted at the sender goes straight to its Sampah, not that it is added', async () => {
    const kabupaten = await pc('Kantor Dinas Lebak', 'Rina Marlina');
    const bayah = await pc('UPT KB Kecamatan Bayah', 'Asep Saepudin');
    const mawar = await group(kabupaten, 'BKB Mawar');
    const melati = await group(kabupaten, 'BKB Melati');
    const need = await kabupaten.value('need-save', { poktanId: melati.id, itemName: 'Alat Peraga Edukatif', unit: 'paket', quantityNeeded: 2, yearProposed: 2025 });
    await kabupaten.value('need-act', { needId: need.id, action: 'propose', happenedOn: localIsoDate() });
    await kabupaten.value('poktan-delete', { id: mawar.id });
    const file = await kabupaten.value('exchange-export', { partnerDeviceId: null, kecamatanCode: null });
    const preview = await bayah.value('exchange-preview', { base64: file.base64 });
    expect(preview.counts).toMatchObject({ added: 4, deleted: 1 });
    expect(preview.changes.filter((change) => change.entityLabel === 'Poktan').map((change) => [change.recordLabel, change.outcome])).toEqual([
      ['BKB Mawar', 'delete'],
      ['BKB Melati', 'add'],
    ]);
    // A step of a need is named by its status as the screens write it, not by its code.
    expect(preview.changes.map((change) => change.recordLabel)).toContain('Alat Peraga Edukatif: Diusulkan');
    expect(await bayah.call('exchange-apply', { base64: file.base64 })).toMatchObject({ ok: true, value: { added: 4, deleted: 1 } });
    const history = (await bayah.value('audit-list', { entity: 'poktan' })).entries.map((entry) => [entry.recordLabel, entry.kind]);
    expect(history).toEqual(expect.arrayContaining([['BKB Mawar', 'dihapus'], ['BKB Melati', 'dibuat']]));
  });

  it('converge on three PCs exchanging in different orders, deletions included', async () => {
    const [a, b, c] = [await pc('Kantor Dinas', 'Rina'), await pc('UPT Bayah', 'Asep'), await pc('UPT Rangkasbitung', 'Dewi')];
    const mawar = await group(a, 'BKB Mawar');
    await send(a, b);
    await send(a, c);
    await group(b, 'BKR Melati');
    await group(c, 'BKL Anggrek', RANGKAS);
    await c.value('poktan-delete', { id: mawar.id });
    await send(b, c);
    // The deleted group is said to be a deletion, not counted with the groups the package adds.
    expect((await send(c, a)).file.contents).toMatch(/^Poktan 2 dan 1 penghapusan(, |$)/);
    await send(b, a);
    await send(a, b);
    await send(c, b);
    await send(a, c);
    for (const app of [a, b, c]) expect((await app.value('poktan-list', {})).rows.map((row) => row.name).sort()).toEqual(['BKL Anggrek', 'BKR Melati']);
    expect(contents(b)).toEqual(contents(a));
    expect(contents(c)).toEqual(contents(a));
    // The deletion travelled as a tombstone: the group is in every PC's Sampah, restorable.
    expect((await b.value('trash-list', {})).map((item) => item.label)).toEqual(['BKB Mawar']);
  });

  it('recompute what each PC derives: deliveries recorded on two PCs add up on both, without a conflict', async () => {
    const { kabupaten, bayah, mawar, need } = await needApprovedOnBoth(4);
    await send(bayah, kabupaten);
    // The office records the APBD delivery, the UPT KB the one that came through the kecamatan.
    await kabupaten.value('need-act', { needId: need.id, action: 'deliver', happenedOn: '2025-06-01', quantity: 3 });
    await bayah.value('need-act', { needId: need.id, action: 'deliver', happenedOn: '2025-06-15', quantity: 1 });
    expect((await send(bayah, kabupaten)).result).toMatchObject({ ok: true, value: { conflicts: 0 } });
    await send(kabupaten, bayah);
    for (const app of [kabupaten, bayah]) {
      const [stored] = (await app.value('poktan-get', { id: mawar.id })).needs;
      expect([stored!.status, stored!.quantityDelivered]).toEqual(['diterima', 4]);
    }
    expect(contents(bayah)).toEqual(contents(kabupaten));
  });

  it('ask before a need deleted on one PC takes away a delivery recorded on the other that it had not seen', async () => {
    const { kabupaten, bayah, mawar, need } = await needApprovedOnBoth(2);
    await bayah.value('need-act', { needId: need.id, action: 'deliver', happenedOn: '2025-04-01', quantity: 2 });
    await kabupaten.value('need-delete', { id: need.id });
    expect((await send(kabupaten, bayah)).result).toMatchObject({ ok: true, value: { deleted: 0, conflicts: 1 } });
    const stillHere = async (app: TestApp) => (await app.value('poktan-get', { id: mawar.id })).needs.map((n) => [n.status, n.quantityDelivered]);
    expect(await stillHere(bayah)).toEqual([['diterima', 2]]);
    const [conflict] = await bayah.value('exchange-conflicts', {});
    // When it was moved to the Sampah there, as the app writes a moment.
    expect(conflict!.fields.map((field) => [field.label, field.mine, field.theirs])).toEqual([['Dihapus pada', '—', expect.stringMatching(/^\d{1,2} \S+ \d{4}, \d{2}\.\d{2}$/)]]);
    // Kept here: the other PC takes the need back, with the delivery, from the next package.
    await bayah.value('exchange-resolve', { id: conflict!.id, choice: 'mine', takeTheirs: [] });
    expect((await send(bayah, kabupaten)).result).toMatchObject({ ok: true, value: { conflicts: 0 } });
    expect(await stillHere(kabupaten)).toEqual([['diterima', 2]]);
    expect(contents(bayah)).toEqual(contents(kabupaten));
    // A deletion made after the delivery arrived there is an ordinary one.
    await kabupaten.value('need-delete', { id: need.id });
    expect((await send(kabupaten, bayah)).result).toMatchObject({ ok: true, value: { deleted: 1, conflicts: 0 } });
    expect(await stillHere(bayah)).toEqual([]);
  });

  it('give a received group its place in the register and count its open needs, also when they came before it', async () => {
    const kabupaten = await pc('Kantor Dinas Lebak', 'Rina Marlina');
    const bayah = await pc('UPT KB Kecamatan Bayah', 'Asep Saepudin');
    const mawar = await group(kabupaten, 'BKB Mawar');
    for (const itemName of ['Alat Peraga Edukatif', 'Tikar']) await kabupaten.value('need-save', { poktanId: mawar.id, itemName, unit: 'paket', quantityNeeded: 1, yearProposed: 2025 });
    const derived = (app: TestApp) => app.app.database!.prepare(`SELECT place_order AS placeOrder, open_needs AS openNeeds FROM poktan WHERE id = ?`).get(mawar.id);
    const sawarna = bayah.app.database!.prepare(`SELECT sort_order FROM place WHERE code = ?`).pluck().get(BAYAH.desaCode) as number;
    expect(sawarna).toBeGreaterThan(0);

    await send(kabupaten, bayah);
    expect(derived(bayah)).toEqual({ placeOrder: sawarna, openNeeds: 2 });

    // The needs written before their group (foreign keys are checked at the package's end).
    const db = bayah.app.database!;
    const stored = (table: string, where: string) => (kabupaten.app.database!.prepare(`SELECT * FROM ${table} WHERE ${where} = ?`).all(mawar.id) as Record<string, unknown>[]).map((row) => withoutDerived(table, row));
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      db.prepare(`DELETE FROM facility_need_event`).run();
      db.prepare(`DELETE FROM facility_need`).run();
      db.prepare(`DELETE FROM poktan`).run();
      for (const need of stored('facility_need', 'poktan_id')) writeRow(db, 'facility_need', need);
      const [row] = stored('poktan', 'id');
      writeRow(db, 'poktan', row!);
      refreshDerived(db, [{ entity: 'poktan', id: mawar.id, row: row! }]);
    })();
    expect(derived(bayah)).toEqual({ placeOrder: sawarna, openNeeds: 2 });
  });

  it('limit a package to one kecamatan', async () => {
    const kabupaten = await pc('Kantor Dinas Lebak', 'Rina Marlina');
    const bayah = await pc('UPT KB Kecamatan Bayah', 'Asep Saepudin');
    await group(kabupaten, 'BKB Mawar');
    await group(kabupaten, 'BKB Cijoro', RANGKAS);
    const { file } = await send(kabupaten, bayah, BAYAH.kecamatanCode);
    expect(file.fileName).toContain('Bayah');
    expect((await bayah.value('poktan-list', {})).rows.map((row) => row.name)).toEqual(['BKB Mawar']);
    // The sender's package log says which kecamatan the package held, not only the file name.
    expect((await kabupaten.value('exchange-overview', {})).packages.map((entry) => [entry.direction, entry.whole, entry.kecamatanName])).toEqual([['kirim', true, 'Bayah']]);
  });

  it('refuse tampered, truncated, foreign and newer packages, changing nothing', async () => {
    const kabupaten = await pc('Kantor Dinas Lebak', 'Rina Marlina');
    const bayah = await pc('UPT KB Kecamatan Bayah', 'Asep Saepudin');
    await group(kabupaten, 'BKB Mawar');
    const { base64 } = await kabupaten.value('exchange-export', { partnerDeviceId: null, kecamatanCode: null });
    const bytes = Buffer.from(base64, 'base64');
    const refusal = async (changed: Buffer) => {
      const result = await bayah.call('exchange-apply', { base64: changed.toString('base64') });
      return result.ok ? 'diterima' : result.error.fields?.file;
    };

    expect(await refusal(bytes.subarray(0, bytes.length - 40))).toBe('Berkas ini bukan paket Sinergi KB, atau terpotong saat disalin. Minta pengirim mengirim ulang paketnya.');
    const edited = gunzipSync(bytes).toString('utf8').replace('BKB Mawar', 'BKB Mawir');
    expect(await refusal(gzipSync(edited))).toBe('Isi paket tidak cocok dengan tanda periksanya: paket rusak atau telah diubah. Minta pengirim membuat paket baru.');
    expect(await refusal(gzipSync('{"format":"lain"}\n[]'))).toBe('Berkas ini bukan paket Sinergi KB.');
    const { manifest, records } = decodePackage(bytes);
    expect(await refusal(encodePackage({ ...manifest, schemaVersion: 999 }, records))).toMatch(/^Paket ini dibuat oleh Sinergi KB versi yang lebih baru/);
    expect(await refusal(encodePackage({ ...manifest, source: { ...manifest.source, regencyCode: '36.01', regencyName: 'Kabupaten Pandeglang' } }, records))).toBe(
      'Paket ini berisi data Kabupaten Pandeglang, sedangkan aplikasi ini untuk Kabupaten Lebak.',
    );
    expect(await refusal(encodePackage(manifest, [{ ...records[0]!, entity: 'office' }]))).toMatch(/jenis data yang tidak dikenal/);
    expect((await bayah.value('poktan-list', {})).rows).toEqual([]);
    expect((await bayah.value('exchange-overview', {})).packages).toEqual([]);
  });

  it('asks this PC for a name before it sends anything', async () => {
    const app = createTestApp();
    apps.push(app);
    await app.value('office-save', LEBAK_OFFICE);
    expect(await app.call('exchange-export', {})).toMatchObject({ ok: false, error: { fields: { deviceName: expect.stringContaining('Beri nama perangkat ini') } } });
  });
});
