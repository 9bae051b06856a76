import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import type { Download } from '@playwright/test';

const DIR = 'test-results/pdf';

/** Saves a downloaded PDF, renders its pages to PNG for looking at, and returns its text. */
export async function readDownloadedPdf(download: Download, name: string): Promise<string> {
  const path = `${DIR}/${name}.pdf`;
  await download.saveAs(path);
  // Pages of an earlier, longer print of the same name would otherwise linger beside the new ones.
  for (const file of readdirSync(DIR)) if (file.startsWith(`${name}-`) && file.endsWith('.png')) rmSync(`${DIR}/${file}`);
  execFileSync('pdftoppm', ['-png', '-r', '70', path, `${DIR}/${name}`]);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}
