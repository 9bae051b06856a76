import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatNumber } from '../../../../electron/contract/format.js';

type PreviewRow = ChannelOutput<'excel-preview'>['rows'][number];

/** Rows shown at most: enough to recognise the file, not a second register. */
const SHOWN = 200;

/** What the import will do with each clean row of the file, folded away until asked for. */
export function ImportRowsTable({ rows, existing }: { rows: PreviewRow[]; existing: 'update' | 'skip' }) {
  const clean = rows.filter((row) => row.status !== 'error');
  if (clean.length === 0) return null;
  const existingAction = existing === 'update' ? 'Sudah tercatat: diperbarui' : 'Sudah tercatat: dilewati';
  return (
    <details className="import-rows">
      <summary>Lihat baris yang akan diimpor</summary>
      <table className="table table--compact" aria-label="Baris yang akan diimpor">
        <thead>
          <tr>
            <th>Baris</th>
            <th>Data</th>
            <th>Tindakan</th>
          </tr>
        </thead>
        <tbody>
          {clean.slice(0, SHOWN).map((row) => (
            <tr key={row.rowNumber}>
              <td>{row.rowNumber}</td>
              <td>{row.name || '–'}</td>
              <td>{row.status === 'new' ? 'Ditambahkan' : existingAction}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {clean.length > SHOWN ? <p className="muted small">Ditampilkan {formatNumber(SHOWN)} baris pertama dari {formatNumber(clean.length)}.</p> : null}
    </details>
  );
}
