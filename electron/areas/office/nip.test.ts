import { describe, expect, it } from 'vitest';
import { nipProblem } from './nip.js';

describe('nipProblem', () => {
  it('accepts a valid NIP with or without spaces', () => {
    expect(nipProblem('197503122000032004')).toBeNull();
    expect(nipProblem('19750312 200003 1 004')).toBeNull();
  });

  it.each([
    ['19750312', 'NIP harus 18 angka (yang diisi 8 angka).'],
    ['1975031220000320041', 'NIP harus 18 angka (yang diisi 19 angka).'],
    ['19750312-200003-2-004', 'NIP hanya boleh berisi angka.'],
    ['197502302000032004', 'Delapan angka pertama NIP harus tanggal lahir yang valid (TTTTBBHH).'],
    ['193001012000032004', 'Delapan angka pertama NIP harus tanggal lahir yang valid (TTTTBBHH).'],
    ['197503122000132004', 'Angka ke-9 sampai ke-14 NIP harus tahun dan bulan pengangkatan (TTTTBB).'],
    ['197503121980012004', 'Angka ke-9 sampai ke-14 NIP harus tahun dan bulan pengangkatan (TTTTBB).'],
    ['197503122000033004', 'Angka ke-15 NIP (jenis kelamin) harus 1 atau 2.'],
  ])('rejects %s', (nip, message) => {
    expect(nipProblem(nip)).toBe(message);
  });
});
