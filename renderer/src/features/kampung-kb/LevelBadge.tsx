import { LEVEL_LABELS, type Level } from '../../../../electron/contract/kampung-kb.js';

export function LevelBadge({ level, manual }: { level: Level | null; manual?: boolean }) {
  if (!level) return <span className="badge badge--none">Belum ada data</span>;
  return (
    <span className={`badge badge--${level}`} title={manual ? 'Ditetapkan oleh kantor' : 'Hasil perhitungan'}>
      {LEVEL_LABELS[level]}
      {manual ? ' *' : ''}
    </span>
  );
}
