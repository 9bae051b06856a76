import { describe, expect, it } from 'vitest';
import { officeAndRegency } from './office.js';

describe('officeAndRegency', () => {
  it('names the kabupaten once, whether or not the office’s name holds it', () => {
    expect(officeAndRegency({ officeName: 'Dinas Pengendalian Penduduk dan KB', regencyName: 'Kabupaten Lebak' })).toBe('Dinas Pengendalian Penduduk dan KB — Kabupaten Lebak');
    expect(officeAndRegency({ officeName: 'DP3AP2KB KABUPATEN BOGOR', regencyName: 'Kabupaten Bogor' })).toBe('DP3AP2KB KABUPATEN BOGOR');
  });
});
