import type { Content, CustomTableLayout, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatDate } from '../contract/format.js';
import { PAGE_MARGINS } from './letterhead.js';

// A document as plain data, so it can be handed to the rendering worker thread (functions do not
// cross threads). The few things pdfmake takes as functions are named here instead, and turned
// into functions where the document is rendered.

export interface Printable extends Omit<TDocumentDefinitions, 'footer' | 'header' | 'background' | 'pageBreakBefore'> {
  /** "Dicetak dengan Sinergi KB, <date> — Halaman N dari M" at the foot of every page from `fromPage` on. */
  footer?: { printedOn: string; fromPage: number };
}

const line = { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#8a94a6', vLineColor: () => '#8a94a6', paddingLeft: () => 4, paddingRight: () => 4 };
const padded = (padding: number): CustomTableLayout => ({ ...line, paddingTop: () => padding, paddingBottom: () => padding });

/** Table layouts by name (`layout: 'data-2'`), registered with pdfmake where it renders. */
export const TABLE_LAYOUTS: Record<string, CustomTableLayout> = {
  'data-2': padded(2),
  'data-1.5': padded(1.5),
  'data-1': padded(1),
  facts: { defaultBorder: false, paddingTop: () => 1.5, paddingBottom: () => 1.5, paddingLeft: () => 0, paddingRight: () => 4 },
};

function pageFooter(printedOn: string, currentPage: number, pageCount: number): Content {
  return {
    columns: [
      { text: `Dicetak dengan Sinergi KB, ${formatDate(printedOn)}`, alignment: 'left' },
      { text: `Halaman ${currentPage} dari ${pageCount}`, alignment: 'right' },
    ],
    fontSize: 8,
    color: '#555555',
    margin: [PAGE_MARGINS[0], 16, PAGE_MARGINS[2], 0],
  };
}

/** The pdfmake definition of a printable document, its named page furniture made functions again. */
export function toDocumentDefinition({ footer, ...doc }: Printable): TDocumentDefinitions {
  return {
    ...doc,
    ...(footer ? { footer: (current: number, count: number) => (current < footer.fromPage ? '' : pageFooter(footer.printedOn, current, count)) } : {}),
  };
}
