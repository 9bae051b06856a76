import type { ReactNode } from 'react';
import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatNumber } from '../../../../electron/contract/format.js';

export type PreviewRow = ChannelOutput<'excel-preview'>['rows'][number];

interface Props {
  /** The table's accessible name, and (lower case) what the rows are in the "Ditampilkan … dari …" line. */
  label: string;
  rows: PreviewRow[];
  /** Rows shown at most: a file may hold 100.000. */
  limit: number;
  /** The third column: its header and each row's cell. */
  header: string;
  cell: (row: PreviewRow) => ReactNode;
}

/** A preview's rows by their row number in the file and what identifies them, with one column of findings. */
export function PreviewRowsTable({ label, rows, limit, header, cell }: Props) {
  return (
    <>
      <table className="table table--compact preview-rows" aria-label={label}>
        <thead>
          <tr>
            <th>Baris</th>
            <th>Data</th>
            <th>{header}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((row) => (
            <tr key={row.rowNumber}>
              <td>{row.rowNumber}</td>
              <td>{row.name || '–'}</td>
              <td>{cell(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > limit ? (
        <p className="muted small">
          Ditampilkan {formatNumber(limit)} dari {formatNumber(rows.length)} {label.toLowerCase()}.
        </p>
      ) : null}
    </>
  );
}
