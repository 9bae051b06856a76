import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, LEBAK_OFFICE, type TestApp } from '../../testing/test-app.js';

const PNG_LOGO = readFileSync(join(import.meta.dirname, '../../../e2e/assets/logo.png')).toString('base64');

let app: TestApp;
afterEach(() => app?.dispose());

const officeRows = () => app.app.database!.prepare('SELECT count(*) AS n FROM office').get();
const placeRows = () => app.app.database!.prepare('SELECT count(*) AS n FROM place').get();

describe('office-save', () => {
  it('stores the office and loads Lebak: 28 kecamatan, 345 desa', async () => {
    app = createTestApp();
    const office = await app.value('office-save', LEBAK_OFFICE);
    expect(office).toMatchObject({ regencyName: 'Kabupaten Lebak', provinceName: 'Banten', headNip: '197503122000032004', logoDataUrl: null });
    expect(await app.value('places-summary', {})).toEqual({ kecamatan: 28, desa: 345 });
    const kecamatan = await app.value('places-kecamatan', {});
    expect(kecamatan[0]).toEqual({ code: '36.02.09', name: 'Banjarsari' });
    expect(await app.value('app-status', {})).toMatchObject({ officeConfigured: true });
  });

  it('replaces the places when the kabupaten changes (Lima Puluh Kota: 13 kecamatan, 79 nagari)', async () => {
    app = createTestApp();
    await app.value('office-save', LEBAK_OFFICE);
    await app.value('office-save', { ...LEBAK_OFFICE, provinceCode: '13', regencyCode: '13.07' });
    expect(await app.value('places-summary', {})).toEqual({ kecamatan: 13, desa: 79 });
    const harau = (await app.value('places-kecamatan', {})).find((k) => k.name === 'Harau')!;
    expect(harau.code).toMatch(/^13\.07\.\d{2}$/);
    expect((await app.value('places-desa', { kecamatanCode: harau.code })).length).toBeGreaterThan(0);
  });

  it('keeps, replaces and removes the logo as asked', async () => {
    app = createTestApp();
    const withLogo = await app.value('office-save', { ...LEBAK_OFFICE, logo: { action: 'set', mimeType: 'image/png', base64: PNG_LOGO } });
    expect(withLogo.logoDataUrl).toBe(`data:image/png;base64,${PNG_LOGO}`);
    const kept = await app.value('office-save', { ...LEBAK_OFFICE, address: 'Jl. Baru' });
    expect(kept.logoDataUrl).toBe(withLogo.logoDataUrl);
    const removed = await app.value('office-save', { ...LEBAK_OFFICE, logo: { action: 'remove' } });
    expect(removed.logoDataUrl).toBeNull();
  });

  it('rejects a kabupaten outside the chosen province beside that field, writing nothing', async () => {
    app = createTestApp();
    const result = await app.call('office-save', { ...LEBAK_OFFICE, provinceCode: '13' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: 'Periksa kembali isian yang ditandai.',
        fields: { regencyCode: 'Kabupaten/kota ini tidak berada di provinsi yang dipilih.' },
      },
    });
    expect(officeRows()).toEqual({ n: 0 });
    expect(placeRows()).toEqual({ n: 0 });
  });

  it('names every missing or mistyped field in Indonesian, writing nothing', async () => {
    app = createTestApp();
    const result = await app.dispatch('office-save', { ...LEBAK_OFFICE, officeName: '   ', headNip: 1975, address: undefined, email: 'x@', phone: 'abc' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: {
          officeName: 'Wajib diisi.',
          headNip: 'Harus berupa teks.',
          address: 'Wajib diisi.',
          email: 'Alamat pos-el (e-mail) tidak valid.',
          phone: 'Nomor telepon hanya boleh berisi angka, spasi, dan tanda + - ( ) / .',
        },
      },
    });
    expect(officeRows()).toEqual({ n: 0 });
  });

  it('rejects a logo that is not the image it claims to be, or too large', async () => {
    app = createTestApp();
    const fake = await app.call('office-save', {
      ...LEBAK_OFFICE,
      logo: { action: 'set', mimeType: 'image/png', base64: Buffer.from('GIF89a....').toString('base64') },
    });
    expect(fake).toMatchObject({ ok: false, error: { fields: { logo: 'Berkas logo rusak atau bukan gambar PNG/JPEG.' } } });
    const huge = Buffer.alloc(600 * 1024);
    huge.set([0x89, 0x50, 0x4e, 0x47]);
    const big = await app.call('office-save', { ...LEBAK_OFFICE, logo: { action: 'set', mimeType: 'image/png', base64: huge.toString('base64') } });
    expect(big).toMatchObject({ ok: false, error: { fields: { 'logo.base64': 'Ukuran logo maksimal 512 KB.' } } });
    expect(officeRows()).toEqual({ n: 0 });
  });
});

describe('office-check', () => {
  it('reports a draft’s problems without writing', async () => {
    app = createTestApp();
    const problems = await app.value('office-check', { ...LEBAK_OFFICE, headNip: '1975' });
    expect(problems).toEqual({ headNip: 'NIP harus 18 angka (yang diisi 4 angka).' });
    expect(await app.value('office-check', LEBAK_OFFICE)).toEqual({});
    expect(officeRows()).toEqual({ n: 0 });
  });
});

describe('office-letterhead-pdf', () => {
  it('refuses before the office is set up', async () => {
    app = createTestApp();
    expect(await app.call('office-letterhead-pdf', {})).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'Data kantor belum diisi. Lengkapi Pengaturan Kantor terlebih dahulu.' },
    });
  });

  it('prints the kop surat, the place counts and the signature block', async () => {
    app = createTestApp();
    await app.value('office-save', { ...LEBAK_OFFICE, logo: { action: 'set', mimeType: 'image/png', base64: PNG_LOGO } });
    const file = await app.value('office-letterhead-pdf', {});
    expect(file.mimeType).toBe('application/pdf');
    expect(file.fileName).toMatch(/^Uji Cetak Kop Surat \d{4}-\d{2}-\d{2}\.pdf$/);
    const path = join(app.dataDir, 'kop.pdf');
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('PEMERINTAH KABUPATEN LEBAK');
    expect(text).toContain('DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA');
    expect(text).toContain('Telepon (0252) 201234');
    expect(text).toMatch(/Jumlah kecamatan\s+:\s+28/);
    expect(text).toMatch(/Jumlah desa\/kelurahan\s+:\s+345/);
    expect(text).toMatch(/Rangkasbitung, \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/);
    expect(text).toContain('NIP. 19750312 200003 2 004');
    expect(text).toContain('Halaman 1 dari 1');
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('keeps the kabupaten’s name on one line: a name a little too long does not leave "LEBAK" alone', async () => {
    app = createTestApp();
    await app.value('office-save', { ...LEBAK_OFFICE, officeName: 'Dinas Sosial, Pengendalian Penduduk dan KB Kabupaten Lebak', logo: { action: 'set', mimeType: 'image/png', base64: PNG_LOGO } });
    const path = join(app.dataDir, 'kop.pdf');
    writeFileSync(path, Buffer.from((await app.value('office-letterhead-pdf', {})).base64, 'base64'));
    const lines = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\n').map((line) => line.trim().replace(/\u00A0/g, ' '));
    // Without the binding, pdfmake filled the first line up to "KABUPATEN" and put "LEBAK" below it.
    expect(lines.slice(1, 3)).toEqual(['DINAS SOSIAL, PENGENDALIAN PENDUDUK DAN KB', 'KABUPATEN LEBAK']);
  });
});
