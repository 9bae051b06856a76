import ExcelJS from 'exceljs';

/** A one-sheet .xlsx as the file picker hands it over (base64), for import tests. */
export async function sheetBase64(sheetName: string, headers: readonly string[], rows: readonly unknown[][], edit?: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow(row);
  edit?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

export async function readBase64(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}
