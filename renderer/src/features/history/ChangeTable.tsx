import { CHANGE_KIND_LABELS, type AuditEntry } from '../../../../electron/contract/audit.js';
import { formatDateTime } from '../../../../electron/contract/format.js';

/** Changes as rows: when, who, what, and the fields with their old and new values. */
export function ChangeTable({ entries, showRecord, label }: { entries: AuditEntry[]; showRecord: boolean; label: string }) {
  return (
    <table className="table table--compact" aria-label={label}>
      <thead>
        <tr>
          <th>Waktu</th>
          <th>Operator</th>
          {showRecord ? <th>Data</th> : null}
          <th>Perubahan</th>
          <th>Rincian</th>
        </tr>
      </thead>
      <tbody>
        {entries.length === 0 ? (
          <tr>
            <td className="empty" colSpan={showRecord ? 5 : 4}>
              Belum ada perubahan yang tercatat.
            </td>
          </tr>
        ) : null}
        {entries.map((entry) => (
          <tr key={entry.seq}>
            <td className="nowrap">{formatDateTime(entry.changedAt)}</td>
            <td>
              {entry.operator || '—'}
              {entry.device !== 'Perangkat ini' ? <div className="muted">{entry.device}</div> : null}
            </td>
            {showRecord ? (
              <td>
                <div className="muted">{entry.entityLabel}</div>
                {entry.recordLabel}
              </td>
            ) : null}
            <td>{CHANGE_KIND_LABELS[entry.kind]}</td>
            <td>
              {/* A settled conflict changes only what was taken from the other PC's data. */}
              {entry.kind === 'konflik-diselesaikan' ? <div className="muted">{entry.changes.length > 0 ? 'Diambil dari data kiriman:' : 'Data di komputer ini dipertahankan.'}</div> : null}
              {entry.changes.length > 0 ? (
                <ul className="change-list">
                  {entry.changes.map((change) => (
                    <li key={change.label}>
                      <strong>{change.label}</strong>: {entry.kind === 'dibuat' ? change.after : `${change.before} → ${change.after}`}
                    </li>
                  ))}
                </ul>
              ) : entry.kind === 'konflik-diselesaikan' ? null : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
