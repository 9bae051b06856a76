import { useRef, useState } from 'react';
import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatNumber } from '../../../../electron/contract/format.js';
import { readFileBase64 } from '../../api/files.js';
import { call } from '../../api/transport.js';
import { useDownload } from '../../api/useDownload.js';
import { SelectField } from '../../ui/fields.js';
import { useFlash } from '../../ui/flash.js';
import { Notice, PageHeader, Section } from '../../ui/layout.js';

type Preview = ChannelOutput<'excel-poktan-preview'>;
type Mapping = Preview['mapping'];

const FIELD_LABELS: Record<string, string> = {
  type: 'Jenis poktan *',
  name: 'Nama kelompok *',
  kecamatan: 'Kecamatan *',
  desa: 'Desa/kelurahan *',
  address: 'Alamat',
  chairName: 'Nama ketua',
  chairPhone: 'Telepon ketua',
  members: 'Jumlah anggota',
  foundedYear: 'Tahun pembentukan',
  decreeNumber: 'Nomor SK',
  decreeDate: 'Tanggal SK',
  stage: 'Tahapan',
  active: 'Aktif (Ya/Tidak)',
};

export function ImportExportPage() {
  const download = useDownload();
  return (
    <>
      <PageHeader title="Impor/Ekspor" subtitle="Data dari dan ke Excel: lengkap, tanpa batas jumlah baris." />
      <Section title="Ekspor ke Excel">
        <div className="form-row">
          <button type="button" className="button" onClick={() => download('excel-poktan-export', {})}>
            Register poktan dan kebutuhan sarana
          </button>
          <button type="button" className="button" onClick={() => download('excel-database-export', {})}>
            Arsip seluruh basis data
          </button>
        </div>
      </Section>
      <PoktanImport />
    </>
  );
}

function PoktanImport() {
  const download = useDownload();
  const flash = useFlash();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [existing, setExisting] = useState<'update' | 'skip'>('update');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function check(base64: string, chosen: Mapping | null) {
    setBusy(true);
    setError(null);
    const result = await call('excel-poktan-preview', { base64, mapping: chosen as never });
    setBusy(false);
    if (!result.ok) {
      setPreview(null);
      return setError(result.error.fields?.file ?? result.error.message);
    }
    setPreview(result.value);
    setMapping(result.value.mapping);
  }

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    const base64 = await readFileBase64(chosen);
    setFile({ name: chosen.name, base64 });
    await check(base64, null);
  }

  async function importRows() {
    if (!file) return;
    setBusy(true);
    const result = await call('excel-poktan-import', { base64: file.base64, mapping: mapping as never, existing });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    const { added, updated, skipped } = result.value;
    flash({ message: `Impor selesai: ${formatNumber(added)} ditambahkan, ${formatNumber(updated)} diperbarui, ${formatNumber(skipped)} dilewati.` });
    setFile(null);
    setPreview(null);
    if (input.current) input.current.value = '';
  }

  const problems = preview?.rows.filter((r) => r.status === 'error') ?? [];
  return (
    <Section title="Impor register poktan dari Excel" description="Tidak ada data yang disimpan sebelum Anda menekan tombol Impor; semua baris disimpan sekaligus atau tidak sama sekali.">
      <ol className="steps">
        <li>
          <button type="button" className="button" onClick={() => download('excel-poktan-template', {})}>
            Unduh templat Excel
          </button>{' '}
          <span className="muted small">berisi daftar pilihan jenis, kecamatan dan desa kabupaten ini.</span>
        </li>
        <li>
          <input ref={input} id="import-file" type="file" accept=".xlsx" className="visually-hidden" tabIndex={-1} aria-label="Berkas Excel untuk diimpor" onChange={(e) => void choose(e.target.files?.[0])} />
          <button type="button" className="button button--primary" onClick={() => input.current?.click()}>
            Pilih berkas Excel…
          </button>{' '}
          <span className="muted small">{file ? file.name : 'Belum ada berkas dipilih.'}</span>
        </li>
      </ol>
      {busy ? <p aria-live="polite">Memeriksa berkas…</p> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {preview && file ? (
        <>
          {preview.missing.length > 0 || preview.rows.length === 0 ? (
            <Notice tone="warning">Judul kolom berkas berbeda dari templat. Tentukan kolom mana berisi data apa, lalu periksa lagi.</Notice>
          ) : null}
          <details className="mapping" open={preview.missing.length > 0}>
            <summary>Pemetaan kolom</summary>
            <div className="form-grid form-grid--4">
              {Object.keys(FIELD_LABELS).map((key) => (
                <SelectField
                  key={key}
                  name={`map-${key}`}
                  label={FIELD_LABELS[key]!}
                  value={mapping?.[key as keyof Mapping] === undefined ? '' : String(mapping[key as keyof Mapping])}
                  placeholder="— Tidak ada —"
                  options={preview.headers.map((header, index) => ({ value: String(index), label: header || `Kolom ${index + 1}` }))}
                  onChange={(v) => {
                    const next = { ...(mapping ?? {}) } as Record<string, number>;
                    if (v === '') delete next[key];
                    else next[key] = Number(v);
                    setMapping(next as Mapping);
                  }}
                />
              ))}
            </div>
            <button type="button" className="button" onClick={() => check(file.base64, mapping)}>
              Periksa lagi dengan pemetaan ini
            </button>
          </details>
          {preview.rows.length > 0 ? (
            <>
              <p className="summary-line" aria-live="polite">
                {formatNumber(preview.rows.length)} baris: {formatNumber(preview.counts.new)} baru, {formatNumber(preview.counts.existing)} sudah terdaftar, {formatNumber(preview.counts.error)} bermasalah.
              </p>
              {problems.length > 0 ? (
                <table className="table table--compact" aria-label="Baris bermasalah">
                  <thead>
                    <tr>
                      <th>Baris</th>
                      <th>Nama kelompok</th>
                      <th>Masalah</th>
                    </tr>
                  </thead>
                  <tbody>
                    {problems.slice(0, 500).map((row) => (
                      <tr key={row.rowNumber}>
                        <td>{row.rowNumber}</td>
                        <td>{row.name || '–'}</td>
                        <td>
                          <ul className="plain-list">
                            {row.problems.map((p) => (
                              <li key={p}>{p}</li>
                            ))}
                          </ul>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              <fieldset className="choices">
                <legend>Kelompok yang sudah terdaftar</legend>
                <label className="choice">
                  <input type="radio" name="existing" checked={existing === 'update'} onChange={() => setExisting('update')} />
                  <span>Perbarui dengan data dari berkas</span>
                </label>
                <label className="choice">
                  <input type="radio" name="existing" checked={existing === 'skip'} onChange={() => setExisting('skip')} />
                  <span>Lewati (biarkan data yang ada)</span>
                </label>
              </fieldset>
              <div className="form-actions">
                <button type="button" className="button button--primary" disabled={busy || problems.length > 0} onClick={importRows}>
                  {problems.length > 0 ? 'Perbaiki baris bermasalah terlebih dahulu' : `Impor ${formatNumber(preview.rows.length)} baris`}
                </button>
              </div>
            </>
          ) : null}
        </>
      ) : null}
    </Section>
  );
}
