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

/** Each importable table: its tab, and how its import section describes the template and stored records. */
const TABLES = [
  {
    id: 'poktan',
    label: 'Poktan',
    title: 'Poktan',
    templateHint: 'berisi daftar pilihan jenis, kecamatan dan desa kabupaten ini.',
    existingLegend: 'Kelompok yang sudah terdaftar (kolom yang tidak ada di berkas tetap seperti yang tersimpan)',
  },
  {
    id: 'kebutuhan',
    label: 'Kebutuhan sarana',
    title: 'Kebutuhan Sarana',
    templateHint: 'kelompok dikenali dari nama dan desanya (atau ID poktan); barang dari katalog sarana.',
    existingLegend: 'Kebutuhan yang sudah tercatat (kelompok, barang dan tahun sama)',
  },
  {
    id: 'kampung-kb',
    label: 'Kampung KB',
    title: 'Kampung KB',
    templateHint: 'berisi kolom identitas Kampung KB; kriteria dan tingkat yang sudah tersimpan tidak berubah.',
    existingLegend: 'Kampung KB yang sudah terdaftar (desa dan nama sama)',
  },
  {
    id: 'kampung-kb-angka',
    label: 'Angka periode Kampung KB',
    title: 'Angka Periode Kampung KB',
    templateHint: 'satu baris per Kampung KB terdaftar; isi tahun (dan bulan bila per bulan) serta angka yang ada. Profil dan kelompok umur tetap seperti yang tersimpan.',
    existingLegend: 'Periode yang sudah tercatat',
  },
  {
    id: 'rakorda',
    label: 'Target dan capaian Rakorda',
    title: 'Target dan Capaian Rakorda',
    templateHint: 'satu baris per kecamatan, satu kolom per indikator, berisi angka yang sudah tersimpan; sel kosong tidak mengubah data.',
    existingLegend: 'Kecamatan yang sudah berisi angka',
  },
] as const;

/** #/impor-ekspor/<table>: the exports, then the import of one table at a time. */
export function ImportExportPage({ path }: { path: string[] }) {
  const current = TABLES.find((t) => t.id === path[0]) ?? TABLES[0];
  const table = current.id;
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
      <TabLinks label="Data yang diimpor" current={table} tabs={TABLES.map((t) => ({ id: t.id, label: t.label, href: `#/impor-ekspor/${t.id}` }))} />
      {/* A new key per table (and per Rakorda year and layer) starts the section afresh. */}
      <ImportSection
        key={table === 'rakorda' ? `rakorda-${year}-${layer}` : table}
        target={table === 'rakorda' ? { table, year, layer } : { table }}
        title={current.title}
        templateHint={current.templateHint}
        existingLegend={current.existingLegend}
        writesAs={table === 'rakorda' ? `${LAYERS.find((l) => l.value === layer)!.label} tahun ${year}` : undefined}
      >
        {table === 'rakorda' ? (
          <div className="form-row">
            <SelectField name="importYear" label="Tahun" value={String(year)} options={years} onChange={(v) => setYear(Number(v))} />
            <SelectField name="importLayer" label="Jenis isian" value={layer} options={LAYERS} onChange={(v) => setLayer(v as Layer)} />
          </div>
        ) : null}
      </ImportSection>
    </>
  );
}
