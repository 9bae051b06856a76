import type { ReactNode } from 'react';
import { formatDateTime } from '../../../../electron/contract/format.js';
import { ENTITY_LABELS } from '../../../../electron/contract/audit.js';
import type { TrashItem } from '../../../../electron/contract/trash.js';
import { call } from '../../api/transport.js';
import { useLoad } from '../../api/useLoad.js';
import { useFlash } from '../../ui/flash.js';
import { Notice, PageHeader } from '../../ui/layout.js';

/** Deleted records stay here until someone brings them back; nothing is erased for good. */
export function TrashPage({ nav }: { nav: ReactNode }) {
  const trash = useLoad('trash-list', {});
  const flash = useFlash();

  async function restore(item: TrashItem) {
    const result = await call('trash-restore', { entity: item.entity, id: item.id });
    flash({ message: result.ok ? `${ENTITY_LABELS[item.entity]} "${item.label}" dipulihkan.` : result.error.message });
    trash.reload();
  }

  const items = trash.data ?? [];
  return (
    <>
      <PageHeader title="Riwayat & Sampah" subtitle="Data yang dihapus dipindahkan ke Sampah dan dapat dipulihkan kapan saja." />
      {nav}
      {trash.error ? <Notice tone="error">{trash.error}</Notice> : null}
      <table className="table" aria-label="Isi Sampah">
        <thead>
          <tr>
            <th>Jenis data</th>
            <th>Nama</th>
            <th>Bagian dari</th>
            <th>Dihapus</th>
            <th className="actions" aria-label="Tindakan" />
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <tr>
              <td className="empty" colSpan={5}>
                Sampah kosong.
              </td>
            </tr>
          ) : null}
          {items.map((item) => (
            <tr key={`${item.entity}:${item.id}`}>
              <td>{ENTITY_LABELS[item.entity]}</td>
              <th scope="row">{item.label}</th>
              <td>{item.context}</td>
              <td>
                {formatDateTime(item.deletedAt)}
                {item.deletedBy ? <div className="muted">oleh {item.deletedBy}</div> : null}
              </td>
              <td className="actions">
                <button type="button" className="button button--small" onClick={() => void restore(item)} aria-label={`Pulihkan ${item.label}`}>
                  Pulihkan
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
