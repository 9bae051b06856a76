import { useEffect, useRef, useState, type ClipboardEvent, type FocusEvent, type KeyboardEvent } from 'react';
import type { ChannelFields, ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatNumber } from '../../../../electron/contract/format.js';
import { isAmbiguousFigure } from '../../../../electron/contract/rakorda.js';
import { call } from '../../api/transport.js';
import { useLoad } from '../../api/useLoad.js';
import { parseDecimal, showFigure } from '../../ui/decimal.js';
import { SelectField } from '../../ui/fields.js';
import { useFlash } from '../../ui/flash.js';
import { Notice, Section } from '../../ui/layout.js';

type Layer = ChannelFields<'rakorda-grid'>['layer'];
type Grid = ChannelOutput<'rakorda-grid'>;
type Indicator = Grid['indicators'][number];

export const LAYERS: { value: Layer; label: string }[] = [
  { value: 'target', label: 'Target (PPM)' },
  { value: 'achieved', label: 'Realisasi (indikator jumlah)' },
  { value: 'numerator', label: 'Pembilang (indikator rasio)' },
  { value: 'denominator', label: 'Penyebut (indikator rasio)' },
  { value: 'existing', label: 'Jumlah yang ada (untuk pemeriksaan)' },
];

const KABUPATEN = 'kabupaten';

/** Whether a cell of this layer can hold a figure (else it is computed or not applicable). */
function editable(layer: Layer, indicator: Indicator, area: string): boolean {
  if (layer === 'target') return indicator.hasTarget;
  if (area === KABUPATEN) return false;
  if (layer === 'achieved') return indicator.aggregation === 'sum';
  if (layer === 'numerator' || layer === 'denominator') return indicator.aggregation === 'rate';
  return true;
}

/** The edits whose figure differs from the stored one (a cell typed back to it, or emptied where nothing was, is no change). */
const changedEdits = (edits: Record<string, string>, stored: Record<string, number | null> | undefined) =>
  Object.entries(edits).filter(([key, raw]) => parseDecimal(raw) !== (stored?.[key] ?? null));

/**
 * Unsaved edits per year and layer, kept while the app runs: switching to another layer, year or
 * screen and back loses nothing typed (an officer fills 28 kecamatan, then checks another layer).
 */
const drafts = new Map<string, Record<string, string>>();
const draftKey = (year: number, layer: Layer) => `${year}|${layer}`;
// They are lost only when the window closes: then the browser asks first (in the desktop app, the
// main process's dialog on will-prevent-unload).
window.addEventListener('beforeunload', (event) => {
  if (drafts.size > 0) event.preventDefault();
});

/**
 * Kecamatan × indicator entry, one layer at a time. Enter and the arrow keys move between cells;
 * a block copied from Excel is pasted from the chosen cell to the right and down.
 */
export function EvaluationGrid({ year }: { year: number }) {
  const [layer, setLayer] = useState<Layer>('target');
  // Read when the layer or year changes; the layer shown counts its own edits below its grid.
  const unsaved = [...drafts.entries()]
    .filter(([key]) => key !== draftKey(year, layer))
    .map(([key, cells]) => {
      const [draftYear, draftLayer] = key.split('|') as [string, Layer];
      const label = LAYERS.find((l) => l.value === draftLayer)!.label;
      return `${label}${Number(draftYear) === year ? '' : ` tahun ${draftYear}`}: ${formatNumber(Object.keys(cells).length)} sel`;
    });
  return (
    <Section title={`Isi data tahun ${year}`} description="Pilih lapisan data, ketik atau tempel (Ctrl+V) dari Excel, lalu simpan. Enter dan tombol panah berpindah sel; ketikan mengganti isi sel yang dituju, Esc membatalkannya. Untuk mengubah sebagian angka, tekan F2 atau klik sekali lagi.">
      <div className="form-grid form-grid--3">
        <SelectField name="gridLayer" label="Lapisan data" value={layer} options={LAYERS} onChange={(v) => setLayer(v as Layer)} />
      </div>
      {unsaved.length > 0 ? (
        <Notice tone="warning">
          Isian lain yang belum disimpan — {unsaved.join('; ')}. Isiannya tetap ada selama aplikasi terbuka: buka lapisan dan tahunnya, lalu tekan Simpan isian.
        </Notice>
      ) : null}
      <GridBody key={`${year}-${layer}`} year={year} layer={layer} />
    </Section>
  );
}

