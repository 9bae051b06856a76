import { PreviewRowsTable, type PreviewRow } from './PreviewRowsTable.js';

/** What the import will do with each clean row of the file, folded away until asked for. */
export function ImportRowsTable({ rows, existing }: { rows: PreviewRow[]; existing: 'update' | 'skip' }) {
  const clean = rows.filter((row) => row.status !== 'error');
  if (clean.length === 0) return null;
  const existingAction = existing === 'update' ? 'Sudah tercatat: diperbarui' : 'Sudah tercatat: dilewati';
  return (
    <details className="import-rows">
      <summary>Lihat baris yang akan diimpor</summary>
      <PreviewRowsTable label="Baris yang akan diimpor" rows={clean} limit={200} header="Tindakan" cell={(row) => (row.status === 'new' ? 'Ditambahkan' : existingAction)} />
    </details>
  );
}
