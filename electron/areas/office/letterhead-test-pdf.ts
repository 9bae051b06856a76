import { getOffice } from '../../../db/queries/office.js';
import { countPlaces } from '../../../db/queries/places.js';
import type { Db } from '../../../db/open.js';
import type { FilePayload } from '../../contract/result.js';
import { formatNumber, localIsoDate } from '../../contract/format.js';
import { DomainError } from '../../core/errors.js';
import { pdfFile } from '../../pdf/render.js';
import { factsTable, reportDocument } from '../../pdf/report.js';

/** One A4 page that shows the kop surat and signature block every report will carry. */
export async function renderLetterheadTestPdf(db: Db): Promise<FilePayload> {
  const office = getOffice(db);
  if (!office) throw new DomainError('not-found', 'Data kantor belum diisi. Lengkapi Pengaturan Kantor terlebih dahulu.');
  const places = countPlaces(db);
  const doc = reportDocument({
    office,
    title: 'Uji Cetak Kop Surat',
    content: [
      {
        text:
          'Halaman ini dicetak untuk memeriksa kop surat dan blok tanda tangan yang akan dipakai ' +
          'pada semua laporan Sinergi KB. Periksa ejaan nama kantor, alamat, nama pimpinan, pangkat dan NIP.',
        alignment: 'justify',
        fontSize: 10,
        margin: [0, 0, 0, 12],
      },
      factsTable([
        ['Nama kantor', office.officeName],
        ['Wilayah', `${office.regencyName}, Provinsi ${office.provinceName}`],
        ['Kode wilayah', office.regencyCode],
        ['Jumlah kecamatan', formatNumber(places.kecamatan)],
        ['Jumlah desa/kelurahan', formatNumber(places.desa)],
        ['Pimpinan', `${office.headName} (${office.headPosition})`],
      ]),
    ],
  });
  return pdfFile(doc, `Uji Cetak Kop Surat ${localIsoDate()}.pdf`);
}