function GridBody({ year, layer }: { year: number; layer: Layer }) {
  const grid = useLoad('rakorda-grid', { year, layer });
  const [edits, setEdits] = useState<Record<string, string>>(() => drafts.get(draftKey(year, layer)) ?? {});
  const stored = grid.data?.cells;
  useEffect(() => {
    if (changedEdits(edits, stored).length > 0) drafts.set(draftKey(year, layer), edits);
    else drafts.delete(draftKey(year, layer));
  }, [edits, stored, year, layer]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // After a refused save the keyboard goes to the first red cell, in the grid's order, to fix it
  // there: once the cells are marked (an effect runs after they are drawn).
  useEffect(() => {
    const first = document.querySelector<HTMLInputElement>('.grid td.grid__invalid input');
    first?.focus();
    first?.select();
  }, [errors]);
  const [busy, setBusy] = useState(false);
  // What the focused cell held when the user arrived in it: Escape goes back to that, as in Excel.
  const arrived = useRef<{ key: string; value: string | undefined } | null>(null);
  // A click into a cell selects its figure (typing replaces it); a second click places the caret.
  const selectOnClick = useRef(false);
  // As in Excel: a cell typed into after arriving is entered, and the arrow keys move on; F2 or a
  // second click edits it, and left and right move the caret within it (to the next cell at its edge).
  const editing = useRef(false);
  const flash = useFlash();
  if (!grid.data) return <p>{grid.error ?? 'Memuat…'}</p>;
  const { indicators, areas, cells } = grid.data;
  const keyOf = (area: string, indicatorId: string) => `${area}|${indicatorId}`;
  const shown = (key: string) => edits[key] ?? showFigure(cells[key] ?? null);

  function focusCell(row: number, col: number) {
    const cell = document.querySelector<HTMLInputElement>(`[data-cell="${row}:${col}"]`);
    // As in Excel, typing into the cell moved to replaces its value.
    cell?.focus();
    cell?.select();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, row: number, col: number, key: string) {
    selectOnClick.current = false;
    const before = arrived.current?.key === key ? arrived.current.value : undefined;
    if (event.key === 'Escape' && edits[key] !== before) {
      // As in Excel: Escape takes back what was typed since arriving in the cell.
      event.preventDefault();
      setEdits(({ [key]: _undone, ...rest }) => (before === undefined ? rest : { ...rest, [key]: before }));
      return;
    }
    const { selectionStart, selectionEnd, value } = event.currentTarget;
    if (event.key === 'F2') {
      event.preventDefault();
      editing.current = true;
      event.currentTarget.setSelectionRange(value.length, value.length);
      return;
    }
    const atStart = !editing.current || selectionStart === 0;
    const atEnd = !editing.current || selectionEnd === value.length;
    const moves: Record<string, [number, number] | undefined> = {
      Enter: event.shiftKey ? [-1, 0] : [1, 0],
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowRight: atEnd ? [0, 1] : undefined,
      ArrowLeft: atStart ? [0, -1] : undefined,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    focusCell(row + move[0], col + move[1]);
  }

  function onFocus(event: FocusEvent<HTMLInputElement>, key: string) {
    arrived.current = { key, value: edits[key] };
    selectOnClick.current = true;
    editing.current = false;
    event.currentTarget.select();
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>, row: number, col: number) {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    const next = { ...edits };
    let left = 0;
    text.replace(/\r/g, '').replace(/\n$/, '').split('\n').forEach((line, r) => {
      line.split('\t').forEach((value, c) => {
        const area = areas[row + r];
        const indicator = indicators[col + c];
        if (area && indicator && editable(layer, indicator, area.code)) next[keyOf(area.code, indicator.id)] = value.trim();
        else if (value.trim() !== '') left += 1;
      });
    });
    setEdits(next);
    if (left > 0) flash({ message: `${formatNumber(left)} angka tidak ditempel: jatuh di luar tabel atau pada sel bergaris, yang tidak diisi pada lapisan ini. Periksa sel awal tempelan.` });
  }

  async function fillFromRegister() {
    const result = await call('rakorda-register-figures', { year });
    if (!result.ok) return flash({ message: result.error.message });
    const { cells: counted, indicators: names } = result.value;
    if (names.length === 0) return flash({ message: `Tidak ada indikator tahun ${year} yang dapat diambil dari register (Kampung KB; keluarga aktif ber-BKB, BKR, BKL; PIK-R aktif).` });
    // A cell that already holds the register's figure, stored or typed, is left as it is.
    const differing = Object.entries(counted).filter(([key, value]) => parseDecimal(shown(key)) !== value);
    if (differing.length === 0) return flash({ message: `Realisasi ${names.join(', ')} di tabel sudah sama dengan register.` });
    setEdits((current) => ({ ...current, ...Object.fromEntries(differing.map(([key, value]) => [key, showFigure(value)])) }));
    flash({ message: `${formatNumber(differing.length)} sel realisasi ${names.join(', ')} diisi dari register. Periksa angkanya, lalu tekan Simpan isian.` });
  }

  async function save() {
    const changed = changedEdits(edits, cells);
    if (changed.length === 0) return flash({ message: 'Tidak ada isian yang berubah.' });
    // "1,000" from an English-language Excel would be read as one: sent as typed, for the main
    // process to ask about with every other wrong cell, in one round.
    const sent = changed.map(([key, raw]) => {
      const [area, indicatorId] = key.split('|') as [string, string];
      return { area, indicatorId, value: isAmbiguousFigure(raw) ? raw.trim() : parseDecimal(raw) };
    });
    setBusy(true);
    const result = await call('rakorda-grid-save', { year, layer, cells: sent });
    setBusy(false);
    if (!result.ok) {
      // Messages come keyed by cell ("area|indicator") or by position in the batch ("cells.3.value").
      const byCell: Record<string, string> = {};
      for (const [path, message] of Object.entries(result.error.fields ?? {})) {
        const position = /^cells\.(\d+)\./.exec(path);
        const cell = position ? sent[Number(position[1])] : null;
        byCell[cell ? keyOf(cell.area, cell.indicatorId) : path] = message;
      }
      // An earlier save's "… disimpan." beside these problems would read as if this one had been saved.
      flash(null);
      setErrors(byCell);
      return;
    }
    setErrors({});
    setEdits({});
    flash({ message: result.value.message });
    grid.reload();
  }

  const names = new Map(areas.map((a) => [a.code, a.name]));
  const indicatorNames = new Map(indicators.map((i) => [i.id, i.name]));
  const errorList = Object.entries(errors).map(([key, message]) => {
    const [area, indicatorId] = key.split('|') as [string, string];
    // Named after the cell, as the main process's own messages are: "Bayah, Peserta KB baru pria: tidak boleh negatif."
    const lowered = message.charAt(0).toLowerCase() + message.slice(1);
    return message.includes(names.get(area) ?? '\u0000') ? message : `${names.get(area) ?? area}, ${indicatorNames.get(indicatorId) ?? ''}: ${lowered}`;
  });
  return (
    <>
      <div className="grid-scroll">
        <table className="grid" aria-label={`Isian ${LAYERS.find((l) => l.value === layer)!.label} tahun ${year}`}>
          <thead>
            <tr>
              <th className="grid__corner">Wilayah</th>
              {indicators.map((indicator) => (
                <th key={indicator.id} title={indicator.name}>
                  <span className="grid__name">{indicator.name}</span>
                  <span className="grid__unit">{indicator.unit}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {areas.map((area, row) => (
              <tr key={area.code} className={area.code === KABUPATEN ? 'grid__kabupaten' : undefined}>
                <th scope="row">{area.name}</th>
                {indicators.map((indicator, col) => {
                  const key = keyOf(area.code, indicator.id);
                  if (!editable(layer, indicator, area.code)) return <td key={indicator.id} className="grid__off" aria-label={`${area.name}, ${indicator.name}: tidak diisi`} />;
                  return (
                    <td key={indicator.id} className={errors[key] ? 'grid__invalid' : edits[key] !== undefined ? 'grid__changed' : undefined}>
                      <input
                        data-cell={`${row}:${col}`}
                        aria-label={`${area.name}, ${indicator.name}`}
                        aria-invalid={errors[key] ? true : undefined}
                        title={errors[key]}
                        inputMode="decimal"
                        value={shown(key)}
                        onChange={(event) => setEdits((current) => ({ ...current, [key]: event.target.value }))}
                        onFocus={(event) => onFocus(event, key)}
                        onMouseUp={(event) => {
                          if (selectOnClick.current) event.preventDefault();
                          else editing.current = true;
                          selectOnClick.current = false;
                        }}
                        onKeyDown={(event) => onKeyDown(event, row, col, key)}
                        onPaste={(event) => onPaste(event, row, col)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errorList.length > 0 ? (
        <Notice tone="error">
          <strong>Isian belum disimpan; perbaiki sel yang ditandai merah:</strong>
          <ul className="plain-list">
            {errorList.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <p className="muted small">Sel bergaris tidak diisi pada lapisan ini: angka kabupaten dijumlahkan dari kecamatan, atau indikatornya diisi pada lapisan lain.</p>
      {layer === 'achieved' ? (
        <p className="muted small">
          Ambil dari register mengisi Kampung KB aktif yang dicanangkan sampai 31 Desember {year}, anggota BKB/BKR/BKL aktif dan kelompok PIK-R aktif yang berdiri sampai tahun {year}{' '}
          (jumlah anggota menurut register saat ini); kecamatan tanpa angka di register hanya diisi 0 bila punya target. Angka yang diambil tersimpan setelah
          Simpan isian ditekan.
        </p>
      ) : null}
      <div className="form-actions">
        <span className="muted small">{formatNumber(changedEdits(edits, cells).length)} sel diubah</span>
        {layer === 'achieved' ? (
          // Compared with the stored figures: not while they are read again after a save.
          <button type="button" className="button" disabled={busy || grid.loading} onClick={fillFromRegister}>
            Ambil dari register
          </button>
        ) : null}
        <button type="button" className="button button--primary" disabled={busy} onClick={save}>
          {busy ? 'Menyimpan…' : 'Simpan isian'}
        </button>
      </div>
    </>
  );
}
