import { useRef, useState, type ReactNode } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatNumber } from '../../../../electron/contract/format.js';
import { readFileBase64 } from '../../api/files.js';
import { call } from '../../api/transport.js';
import { useDownload } from '../../api/useDownload.js';
import { SelectField } from '../../ui/fields.js';
import { useFlash } from '../../ui/flash.js';
import { Notice, Section } from '../../ui/layout.js';
import { ImportProgressBar } from './ImportProgressBar.js';
import { mappingNotes } from './mapping-notes.js';
import { ImportRowsTable } from './ImportRowsTable.js';
import { PreviewRowsTable } from './PreviewRowsTable.js';

type Preview = ChannelOutput<'excel-preview'>;
type Mapping = Record<string, number>;
type Target = Pick<ChannelInput<'excel-preview'>, 'table' | 'year' | 'layer'>;

interface Props {
  target: Target;
  title: string;
  /** What the template's drop-down lists hold, after the download button. */
  templateHint: string;
  /** How the screen names an already stored record ("Kelompok yang sudah terdaftar"). */
  existingLegend: string;
  /** Choices that come before the template (the Rakorda year and layer). */
  children?: ReactNode;
  /** What the rows are written as, said on the import button ("target (PPM) tahun 2025"): a file of another layer reads the same. */
  writesAs?: string;
}

