import { describe, expect, it } from 'vitest';
import { codeFromLabel } from './code-from-label.js';

describe('codeFromLabel', () => {
  it('makes a code of the label’s words', () => {
    expect(codeFromLabel('  Rina Marlina ')).toBe('rina-marlina');
    expect(codeFromLabel('APBD Kab./Kota (DAK)')).toBe('apbd-kab-kota-dak');
    expect(codeFromLabel('Bina Keluarga Lansia — Pemberdayaan')).toBe('bina-keluarga-lansia-pemberdayaan');
  });

  it('cuts a long label at a word’s end, keeping a word that ends at the limit', () => {
    expect(codeFromLabel('Peserta KB baru dari keluarga pra sejahtera dan KS-I', 40)).toBe('peserta-kb-baru-dari-keluarga-pra');
    expect(codeFromLabel('abcd efgh', 4)).toBe('abcd');
    expect(codeFromLabel('abcdefghij', 4)).toBe('abcd');
  });
});
