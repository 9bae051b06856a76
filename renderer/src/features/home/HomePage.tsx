import type { Office } from '../../../../electron/areas/office/handlers.js';
import { formatDate, formatNumber, localIsoDate } from '../../../../electron/contract/format.js';
import { useLoad } from '../../api/useLoad.js';
import { PageHeader, Section } from '../../ui/layout.js';

export function HomePage({ office }: { office: Office }) {
  const places = useLoad('places-summary', {});
  return (
    <>
      <PageHeader title="Beranda" subtitle={`${office.officeName} — ${office.regencyName}, ${formatDate(localIsoDate())}`} />
      <div className="stat-row">
        <div className="stat">
          <span className="stat__value">{places.data ? formatNumber(places.data.kecamatan) : '…'}</span>
          <span className="stat__label">Kecamatan</span>
        </div>
        <div className="stat">
          <span className="stat__value">{places.data ? formatNumber(places.data.desa) : '…'}</span>
          <span className="stat__label">Desa/kelurahan</span>
        </div>
      </div>
      <Section title="Mulai bekerja" description="Data wilayah kabupaten/kota Anda sudah dimuat. Menu lain akan tersedia bertahap.">
        <ul className="plain-list">
          <li>Periksa kop surat dan blok tanda tangan melalui Pengaturan → Cetak uji kop surat.</li>
          <li>Profil Kampung KB, register poktan dan evaluasi Rakorda akan tersedia di menu masing-masing.</li>
        </ul>
      </Section>
    </>
  );
}
