import { execFileSync } from 'node:child_process';
import type { Download } from '@playwright/test';

/** Saves a downloaded PDF, renders its pages to PNG for looking at, and returns its text. */
export async function readDownloadedPdf(download: Download, name: string): Promise<string> {
  const path = `test-results/pdf/${name}.pdf`;
  await download.saveAs(path);
  execFileSync('pdftoppm', ['-png', '-r', '70', path, `test-results/pdf/${name}`]);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}
