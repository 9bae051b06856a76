import { describe, expect, it } from 'vitest';
import { sheetBase64 } from '../testing/workbook.js';
import { loadWorkbook, readSheet, readSheetOffThread } from './read.js';

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

  it('reads a filled template’s values without its drop-down lists (kept per cell, they cost more than the rows)', async () => {
    const file = await sheetBase64('Poktan', ['Nama kelompok', 'Tanggal SK', 'Situs', 'Anggota'], [['BKB Mawar', new Date(Date.UTC(2018, 2, 15)), null, null], ['BKR Tersembunyi', null, null, 7]], (sheet) => {
      (sheet as unknown as { dataValidations: { add(range: string, validation: object): void } }).dataValidations.add('A2:A20000', { type: 'list', allowBlank: true, formulae: ['"BKB Mawar,BKR Melati"'] });
      sheet.addConditionalFormatting({ ref: 'D2:D20000', rules: [{ type: 'cellIs', operator: 'greaterThan', priority: 1, formulae: ['5'], style: { font: { bold: true } } }] });
      sheet.getCell('C2').value = { text: 'Profil', hyperlink: 'https://example.org' };
      sheet.getCell('D2').value = { formula: 'D3*3', result: 21 };
      sheet.getRow(3).hidden = true;
    });
    const workbook = await loadWorkbook(file);
    const sheet = workbook.getWorksheet('Poktan')!;
    expect(Object.keys((sheet as unknown as { dataValidations: { model: object } }).dataValidations.model)).toHaveLength(0);
    expect(readSheet(workbook, 'Poktan').rows).toEqual([
      { rowNumber: 2, hidden: false, values: ['BKB Mawar', new Date(Date.UTC(2018, 2, 15)), 'Profil', 21] },
      { rowNumber: 3, hidden: true, values: ['BKR Tersembunyi', null, null, 7] },
    ]);
  });
});
