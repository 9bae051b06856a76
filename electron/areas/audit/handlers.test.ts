import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { putSetting } from '../../../db/queries/settings.js';
import { createTestApp, LEBAK_OFFICE, type TestApp } from '../../testing/test-app.js';

const BAYAH = { kecamatanCode: '36.02.03', desaCode: '36.02.03.2002' }; // Sawarna

let app: TestApp;
beforeEach(async () => {
  app = createTestApp();
  await app.value('office-save', LEBAK_OFFICE);
  await app.value('operator-set', { name: 'Rina Marlina' });
});
afterEach(() => app.dispose());

const poktanEntries = async (filter: Record<string, unknown> = {}) => (await app.value('audit-list', { entity: 'poktan', ...filter })).entries;

describe('audit trail', () => {
  it('does not show the revisions a first data package gives to the seeded reference lists: nobody changed them', async () => {
    await app.value('poktan-create', { type: 'bkb', name: 'BKB Mawar', ...BAYAH });
    const before = await app.value('audit-list', {});
    await app.value('exchange-device-save', { name: 'Kantor Dinas Lebak' });
    expect((await app.value('exchange-export', { partnerDeviceId: null, kecamatanCode: null })).records).toBeGreaterThan(50);
    const after = await app.value('audit-list', {});
    expect(after.entries.map((entry) => [entry.kind, entry.recordLabel])).toEqual(before.entries.map((entry) => [entry.kind, entry.recordLabel]));
    expect(after.total).toBe(before.total);
  });

  it('does not show what the app brought up to date on its own when it opened the database', async () => {
    const labels = (await app.value('audit-list', {})).entries.map((entry) => entry.recordLabel);
    expect(labels).not.toContain('kampungKb.levelMethod');
    expect(app.app.database!.prepare(`SELECT count(*) FROM change_log WHERE record_id = 'kampungKb.levelMethod'`).pluck().get()).toBe(1);
  });

  it('records who created, changed, deleted and restored a group, with the fields that changed, newest first', async () => {
    const fields = { type: 'bkb', name: 'BKB Mawar', members: 20, ...BAYAH } as const;
    const created = await app.value('poktan-create', fields);
    await app.value('operator-set', { name: 'Budi Santoso' });
    await app.value('poktan-update', { ...fields, id: created.id, members: 25, chairName: 'Ibu Yati' });
    await app.value('poktan-delete', { id: created.id });
    await app.value('trash-restore', { entity: 'poktan', id: created.id });

    const entries = await poktanEntries({ recordId: created.id });
    expect(entries.map((entry) => [entry.kind, entry.operator, entry.recordLabel])).toEqual([
      ['dipulihkan', 'Budi Santoso', 'BKB Mawar'],
      ['dihapus', 'Budi Santoso', 'BKB Mawar'],
      ['diubah', 'Budi Santoso', 'BKB Mawar'],
      ['dibuat', 'Rina Marlina', 'BKB Mawar'],
    ]);
    expect(entries[2]!.changes).toEqual([
      { label: 'Nama ketua', before: '—', after: 'Ibu Yati' },
      { label: 'Jumlah anggota/keluarga peserta', before: '20', after: '25' },
    ]);
    // Codes are shown as names.
    expect(entries[3]!.changes).toContainEqual({ label: 'Desa/Kelurahan', before: '—', after: 'Sawarna' });
    await app.value('poktan-update', { ...fields, id: created.id, members: 25, chairName: 'Ibu Yati', stageCode: 'berkembang' });
    expect((await poktanEntries({ recordId: created.id }))[0]!.changes).toEqual([{ label: 'Tahapan', before: '—', after: 'Berkembang' }]);
    expect(entries.every((entry) => entry.device === 'Perangkat ini')).toBe(true);
  });

  it('describes an indicator and its figures in the words and number format of the screens', async () => {
    await app.value('rakorda-indicator-save', { code: 'lahan', name: 'Lahan pekarangan', unit: 'ha', direction: 'lower', aggregation: 'rate', wholeNumber: false });
    const [created] = (await app.value('audit-list', { entity: 'indicator' })).entries;
    expect(created!.changes.filter((change) => ['Arah', 'Cara menjumlah', 'Bilangan bulat'].includes(change.label)).map((change) => [change.label, change.after])).toEqual([
      ['Arah', 'Makin kecil makin baik'],
      ['Cara menjumlah', 'Rasio: pembilang ÷ penyebut × 100'],
      ['Bilangan bulat', 'Tidak'],
    ]);
    const lahan = (await app.value('rakorda-indicators', {})).find((indicator) => indicator.code === 'lahan')!;
    await app.value('rakorda-grid-save', { year: 2025, layer: 'target', cells: [{ area: BAYAH.kecamatanCode, indicatorId: lahan.id, value: 1234.5 }] });
    const [figure] = (await app.value('audit-list', { entity: 'evaluation_value' })).entries;
    expect(figure!.changes.find((change) => change.label.startsWith('Target'))!.after).toBe('1.234,5');
  });

  it('shows the office profile as the screens do: places by name, the head’s NIP in its groups', async () => {
    await app.value('office-save', { ...LEBAK_OFFICE, headNip: '198001012005011002' });
    const [changed, created] = (await app.value('audit-list', { entity: 'office' })).entries;
    expect(changed!.changes.map((change) => [change.label, change.before, change.after])).toEqual([['NIP kepala', '19750312 200003 2 004', '19800101 200501 1 002']]);
    expect(created!.changes.filter((change) => /Provinsi|Kabupaten/.test(change.label)).map((change) => [change.label, change.after])).toEqual([
      ['Provinsi', 'Banten'],
      ['Kabupaten/kota', 'Kabupaten Lebak'],
    ]);
  });

  it('names a setting by what it is for, and logs a setting saved unchanged no more', async () => {
    const { rules } = await app.value('kampung-kb-rules-get', {});
    const saveRules = () => app.value('kampung-kb-rules-save', { rules: { ...rules, passMark: rules.passMark === 3 ? 2.5 : 3 } });
    await saveRules();
    await saveRules();
    const entries = (await app.value('audit-list', { entity: 'app_setting' })).entries;
    expect(entries.map((entry) => entry.recordLabel)).toEqual(['Aturan klasifikasi Kampung KB']);
    expect(entries[0]!.changes.map((change) => change.label)).not.toContain('Kunci');
  });

  it('leaves out the column mapping the import screen remembers: the screen’s memory, not the office’s data', async () => {
    const db = app.app.database!;
    db.transaction(() => putSetting(db, 'import.poktan.mapping', { signature: 'x', mapping: { name: 1 } }))();
    const { rules } = await app.value('kampung-kb-rules-get', {});
    await app.value('kampung-kb-rules-save', { rules: { ...rules, passMark: rules.passMark === 3 ? 2.5 : 3 } });
    expect((await app.value('audit-list', { entity: 'app_setting' })).entries.map((entry) => entry.recordLabel)).toEqual(['Aturan klasifikasi Kampung KB']);
    expect(db.prepare(`SELECT count(*) FROM change_log WHERE record_id = 'import.poktan.mapping'`).pluck().get()).toBe(1);
  });

  it('shows a need and a choice as their screens do: the catalogue item by name, lists by title, years without a thousands dot', async () => {
    const group = await app.value('poktan-create', { type: 'bkb', name: 'BKB Mawar', ...BAYAH });
    const kit = (await app.value('facility-item-list', {})).find((item) => item.poktanType === 'bkb' && item.isBasicKit)!;
    await app.value('need-save', { poktanId: group.id, itemId: kit.id, quantityNeeded: 1, yearProposed: 2026, condition: 'rusak-ringan' });
    const [need] = (await app.value('audit-list', { entity: 'facility_need' })).entries;
    const shown = Object.fromEntries(need!.changes.map((change) => [change.label, change.after]));
    expect(shown).toMatchObject({ 'Barang katalog': kit.name, Prioritas: 'Sedang', Kondisi: 'Rusak ringan', 'Tahun usulan': '2026', Status: 'Diidentifikasi' });

    await app.value('reference-save', { mode: 'add', list: 'sumber-dana', code: 'hibah-swasta', label: 'Hibah swasta' });
    const [choice] = (await app.value('audit-list', { entity: 'ref_option' })).entries;
    expect(choice!.recordLabel).toBe('Sumber dana: Hibah swasta');
    expect(choice!.changes.find((change) => change.label === 'Daftar')!.after).toBe('Sumber dana');
  });

  it('sums up structured columns (a meeting’s participants) instead of showing their raw data', async () => {
    await app.value('rakorda-meeting-save', { year: 2024, participants: [{ partner: 'dinkes', count: 3 }, { partner: 'puskesmas', count: 28 }], speakers: [] });
    const [meeting] = (await app.value('audit-list', { entity: 'rakorda_meeting' })).entries;
    expect(meeting!.changes.find((change) => change.label === 'Peserta')!.after).toBe('2 entri');
    expect(JSON.stringify(meeting!.changes)).not.toContain('dinkes');
  });

  it('refuses a date range that ends before it starts, naming the end date', async () => {
    expect(await app.call('audit-list', { from: '2026-11-27', to: '2026-11-26' })).toMatchObject({
      ok: false,
      error: { fields: { to: 'Tanggal akhir tidak boleh sebelum tanggal awal.' } },
    });
    expect(await app.call('audit-list', { from: '2026-11-27', to: '2026-11-27' })).toMatchObject({ ok: true });
  });

  it('filters by operator and text, and keeps a failed write out of the log', async () => {
    await app.value('poktan-create', { type: 'bkb', name: 'BKB Mawar', ...BAYAH });
    await app.value('operator-set', { name: 'Budi Santoso' });
    await app.value('poktan-create', { type: 'bkr', name: 'BKR Melati', ...BAYAH });
    const refused = await app.call('poktan-create', { type: 'bkb', name: 'BKB Mawar', ...BAYAH });
    expect(refused.ok).toBe(false);

    expect((await poktanEntries({ operator: 'Budi Santoso' })).map((entry) => entry.recordLabel)).toEqual(['BKR Melati']);
    expect((await poktanEntries({ search: 'mawar' })).map((entry) => entry.operator)).toEqual(['Rina Marlina']);
    const page = await app.value('audit-list', {});
    expect(page.operators).toEqual(['Budi Santoso', 'Rina Marlina']);
    expect(page.total).toBe(page.entries.length);
  });

  it('remembers the operator for the next start and offers earlier names', async () => {
    await app.value('operator-set', { name: 'Budi Santoso' });
    const status = await app.value('app-status', {});
    expect([status.operator, status.operators]).toEqual(['Budi Santoso', ['Budi Santoso', 'Rina Marlina']]);
    expect(await app.call('operator-set', { name: '  ' })).toMatchObject({ ok: false, error: { fields: { name: 'Wajib diisi.' } } });
  });
});

