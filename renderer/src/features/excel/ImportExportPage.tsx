import { useState } from 'react';
import type { ChannelFields } from '../../../../electron/contract/channels.js';
import { localIsoDate } from '../../../../electron/contract/format.js';
import { useDownload } from '../../api/useDownload.js';
import { SelectField } from '../../ui/fields.js';
import { PageHeader, Section } from '../../ui/layout.js';
import { TabLinks } from '../../ui/tabs.js';
import { LAYERS } from '../rakorda/EvaluationGrid.js';
import { ImportSection } from './ImportSection.js';

type Layer = ChannelFields<'rakorda-grid'>['layer'];

const TABLES = [
  { id: 'poktan', label: 'Poktan' },
  { id: 'kebutuhan', label: 'Kebutuhan sarana' },
  { id: 'kampung-kb', label: 'Kampung KB' },
  { id: 'kampung-kb-angka', label: 'Angka periode Kampung KB' },
  { id: 'rakorda', label: 'Target dan capaian Rakorda' },
] as const;

/** #/impor-ekspor/<table>: the exports, then the import of one table at a time. */
export function ImportExportPage({ path }: { path: string[] }) {
  const table = TABLES.find((t) => t.id === path[0])?.id ?? 'poktan';
  const download = useDownload();
  const thisYear = Number(localIsoDate().slice(0, 4));
  const years = Array.from({ length: 10 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: y }));
  const [year, setYear] = useState(thisYear - 1);
  const [layer, setLayer] = useState<Layer>('target');
  return (
    <>
      <PageHeader title="Impor/Ekspor" subtitle="Data dari dan ke Excel: lengkap, tanpa batas jumlah baris." />
      <Section title="Ekspor ke Excel" description="Daftar dengan saringan tertentu dapat diekspor dari layarnya masing-masing (tombol Ekspor ke Excel).">
        <div className="button-row">
          <button type="button" className="button" onClick={() => download('excel-poktan-export', {})}>
            Register poktan dan kebutuhan sarana
          </button>
          <button type="button" className="button" onClick={() => download('excel-kampung-kb-export', {})}>
            Daftar Kampung KB
          </button>
          <button type="button" className="button" onClick={() => download('excel-rakorda-export', { year })}>
            Evaluasi Rakorda {year}
          </button>
          <button type="button" className="button" onClick={() => download('excel-database-export', {})}>
            Arsip seluruh basis data
          </button>
        </div>
      </Section>
      <TabLinks label="Data yang diimpor" current={table} tabs={TABLES.map((t) => ({ ...t, href: `#/impor-ekspor/${t.id}` }))} />
      {table === 'poktan' ? (
        <ImportSection target={{ table: 'poktan' }} title="Poktan" templateHint="berisi daftar pilihan jenis, kecamatan dan desa kabupaten ini." existingLegend="Kelompok yang sudah terdaftar" />
      ) : null}
      {table === 'kebutuhan' ? (
        <ImportSection
          target={{ table: 'kebutuhan' }}
          title="Kebutuhan Sarana"
          templateHint="kelompok dikenali dari nama dan desanya (atau ID poktan); barang dari katalog sarana."
          existingLegend="Kebutuhan yang sudah tercatat (kelompok, barang dan tahun sama)"
        />
      ) : null}
      {table === 'kampung-kb' ? (
        <ImportSection target={{ table: 'kampung-kb' }} title="Kampung KB" templateHint="identitas Kampung KB; kriteria dan tingkat yang sudah tersimpan tidak berubah." existingLegend="Kampung KB yang sudah terdaftar (desa dan nama sama)" />
      ) : null}
      {table === 'kampung-kb-angka' ? (
        <ImportSection
          target={{ table: 'kampung-kb-angka' }}
          title="Angka Periode Kampung KB"
          templateHint="satu baris per Kampung KB terdaftar; isi tahun (dan bulan bila per bulan) serta angka yang ada. Profil dan kelompok umur tetap seperti yang tersimpan."
          existingLegend="Periode yang sudah tercatat"
        />
      ) : null}
      {table === 'rakorda' ? (
        <ImportSection
          key={`${year}-${layer}`}
          target={{ table: 'rakorda', year, layer }}
          title="Target dan Capaian Rakorda"
          templateHint="satu baris per kecamatan, satu kolom per indikator, berisi angka yang sudah tersimpan; sel kosong tidak mengubah data."
          existingLegend="Kecamatan yang sudah berisi angka"
        >
          <div className="form-row">
            <SelectField name="importYear" label="Tahun" value={String(year)} options={years} onChange={(v) => setYear(Number(v))} />
            <SelectField name="importLayer" label="Jenis isian" value={layer} options={LAYERS} onChange={(v) => setLayer(v as Layer)} />
          </div>
        </ImportSection>
      ) : null}
    </>
  );
}
