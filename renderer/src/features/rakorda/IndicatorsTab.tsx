import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { INDICATOR_AGGREGATIONS, INDICATOR_DIRECTIONS } from '../../../../electron/contract/rakorda.js';
import { call } from '../../api/transport.js';
import { useLoad } from '../../api/useLoad.js';
import { codeFromLabel } from '../../ui/code-from-label.js';
import { Checkbox } from '../../ui/choices.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { useFlash } from '../../ui/flash.js';
import { Section, FormActions } from '../../ui/layout.js';

type Indicator = ChannelOutput<'rakorda-indicators'>[number];

/** The indicator catalogue: editable, and retired from a year on without losing past years. */
export function IndicatorsTab() {
  const list = useLoad('rakorda-indicators', {});
  const [editing, setEditing] = useState<Indicator | null>(null);
  // A new form after each save: an added indicator's fields do not stay in the form.
  const [saves, setSaves] = useState(0);
  return (
    <>
      <IndicatorForm key={editing?.id ?? `baru-${saves}`} indicator={editing} onDone={() => { setEditing(null); setSaves((n) => n + 1); list.reload(); }} />
      <Section title="Katalog indikator">
        <table className="table table--compact" aria-label="Katalog indikator">
          <thead>
            <tr>
              <th>Kode</th>
              <th>Indikator</th>
              <th>Satuan</th>
              <th>Arah</th>
              <th>Angka kabupaten</th>
              <th>Bilangan bulat</th>
              <th>Berlaku</th>
              <th>
                <span className="visually-hidden">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(list.data ?? []).map((i) => (
              <tr key={i.id}>
                <td>
                  <code>{i.code}</code>
                </td>
                <td>{i.name}</td>
                <td>{i.unit}</td>
                <td>{INDICATOR_DIRECTIONS.find((d) => d.value === i.direction)!.label}</td>
                <td>{INDICATOR_AGGREGATIONS.find((a) => a.value === i.aggregation)!.label}</td>
                <td>{i.wholeNumber ? (i.aggregation === 'rate' ? 'Ya (pembilang dan penyebut)' : 'Ya') : 'Tidak'}</td>
                <td>{i.retiredFromYear ? `sampai ${i.retiredFromYear - 1}` : 'berlaku'}</td>
                <td className="actions">
                  <button type="button" className="button button--small" onClick={() => setEditing(i)}>
                    Ubah
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </>
  );
}

function IndicatorForm({ indicator, onDone }: { indicator: Indicator | null; onDone(): void }) {
  const flash = useFlash();
  const [name, setName] = useState(indicator?.name ?? '');
  const [unit, setUnit] = useState(indicator?.unit ?? '');
  const [direction, setDirection] = useState(indicator?.direction ?? 'higher');
  const [aggregation, setAggregation] = useState(indicator?.aggregation ?? 'sum');
  const [hasTarget, setHasTarget] = useState(indicator?.hasTarget ?? true);
  const [wholeNumber, setWholeNumber] = useState(indicator?.wholeNumber ?? true);
  const [retired, setRetired] = useState(indicator?.retiredFromYear ? String(indicator.retiredFromYear) : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  // "Ubah" on a row far down the catalogue fills this form at the top: take the user there.
  useEffect(() => {
    if (!indicator) return;
    form.current?.scrollIntoView({ block: 'start' });
    form.current?.querySelector<HTMLInputElement>('input[name="indicator.name"]')?.focus();
  }, [indicator]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await call('rakorda-indicator-save', {
      ...(indicator ? { id: indicator.id } : {}),
      // Codes are at most 40 characters (the catalogue's and the exchange's key): a long name's is cut at a word.
      code: indicator?.code ?? codeFromLabel(name, 40),
      name,
      unit,
      direction,
      aggregation,
      hasTarget,
      wholeNumber,
      retiredFromYear: retired.trim() === '' ? null : /^\d+$/.test(retired.trim()) ? Number(retired) : (retired as never),
    });
    if (!result.ok) return setErrors(result.error.fields ?? {});
    flash({ message: `Indikator "${name}" disimpan.` });
    onDone();
  }

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={indicator ? 'Ubah indikator' : 'Tambah indikator'}>
      <Section title={indicator ? `Ubah indikator: ${indicator.name}` : 'Tambah indikator'}>
        <div className="form-grid form-grid--3">
          <TextField name="indicator.name" label="Nama indikator" value={name} onChange={setName} error={errors.name ?? errors.code} />
          <TextField name="indicator.unit" label="Satuan" value={unit} onChange={setUnit} error={errors.unit} hint="orang, %, kelompok, …" />
          <SelectField name="indicator.direction" label="Arah" value={direction} options={INDICATOR_DIRECTIONS} onChange={(v) => setDirection(v as Indicator['direction'])} />
          <SelectField name="indicator.aggregation" label="Angka kabupaten" value={aggregation} options={INDICATOR_AGGREGATIONS} onChange={(v) => setAggregation(v as Indicator['aggregation'])} />
          <TextField name="indicator.retired" label="Tidak dipakai lagi mulai tahun" inputMode="numeric" value={retired} onChange={setRetired} error={errors.retiredFromYear} hint="Mulai tahun ini indikator tidak tampil di isian, evaluasi dan laporan; data tahun sebelumnya tetap ada. Kosongkan bila masih dipakai." />
        </div>
        <Checkbox name="indicator.hasTarget" label="Indikator ini bertarget (PPM)" checked={hasTarget} onChange={setHasTarget} />
        <Checkbox
          name="indicator.wholeNumber"
          label={aggregation === 'rate' ? 'Pembilang dan penyebut dihitung dalam bilangan bulat (orang, keluarga, …)' : 'Dihitung dalam bilangan bulat (orang, keluarga, kelompok, …)'}
          checked={wholeNumber}
          onChange={setWholeNumber}
        />
        <FormActions submit={indicator ? 'Simpan indikator' : 'Tambah indikator'} onCancel={indicator ? onDone : undefined} />
      </Section>
    </form>
  );
}
