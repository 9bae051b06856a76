import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.dispose());

describe('reference lists', () => {
  it('are seeded with the portal’s choices', async () => {
    const lists = await app.value('reference-list', {});
    expect(lists['metode-kb'].map((o) => o.code)).toEqual(['iud', 'mow', 'mop', 'kondom', 'implan', 'suntik', 'pil']);
    expect(lists['sumber-dana'].map((o) => o.label)).toEqual(['APBN', 'APBD', 'Dana Desa', 'Hibah', 'CSR', 'Swadaya masyarakat']);
    expect(lists.mitra).toHaveLength(16);
  });

  it('adds a choice at the end, renames and retires one, never duplicates', async () => {
    const added = await app.value('reference-save', { mode: 'add', list: 'sumber-dana', code: 'bantuan-provinsi', label: 'Bantuan keuangan provinsi' });
    expect(added.at(-1)).toEqual({ code: 'bantuan-provinsi', label: 'Bantuan keuangan provinsi', active: true });
    const renamed = await app.value('reference-save', { mode: 'update', list: 'sumber-dana', code: 'csr', label: 'CSR/tanggung jawab sosial perusahaan', active: false });
    expect(renamed.find((o) => o.code === 'csr')).toEqual({ code: 'csr', label: 'CSR/tanggung jawab sosial perusahaan', active: false });
    expect(await app.call('reference-save', { mode: 'add', list: 'sumber-dana', code: 'apbd', label: 'APBD lagi' })).toMatchObject({
      ok: false,
      error: { fields: { label: 'Pilihan "APBD" sudah ada di daftar ini.' } },
    });
    expect(await app.call('reference-save', { mode: 'update', list: 'sumber-dana', code: 'tidak-ada', label: 'X' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // A rename to another choice's name, however spaced or cased, is refused as an addition is.
    expect(await app.call('reference-save', { mode: 'update', list: 'sumber-dana', code: 'csr', label: '  apbd ' })).toMatchObject({
      ok: false,
      error: { fields: { label: 'Pilihan "APBD" sudah ada di daftar ini.' } },
    });
    // Its own name, unchanged, is no clash.
    expect(await app.call('reference-save', { mode: 'update', list: 'sumber-dana', code: 'csr', label: 'CSR/tanggung jawab sosial perusahaan', active: true })).toMatchObject({ ok: true });
    expect(await app.call('reference-save', { mode: 'add', list: 'daftar-asing' as never, code: 'x', label: 'X' })).toMatchObject({
      ok: false,
      error: { fields: { list: 'Pilih salah satu dari daftar.' } },
    });
    expect(await app.call('reference-save', { mode: 'add', list: 'mitra', code: 'Dinas PU', label: 'Dinas PU' })).toMatchObject({
      ok: false,
      error: { fields: { code: 'Kode hanya huruf kecil, angka dan tanda hubung, misalnya "dana-desa".' } },
    });
    expect((await app.value('reference-list', {}))['sumber-dana']).toHaveLength(7);
  });
});
