import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../contract/channels.js';
import { createTestApp, LEBAK_OFFICE, type TestApp } from '../../testing/test-app.js';
import { readBase64 } from '../../testing/workbook.js';
import { putSetting } from '../../../db/queries/settings.js';
import { upgradeStoredLevels } from './level-service.js';

// Two kecamatan of Lebak with their desa, looked up from the loaded place reference.
let app: TestApp;
let rangkas: { code: string; desa: { code: string; name: string }[] };
let bayah: { code: string; desa: { code: string; name: string }[] };

beforeEach(async () => {
  app = createTestApp();
  await app.value('office-save', LEBAK_OFFICE);
  const kecamatan = await app.value('places-kecamatan', {});
  const load = async (name: string) => {
    const code = kecamatan.find((k) => k.name === name)!.code;
    return { code, desa: await app.value('places-desa', { kecamatanCode: code }) };
  };
  rangkas = await load('Rangkasbitung');
  bayah = await load('Bayah');
});
afterEach(() => app.dispose());

const unit = (over: Partial<ChannelInput<'kampung-kb-create'>> = {}): ChannelInput<'kampung-kb-create'> => ({
  name: 'Kampung KB Mekarsari',
  kecamatanCode: rangkas.code,
  desaCode: rangkas.desa[0]!.code,
  declaredOn: '2017-03-23',
  criteria: { main: ['keluarga-miskin'], area: ['padat'], special: [] },
  ...over,
});

const strongSnapshot = (kampungKbId: string, year: number) =>
  ({
    kampungKbId,
    year,
    profile: {
      pokja: { exists: true, trained: true, members: 15, membersTrained: 8, skNumber: '12/2023', skDate: '2023-02-01' },
      plkb: { name: 'Rina Marlina', nip: '', contact: '' },
      regulation: 'sk-desa',
      fundingSources: ['apbd', 'dana-desa', 'swadaya'],
      programmes: ['bkb', 'bkr', 'bkl', 'sekretariat', 'rumah-dataku'],
      dataSources: ['pk', 'rutin-bkkbn'],
      mechanisms: { 'rapat-perencanaan': 'bulanan', koordinasi: 'bulanan', pelaporan: 'bulanan' },
    },
    figures: {
      families: 1000,
      pus: 600,
      teenagers: 300,
      familiesWithUnderFives: 200,
      familiesWithTeens: 250,
      familiesWithElderly: 150,
      kbUsers: { iud: 60, implan: 40, mow: 10, suntik: 200, pil: 90 },
      nonUsers: { iat: 20, tial: 16, hamil: 30 },
      poktanParticipants: { bkb: 50, bkr: 75, bkl: 60, uppka: 250, pikr: 90 },
    },
  }) satisfies ChannelInput<'kampung-kb-snapshot-save'>;

async function addPartners(kampungKbId: string, partners: string[], heldOn = '2024-05-10') {
  await app.value('kampung-kb-activity-save', { kampungKbId, title: 'Sosialisasi 8 fungsi keluarga', heldOn, categoryCode: 'fungsi-pendidikan', partners });
}

