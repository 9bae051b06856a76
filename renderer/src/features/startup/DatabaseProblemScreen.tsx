import { formatDate } from '../../../../electron/contract/format.js';
import type { DatabaseStatus } from '../../../../electron/contract/status.js';
import { useState } from 'react';
import { saveFile } from '../../api/files.js';
import { call, isDesktop } from '../../api/transport.js';
import { useLoad } from '../../api/useLoad.js';
import { reasonOf, useRestore } from '../backup/BackupPage.js';

type Failed = Extract<DatabaseStatus, { state: 'failed' }>;

const WHAT_TO_DO: Record<Failed['problem'], string[]> = {
  corrupt: [
    'Jangan hapus berkas basis data; simpan salinannya untuk diperiksa.',
    'Pulihkan dari cadangan terbaru yang utuh (tombol di bawah); data yang rusak dicadangkan dahulu.',
  ],
  locked: ['Tutup jendela Sinergi KB yang lain, lalu buka kembali aplikasi ini.', 'Bila folder data berada di jaringan, pastikan tidak dibuka dari komputer lain.'],
  'read-only': ['Pastikan folder data tidak berada di CD, flashdisk terkunci, atau folder tanpa izin tulis.', 'Jalankan aplikasi dengan akun Windows pemilik folder data.'],
  'cannot-open': ['Pastikan folder data ada dan dapat diakses.', 'Bila folder data dipindahkan, jalankan aplikasi dengan folder yang benar.'],
  'newer-version': ['Pasang Sinergi KB versi terbaru, lalu buka kembali data ini.'],
  unknown: ['Tutup dan buka kembali aplikasi.', 'Bila masalah berlanjut, hubungi pengelola aplikasi dengan menyertakan keterangan teknis di bawah.'],
};

/** Offers the newest backup that passed its integrity check. */
function LatestBackup() {
  const list = useLoad('backup-list', {});
  const restore = useRestore();
  const latest = list.data?.backups.find((b) => b.ok);
  if (!latest) return <p>Tidak ada cadangan yang utuh di folder data ini.</p>;
  const label = `cadangan ${reasonOf(latest.fileName).toLowerCase()} ${formatDate(latest.createdAt.slice(0, 10))}`;
  return (
    <p>
      <button type="button" className="button button--primary" onClick={() => restore({ fileName: latest.fileName }, label)}>
        Buka cadangan terbaru yang utuh ({formatDate(latest.createdAt.slice(0, 10))})
      </button>
    </p>
  );
}

/** Saves what can still be read of the damaged database to Excel, and says how complete it is. */
function SalvageExport() {
  const [outcome, setOutcome] = useState('');
  const [busy, setBusy] = useState(false);
  async function salvage() {
    setBusy(true);
    const result = await call('recovery-export', {});
    setBusy(false);
    if (!result.ok) return setOutcome(result.error.message);
    const { complete, partial } = result.value;
    const saved = await saveFile(result.value);
    const summary = `${complete} tabel terbaca lengkap${partial > 0 ? `, ${partial} tabel terbaca sebagian (lihat lembar "Keterangan pemulihan")` : ''}.`;
    setOutcome(saved.saved ? `Data yang terbaca disimpan ke ${saved.path}: ${summary}` : summary);
  }
  return (
    <>
      <p>
        <button type="button" className="button" disabled={busy} onClick={() => void salvage()}>
          {busy ? 'Membaca data…' : 'Simpan data yang masih terbaca ke Excel'}
        </button>
      </p>
      {outcome ? <p role="status">{outcome}</p> : null}
    </>
  );
}

/** Shown instead of the app when the database could not be opened: what happened and what to do. */
export function DatabaseProblemScreen({ status, dataDir }: { status: Failed; dataDir: string }) {
  return (
    <main className="startup">
      <div className="startup__panel startup__panel--problem" role="alert">
        <p className="wizard__brand">Sinergi KB</p>
        <h1>Basis data tidak dapat dibuka</h1>
        <p className="startup__message">{status.message}</p>
        <h2>Yang dapat Anda lakukan</h2>
        <ul>
          {WHAT_TO_DO[status.problem].map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
        {status.problem === 'corrupt' || status.problem === 'unknown' ? <LatestBackup /> : null}
        {status.problem !== 'locked' && status.problem !== 'cannot-open' ? <SalvageExport /> : null}
        <dl className="facts">
          <dt>Folder data</dt>
          <dd>
            <code>{dataDir}</code>
          </dd>
          <dt>Berkas</dt>
          <dd>
            <code>{status.file}</code>
          </dd>
          <dt>Keterangan teknis</dt>
          <dd>
            <code>{status.detail}</code>
          </dd>
        </dl>
        <p>Data Anda tidak diubah. Tutup jendela ini bila sudah selesai.</p>
        {/* In the desktop app closing the only window quits; a browser tab is closed by its user. */}
        {isDesktop ? (
          <button type="button" className="button" onClick={() => window.close()}>
            Keluar dari Sinergi KB
          </button>
        ) : null}
      </div>
    </main>
  );
}
