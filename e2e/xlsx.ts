import type { Download } from '@playwright/test';
import ExcelJS from 'exceljs';

/** Saves a downloaded .xlsx under test-results (for opening by hand) and reads it back. */
export async function readDownloadedWorkbook(download: Download, name: string): Promise<ExcelJS.Workbook> {
  const path = `test-results/${name}.xlsx`;
  await download.saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}
