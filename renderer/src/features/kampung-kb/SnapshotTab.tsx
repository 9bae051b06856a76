import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { useLoad } from '../../api/useLoad.js';
import { navigate } from '../../app/routes.js';
import { LevelBadge } from './LevelBadge.js';
import { periodLabel, SnapshotEditor } from './SnapshotEditor.js';

type Detail = ChannelOutput<'kampung-kb-get'>;

/** The list of periods beside the editor of the chosen one ("baru" for a new period). */
export function SnapshotTab({ unit, snapshots, selected, onSaved }: { unit: Detail['unit']; snapshots: Detail['snapshots']; selected: string; onSaved(): void }) {
  return (
    <div className="split">
      <nav className="period-list" aria-label="Periode data">
        <a href={`#/kampung-kb/${unit.id}/data/baru`} className="button button--small" aria-current={selected === 'baru' ? 'page' : undefined}>
          + Data periode baru
        </a>
        <ul>
          {snapshots.map((s) => (
            <li key={s.id}>
              <a href={`#/kampung-kb/${unit.id}/data/${s.id}`} aria-current={s.id === selected ? 'page' : undefined}>
                <span>{periodLabel(s.year, s.month)}</span>
                <LevelBadge level={s.computedLevel} />
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="split__main">
        {selected === 'baru' ? (
          <NewSnapshot unit={unit} onSaved={onSaved} />
        ) : (
          <ExistingSnapshot key={selected} unit={unit} snapshotId={selected} onSaved={onSaved} />
        )}
      </div>
    </div>
  );
}

function NewSnapshot({ unit, onSaved }: { unit: Detail['unit']; onSaved(): void }) {
  const draft = useLoad('kampung-kb-snapshot-draft', { kampungKbId: unit.id });
  if (!draft.data) return <p>{draft.error ?? 'Memuat…'}</p>;
  const { copiedFrom, ...initial } = draft.data;
  return (
    <SnapshotEditor
      kampungKbId={unit.id}
      snapshotId={null}
      initial={initial}
      manualLevel={unit.manualLevel}
      initialLevel={null}
      initialWarnings={{}}
      note={copiedFrom ? `Isian awal disalin dari data ${copiedFrom}; perbarui angka yang berubah lalu simpan.` : undefined}
      onSaved={(id) => {
        onSaved();
        navigate(`/kampung-kb/${unit.id}/data/${id}`);
      }}
    />
  );
}

function ExistingSnapshot({ unit, snapshotId, onSaved }: { unit: Detail['unit']; snapshotId: string; onSaved(): void }) {
  const snapshot = useLoad('kampung-kb-snapshot-get', { id: snapshotId });
  if (!snapshot.data) return <p>{snapshot.error ?? 'Memuat…'}</p>;
  const { year, month, profile, figures, level, warnings } = snapshot.data;
  return (
    <SnapshotEditor
      kampungKbId={unit.id}
      snapshotId={snapshotId}
      initial={{ year, month, profile, figures }}
      manualLevel={unit.manualLevel}
      initialLevel={level}
      initialWarnings={warnings}
      onSaved={onSaved}
    />
  );
}
