import { localIsoDate } from '../../../../electron/contract/format.js';
import { useDownload } from '../../api/useDownload.js';
import { navigate } from '../../app/routes.js';
import { ExportButtons } from '../../ui/ExportButtons.js';
import { SelectField } from '../../ui/fields.js';
import { PageHeader } from '../../ui/layout.js';
import { TabLinks } from '../../ui/tabs.js';
import { EvaluationGrid } from './EvaluationGrid.js';
import { EvaluationView } from './EvaluationView.js';
import { IndicatorsTab } from './IndicatorsTab.js';
import { MeetingTab } from './MeetingForm.js';
import { ResolutionsTab } from './ResolutionsTab.js';

const TABS = [
  { id: 'evaluasi', label: 'Evaluasi' },
  { id: 'isi-data', label: 'Isi target dan realisasi' },
  { id: 'rapat', label: 'Rapat dan peserta' },
  { id: 'rumusan', label: 'Rumusan kesepakatan' },
  { id: 'indikator', label: 'Katalog indikator' },
];

/** #/rakorda/<tab>/<year>: the Rakorda evaluates the previous year by default. */
export function RakordaArea({ path }: { path: string[] }) {
  const download = useDownload();
  const thisYear = Number(localIsoDate().slice(0, 4));
  const tab = TABS.some((t) => t.id === path[0]) ? path[0]! : 'evaluasi';
  const year = /^\d{4}$/.test(path[1] ?? '') ? Number(path[1]) : thisYear - 1;

  const print = () => download('rakorda-report-pdf', { year });

  return (
    <>
      <PageHeader
        title="Evaluasi Rakorda"
        subtitle="Target (PPM) dan realisasi per kecamatan, rapat koordinasi, dan rumusan kesepakatan"
        actions={
          <>
            <SelectField
              name="rakordaYear"
              label="Tahun evaluasi"
              value={String(year)}
              options={Array.from({ length: 10 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: y }))}
              onChange={(v) => navigate(`/rakorda/${tab}/${v}`)}
            />
            <ExportButtons onExcel={() => download('excel-rakorda-export', { year })} onPrint={print} printLabel="Cetak laporan (PDF)" />
          </>
        }
      />
      <TabLinks label="Bagian evaluasi Rakorda" current={tab} tabs={TABS.map((t) => ({ ...t, href: `#/rakorda/${t.id}/${year}` }))} />
      {tab === 'evaluasi' ? <EvaluationView key={year} year={year} /> : null}
      {tab === 'isi-data' ? <EvaluationGrid key={year} year={year} /> : null}
      {tab === 'rapat' ? <MeetingTab key={year} year={year} /> : null}
      {tab === 'rumusan' ? <ResolutionsTab key={year} year={year} /> : null}
      {tab === 'indikator' ? <IndicatorsTab /> : null}
    </>
  );
}
