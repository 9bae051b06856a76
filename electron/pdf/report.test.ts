import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Content } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import type { OfficeRow } from '../../db/queries/office.js';
import { renderOnThisThread } from './pdfmake.js';
import { dataTable, reportDocument } from './report.js';

const office: OfficeRow = {
  id: 'o', provinceCode: '32', provinceName: 'Jawa Barat', regencyCode: '32.01', regencyName: 'Kabupaten Bogor',
  officeName: 'Dinas Pengendalian Penduduk dan Keluarga Berencana', address: 'Jl. Tegar Beriman', phone: '', email: '',
  headName: 'Dra. Hj. Sri Mulyani', headRank: 'Pembina Utama Muda', headPosition: 'Kepala Dinas', headNip: '19700101 199003 2 001',
  signaturePlace: 'Cibinong', logoMime: null, logo: null, createdAt: '', updatedAt: '',
};

/** Page by page text of a rendered document. */
async function pagesOf(content: Content[]): Promise<string[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'sinergi-report-')), 'report.pdf');
  writeFileSync(path, await renderOnThisThread(reportDocument({ office, title: 'Uji', content, signed: false })));
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

const table = (name: string) => dataTable({ headers: ['No', 'Uraian'], widths: [30, '*'], rows: [[1, `${name} baris pertama`], [2, `${name} baris kedua`]] });

describe('section headings in printed reports', () => {
  it('never stand alone at the foot of a page: each shares its page with its table, whatever the filler above', async () => {
    // Filler lines move the sections down by a line at a time, so that across the runs a
    // heading lands on every position at the foot of the first page.
    for (let filler = 40; filler <= 52; filler += 1) {
      const pages = await pagesOf([
        ...Array.from({ length: filler }, (_, i) => ({ text: `Keterangan ${i + 1}` })),
        { text: 'A. Bagian pertama', style: 'section' },
        table('Tabel A'),
        { text: 'B. Bagian kedua', style: 'section' },
        table('Tabel B'),
      ]);
      for (const name of ['A', 'B']) {
        const headingPage = pages.findIndex((page) => page.includes(`${name}. Bagian`));
        const rowPage = pages.findIndex((page) => page.includes(`Tabel ${name} baris pertama`));
        expect({ filler, name, headingPage }).toEqual({ filler, name, headingPage: rowPage });
      }
    }
  });

  it('leave no extra space between a heading and what follows it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sinergi-report-')), 'report.pdf');
    const content: Content[] = [{ text: 'A. Bagian pertama', style: 'section' }, { text: 'Isi bagian' }];
    writeFileSync(path, await renderOnThisThread(reportDocument({ office, title: 'Uji', content, signed: false })));
    const words = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
    const top = (word: string) => Number(new RegExp(`yMin="([\\d.]+)"[^>]*>${word}<`).exec(words)![1]);
    // The section style's 6 pt margin and one line of 11 pt type: about 19 pt, not 72 more.
    expect(top('Isi') - top('Bagian')).toBeGreaterThan(15);
    expect(top('Isi') - top('Bagian')).toBeLessThan(25);
  });
});
