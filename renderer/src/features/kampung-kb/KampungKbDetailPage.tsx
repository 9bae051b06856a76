import { formatDate } from '../../../../electron/contract/format.js';
import { call } from '../../api/transport.js';
import { useDownload } from '../../api/useDownload.js';
import { useLoad } from '../../api/useLoad.js';
import { navigate, navigateOnwards } from '../../app/routes.js';
import { useFlash } from '../../ui/flash.js';
import { Notice, PageHeader, Section } from '../../ui/layout.js';
import { TabLinks } from '../../ui/tabs.js';
import { ActivitiesTab } from './ActivitiesTab.js';
import { CompareTab } from './CompareTab.js';
import { IdentityForm } from './IdentityForm.js';
import { LevelBadge } from './LevelBadge.js';
import { SnapshotTab } from './SnapshotTab.js';
import { periodLabel } from './SnapshotEditor.js';
import { RecordHistory } from '../history/RecordHistory.js';
import { SummaryTab } from './SummaryTab.js';
import { useConfirm } from '../../ui/confirm.js';

const TABS = [
  { id: 'ringkasan', label: 'Ringkasan' },
  { id: 'identitas', label: 'Identitas' },
  { id: 'data', label: 'Data per periode' },
  { id: 'bandingkan', label: 'Bandingkan periode' },
  { id: 'kegiatan', label: 'Kegiatan' },
  { id: 'riwayat', label: 'Riwayat perubahan' },
];

export function KampungKbDetailPage({ id, path }: { id: string; path: string[] }) {
  const detail = useLoad('kampung-kb-get', { id });
  const flash = useFlash();
  const confirm = useConfirm();
  const download = useDownload();
  const tab = TABS.some((t) => t.id === path[0]) ? path[0]! : 'ringkasan';

  if (detail.error && !detail.data) return <Notice tone="error">{detail.error}</Notice>;
  if (!detail.data) return <p>Memuat…</p>;
  const { unit, snapshots } = detail.data;
  const latest = snapshots[0] ?? null;

  // The period open on the data tab is the one printed; elsewhere, the latest.
  const viewed = tab === 'data' ? (snapshots.find((s) => s.id === path[1]) ?? null) : null;
  const printProfile = () => download('kampung-kb-profile-pdf', { id, ...(viewed ? { snapshotId: viewed.id } : {}) });

  async function remove() {
    if (!(await confirm({ message: `Hapus ${unit.name}? Data dapat dikembalikan dengan tombol Urungkan.`, confirmLabel: 'Hapus', danger: true }))) return;
    const from = window.location.hash;
    const result = await call('kampung-kb-delete', { id });
    if (!result.ok) return flash({ message: result.error.message });
    navigateOnwards(from, '/kampung-kb');
    flash({
      message: `${unit.name} dihapus.`,
      action: {
        label: 'Urungkan',
        run: async () => {
          await call('kampung-kb-restore', { id });
          navigate(`/kampung-kb/${id}`);
        },
      },
    });
  }

  return (
    <>
      <PageHeader
        title={unit.name}
        subtitle={`Desa/Kelurahan ${unit.desaName}, Kecamatan ${unit.kecamatanName} · dicanangkan ${formatDate(unit.declaredOn)}`}
        actions={
          <>
            <button type="button" className="button" onClick={printProfile}>
              {viewed ? `Cetak profil ${periodLabel(viewed.year, viewed.month)} (PDF)` : 'Cetak profil (PDF)'}
            </button>
            <button type="button" className="button button--danger" onClick={remove}>
              Hapus
            </button>
          </>
        }
      />
      <p className="detail-badges">
        <a href="#/kampung-kb">← Daftar Kampung KB</a>
        <LevelBadge level={unit.manualLevel ?? latest?.computedLevel ?? null} manual={unit.manualLevel !== null} />
        {unit.isModel ? <span className="badge badge--model">Percontohan</span> : null}
        {!unit.isActive ? <span className="badge badge--none">Tidak aktif</span> : null}
      </p>
      <TabLinks label="Bagian data Kampung KB" current={tab} tabs={TABS.map((t) => ({ ...t, href: `#/kampung-kb/${id}/${t.id}` }))} />
      {tab === 'ringkasan' ? <SummaryTab unit={unit} latestId={latest?.id ?? null} /> : null}
      {tab === 'identitas' ? (
        <IdentityForm
          unit={unit}
          onSaved={() => {
            detail.reload();
            flash({ message: 'Identitas Kampung KB disimpan.' });
          }}
        />
      ) : null}
      {tab === 'data' ? <SnapshotTab unit={unit} snapshots={snapshots} selected={path[1] ?? latest?.id ?? 'baru'} onSaved={detail.reload} /> : null}
      {tab === 'bandingkan' ? (
        snapshots.length < 2 ? (
          <Section title="Bandingkan periode">
            <p>Perbandingan memerlukan data paling sedikit dua periode.</p>
          </Section>
        ) : (
          <CompareTab snapshots={snapshots} />
        )
      ) : null}
      {tab === 'kegiatan' ? <ActivitiesTab kampungKbId={id} onChanged={detail.reload} /> : null}
      {tab === 'riwayat' ? <RecordHistory entity="kampung_kb" recordId={id} /> : null}
    </>
  );
}
