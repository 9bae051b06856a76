import { PreviewRowsTable, type PreviewRow } from './PreviewRowsTable.js';

/** What the import will do with each clean row of the file, folded away until asked for. */
export function ImportRowsTable({ rows, existing }: { rows: PreviewRow[]; existing: 'update' | 'skip' }) {
  const clean = rows.filter((row) => row.status !== 'error');
  if (clean.length === 0) return null;
  // Whether a stored record differs from its row is found as it is written: one that does not is left as it is.
  const existingAction = existing === 'update' ? 'Sudah tercatat: diperbarui bila berbeda' : 'Sudah tercatat: dilewati';
  return (
    <details className="import-rows">
      <summary>Lihat baris yang akan diimpor</summary>
      <PreviewRowsTable label="Baris yang akan diimpor" rows={clean} limit={200} header="Tindakan" cell={(row) => (row.status === 'new' ? 'Ditambahkan' : existingAction)} />
    </details>
  );
}
