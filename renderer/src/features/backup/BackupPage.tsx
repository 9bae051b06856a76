import { useRef, useState } from 'react';
import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatDateTime, formatNumber } from '../../../../electron/contract/format.js';
import { readFileBase64 } from '../../api/files.js';
import { call } from '../../api/transport.js';
import { useDownload } from '../../api/useDownload.js';
import { useLoad } from '../../api/useLoad.js';
import { flashAfterReload, useFlash } from '../../ui/flash.js';
import { Notice, PageHeader, Section } from '../../ui/layout.js';
import { useConfirm } from '../../ui/confirm.js';

type Backup = ChannelOutput<'backup-list'>['backups'][number];

const REASONS: Record<string, string> = {
  harian: 'Otomatis harian',
  tutup: 'Saat aplikasi ditutup',
  'perubahan-besar': 'Sesudah perubahan besar',
  manual: 'Dibuat manual',
  'sebelum-pemulihan': 'Sebelum pemulihan',
};

export const reasonOf = (fileName: string) => REASONS[/-([a-z-]+)\.db$/.exec(fileName)?.[1] ?? ''] ?? 'Cadangan';
const when = (iso: string) => (iso ? formatDateTime(iso) : '–');
const size = (bytes: number) => `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
const counts = (c: Backup['counts']) => `${formatNumber(c.kampungKb)} Kampung KB, ${formatNumber(c.poktan)} poktan, ${formatNumber(c.needs)} kebutuhan sarana`;

function FailedBackup({ failure }: { failure: NonNullable<ChannelOutput<'backup-list'>['lastFailure']> }) {
  return (
    <Notice tone="error">
      Cadangan otomatis terakhir ({(REASONS[failure.reason] ?? 'Cadangan').toLowerCase()}, {when(failure.at)}) gagal dibuat. Buat cadangan sekarang; bila gagal lagi, periksa ruang kosong
      disk dan izin folder cadangan. Rincian: {failure.detail}
    </Notice>
  );
}

/** Restores after showing what the backup holds against the current data; reloads the app after. */
export function useRestore() {
  const flash = useFlash();
  const confirm = useConfirm();
  return async (source: { fileName: string } | { base64: string }, label: string) => {
    const inspected = await call('backup-inspect', source);
    if (!inspected.ok) return flash({ message: inspected.error.message });
    const { counts: theirs, current } = inspected.value;
    const question =
      `Pulihkan ${label}?\n\nCadangan berisi: ${counts(theirs)}.` +
      (current ? `\nData sekarang: ${counts(current)}.` : '') +
      '\n\nPerubahan yang dibuat sesudah cadangan ini tidak akan ada lagi. Data sekarang dicadangkan dahulu, sehingga pemulihan ini dapat dibatalkan.';
    if (!(await confirm({ message: question, confirmLabel: 'Pulihkan', danger: true }))) return;
    const restored = await call('backup-restore', source);
    if (!restored.ok) return flash({ message: restored.error.message });
    const safety = restored.value.safetyBackup ? ' Data sebelumnya disimpan sebagai cadangan "Sebelum pemulihan".' : '';
    flashAfterReload(`Data dipulihkan dari ${label}.${safety}`);
    window.location.reload();
  };
}

export function BackupPage() {
  const list = useLoad('backup-list', {});
  const download = useDownload();
  const flash = useFlash();
  const restore = useRestore();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function createNow() {
    setBusy(true);
    const result = await call('backup-create', {});
    setBusy(false);
    flash({ message: result.ok ? `Cadangan dibuat dan diperiksa utuh: ${counts(result.value.counts)}.` : result.error.message });
    list.reload();
  }

  async function restoreFile(file: File | undefined) {
    if (!file) return;
    const base64 = await readFileBase64(file);
    await restore({ base64 }, `berkas ${file.name}`);
    if (input.current) input.current.value = '';
  }

  return (
    <>
      <PageHeader
        title="Cadangan"
        subtitle="Salinan basis data yang diperiksa keutuhannya. Dibuat otomatis setiap hari, saat aplikasi ditutup, dan sesudah impor atau penyaluran massal."
        actions={
          <>
            <button type="button" className="button" disabled={busy} onClick={createNow}>
              Buat cadangan sekarang
            </button>
            <button type="button" className="button button--primary" onClick={() => download('backup-download', {})}>
              Simpan cadangan ke flashdisk/folder lain
            </button>
          </>
        }
      />
      {list.data?.lastFailure ? <FailedBackup failure={list.data.lastFailure} /> : null}
      <Section title="Cadangan di komputer ini" description={list.data ? `Folder: ${list.data.dir}. Disimpan: yang pertama dan 5 terbaru dari hari terakhir, 7 harian, 4 mingguan, 12 bulanan.` : undefined}>
        <table className="table" aria-label="Daftar cadangan">
          <thead>
            <tr>
              <th>Waktu</th>
              <th>Jenis</th>
              <th>Isi</th>
              <th className="number">Ukuran</th>
              <th>Pemeriksaan</th>
              <th>
                <span className="visually-hidden">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(list.data?.backups ?? []).map((backup) => (
              <tr key={backup.fileName}>
                <td>{when(backup.createdAt)}</td>
                <td>{reasonOf(backup.fileName)}</td>
                <td>{counts(backup.counts)}</td>
                <td className="number">{size(backup.sizeBytes)}</td>
                <td>{backup.ok ? <span className="badge badge--mandiri">Utuh</span> : <span className="badge badge--dasar">Rusak</span>}</td>
                <td className="actions">
                  <button type="button" className="button button--small" disabled={!backup.ok} onClick={() => restore({ fileName: backup.fileName }, `cadangan ${when(backup.createdAt)}`)}>
                    Pulihkan
                  </button>
                </td>
              </tr>
            ))}
            {list.data?.backups.length === 0 ? (
              <tr>
                <td colSpan={6} className="empty">
                  Belum ada cadangan.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </Section>
      <Section title="Pulihkan dari berkas cadangan" description="Misalnya dari flashdisk. Berkas diperiksa dahulu; berkas yang rusak, bukan cadangan Sinergi KB, atau dari versi yang lebih baru ditolak tanpa mengubah apa pun.">
        <input ref={input} type="file" accept=".db" className="visually-hidden" tabIndex={-1} aria-label="Berkas cadangan untuk dipulihkan" onChange={(e) => void restoreFile(e.target.files?.[0])} />
        <button type="button" className="button" onClick={() => input.current?.click()}>
          Pilih berkas cadangan…
        </button>
      </Section>
      <Notice tone="info">Folder data berisi data pribadi (nama dan telepon pengurus kelompok). Simpan flashdisk cadangan di tempat terkunci.</Notice>
    </>
  );
}
