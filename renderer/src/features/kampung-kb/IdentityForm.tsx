import { useState, type FormEvent } from 'react';
import type { ChannelFields, ChannelInput, ChannelOutput } from '../../../../electron/contract/channels.js';
import { LEVEL_LABELS, LEVELS, type Level } from '../../../../electron/contract/kampung-kb.js';
import type { AppError } from '../../../../electron/contract/result.js';
import { call } from '../../api/transport.js';
import { editDecimal } from '../../ui/decimal.js';
import { CheckboxGroup, Checkbox } from '../../ui/choices.js';
import { SelectField, TextAreaField, TextField } from '../../ui/fields.js';
import { PlaceFields } from '../../ui/PlaceFields.js';
import { useFields } from '../../ui/useFields.js';
import { Section } from '../../ui/layout.js';
import { ProblemNotice } from '../../ui/ProblemNotice.js';
import { focusFirstInvalid } from '../office/useOfficeDraft.js';
import { useReference } from '../reference/useReference.js';
import { DateField } from '../../ui/dates.js';

type Unit = ChannelOutput<'kampung-kb-get'>['unit'];
type Fields = Omit<ChannelFields<'kampung-kb-create'>, 'latitude' | 'longitude' | 'confirmOtherInDesa'> & { latitude: string; longitude: string };

function fromUnit(unit: Unit | null): Fields {
  if (!unit) {
    return {
      name: '', kecamatanCode: '', desaCode: '', coverage: '', declaredOn: '', personInCharge: '', description: '',
      latitude: '', longitude: '', isModel: false, isActive: true, criteria: { main: [], area: [], special: [] }, manualLevel: null, manualLevelNote: '',
    };
  }
  const { id: _id, kecamatanName: _k, desaName: _d, createdAt: _c, updatedAt: _u, deletedAt: _x, latitude, longitude, ...rest } = unit;
  return { ...rest, latitude: editDecimal(latitude), longitude: editDecimal(longitude) };
}

/** Coordinates accept a decimal comma as typed in Indonesia ("-6,3521"). */
const coordinate = (raw: string): number | null | string => {
  const value = raw.trim().replace(',', '.');
  if (value === '') return null;
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : raw;
};

/** Identity of a Kampung KB: creates a new unit or edits an existing one. */
export function IdentityForm({ unit, onSaved }: { unit: Unit | null; onSaved(unit: Unit): void }) {
  const { fields, set, errors, setErrors } = useFields<Fields>(() => fromUnit(unit));
  const [problem, setProblem] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const reference = useReference();

  async function save(confirmOtherInDesa: boolean) {
    setBusy(true);
    setProblem(null);
    const payload = { ...fields, latitude: coordinate(fields.latitude), longitude: coordinate(fields.longitude), confirmOtherInDesa } as ChannelInput<'kampung-kb-create'>;
    const result = unit ? await call('kampung-kb-update', { ...payload, id: unit.id }) : await call('kampung-kb-create', payload);
    setBusy(false);
    if (result.ok) return onSaved(result.value);
    setErrors(result.error.fields ?? {});
    setProblem(result.error);
    focusFirstInvalid();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(false);
  }

  const options = reference.options;
  return (
    <form onSubmit={submit} noValidate aria-label="Identitas Kampung KB" className="stack">
      <Section title="Identitas">
        <div className="form-grid">
          <TextField name="name" label="Nama Kampung KB" required className="wide" value={fields.name} onChange={(v) => set('name', v)} error={errors.name} />
          <PlaceFields
            kecamatanCode={fields.kecamatanCode}
            desaCode={fields.desaCode}
            onKecamatan={(code) => {
              set('kecamatanCode', code);
              set('desaCode', '');
            }}
            onDesa={(code) => set('desaCode', code)}
            errors={errors}
          />
          <TextField name="coverage" label="Cakupan wilayah (RW/dusun)" value={fields.coverage} onChange={(v) => set('coverage', v)} error={errors.coverage} hint="Untuk Kampung KB lama tingkat RW/dusun, misalnya: RW 03 dan RW 04" />
          <DateField name="declaredOn" label="Tanggal pencanangan" required value={fields.declaredOn} onChange={(v) => set('declaredOn', v)} error={errors.declaredOn} />
          <TextField name="personInCharge" label="Penanggung jawab" value={fields.personInCharge} onChange={(v) => set('personInCharge', v)} error={errors.personInCharge} />
          <TextField name="latitude" label="Lintang (opsional)" inputMode="decimal" value={fields.latitude} onChange={(v) => set('latitude', v)} error={errors.latitude} hint="Contoh: -6,3521" />
          <TextField name="longitude" label="Bujur (opsional)" inputMode="decimal" value={fields.longitude} onChange={(v) => set('longitude', v)} error={errors.longitude} hint="Contoh: 106,2489" />
        </div>
        <TextAreaField name="description" label="Gambaran umum" value={fields.description} onChange={(v) => set('description', v)} error={errors.description} />
        <div className="form-row">
          <Checkbox name="isModel" label="Kampung KB percontohan kabupaten/kota" checked={fields.isModel} onChange={(v) => set('isModel', v)} error={errors.isModel} />
          <Checkbox name="isActive" label="Masih aktif" checked={fields.isActive} onChange={(v) => set('isActive', v)} error={errors.isActive} />
        </div>
      </Section>
      <Section title="Kriteria pemilihan lokasi">
        {options ? (
          <>
            <CheckboxGroup name="criteria.main" legend="Kriteria utama" options={options['kriteria-utama']} value={fields.criteria.main} onChange={(v) => set('criteria', { ...fields.criteria, main: v })} error={errors['criteria.main']} columns={1} />
            <CheckboxGroup name="criteria.area" legend="Kriteria wilayah" options={options['kriteria-wilayah']} value={fields.criteria.area} onChange={(v) => set('criteria', { ...fields.criteria, area: v })} error={errors['criteria.area']} columns={3} />
            <CheckboxGroup name="criteria.special" legend="Kriteria khusus" options={options['kriteria-khusus']} value={fields.criteria.special} onChange={(v) => set('criteria', { ...fields.criteria, special: v })} error={errors['criteria.special']} />
          </>
        ) : (
          <p>Memuat pilihan…</p>
        )}
      </Section>
      <Section title="Penetapan tingkat oleh kantor" description="Isi hanya bila keputusan resmi kantor berbeda dari hasil perhitungan; hasil perhitungan tetap ditampilkan di sampingnya.">
        <div className="form-grid">
          <SelectField
            name="manualLevel"
            label="Tingkat yang ditetapkan"
            value={fields.manualLevel ?? ''}
            placeholder="— Ikuti hasil perhitungan —"
            options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))}
            onChange={(v) => set('manualLevel', (v || null) as Level | null)}
            error={errors.manualLevel}
          />
          <TextField name="manualLevelNote" label="Dasar penetapan" value={fields.manualLevelNote} onChange={(v) => set('manualLevelNote', v)} error={errors.manualLevelNote} hint="Misalnya: SK Kepala Dinas Nomor 400/12/2024" />
        </div>
      </Section>
      <ProblemNotice problem={problem} hrefOf={(id) => `#/kampung-kb/${id}`} saveAnyway="Simpan tetap sebagai Kampung KB lain" onSaveAnyway={() => save(true)} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Menyimpan…' : unit ? 'Simpan identitas' : 'Simpan Kampung KB'}
        </button>
      </div>
    </form>
  );
}
