import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { takeStoredFile } from '../testing/test-app.js';
import { keptWorkbook } from './write.js';

describe('writing a workbook in the writer thread', () => {
  it('writes a sheet larger than the compressor keeps up with whole and in order', async () => {
    // ≈ 25 MB of sheet XML: the writer thread waits for the compressor several times.
    const rows = Array.from({ length: 60_000 }, (_, i) => ({ n: i + 1, text: `Baris ${i + 1} ${'Kelompok kegiatan keluarga '.repeat(12)}` }));
    const pages = async function* () {
      for (let from = 0; from < rows.length; from += 7_000) yield rows.slice(from, from + 7_000);
    };
    const file = await keptWorkbook('besar.xlsx', (book) =>
      book.addSheet('Besar', [{ header: 'No', value: (r: (typeof rows)[number]) => r.n }, { header: 'Teks', value: (r) => r.text }], pages()),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(takeStoredFile(file) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Besar')!;
    expect(sheet.actualRowCount).toBe(60_001);
    const numbers = sheet.getColumn(1).values.slice(2) as number[];
    expect(numbers).toEqual(rows.map((row) => row.n));
    expect(sheet.getRow(60_001).getCell(2).value).toBe(rows.at(-1)!.text);
  }, 60_000);
});
