import type ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBase64, sheetBase64 } from '../../testing/workbook.js';
import type { SheetRow } from '../../xlsx/read.js';
import { POKTAN_FIELDS } from './poktan-columns.js';
import { readSheetOffThread } from './sheet-reader.js';

interface WholeSheet {
  sheetName: string;
  headers: readonly string[];
  rows: SheetRow[];
}

/** A sheet read by the reader thread to its end. */
async function readSheet(base64: string, name: string): Promise<WholeSheet> {
  const table = await readSheetOffThread(base64, name);
  const rows: SheetRow[] = [];
  for await (const slice of table.slices) rows.push(...slice);
  return { sheetName: table.sheetName, headers: table.headers, rows };
}

/** The same sheet as exceljs's full reader sees it, with the import's rules: the reference the parser must agree with. */
async function readWithExceljs(base64: string, name: string): Promise<WholeSheet> {
  const sheet = (await readBase64(base64)).getWorksheet(name)!;
  const shown = (cell: ExcelJS.Cell): string | number | Date | null => {
    const value = cell.value as unknown;
    if (value === null || value === undefined) return null;
    if (typeof value === 'string') return value.trim() || null;
    if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak';
    if (typeof value === 'number' || value instanceof Date) return value;
    const object = value as { result?: unknown; richText?: { text: string }[]; text?: string; error?: string };
    if ('result' in object) return typeof object.result === 'string' ? object.result.trim() || null : typeof object.result === 'number' || object.result instanceof Date ? object.result : null;
    if (object.richText) return object.richText.map((run) => run.text).join('').trim() || null;
    return object.text?.trim() || null;
  };
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell) => headers.push(String(shown(cell) ?? '')));
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    const values = headers.map((_, i) => shown(row.getCell(i + 1)));
    if (rowNumber > 1 && values.some((v) => v !== null)) rows.push({ rowNumber, hidden: row.hidden, values });
  });
  return { sheetName: sheet.name, headers, rows };
}

/** An .xlsx put together part by part, as other programs write them. */
function packageBase64(parts: Record<string, string>): string {
  const rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  return Buffer.from(zipSync(Object.fromEntries(Object.entries({ '_rels/.rels': rels, ...parts }).map(([path, xml]) => [path, strToU8(xml)])))).toString('base64');
}

