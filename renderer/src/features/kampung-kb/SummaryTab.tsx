import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { useLoad } from '../../api/useLoad.js';
import { Section } from '../../ui/layout.js';
import { LevelPanel } from './LevelPanel.js';
import { periodLabel } from './SnapshotEditor.js';

type Unit = ChannelOutput<'kampung-kb-get'>['unit'];

export function SummaryTab({ unit, latestId }: { unit: Unit; latestId: string | null }) {
  if (!latestId) {
    return (
      <Section title="Belum ada data">
        <p>
          Kampung KB ini belum memiliki data profil dan angka. <a href={`#/kampung-kb/${unit.id}/data/baru`}>Isi data periode terakhir</a> untuk menghitung
          tingkat perkembangannya.
        </p>
      </Section>
    );
  }
  return <LatestLevel unit={unit} snapshotId={latestId} />;
}

function LatestLevel({ unit, snapshotId }: { unit: Unit; snapshotId: string }) {
  const snapshot = useLoad('kampung-kb-snapshot-get', { id: snapshotId });
  if (!snapshot.data) return <p>{snapshot.error ?? 'Memuat…'}</p>;
  return (
    <Section title="Tingkat perkembangan">
      <LevelPanel result={snapshot.data.level} manualLevel={unit.manualLevel} period={periodLabel(snapshot.data.year, snapshot.data.month)} />
      {unit.manualLevel ? <p className="muted small">Dasar penetapan kantor: {unit.manualLevelNote}</p> : null}
    </Section>
  );
}
