import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { OfficeRow } from '../../db/queries/office.js';
import { localIsoDate } from '../contract/format.js';
import { PAGE_MARGINS, letterhead, signatureBlock } from './letterhead.js';
import type { Printable } from './printable.js';

// The frame of every printed report: letterhead on the first page, title, page footer with
// "Halaman N dari M", and the signature block at the end.

export interface ReportOptions {
  office: OfficeRow;
  title: string;
  subtitle?: string;
  orientation?: 'portrait' | 'landscape';
  content: Content[];
  /**
   * The report's last lines, kept on one page with the signature, so that it never stands alone
   * at the top of the last page. The caller keeps them shorter than a page (a taller unbreakable
   * block comes out blank, pdfmake #207).
   */
  closing?: Content[];
  /** Attachments ("Lampiran"): after the signature, as on a signed letter, from a new page. */
  appendix?: Content[];
  signed?: boolean;
}

export function reportDocument({ office, title, subtitle, orientation = 'portrait', content, closing = [], appendix = [], signed = true }: ReportOptions): Printable {
  return {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: PAGE_MARGINS,
    info: { title, author: office.officeName, creator: 'Sinergi KB' },
    footer: { printedOn: localIsoDate(), fromPage: 1 },
    styles: {
      title: { fontSize: 12.5, bold: true, alignment: 'center' },
      subtitle: { fontSize: 10.5, alignment: 'center', margin: [0, 2, 0, 0] },
      section: { fontSize: 11, bold: true, margin: [0, 14, 0, 6] },
      tableHeader: { bold: true, fillColor: '#e8edf3', alignment: 'center', fontSize: 8.5 },
      total: { bold: true, fillColor: '#f3f5f8' },
      note: { fontSize: 8.5, color: '#444444' },
    },
    defaultStyle: { fontSize: 9.5 },
    content: [
      letterhead(office, orientation),
      { text: title.toUpperCase(), style: 'title' },
      ...(subtitle ? [{ text: subtitle, style: 'subtitle' }] : []),
      { text: '', margin: [0, 0, 0, 8] },
      ...keepSectionsWithContent(content),
      ...(signed ? [{ stack: [...closing, signatureBlock(office)], unbreakable: true }] : closing),
      ...appendix.map((node, index) => (index === 0 ? { stack: [node], pageBreak: 'before' as const } : node)),
    ],
  };
}

/** Room kept below a section heading on its page: a table's header row and its first rows. */
const KEPT_BELOW_HEADING = 72;

/**
 * A section heading never stands alone at the foot of a page. The heading and an empty space
 * below it form one unbreakable block, so a heading without that room moves to the next page;
 * what follows is then drawn back up into the space. This costs nothing at layout time, where
 * pdfmake's pageBreakBefore hook would lay the whole document out again for every heading moved
 * (a third of the Rakorda report's render time).
 */
function keepSectionsWithContent(content: Content[]): Content[] {
  return content.flatMap((node, index) => {
    if (index === content.length - 1 || typeof node !== 'object' || !('style' in node) || node.style !== 'section') return [node];
    const { pageBreak, pageOrientation, ...heading } = node as { pageBreak?: 'before'; pageOrientation?: 'portrait' | 'landscape' };
    return [
      { stack: [heading, { stack: [], margin: [0, 0, 0, KEPT_BELOW_HEADING] }], unbreakable: true, ...(pageBreak ? { pageBreak } : {}), ...(pageOrientation ? { pageOrientation } : {}) },
      { stack: [], margin: [0, -KEPT_BELOW_HEADING, 0, 0] },
    ] as Content[];
  });
}

type Align = 'left' | 'center' | 'right';

/** A bordered table whose header row repeats on every page; numbers right-aligned. */
export function dataTable(options: {
  headers: string[];
  widths: (number | '*' | 'auto')[];
  rows: (string | number)[][];
  align?: Align[];
  totals?: (string | number)[];
  /** Indexes (in `rows`) of rows printed bold, e.g. subtotals. */
  boldRows?: number[];
  /** A smaller size for long tables that should fit one page. */
  fontSize?: number;
  /** Short tables read as one block: never split across pages. */
  unbreakable?: boolean;
}): Content {
  const align = (index: number): Align => options.align?.[index] ?? 'left';
  // Smaller type, tighter rows: long tables (28 kecamatan and a totals row) then fit one page.
  const padding = options.fontSize === undefined ? 2 : options.fontSize < 8 ? 1 : 1.5;
  const cell = (value: string | number, index: number, style?: string): TableCell => ({
    text: String(value),
    alignment: align(index),
    ...(style ? { style } : {}),
  });
  return {
    ...(options.fontSize ? { fontSize: options.fontSize } : {}),
    ...(options.unbreakable ? { unbreakable: true } : {}),
    table: {
      headerRows: 1,
      // The header row is never left alone at the foot of a page.
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: options.widths,
      body: [
        options.headers.map((header) => ({ text: header, style: 'tableHeader' })),
        ...options.rows.map((row, rowIndex) => row.map((value, index) => cell(value, index, options.boldRows?.includes(rowIndex) ? 'total' : undefined))),
        ...(options.totals ? [options.totals.map((value, index) => cell(value, index, 'total'))] : []),
      ],
    },
    layout: `data-${padding}`,
  };
}

/** Label : value lines without borders, as on the office's identity forms. */
export function factsTable(rows: [string, string][], labelWidth = 150): Content {
  return {
    table: { widths: [labelWidth, 8, '*'], body: rows.map(([label, value]) => [{ text: label, color: '#333333' }, ':', value || '–']) },
    layout: 'facts',
  };
}