describe('reading an uploaded sheet', () => {
  it('hands on the rows in slices as the reader thread parses them', async () => {
    const file = await sheetBase64('Poktan', ['Nama kelompok', 'Jumlah anggota'], Array.from({ length: 2_500 }, (_, i) => [`BKB ${i + 1}`, i % 40]));
    const read = await readSheetOffThread(file, 'Poktan');
    expect(read).toMatchObject({ sheetName: 'Poktan', headers: ['Nama kelompok', 'Jumlah anggota'], expectedRows: 2_500, mapping: undefined });
    const slices: SheetRow[][] = [];
    for await (const slice of read.slices) slices.push([...slice]);
    expect(slices.map((slice) => slice.length)).toEqual([1_000, 1_000, 500]);
    expect(slices[2]!.at(-1)).toEqual({ rowNumber: 2_501, hidden: false, values: ['BKB 2500', 19] });
  });

  it('lets a problem found at the end of the file go when nothing reads the rows any more (a check stopped at its first slice)', async () => {
    const merged = await sheetBase64('Poktan', ['Nama kelompok', '', 'Anggota'], Array.from({ length: 2_500 }, (_, i) => [`BKB ${i + 1}`, null, 25]), (sheet) => sheet.mergeCells('A1:B1'));
    const read = await readSheetOffThread(merged, 'Poktan');
    for await (const slice of read.slices) {
      expect(slice).toHaveLength(1_000);
      break;
    }
    // The reader refuses the merged header after the loop has stopped: nothing may throw outside it.
    const unhandled: unknown[] = [];
    const note = (error: unknown) => unhandled.push(error);
    process.on('unhandledRejection', note);
    process.on('uncaughtException', note);
    try {
      await readSheetOffThread(await sheetBase64('Poktan', ['Nama'], [['BKB Mawar']]), 'Poktan');
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      process.off('unhandledRejection', note);
      process.off('uncaughtException', note);
    }
    expect(unhandled).toEqual([]);
  });

  it('checks a poktan row\'s cells in the reader thread, with the places and stages sent to it, and chooses the columns there', async () => {
    const headers = ['Nama', 'Jenis', 'Kecamatan', 'Desa', 'Jumlah anggota', 'Tahapan'];
    const file = await sheetBase64('Poktan', headers, [
      ['BKB Mawar', 'bkb', 'cibinong ', 'Pakansari', 25, 'dasar'],
      ['BKR Melati', 'BKR', 'Cibinong', 'Tegar', 'dua puluh', ''],
      ['BKL Anggrek', 'BKL', 'Citeureup', 'Pakansari', 3, ''],
    ]);
    const context = {
      places: { kecamatan: [{ code: '32.01.01', name: 'Cibinong' }, { code: '32.01.02', name: 'Citeureup' }], desa: { '32.01.01': [{ code: '32.01.01.2001', name: 'Pakansari' }, { code: '32.01.01.2002', name: 'Tengah' }], '32.01.02': [] } },
      stages: { 'tahapan-bkb': [{ code: 'dasar', label: 'Dasar', active: true }], 'tahapan-bkr': [], 'tahapan-bkl': [], 'tahapan-uppka': [], 'tahapan-pikr': [] },
    };
    const read = await readSheetOffThread(file, 'Poktan', { check: 'poktan', context, fields: POKTAN_FIELDS, example: undefined, requested: null, remembered: null });
    expect(read.mapping).toEqual({ name: 0, type: 1, kecamatan: 2, desa: 3, members: 4, stage: 5 });
    const rows = [];
    for await (const slice of read.slices) rows.push(...slice);
    expect(rows[0]).toMatchObject({ rowNumber: 2, name: 'BKB Mawar', problems: [], draft: { key: 'mawar', fields: { type: 'bkb', name: 'BKB Mawar', kecamatanCode: '32.01.01', desaCode: '32.01.01.2001', members: 25, stageCode: 'dasar', isActive: true } } });
    expect(rows[1]).toMatchObject({ rowNumber: 3, draft: null, problems: ['Desa/kelurahan "Tegar" tidak dikenal di Kecamatan Cibinong.', 'Kolom "Jumlah anggota": "dua puluh" bukan bilangan bulat.'] });
    expect(rows[2]).toMatchObject({ rowNumber: 4, draft: null, problems: ['Desa/kelurahan "Pakansari" berada di Kecamatan Cibinong, bukan Citeureup.'] });
  });

  it('reports a failure of the row check as itself, not as a damaged file', async () => {
    const file = await sheetBase64('Poktan', ['Jenis poktan', 'Nama kelompok', 'Kecamatan', 'Desa/kelurahan', 'Tahapan'], Array.from({ length: 1_500 }, (_, i) => ['BKB', `BKB ${i + 1}`, 'Cibinong', 'Pakansari', 'Dasar']));
    // Lists without the stages: the check itself fails on the first row, inside the first full slice.
    const context = { places: { kecamatan: [{ code: '32.01.01', name: 'Cibinong' }], desa: { '32.01.01': [{ code: '32.01.01.2001', name: 'Pakansari' }] } }, stages: {} };
    const read = await readSheetOffThread(file, 'Poktan', { check: 'poktan', context, fields: POKTAN_FIELDS, example: undefined, requested: null, remembered: null });
    const reading = (async () => {
      for await (const slice of read.slices) void slice;
    })();
    await expect(reading).rejects.toThrow(/Cannot read properties of undefined/);
  });

  it('reads what Excel shows, as exceljs reads it: dates, formula results, rich text, links, Ya/Tidak, hidden rows, gaps', async () => {
    const file = await sheetBase64('Poktan', ['Nama kelompok', 'Tanggal SK', 'Situs', 'Anggota', 'Aktif', 'Catatan', 'Dibentuk'], [], (sheet) => {
      sheet.addRow(['  BKB Mawar ', new Date(Date.UTC(2018, 2, 15)), { text: 'Profil', hyperlink: 'https://example.org' }, { formula: 'D3*3', result: 21 }, true, { richText: [{ text: 'Ketua ' }, { font: { bold: true }, text: 'baru' }] }, 2019]);
      sheet.addRow(['BKR Tersembunyi', null, null, 7, false, { formula: 'A3&"!"', result: 'BKR!' }, { formula: 'DATE(2020,1,2)', result: new Date(Date.UTC(2020, 0, 2)) }]);
      sheet.getRow(3).hidden = true;
      sheet.addRow([]);
      sheet.addRow(['BKL Anggrek', 45123.5, null, { formula: '1/0', result: { error: '#DIV/0!' } }, null, '   ', null]);
      sheet.getCell('B5').numFmt = 'dd/mm/yyyy hh:mm';
      sheet.getCell('H6').value = 'Di luar judul: tidak dibaca';
      sheet.getCell('C6').value = 12.5;
      (sheet as unknown as { dataValidations: { add(range: string, validation: object): void } }).dataValidations.add('A2:A20000', { type: 'list', allowBlank: true, formulae: ['"BKB Mawar,BKR Melati"'] });
    });
    const table = await readSheet(file, 'Poktan');
    expect(table).toEqual(await readWithExceljs(file, 'Poktan'));
    expect(table.rows).toEqual([
      { rowNumber: 2, hidden: false, values: ['BKB Mawar', new Date(Date.UTC(2018, 2, 15)), 'Profil', 21, 'Ya', 'Ketua baru', 2019] },
      { rowNumber: 3, hidden: true, values: ['BKR Tersembunyi', null, null, 7, 'Tidak', 'BKR!', new Date(Date.UTC(2020, 0, 2))] },
      { rowNumber: 5, hidden: false, values: ['BKL Anggrek', new Date(Date.UTC(2023, 6, 16, 12)), null, null, null, null, null] },
      { rowNumber: 6, hidden: false, values: [null, null, 12.5, null, null, null, null] },
    ]);
  });

  it('reads a number formatted as a percentage as Excel shows it: 0,27 as 27', async () => {
    const file = await sheetBase64('Rakorda', ['Kecamatan', 'MKJP', 'Unmet need', 'PB', 'Tulisan'], [], (sheet) => {
      sheet.addRow(['Bayah', 0.27, 0.2556, 1250, 25]);
      sheet.getCell('B2').numFmt = '0%';
      sheet.getCell('C2').numFmt = '0.00%';
      sheet.getCell('D2').numFmt = '#,##0';
      // A % sign in quotes is text beside the number: Excel shows 25 %, not 2500 %.
      sheet.getCell('E2').numFmt = '0" %"';
    });
    expect((await readSheet(file, 'Rakorda')).rows[0]!.values).toEqual(['Bayah', 27, 25.56, 1250, 25]);
  });

  it('reads a workbook whose parts other programs write differently: prefixed names, inline and phonetic text, 1904 dates, cells without addresses, a hidden first sheet', async () => {
    const file = packageBase64({
      'xl/workbook.xml': '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Daftar" sheetId="1" state="hidden" r:id="rId1"/><x:sheet name="Data" sheetId="2" r:id="rId2"/></x:sheets></x:workbook>',
      'xl/_rels/workbook.xml.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/list.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/../worksheets/data.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
      'xl/strings.xml': '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Nama</t></si><si><r><t>Tanggal</t></r><r><t xml:space="preserve"> lapor</t></r><rPh sb="0" eb="1"><t>タ</t></rPh></si><si><t>Posyandu &amp; BKB</t></si></sst>',
      'xl/styles.xml': '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="165" formatCode="[$-421]d mmmm yyyy;@"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="165"/><xf numFmtId="4"/></cellXfs></styleSheet>',
      'xl/worksheets/list.xml': '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>bukan ini</t></is></c></row></sheetData></worksheet>',
      'xl/worksheets/data.xml': '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>Nilai</x:t></x:is></x:c></x:row><x:row><x:c t="s"><x:v>2</x:v></x:c><x:c s="1"><x:v>0</x:v></x:c><x:c s="2"><x:v>1250.75</x:v></x:c></x:row><x:row r="4" hidden="true"><x:c r="C4" t="d"><x:v>2024-03-01T00:00:00Z</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    });
    // It states no size: the check's progress cannot say "of how many".
    expect((await readSheetOffThread(file, 'Poktan')).expectedRows).toBe(0);
    expect(await readSheet(file, 'Poktan')).toEqual({
      sheetName: 'Data',
      headers: ['Nama', 'Tanggal lapor', 'Nilai'],
      rows: [
        { rowNumber: 2, hidden: false, values: ['Posyandu & BKB', new Date(Date.UTC(1904, 0, 1)), 1250.75] },
        { rowNumber: 4, hidden: true, values: [null, null, new Date(Date.UTC(2024, 2, 1))] },
      ],
    });
  });

  it('says which header cell is merged, and that a sheet is too long, counting every row', async () => {
    const merged = await sheetBase64('Poktan', ['Nama kelompok', '', 'Anggota'], [['BKB Mawar', null, 25]], (sheet) => sheet.mergeCells('A1:B1'));
    await expect(readSheet(merged, 'Poktan')).rejects.toThrow('Judul kolom di baris 1 digabung (merge) pada B1.');
    const long = await sheetBase64('Poktan', ['Nama'], Array.from({ length: 100_010 }, (_, i) => [`BKB ${i}`]));
    await expect(readSheet(long, 'Poktan')).rejects.toThrow('Lembar kerja berisi 100.011 baris; batas satu kali impor 100.000 baris.');
  }, 30_000);
});