/** Template download, file choice, column mapping, the problems per row, and the all-or-nothing import of one table. */
export function ImportSection({ target, title, templateHint, existingLegend, children, writesAs }: Props) {
  const download = useDownload();
  const flash = useFlash();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [existing, setExisting] = useState<'update' | 'skip'>('update');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const id = `import-${target.table}`;

  async function check(base64: string, chosen: Mapping | null) {
    setBusy('Memeriksa berkas…');
    setError(null);
    const result = await call('excel-preview', { ...target, base64, mapping: chosen });
    setBusy(null);
    if (!result.ok) {
      setPreview(null);
      return setError(result.error.fields?.file ?? result.error.message);
    }
    setPreview(result.value);
    setMapping(result.value.mapping);
  }

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    // The last file's findings go at once: they must not stand beside the new file's name.
    setPreview(null);
    setError(null);
    const base64 = await readFileBase64(chosen);
    // Emptied at once, so that the same file, fixed in Excel and saved, can be chosen again.
    if (input.current) input.current.value = '';
    setFile({ name: chosen.name, base64 });
    await check(base64, null);
  }

  async function importRows() {
    if (!file) return;
    setBusy(`Mengimpor ${formatNumber(preview?.rows.length ?? 0)} baris…`);
    const result = await call('excel-import', { ...target, base64: file.base64, mapping, existing });
    setBusy(null);
    if (!result.ok) return setError(result.error.message);
    const { added, updated, unchanged, skipped } = result.value;
    const same = unchanged > 0 ? `, ${formatNumber(unchanged)} sudah sama dengan data tersimpan` : '';
    flash({ message: `Impor ${title} selesai: ${formatNumber(added)} ditambahkan, ${formatNumber(updated)} diperbarui${same}, ${formatNumber(skipped)} dilewati.` });
    setFile(null);
    setPreview(null);
    if (input.current) input.current.value = '';
  }

  const problems = preview?.rows.filter((r) => r.status === 'error') ?? [];
  const notes = preview ? mappingNotes(preview) : null;
  // While a file is checked or imported, nothing that would change what is being imported can be touched.
  const locked = busy !== null;
  return (
    <Section title={`Impor ${title} dari Excel`} description="Tidak ada data yang disimpan sebelum Anda menekan tombol Impor; semua baris disimpan sekaligus atau tidak sama sekali.">
      {children ? (
        <fieldset className="unframed" disabled={locked}>
          {children}
        </fieldset>
      ) : null}
      <ol className="steps">
        <li>
          <button type="button" className="button" onClick={() => download('excel-template', target)}>
            Unduh templat {title}
          </button>{' '}
          <span className="muted small">{templateHint}</span>
        </li>
        <li>
          <input ref={input} id={id} type="file" accept=".xlsx" className="visually-hidden" tabIndex={-1} aria-label={`Berkas Excel ${title} untuk diimpor`} onChange={(e) => void choose(e.target.files?.[0])} />
          <button type="button" className="button button--primary" disabled={locked} onClick={() => input.current?.click()}>
            Pilih berkas Excel…
          </button>{' '}
          <span className="muted small">{file ? file.name : 'Belum ada berkas dipilih.'}</span>
        </li>
      </ol>
      {busy ? <ImportProgressBar fallback={busy} /> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {preview && file ? (
        <>
          {preview.missing.length > 0 ? (
            <Notice tone="warning">
              {preview.sheetName === preview.expectedSheet ? '' : `Lembar kerja "${preview.expectedSheet}" tidak ada; yang dibaca lembar "${preview.sheetName}". `}
              Kolom wajib belum dipetakan: {preview.missing.join(', ')}. Tentukan kolom berkas mana berisi data apa, lalu periksa lagi.
            </Notice>
          ) : null}
          <details className="mapping" open={preview.missing.length > 0}>
            <summary>Pemetaan kolom</summary>
            <fieldset className="unframed form-grid form-grid--4" disabled={locked}>
              {preview.fields.map((field) => (
                <SelectField
                  key={field.key}
                  name={`${id}-map-${field.key}`}
                  label={field.required ? `${field.header} *` : field.header}
                  value={mapping?.[field.key] === undefined ? '' : String(mapping[field.key])}
                  placeholder="— Tidak ada —"
                  options={preview.headers.map((header, index) => ({ value: String(index), label: header || `Kolom ${index + 1}` }))}
                  onChange={(v) => {
                    const next = { ...(mapping ?? {}) };
                    if (v === '') delete next[field.key];
                    else next[field.key] = Number(v);
                    setMapping(next);
                  }}
                />
              ))}
            </fieldset>
            <button type="button" className="button" disabled={locked} onClick={() => check(file.base64, mapping)}>
              Periksa lagi dengan pemetaan ini
            </button>
          </details>
          {preview.rows.length === 0 && preview.missing.length === 0 ? (
            <Notice tone="info">Tidak ada baris berisi angka untuk diimpor.{preview.emptyRows.length > 0 ? ` ${emptyRowsLine(preview.emptyRows)}` : ''}</Notice>
          ) : null}
          {notes && notes.doubled.length > 0 ? (
            <Notice tone="warning">
              {notes.doubled.map(({ header, fields }) => `Kolom "${header}" dipetakan ke lebih dari satu isian (${fields.join(', ')}).`).join(' ')} Periksa pemetaan kolom.
            </Notice>
          ) : null}
          {preview.rows.length > 0 ? (
            <>
              {notes && notes.unused.length > 0 ? (
                <Notice tone="info">
                  Kolom berkas yang tidak diimpor: {notes.unused.join(', ')}. Bila berisi data yang perlu disimpan, tentukan isiannya di Pemetaan kolom.
                </Notice>
              ) : null}
              <p className="summary-line" aria-live="polite">
                {formatNumber(preview.rows.length)} baris: {formatNumber(preview.counts.new)} baru, {formatNumber(preview.counts.existing)} sudah tercatat, {formatNumber(preview.counts.error)} bermasalah.
                {preview.emptyRows.length > 0 ? ` ${emptyRowsLine(preview.emptyRows)}` : null}
              </p>
              {problems.length > 0 ? (
                <PreviewRowsTable
                  label="Baris bermasalah"
                  rows={problems}
                  limit={500}
                  header="Masalah"
                  cell={(row) => (
                    <ul className="plain-list">
                      {row.problems.map((p) => (
                        <li key={p}>{p}</li>
                      ))}
                    </ul>
                  )}
                />
              ) : null}
              <fieldset className="choices" disabled={locked}>
                <legend>{existingLegend}</legend>
                <label className="choice">
                  <input type="radio" name={`${id}-existing`} checked={existing === 'update'} onChange={() => setExisting('update')} />
                  <span>Perbarui dengan data dari berkas</span>
                </label>
                <label className="choice">
                  <input type="radio" name={`${id}-existing`} checked={existing === 'skip'} onChange={() => setExisting('skip')} />
                  <span>Lewati (biarkan data yang ada)</span>
                </label>
              </fieldset>
              <ImportRowsTable rows={preview.rows} existing={existing} />
              <div className="form-actions">
                <button type="button" className="button button--primary" disabled={locked || problems.length > 0} onClick={importRows}>
                  {problems.length > 0 ? 'Perbaiki baris bermasalah terlebih dahulu' : importLabel(preview.rows, existing, writesAs)}
                </button>
              </div>
            </>
          ) : null}
        </>
      ) : null}
    </Section>
  );
}

/** Rows with a name and a year but no figure: left out, and said so (the first few by number). */
function emptyRowsLine(rowNumbers: readonly number[]): string {
  const shown = rowNumbers.slice(0, 8).map((n) => formatNumber(n)).join(', ');
  return `${formatNumber(rowNumbers.length)} baris tanpa angka tidak diimpor (baris ${shown}${rowNumbers.length > 8 ? ', …' : ''}).`;
}

/** The import button: the rows it writes, those it leaves as they are, and as what. */
function importLabel(rows: Preview['rows'], existing: 'update' | 'skip', writesAs: string | undefined): string {
  const skipped = existing === 'skip' ? rows.filter((row) => row.status === 'existing').length : 0;
  const written = rows.length - skipped;
  if (written === 0) return `Lewati ${formatNumber(skipped)} baris (tidak ada yang diimpor)`;
  return `Impor ${formatNumber(written)} baris${writesAs ? ` sebagai ${writesAs}` : ''}${skipped > 0 ? `, lewati ${formatNumber(skipped)}` : ''}`;
}
