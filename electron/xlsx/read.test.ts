import { describe, expect, it } from 'vitest';
import { sheetBase64 } from '../testing/workbook.js';
import { readSheetOffThread } from './read.js';

describe('reading an uploaded sheet off the main thread', () => {
  it('reads the rows and gives the import of a file just previewed the table already read', async () => {
    const file = await sheetBase64('Poktan', ['Nama kelompok', 'Jumlah anggota'], [['BKB Mawar', 25], ['BKR Melati', 18]]);
    const previewed = await readSheetOffThread(file, 'Poktan');
    expect(previewed.headers).toEqual(['Nama kelompok', 'Jumlah anggota']);
    expect(previewed.rows.map((row) => [row.rowNumber, ...row.values])).toEqual([[2, 'BKB Mawar', 25], [3, 'BKR Melati', 18]]);
    expect(await readSheetOffThread(file, 'Poktan')).toBe(previewed);

    // A changed file is read again, even under the same name.
    const changed = await sheetBase64('Poktan', ['Nama kelompok', 'Jumlah anggota'], [['BKB Mawar', 26]]);
    const reread = await readSheetOffThread(changed, 'Poktan');
    expect(reread).not.toBe(previewed);
    expect(reread.rows.map((row) => row.values)).toEqual([['BKB Mawar', 26]]);
  });
});
