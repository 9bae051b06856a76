import { useDownload } from '../../api/useDownload.js';
import { PageHeader, Section } from '../../ui/layout.js';
import { ImportSection } from './ImportSection.js';

export function ImportExportPage() {
  const download = useDownload();
  return (
    <>
      <PageHeader title="Impor/Ekspor" subtitle="Data dari dan ke Excel: lengkap, tanpa batas jumlah baris." />
      <Section title="Ekspor ke Excel">
        <div className="form-row">
          <button type="button" className="button" onClick={() => download('excel-poktan-export', {})}>
            Register poktan dan kebutuhan sarana
          </button>
          <button type="button" className="button" onClick={() => download('excel-database-export', {})}>
            Arsip seluruh basis data
          </button>
        </div>
      </Section>
      <ImportSection target={{ table: 'poktan' }} title="Poktan" templateHint="berisi daftar pilihan jenis, kecamatan dan desa kabupaten ini." existingLegend="Kelompok yang sudah terdaftar" />
      <ImportSection
        target={{ table: 'kebutuhan' }}
        title="Kebutuhan Sarana"
        templateHint="kelompok dikenali dari nama dan desanya (atau ID poktan); barang dari katalog sarana."
        existingLegend="Kebutuhan yang sudah tercatat (kelompok, barang dan tahun sama)"
      />
    </>
  );
}
