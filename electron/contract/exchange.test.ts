import { describe, expect, it } from 'vitest';
import { packageContents } from './exchange.js';

describe('packageContents', () => {
  it('counts deletions apart from the records a package adds or changes, in the app order', () => {
    expect(packageContents({ poktan: 7, kampung_kb: 1, ref_option: 1_200 }, { poktan: 1 })).toBe('Kampung KB 1, Poktan 6 dan 1 penghapusan, Daftar pilihan 1.200');
    expect(packageContents({ poktan: 2 }, { poktan: 2 })).toBe('Poktan: 2 penghapusan');
    expect(packageContents({}, {})).toBe('');
  });
});