describe('Sampah', () => {
  it('lists deleted records with who deleted them, and restores a need only after its group', async () => {
    const group = await app.value('poktan-create', { type: 'bkb', name: 'BKB Mawar', ...BAYAH });
    const need = await app.value('need-save', { poktanId: group.id, itemName: 'Alat Peraga Edukatif', unit: 'paket', quantityNeeded: 2, yearProposed: 2025 });
    await app.value('need-delete', { id: need.id });
    await app.value('poktan-delete', { id: group.id });

    const trash = await app.value('trash-list', {});
    expect(trash.map((item) => [item.entity, item.label, item.context, item.deletedBy])).toEqual([
      ['poktan', 'BKB Mawar', 'Sawarna, Bayah', 'Rina Marlina'],
      ['facility_need', 'Alat Peraga Edukatif – usulan 2025', 'BKB Mawar', 'Rina Marlina'],
    ]);
    expect(await app.call('trash-restore', { entity: 'facility_need', id: need.id })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Pulihkan dulu poktan "BKB Mawar" dari Sampah; Alat Peraga Edukatif – usulan 2025 termasuk di dalamnya.' },
    });
    await app.value('trash-restore', { entity: 'poktan', id: group.id });
    await app.value('trash-restore', { entity: 'facility_need', id: need.id });
    expect(await app.value('trash-list', {})).toEqual([]);
    expect((await app.value('poktan-get', { id: group.id })).needs.map((n) => n.itemName)).toEqual(['Alat Peraga Edukatif']);
    expect(await app.call('trash-restore', { entity: 'poktan', id: group.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('restores a deleted Kampung KB activity into its unit', async () => {
    const unit = await app.value('kampung-kb-create', {
      name: 'Kampung KB Sawarna',
      ...BAYAH,
      declaredOn: '2017-03-23',
      criteria: { main: ['keluarga-miskin'], area: [], special: [] },
    });
    const activity = await app.value('kampung-kb-activity-save', { kampungKbId: unit.id, title: 'Sosialisasi 8 fungsi keluarga', heldOn: '2024-05-10', categoryCode: 'fungsi-pendidikan', partners: [] });
    await app.value('kampung-kb-activity-delete', { id: activity.id });
    expect((await app.value('trash-list', {})).map((item) => [item.entity, item.label, item.context])).toEqual([['kampung_kb_activity', 'Sosialisasi 8 fungsi keluarga', 'Kampung KB Sawarna']]);
    await app.value('trash-restore', { entity: 'kampung_kb_activity', id: activity.id });
    expect((await app.value('kampung-kb-activity-list', { kampungKbId: unit.id })).map((a) => a.title)).toEqual(['Sosialisasi 8 fungsi keluarga']);
  });
});