describe('Kampung KB identity', () => {
  it('asks before a second Kampung KB in one desa, offers the one there, and asks no more once confirmed', async () => {
    const first = await app.value('kampung-kb-create', unit());
    expect(await app.call('kampung-kb-create', unit({ name: 'KB Mekarsari Baru' }))).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Di desa/kelurahan ini sudah ada Kampung KB Mekarsari. Buka Kampung KB itu, atau simpan tetap sebagai Kampung KB lain (misalnya untuk RW atau dusun lain).',
        fields: { desaCode: 'Sudah ada Kampung KB Mekarsari di desa/kelurahan ini.' },
        related: { id: first.id, label: 'Kampung KB Mekarsari' },
      },
    });
    const second = await app.value('kampung-kb-create', unit({ name: 'Kampung KB RW 05', confirmOtherInDesa: true }));
    // Editing either of them in its own desa is not asked about again; moving one into a desa with a unit is.
    expect(await app.call('kampung-kb-update', { ...unit({ name: 'Kampung KB RW 05', coverage: 'RW 05' }), id: second.id })).toMatchObject({ ok: true });
    const elsewhere = await app.value('kampung-kb-create', unit({ name: 'Kampung KB Cimarga', desaCode: rangkas.desa[1]!.code }));
    expect(await app.call('kampung-kb-update', { ...unit({ name: 'Kampung KB Cimarga' }), id: elsewhere.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await app.value('kampung-kb-list', {})).rows).toHaveLength(3);
  });

  it('creates a unit and lists it with its place', async () => {
    const created = await app.value('kampung-kb-create', unit());
    expect(created).toMatchObject({ name: 'Kampung KB Mekarsari', kecamatanName: 'Rangkasbitung', desaName: rangkas.desa[0]!.name, isModel: false });
    const list = await app.value('kampung-kb-list', {});
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]).toMatchObject({ level: null, latestYear: null });
    expect(list.summary).toMatchObject({ total: 1, kecamatanTotal: 28, kecamatanCovered: 1 });
    expect(list.summary.kecamatanWithout).toHaveLength(27);
    expect(list.summary.kecamatanWithout).not.toContain('Rangkasbitung');
  });

  it('sends a page of the list in its order with the number of units that match', async () => {
    for (const [index, name] of ['Kampung KB Cempaka', 'Kampung KB Anyelir', 'Kampung KB Bougenvil'].entries()) {
      await app.value('kampung-kb-create', unit({ name, desaCode: rangkas.desa[index]!.code }));
    }
    const page = await app.value('kampung-kb-list', { sort: 'name', limit: 2 });
    expect(page.rows.map((row) => row.name)).toEqual(['Kampung KB Anyelir', 'Kampung KB Bougenvil']);
    expect(page.matched).toBe(3);
    expect(page.summary.total).toBe(3);
    const searched = await app.value('kampung-kb-list', { search: 'bougen', limit: 2 });
    expect(searched.rows.map((row) => row.name)).toEqual(['Kampung KB Bougenvil']);
    expect(searched.matched).toBe(1);
    // Typed % and _ are searched for as such, not as LIKE's wildcards.
    expect((await app.value('kampung-kb-list', { search: 'KB_' })).matched).toBe(0);
    expect((await app.value('kampung-kb-list', { search: '%' })).matched).toBe(0);
    expect((await app.value('kampung-kb-list', { sort: 'name', descending: true })).matched).toBe(3);
    expect(await app.call('kampung-kb-list', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('refuses a desa outside the chosen kecamatan and an unknown criterion, writing nothing', async () => {
    const result = await app.call('kampung-kb-create', unit({ desaCode: bayah.desa[0]!.code, criteria: { main: ['bukan-kode'], area: [], special: [] } }));
    expect(result).toMatchObject({
      ok: false,
      error: { fields: { desaCode: 'Desa/kelurahan ini tidak berada di kecamatan yang dipilih.', 'criteria.main': 'Pilihan tidak dikenal: bukan-kode.' } },
    });
    expect((await app.value('kampung-kb-list', {})).rows).toHaveLength(0);
  });

  it('names a desa outside the kecamatan in the same round as a latitude out of range', async () => {
    const result = await app.call('kampung-kb-create', unit({ desaCode: bayah.desa[0]!.code, latitude: 200, longitude: 106.2 }));
    expect(result).toMatchObject({ ok: false, error: { fields: { latitude: expect.any(String), desaCode: 'Desa/kelurahan ini tidak berada di kecamatan yang dipilih.' } } });
  });

  it('names a future declaration date in the same round as a missing name', async () => {
    const result = await app.call('kampung-kb-create', unit({ name: '', declaredOn: '2999-01-01' }));
    expect(result).toMatchObject({ ok: false, error: { fields: { name: 'Wajib diisi.', declaredOn: 'Tanggal pencanangan tidak boleh di masa depan.' } } });
    expect((await app.value('kampung-kb-list', {})).rows).toHaveLength(0);
  });

  it('allows one model unit per kabupaten', async () => {
    await app.value('kampung-kb-create', unit({ isModel: true }));
    const second = await app.call('kampung-kb-create', unit({ name: 'Kampung KB Sukamaju', isModel: true }));
    expect(second).toMatchObject({ ok: false, error: { fields: { isModel: expect.stringContaining('Kampung KB Mekarsari') } } });
  });

  it('soft-deletes with undo', async () => {
    const created = await app.value('kampung-kb-create', unit());
    await app.value('kampung-kb-delete', { id: created.id });
    expect((await app.value('kampung-kb-list', {})).rows).toHaveLength(0);
    expect(await app.call('kampung-kb-get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await app.value('kampung-kb-restore', { id: created.id });
    expect((await app.value('kampung-kb-list', {})).rows).toHaveLength(1);
  });
});

describe('Kampung KB snapshots and level', () => {
  it('computes and stores the level; activities feed the process index', async () => {
    const { id } = await app.value('kampung-kb-create', unit());
    const saved = await app.value('kampung-kb-snapshot-save', strongSnapshot(id, 2024));
    // No activities yet: partners 0 → process (3 + 3 + 1) / 3 = 2,33; output passes → Mandiri.
    expect(saved.level.process.index).toBe(2.33);
    expect(saved.level.level).toBe('mandiri');
    await addPartners(id, ['dinkes', 'puskesmas', 'pkk', 'kemenag']);
    const list = await app.value('kampung-kb-list', {});
    expect(list.rows[0]).toMatchObject({ level: 'berkelanjutan', computedLevel: 'berkelanjutan', latestYear: 2024 });
    const snapshot = await app.value('kampung-kb-snapshot-get', { id: saved.id });
    expect(snapshot.level.process.items.find((i) => i.key === 'partners')).toMatchObject({ value: 4, score: 3 });
  });

  it('names a figure that is not a number in the same round as the checks between figures, saving nothing', async () => {
    const { id } = await app.value('kampung-kb-create', unit());
    const snapshot = strongSnapshot(id, 2024);
    const result = await app.call('kampung-kb-snapshot-save', {
      ...snapshot,
      profile: { ...snapshot.profile, pokja: { ...snapshot.profile.pokja, members: 5, membersTrained: 8 } },
      figures: { ...snapshot.figures, teenagers: 'tiga ratus' as unknown as number, familiesWithUnderFives: 1200 },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        fields: {
          'figures.teenagers': expect.any(String),
          'figures.familiesWithUnderFives': 'Keluarga dengan balita (1.200) melebihi jumlah keluarga (1.000).',
          'profile.pokja.membersTrained': 'Anggota Pokja yang terlatih tidak boleh melebihi jumlah anggota.',
        },
      },
    });
    expect((await app.value('kampung-kb-get', { id })).snapshots).toHaveLength(0);
  });

  it('names the checks between figures in the same round as a year that is not one', async () => {
    const { id } = await app.value('kampung-kb-create', unit());
    const snapshot = strongSnapshot(id, 2024);
    const result = await app.call('kampung-kb-snapshot-save', {
      ...snapshot,
      year: '20x5' as unknown as number,
      profile: { ...snapshot.profile, pokja: { ...snapshot.profile.pokja, members: 12, membersTrained: 15, skDate: '2031-01-01' } },
      figures: { ...snapshot.figures, pus: 300 },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        fields: {
          year: 'Tahun harus berupa angka.',
          'profile.pokja.membersTrained': 'Anggota Pokja yang terlatih tidak boleh melebihi jumlah anggota.',
          'figures.kbUsers': 'Jumlah peserta KB menurut metode (400) melebihi jumlah PUS (300).',
          'profile.pokja.skDate': 'Tanggal SK Pokja tidak boleh di masa depan.',
        },
      },
    });
    expect((await app.value('kampung-kb-get', { id })).snapshots).toHaveLength(0);
  });

  it('recomputes, once, the stored levels of periods whose IAT and TIAL were left blank, and only those', async () => {
    const { id } = await app.value('kampung-kb-create', unit());
    const snapshot = strongSnapshot(id, 2024);
    const blank = await app.value('kampung-kb-snapshot-save', { ...snapshot, figures: { ...snapshot.figures, nonUsers: { hamil: 30 } } });
    const filled = await app.value('kampung-kb-snapshot-save', { ...strongSnapshot(id, 2023) });
    // Unmet need cannot be worked out without IAT or TIAL: it scores 1, not 4 as a 0% did.
    expect(blank.level.output.items.find((i) => i.key === 'unmetNeed')).toMatchObject({ value: null, score: 1 });
    const db = app.app.database!;
    const outputIndex = (snapshotId: string) => db.prepare(`SELECT output_index FROM kampung_kb_snapshot WHERE id = ?`).pluck().get(snapshotId);
    const computed = outputIndex(blank.id);
    // As method 2 stored them: the blank one with its unmet need at 4; the other one marked to see it is left alone.
    db.prepare(`UPDATE kampung_kb_snapshot SET output_index = 9 WHERE id IN (?, ?)`).run(blank.id, filled.id);
    putSetting(db, 'kampungKb.levelMethod', 2);
    upgradeStoredLevels(db);
    expect([outputIndex(blank.id), outputIndex(filled.id)]).toEqual([computed, 9]);
  });

  it('recomputes, once, the stored levels of periods without PUS computed by the earlier method', async () => {
    const { id } = await app.value('kampung-kb-create', unit());
    const snapshot = strongSnapshot(id, 2024);
    const saved = await app.value('kampung-kb-snapshot-save', { ...snapshot, figures: { ...snapshot.figures, pus: 0, kbUsers: {}, nonUsers: {} } });
    // Participation 30% scores 3; CPR, MKJP and unmet need cannot be worked out without PUS and users: 1 each.
    expect(saved.level.output.index).toBe(1.5);
    const db = app.app.database!;
    const outputIndex = () => db.prepare(`SELECT output_index FROM kampung_kb_snapshot WHERE id = ?`).pluck().get(saved.id);
    // As the earlier method stored it (unmet need without PUS scored 4: 2,25), in a database not yet upgraded.
    db.prepare(`UPDATE kampung_kb_snapshot SET output_index = 2.25 WHERE id = ?`).run(saved.id);
    putSetting(db, 'kampungKb.levelMethod', 1);
    upgradeStoredLevels(db);
    expect(outputIndex()).toBe(1.5);
    db.prepare(`UPDATE kampung_kb_snapshot SET output_index = 2.25 WHERE id = ?`).run(saved.id);
    upgradeStoredLevels(db);
    expect(outputIndex()).toBe(2.25);
  });

  it('keeps last year’s figures when this year’s are edited, and warns on a 50% jump', async () => {
    const { id } = await app.value('kampung-kb-create', unit());
    const last = await app.value('kampung-kb-snapshot-save', strongSnapshot(id, 2024));
    const next = strongSnapshot(id, 2025);
    const saved = await app.value('kampung-kb-snapshot-save', { ...next, figures: { ...next.figures, families: 1600, familiesWithUnderFives: 200 } });
    expect(saved.warnings).toEqual({ 'figures.families': 'Jumlah keluarga naik 60% dibanding data tahun 2024 (1.000 → 1.600); periksa kembali.' });
    await app.value('kampung-kb-snapshot-save', { ...next, id: saved.id, figures: { ...next.figures, families: 1700 } });
    const old = await app.value('kampung-kb-snapshot-get', { id: last.id });
    expect(old.figures.families).toBe(1000);
    expect((await app.value('kampung-kb-get', { id })).snapshots.map((s) => s.year)).toEqual([2025, 2024]);
  });

  it('blocks figures that exceed what exists, naming the field, and writes nothing', async () => {
    const { id } = await app.value('kampung-kb-create', unit());
    const bad = strongSnapshot(id, 2024);
    const result = await app.call('kampung-kb-snapshot-save', {
      ...bad,
      figures: { ...bad.figures, kbUsers: { suntik: 700 }, familiesWithElderly: 1200, poktanParticipants: { bkb: 250, bkr: 0, bkl: 0, uppka: 0, pikr: 0 } },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        fields: {
          'figures.kbUsers': 'Jumlah peserta KB menurut metode (700) melebihi jumlah PUS (600).',
          'figures.familiesWithElderly': 'Keluarga dengan lansia (1.200) melebihi jumlah keluarga (1.000).',
          'figures.poktanParticipants.bkb': 'Peserta BKB (250) melebihi jumlah keluarga dengan balita (200).',
        },
      },
    });
    const negative = await app.call('kampung-kb-snapshot-save', { ...bad, figures: { ...bad.figures, pus: -5, families: 10.5 } });
    expect(negative).toMatchObject({ ok: false, error: { fields: { 'figures.pus': 'Tidak boleh negatif.', 'figures.families': 'Harus bilangan bulat.' } } });
    expect((await app.value('kampung-kb-get', { id })).snapshots).toHaveLength(0);
  });

  it('refuses a second snapshot for the same period', async () => {
    const { id } = await app.value('kampung-kb-create', unit());
    await app.value('kampung-kb-snapshot-save', strongSnapshot(id, 2024));
    expect(await app.call('kampung-kb-snapshot-save', strongSnapshot(id, 2024))).toMatchObject({
      ok: false,
      error: { fields: { year: 'Data tahun 2024 sudah ada untuk Kampung KB ini; buka data itu untuk mengubahnya.' } },
    });
  });

  it('refuses a period before the unit was declared, a year recorded both with and without months, and a malformed PLKB NIP', async () => {
    const { id } = await app.value('kampung-kb-create', unit({ declaredOn: '2018-11-01' }));
    const base = strongSnapshot(id, 2016);
    expect(await app.call('kampung-kb-snapshot-save', base)).toMatchObject({
      ok: false,
      error: { fields: { year: 'Kampung KB ini baru dicanangkan tahun 2018; data tahun 2016 belum ada.' } },
    });
    await app.value('kampung-kb-snapshot-save', strongSnapshot(id, 2024));
    expect(await app.call('kampung-kb-snapshot-save', { ...strongSnapshot(id, 2024), month: 12 })).toMatchObject({
      ok: false,
      error: { fields: { month: 'Data tahun 2024 sudah dicatat tanpa bulan; buka data itu untuk mengubahnya.' } },
    });
    const plkb = strongSnapshot(id, 2025);
    expect(await app.call('kampung-kb-snapshot-save', { ...plkb, profile: { ...plkb.profile, plkb: { name: 'Rina', nip: '12345', contact: '' } } })).toMatchObject({
      ok: false,
      error: { fields: { 'profile.plkb.nip': 'NIP harus 18 angka (yang diisi 5 angka).' } },
    });
    expect(await app.call('kampung-kb-snapshot-save', { ...plkb, year: 1999 })).toMatchObject({ ok: false, error: { fields: { year: 'Tahun harus antara 2000 dan 2100.' } } });
    // A NIP that is not one is named in the same round as a figure that is not a number.
    expect(await app.dispatch('kampung-kb-snapshot-save', { ...plkb, profile: { ...plkb.profile, plkb: { name: 'Rina', nip: 'abc', contact: '' } }, figures: { ...plkb.figures, pus: '10,5' } })).toMatchObject({
      ok: false,
      error: { fields: { 'profile.plkb.nip': 'NIP hanya boleh berisi angka.', 'figures.pus': 'Harus bilangan bulat (tanpa koma).' } },
    });
    expect(await app.dispatch('kampung-kb-snapshot-save', { ...plkb, figures: { ...plkb.figures, pus: '10,5' } })).toMatchObject({
      ok: false,
      error: { fields: { 'figures.pus': 'Harus bilangan bulat (tanpa koma).' } },
    });
  });

  it('shows the latest period in the list as periods are added, without logging it as a change of the unit', async () => {
    const { id } = await app.value('kampung-kb-create', unit());
    expect((await app.value('kampung-kb-list', {})).rows[0]).toMatchObject({ level: null, latestYear: null });
    await app.value('kampung-kb-snapshot-save', strongSnapshot(id, 2023));
    expect((await app.value('kampung-kb-list', {})).rows[0]).toMatchObject({ level: 'mandiri', latestYear: 2023 });
    const latest = await app.value('kampung-kb-snapshot-save', strongSnapshot(id, 2024));
    expect((await app.value('kampung-kb-list', {})).rows[0]).toMatchObject({ computedLevel: latest.level.level, latestYear: 2024 });
    const unitChanges = app.app.database!.prepare(`SELECT op FROM change_log WHERE entity = 'kampung_kb' AND record_id = ?`).pluck().all(id);
    expect(unitChanges).toEqual(['insert']);
  });

  it('recomputes stored levels when the rules change', async () => {
    const { id } = await app.value('kampung-kb-create', unit());
    await app.value('kampung-kb-snapshot-save', strongSnapshot(id, 2024));
    const { rules, defaults } = await app.value('kampung-kb-rules-get', {});
    expect(rules).toEqual(defaults);
    expect(await app.value('kampung-kb-rules-save', { rules: { ...rules, passMark: 2 } })).toEqual({ recomputed: 1 });
    expect((await app.value('kampung-kb-list', {})).rows[0]!.level).toBe('berkelanjutan');
    const badRules = await app.call('kampung-kb-rules-save', { rules: { ...rules, output: { ...rules.output, cpr: [{ from: 5, score: 1 }] } } });
    expect(badRules).toMatchObject({ ok: false, error: { fields: { 'rules.output.cpr': 'Pita pertama harus mulai dari 0.' } } });
  });
});

describe('Kampung KB recap', () => {
  it('counts units per kecamatan and level with coverage', async () => {
    const a = await app.value('kampung-kb-create', unit());
    await app.value('kampung-kb-create', unit({ name: 'Kampung KB Cimarga', desaCode: rangkas.desa[1]!.code }));
    await app.value('kampung-kb-create', unit({ name: 'Kampung KB Pesisir', kecamatanCode: bayah.code, desaCode: bayah.desa[0]!.code, manualLevel: 'mandiri', manualLevelNote: 'SK 5/2024' }));
    await app.value('kampung-kb-snapshot-save', strongSnapshot(a.id, 2024));
    const { rows, summary } = await app.value('kampung-kb-recap', {});
    expect(rows.find((r) => r.kecamatanName === 'Rangkasbitung')).toMatchObject({ counts: { mandiri: 1, 'belum-ada-data': 1, dasar: 0 }, total: 2, desaCovered: 2 });
    expect(rows.find((r) => r.kecamatanName === 'Bayah')).toMatchObject({ counts: { mandiri: 1 }, total: 1, desaCovered: 1 });
    expect(summary).toMatchObject({ total: 3, kecamatanCovered: 2, kecamatanTotal: 28, desaCovered: 3, desaTotal: 345 });
    expect(summary.counts).toEqual({ dasar: 0, berkembang: 0, mandiri: 2, berkelanjutan: 0, 'belum-ada-data': 1 });
    expect(summary.kecamatanWithout).toHaveLength(26);

    const sheet = (await readBase64((await app.value('excel-kampung-kb-recap-export', {})).base64)).getWorksheet('Rekap per kecamatan')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Kecamatan', 'Dasar', 'Berkembang', 'Mandiri', 'Berkelanjutan', 'Belum ada data', 'Jumlah', 'Desa ber-Kampung KB', 'Jumlah desa/kelurahan', 'Target 1 per kecamatan']);
    const line = (name: string) => (sheet.getRows(2, sheet.rowCount)!.find((row) => row.getCell(1).value === name)!.values as unknown[]).slice(1);
    expect(line('Rangkasbitung')).toEqual(['Rangkasbitung', 0, 0, 1, 0, 1, 2, 2, expect.any(Number), 'Tercapai']);
    expect(line('Cimarga')).toEqual(['Cimarga', 0, 0, 0, 0, 0, 0, 0, expect.any(Number), 'Belum']);
    expect(line('Jumlah')).toEqual(['Jumlah', 0, 0, 2, 0, 1, 3, 3, 345, '2 dari 28 kecamatan']);
  });

  it('prints the profile and the recap as PDFs with the numbers on screen', async () => {
    const { id } = await app.value('kampung-kb-create', unit());
    await app.value('kampung-kb-snapshot-save', strongSnapshot(id, 2024));
    await addPartners(id, ['dinkes', 'puskesmas', 'pkk', 'kemenag']);
    const text = (file: { base64: string }, name: string) => {
      const path = join(app.dataDir, name);
      writeFileSync(path, Buffer.from(file.base64, 'base64'));
      return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    };
    const file = await app.value('kampung-kb-profile-pdf', { id });
    expect(file.fileName).toMatch(/^Profil Kampung KB Mekarsari 2024 \d{4}-\d{2}-\d{2}\.pdf$/);
    const profile = text(file, 'profil.pdf');
    expect(profile).toContain('PROFIL KAMPUNG KB');
    expect(profile).toContain('Tingkat hasil perhitungan: Berkelanjutan.');
    expect(profile).toMatch(/Indeks input\s+3,20 \(lulus\)/);
    expect(profile).toMatch(/Kesertaan ber-KB \(CPR\)\s+67%\s+4/);
    expect(profile).toMatch(/Jumlah peserta KB aktif\s+400\s+CPR 66,67%/);
    expect(profile).toMatch(/BKB\s+50\s+200 keluarga dengan balita\s+25,00%/);
    // Figures the period left blank print as a dash, not as 0: BPJS members, a KB method.
    expect(profile).toMatch(/Peserta BPJS Kesehatan\s+:\s+–\n/);
    expect(profile).toMatch(/Kondom\s+–\s+–\n/);
    expect(profile).toMatch(/Suntik\s+200\s+50,00%\n/);
    expect(profile).toContain('Tanda “–” pada bagian D dan E: angka belum diisi untuk periode ini');
    expect(profile).toContain('Ada; 15 anggota, 8 terlatih; SK 12/2023 tanggal 1 Februari 2023');
    // Table cells wrap; compare with line breaks folded.
    expect(profile.replace(/\s+/g, ' ')).toMatch(/10 Mei 2024 Sosialisasi 8 fungsi .*keluarga/);
    expect(profile).toContain('23 Maret 2017');

    const recap = text(await app.value('kampung-kb-recap-pdf', {}), 'rekap.pdf');
    expect(recap).toContain('REKAP KAMPUNG KB PER KECAMATAN');
    expect(recap).toMatch(/Rangkasbitung\s+0\s+0\s+0\s+1\s+0\s+1\s+1 \/ \d+/);
    expect(recap).toMatch(/Jumlah\s+0\s+0\s+0\s+1\s+0\s+1\s+1 \/ 345/);
    expect(recap).toContain('Kecamatan yang memiliki Kampung KB: 1 dari 28 (3,57%).');
    expect(recap).toContain('Desa/kelurahan yang memiliki Kampung KB: 1 dari 345 (0,29%).');
  });

  it('keeps the level section whole, heading, table and note, when it only just fits the first page', async () => {
    // With this coverage the table only just fits on page 1, and the note under it did not.
    const { id } = await app.value('kampung-kb-create', unit({ coverage: 'RW 01 dusun Cibarengkok '.repeat(2), manualLevel: 'mandiri', manualLevelNote: 'SK Ke' }));
    const snapshot = strongSnapshot(id, 2024);
    // A Pokja whose members were not filled in is not printed as a Pokja of 0 members.
    await app.value('kampung-kb-snapshot-save', { ...snapshot, profile: { ...snapshot.profile, pokja: { ...snapshot.profile.pokja, members: 0, membersTrained: 0 } } });
    const path = join(app.dataDir, 'profil.pdf');
    writeFileSync(path, Buffer.from((await app.value('kampung-kb-profile-pdf', { id })).base64, 'base64'));
    const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', path, '-'], { encoding: 'utf8' });
    const sectionOn = [1, 2].filter((n) => page(n).includes('dibulatkan ke bilangan bulat'));
    expect(sectionOn).toHaveLength(1);
    // The heading, the table's last row and the note on one page.
    expect(page(sectionOn[0]!)).toMatch(/B\. Tingkat perkembangan \(Tahun 2024\)[^]*Indeks output[^]*dibulatkan ke bilangan bulat/);
    expect(page(2)).toContain('Ada; jumlah anggota belum diisi; SK 12/2023 tanggal 1 Februari 2023');
  });
});
