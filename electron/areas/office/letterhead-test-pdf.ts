import { getOffice } from '../../../db/queries/office.js';
import { countPlaces } from '../../../db/queries/places.js';
import type { Db } from '../../../db/open.js';
import type { FilePayload } from '../../contract/result.js';
import { formatNumber, localIsoDate } from '../../contract/format.js';
import { DomainError } from '../../core/errors.js';
import { PAGE_MARGINS, letterhead, pageFooter, signatureBlock } from '../../pdf/letterhead.js';
import { renderPdf } from '../../pdf/render.js';

/** One A4 page that shows the kop surat and signature block every report will carry. */
export async function renderLetterheadTestPdf(db: Db): Promise<FilePayload> {
  const office = getOffice(db);
  if (!office) throw new DomainError('not-found', 'Data kantor belum diisi. Lengkapi Pengaturan Kantor terlebih dahulu.');
  const places = countPlaces(db);
  const row = (label: string, value: string) => [{ text: label, color: '#333333' }, { text: ':' }, { text: value }];
  const pdf = await renderPdf({
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    info: { title: 'Uji Cetak Kop Surat', author: office.officeName, creator: 'Sinergi KB' },
    footer: pageFooter(),
    content: [
      letterhead(office),
      { text: 'UJI CETAK KOP SURAT', alignment: 'center', bold: true, fontSize: 12, margin: [0, 4, 0, 12] },
      {
        text:
          'Halaman ini dicetak untuk memeriksa kop surat dan blok tanda tangan yang akan dipakai ' +
          'pada semua laporan Sinergi KB. Periksa ejaan nama kantor, alamat, nama pimpinan, pangkat dan NIP.',
        alignment: 'justify',
        margin: [0, 0, 0, 12],
      },
      {
        table: {
          widths: [150, 8, '*'],
          body: [
            row('Nama kantor', office.officeName),
            row('Wilayah', `${office.regencyName}, Provinsi ${office.provinceName}`),
            row('Kode wilayah', office.regencyCode),
            row('Jumlah kecamatan', formatNumber(places.kecamatan)),
            row('Jumlah desa/kelurahan', formatNumber(places.desa)),
            row('Pimpinan', `${office.headName} (${office.headPosition})`),
          ],
        },
        layout: 'noBorders',
      },
      signatureBlock(office),
    ],
  });
  return {
    fileName: `Uji Cetak Kop Surat ${localIsoDate()}.pdf`,
    mimeType: 'application/pdf',
    base64: pdf.toString('base64'),
  };
}
