import type { Content } from 'pdfmake/interfaces.js';
import type { OfficeRow } from '../../db/queries/office.js';
import { formatDate, formatNip, localIsoDate } from '../contract/format.js';

// The office's printed identity, shared by every report: the kop surat at the top of the first
// page and the signature block at the end, laid out as on the office's paper letters.

export const PAGE_MARGINS: [number, number, number, number] = [56, 36, 56, 48];
const A4 = { portrait: 595.28, landscape: 841.89 };

export function contentWidth(orientation: 'portrait' | 'landscape'): number {
  return A4[orientation] - PAGE_MARGINS[0] - PAGE_MARGINS[2];
}

/** "Kabupaten Lebak" → "PEMERINTAH KABUPATEN LEBAK"; "Kota Padang" → "PEMERINTAH KOTA PADANG". */
export function governmentName(regencyName: string): string {
  return `PEMERINTAH ${regencyName.toUpperCase()}`;
}

const NO_BREAK = '\u00A0';

/**
 * The office's name as the kop surat prints it: in capitals, with the kabupaten's name and the
 * last two words bound by non-breaking spaces, so that a name a little too long for its line
 * does not leave "LEBAK" alone on the next one.
 */
export function letterheadName(officeName: string, regencyName: string): string {
  const regency = regencyName.toUpperCase();
  return officeName
    .toUpperCase()
    .replaceAll(regency, regency.replace(/ /g, NO_BREAK))
    .replace(/ (\S+)$/, `${NO_BREAK}$1`);
}

export function letterhead(office: OfficeRow, orientation: 'portrait' | 'landscape' = 'portrait'): Content {
  const width = contentWidth(orientation);
  const logoWidth = 62;
  const contact = [office.phone && `Telepon ${office.phone}`, office.email && `Pos-el ${office.email}`]
    .filter(Boolean)
    .join('  •  ');
  const text = {
    width: '*' as const,
    alignment: 'center' as const,
    stack: [
      { text: governmentName(office.regencyName), fontSize: 13, bold: true },
      { text: letterheadName(office.officeName, office.regencyName), fontSize: 12, bold: true, margin: [0, 1, 0, 2] as [number, number, number, number] },
      { text: office.address, fontSize: 9 },
      ...(contact ? [{ text: contact, fontSize: 9 }] : []),
    ],
  };
  // With a logo the text is centred in the space beside it (a narrower right spacer gives the
  // office name room for two lines); without one, on the page.
  const heading: Content =
    office.logo && office.logoMime
      ? {
          columns: [
            { image: `data:${office.logoMime};base64,${office.logo.toString('base64')}`, fit: [logoWidth, logoWidth], width: logoWidth },
            text,
            { text: '', width: 24 },
          ],
          columnGap: 8,
        }
      : text;
  return {
    stack: [
      heading,
      {
        canvas: [
          { type: 'line', x1: 0, y1: 6, x2: width, y2: 6, lineWidth: 2.2 },
          { type: 'line', x1: 0, y1: 9, x2: width, y2: 9, lineWidth: 0.7 },
        ],
        margin: [0, 0, 0, 14],
      },
    ],
  };
}

export function signatureBlock(office: OfficeRow, date: string = localIsoDate()): Content {
  return {
    columns: [
      { text: '', width: '*' },
      {
        width: 230,
        unbreakable: true,
        stack: [
          { text: `${office.signaturePlace}, ${formatDate(date)}` },
          { text: `${office.headPosition},`, margin: [0, 0, 0, 44] },
          { text: office.headName, bold: true, decoration: 'underline' },
          { text: office.headRank },
          { text: `NIP. ${formatNip(office.headNip)}` },
        ],
      },
    ],
    margin: [0, 16, 0, 0],
  };
}
