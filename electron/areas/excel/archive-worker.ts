import type ExcelJS from 'exceljs';
import { parentPort } from 'node:worker_threads';
import { serveJobs } from '../../core/worker-client.js';

// The archive writer thread: the main thread reads the tables a thousand rows at a time and sends
// them here; this thread writes them with exceljs's streaming writer into a file. Loading exceljs
// and compressing the sheets, the slow parts, so never hold the thread that answers the app's calls.

export type ArchiveJob =
  | { kind: 'begin'; id: number; path: string }
  | { kind: 'sheet'; id: number; name: string; columns: { header: string; width: number }[] }
  | { kind: 'rows'; id: number; rows: unknown[][] }
  | { kind: 'end'; id: number };

const open = new Map<number, { workbook: ExcelJS.stream.xlsx.WorkbookWriter; sheet: ExcelJS.Worksheet | null; path: string }>();

serveJobs<ArchiveJob, null>(parentPort!, async (job) => {
  if (job.kind === 'begin') {
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.stream.xlsx.WorkbookWriter({ filename: job.path, useStyles: true, useSharedStrings: false });
    workbook.creator = 'Sinergi KB';
    open.set(job.id, { workbook, sheet: null, path: job.path });
    return { output: null };
  }
  const archive = open.get(job.id)!;
  if (job.kind === 'sheet') {
    archive.sheet?.commit();
    archive.sheet = archive.workbook.addWorksheet(job.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    archive.sheet.columns = job.columns.map(({ header, width }) => ({ header, width }));
    archive.sheet.getRow(1).font = { bold: true };
    return { output: null };
  }
  if (job.kind === 'rows') {
    for (const row of job.rows) archive.sheet!.addRow(row).commit();
    return { output: null };
  }
  archive.sheet?.commit();
  await archive.workbook.commit();
  open.delete(job.id);
  return { output: null };
});
