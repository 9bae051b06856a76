import type { ReferenceList } from '../../../../electron/contract/reference.js';
import { POKTAN_TYPE_LABELS, POKTAN_TYPE_NAMES } from '../../../../electron/contract/poktan.js';
import { call } from '../../api/transport.js';
import { useLoad } from '../../api/useLoad.js';
import { navigate, navigateOnwards } from '../../app/routes.js';
import { useFlash } from '../../ui/flash.js';
import { Notice, PageHeader } from '../../ui/layout.js';
import { useReference } from '../reference/useReference.js';
import { RecordHistory } from '../history/RecordHistory.js';
import { NeedsSection } from './NeedsSection.js';
import { PoktanForm } from './PoktanForm.js';
import { useConfirm } from '../../ui/confirm.js';

export function PoktanDetailPage({ id }: { id: string }) {
  const detail = useLoad('poktan-get', { id });
  const reference = useReference();
  const flash = useFlash();
  const confirm = useConfirm();
  if (detail.error && !detail.data) return <Notice tone="error">{detail.error}</Notice>;
  if (!detail.data) return <p>Memuat…</p>;
  const { poktan, needs } = detail.data;

  async function remove() {
    if (!(await confirm({ message: `Hapus ${poktan.name} dari register? Data dapat dikembalikan dengan tombol Urungkan.`, confirmLabel: 'Hapus', danger: true }))) return;
    const from = window.location.hash;
    const result = await call('poktan-delete', { id });
    if (!result.ok) return flash({ message: result.error.message });
    navigateOnwards(from, '/poktan');
    flash({
      message: `${poktan.name} dihapus dari register.`,
      action: {
        label: 'Urungkan',
        run: async () => {
          await call('poktan-restore', { id });
          navigate(`/poktan/${id}`);
        },
      },
    });
  }

  return (
    <>
      <PageHeader
        title={poktan.name}
        subtitle={`${POKTAN_TYPE_NAMES[poktan.type]} · Desa/Kelurahan ${poktan.desaName}, Kecamatan ${poktan.kecamatanName}`}
        actions={
          <button type="button" className="button button--danger" onClick={remove}>
            Hapus
          </button>
        }
      />
      <p className="detail-badges">
        <a href="#/poktan">← Register poktan</a>
        <span className="badge badge--type">{POKTAN_TYPE_LABELS[poktan.type]}</span>
        {poktan.stageCode ? <span className="badge badge--none">Tahapan {reference.label(`tahapan-${poktan.type}` as ReferenceList, poktan.stageCode)}</span> : null}
        {!poktan.isActive ? <span className="badge badge--dasar">Tidak aktif</span> : null}
        {poktan.kampungKbName ? <a href={`#/kampung-kb/${poktan.kampungKbId}`}>{poktan.kampungKbName}</a> : null}
      </p>
      <NeedsSection poktan={poktan} needs={needs} onChanged={detail.reload} />
      {/* Keys of their own: two siblings under one key left the old form in the page after a save, on every screen after it. */}
      <PoktanForm
        key={`form-${poktan.updatedAt}`}
        poktan={poktan}
        onSaved={() => {
          detail.reload();
          flash({ message: 'Identitas poktan disimpan.' });
        }}
      />
      <RecordHistory key={`history-${poktan.updatedAt}`} entity="poktan" recordId={poktan.id} />
    </>
  );
}
