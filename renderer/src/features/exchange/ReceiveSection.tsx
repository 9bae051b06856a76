import { useRef, useState } from 'react';
import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatDateTime, formatNumber } from '../../../../electron/contract/format.js';
import { readFileBase64 } from '../../api/files.js';
import { call } from '../../api/transport.js';
import { useFlash } from '../../ui/flash.js';
import { Notice, Section } from '../../ui/layout.js';

type Preview = ChannelOutput<'exchange-preview'>;

const OUTCOMES: Record<Preview['changes'][number]['outcome'], string> = {
  add: 'Ditambahkan',
  change: 'Diperbarui',
  delete: 'Dipindahkan ke Sampah',
  conflict: 'Konflik: diubah di kedua komputer',
  unchanged: 'Sudah ada',
  align: 'Sudah ada',
  covered: 'Sudah ada',
  fill: 'Dilengkapi dengan isian yang hanya ada di komputer pengirim',
};

/** "Terima Data": check a package, see what it will do, then apply it in one step. */
export function ReceiveSection({ onApplied }: { onApplied(): void }) {
  const flash = useFlash();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    setPreview(null);
    setError('');
    const base64 = await readFileBase64(chosen);
    setFile({ name: chosen.name, base64 });
    const result = await call('exchange-preview', { base64 });
    if (!result.ok) return setError(result.error.fields?.file ?? result.error.message);
    setPreview(result.value);
  }

  async function apply() {
    if (!file) return;
    setBusy(true);
    const result = await call('exchange-apply', { base64: file.base64 });
    setBusy(false);
    if (!result.ok) return setError(result.error.fields?.file ?? result.error.message);
    const { added, changed, deleted, conflicts } = result.value;
    flash({
      message: `Paket diterapkan: ${formatNumber(added)} ditambahkan, ${formatNumber(changed)} diperbarui, ${formatNumber(deleted)} dipindahkan ke Sampah${conflicts > 0 ? `, ${formatNumber(conflicts)} konflik menunggu keputusan` : ''}.`,
    });
    setFile(null);
    setPreview(null);
    if (input.current) input.current.value = '';
    onApplied();
  }

  const counts = preview?.counts;
  return (
    <Section title="Terima Data" description="Paket diperiksa lebih dulu (keutuhan, versi, asal kabupaten). Tidak ada yang diubah sebelum Anda menekan Terapkan.">
      <input ref={input} type="file" accept=".skb" className="visually-hidden" tabIndex={-1} aria-label="Berkas paket untuk diterima" onChange={(e) => void choose(e.target.files?.[0])} />
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Pilih berkas paket…
      </button>{' '}
      <span className="muted small">{file ? file.name : 'Belum ada berkas dipilih.'}</span>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {preview && counts ? (
        <div className="exchange-preview">
          <p>
            Dari <strong>{preview.source}</strong>, dibuat {formatDateTime(preview.createdAt)} oleh {preview.createdBy || 'operator tanpa nama'} —{' '}
            {preview.whole ? 'semua data' : 'perubahan sejak paket sebelumnya'}
            {preview.kecamatanName ? `, Kecamatan ${preview.kecamatanName}` : ''}; {formatNumber(preview.records)} data.
          </p>
          {preview.alreadyReceived ? <Notice tone="warning">Paket ini sudah pernah diterima; menerapkannya lagi tidak mengubah apa pun.</Notice> : null}
          {preview.records === 0 && !preview.alreadyReceived ? (
            <Notice tone="info">Paket ini tidak berisi data. Menerapkannya hanya mencatat {preview.source} sebagai komputer mitra, agar bisa dipilih di Kirim kepada.</Notice>
          ) : null}
          {preview.fromThisPc && !preview.alreadyReceived ? (
            <Notice tone="warning">
              Paket ini dibuat oleh komputer ini sendiri untuk dikirim ke komputer lain. Terapkan hanya bila Anda sengaja mengembalikan data dari paket itu, misalnya
              setelah memulihkan cadangan yang lebih lama.
            </Notice>
          ) : null}
          <ul className="stat-row" aria-label="Ringkasan paket">
            <li className="stat stat--small"><span className="stat__value">{formatNumber(counts.added)}</span><span className="stat__label">ditambahkan</span></li>
            <li className="stat stat--small"><span className="stat__value">{formatNumber(counts.changed)}</span><span className="stat__label">diperbarui</span></li>
            <li className="stat stat--small"><span className="stat__value">{formatNumber(counts.deleted)}</span><span className="stat__label">ke Sampah</span></li>
            <li className="stat stat--small"><span className="stat__value">{formatNumber(counts.unchanged)}</span><span className="stat__label">sudah ada</span></li>
            <li className="stat stat--small"><span className="stat__value">{formatNumber(counts.conflicts)}</span><span className="stat__label">konflik</span></li>
          </ul>
          {preview.changes.length > 0 ? (
            <table className="table table--compact" aria-label="Isi paket">
              <thead>
                <tr>
                  <th>Jenis data</th>
                  <th>Data</th>
                  <th>Akibatnya di komputer ini</th>
                </tr>
              </thead>
              <tbody>
                {preview.changes.map((change, index) => (
                  <tr key={index}>
                    <td>{change.entityLabel}</td>
                    <td>{change.recordLabel}</td>
                    <td>{OUTCOMES[change.outcome]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <button type="button" className="button button--primary" disabled={busy || preview.alreadyReceived} onClick={() => void apply()}>
            {busy ? 'Menerapkan…' : 'Terapkan paket'}
          </button>
        </div>
      ) : null}
    </Section>
  );
}
