import { useState, type FormEvent } from 'react';
import type { ChannelFields, ChannelOutput } from '../../../../electron/contract/channels.js';
import { POKTAN_TYPE_LABELS, POKTAN_TYPE_NAMES, POKTAN_TYPES } from '../../../../electron/contract/poktan.js';
import type { ReferenceList } from '../../../../electron/contract/reference.js';
import type { AppError } from '../../../../electron/contract/result.js';
import { call } from '../../api/transport.js';
import { useLoad } from '../../api/useLoad.js';
import { Checkbox } from '../../ui/choices.js';
import { SelectField, TextAreaField, TextField } from '../../ui/fields.js';
import { PlaceFields } from '../../ui/PlaceFields.js';
import { useFields } from '../../ui/useFields.js';
import { Section } from '../../ui/layout.js';
import { ProblemNotice } from '../../ui/ProblemNotice.js';
import { CountField } from '../../ui/numbers.js';
import { focusFirstInvalid } from '../office/useOfficeDraft.js';
import { useReference } from '../reference/useReference.js';
import { DateField } from '../../ui/dates.js';

type Poktan = ChannelOutput<'poktan-get'>['poktan'];
type Fields = Omit<ChannelFields<'poktan-create'>, 'confirmDuplicate' | 'foundedYear' | 'members'> & { foundedYear: string; members: number | string };

function fromPoktan(poktan: Poktan | null): Fields {
  if (!poktan) {
    return {
      type: 'bkb', name: '', kecamatanCode: '', desaCode: '', kampungKbId: null, address: '', chairName: '', chairPhone: '', members: 0,
      foundedYear: '', decreeNumber: '', decreeDate: null, stageCode: '', isActive: true, lastActiveOn: null, notes: '',
    };
  }
  const { id: _i, kecamatanName: _k, desaName: _d, kampungKbName: _n, updatedAt: _u, foundedYear, ...rest } = poktan;
  return { ...rest, foundedYear: foundedYear === null ? '' : String(foundedYear) };
}

/** Identity of a poktan; warns of a near-duplicate in the same desa and offers to open it. */
export function PoktanForm({ poktan, onSaved }: { poktan: Poktan | null; onSaved(poktan: Poktan): void }) {
  const { fields, set, errors, setErrors } = useFields<Fields>(() => fromPoktan(poktan));
  const [problem, setProblem] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const units = useLoad('kampung-kb-list', { kecamatanCode: fields.kecamatanCode || '-' }, fields.kecamatanCode);
  const reference = useReference();

  async function save(confirmDuplicate: boolean) {
    setBusy(true);
    setProblem(null);
    const foundedYear = fields.foundedYear.trim() === '' ? null : /^\d+$/.test(fields.foundedYear.trim()) ? Number(fields.foundedYear) : fields.foundedYear;
    const payload = { ...fields, foundedYear, confirmDuplicate } as ChannelFields<'poktan-create'>;
    const result = poktan ? await call('poktan-update', { ...payload, id: poktan.id }) : await call('poktan-create', payload);
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

  const stages = reference.options?.[`tahapan-${fields.type}` as ReferenceList] ?? [];
  const desaUnits = (units.data?.rows ?? []).filter((u) => u.desaCode === fields.desaCode);
  return (
    <form onSubmit={submit} noValidate aria-label="Identitas poktan" className="stack">
      <Section title="Identitas kelompok">
        <div className="form-grid">
          <SelectField
            name="type"
            label="Jenis poktan"
            required
            value={fields.type}
            options={POKTAN_TYPES.map((t) => ({ value: t, label: `${POKTAN_TYPE_LABELS[t]} — ${POKTAN_TYPE_NAMES[t]}` }))}
            onChange={(v) => {
              set('type', v as Fields['type']);
              set('stageCode', '');
            }}
            error={errors.type}
          />
          <TextField name="name" label="Nama kelompok" required value={fields.name} onChange={(v) => set('name', v)} error={errors.name} />
          <PlaceFields
            kecamatanCode={fields.kecamatanCode}
            desaCode={fields.desaCode}
            onKecamatan={(code) => {
              set('kecamatanCode', code);
              set('desaCode', '');
              set('kampungKbId', null);
            }}
            onDesa={(code) => {
              set('desaCode', code);
              set('kampungKbId', null);
            }}
            errors={errors}
          />
          <SelectField
            name="kampungKbId"
            label="Kampung KB (bila berada di Kampung KB)"
            value={fields.kampungKbId ?? ''}
            disabled={desaUnits.length === 0}
            placeholder={fields.desaCode && desaUnits.length === 0 ? 'Tidak ada Kampung KB di desa ini' : '— Tidak di Kampung KB —'}
            options={desaUnits.map((u) => ({ value: u.id, label: u.name }))}
            onChange={(v) => set('kampungKbId', v || null)}
            error={errors.kampungKbId}
          />
          <TextField name="address" label="Alamat sekretariat" value={fields.address} onChange={(v) => set('address', v)} error={errors.address} hint="Misalnya: RT 02/RW 03, Kampung Cibareno" />
          <TextField name="chairName" label="Nama ketua" value={fields.chairName} onChange={(v) => set('chairName', v)} error={errors.chairName} />
          <TextField name="chairPhone" label="Telepon ketua" inputMode="tel" value={fields.chairPhone} onChange={(v) => set('chairPhone', v)} error={errors.chairPhone} />
          <CountField name="members" label="Jumlah anggota/keluarga peserta" value={fields.members} onChange={(v) => set('members', v)} error={errors.members} />
          <TextField name="foundedYear" label="Tahun pembentukan" inputMode="numeric" value={fields.foundedYear} onChange={(v) => set('foundedYear', v)} error={errors.foundedYear} />
          <TextField name="decreeNumber" label="Nomor SK pembentukan" value={fields.decreeNumber} onChange={(v) => set('decreeNumber', v)} error={errors.decreeNumber} />
          <DateField name="decreeDate" label="Tanggal SK" value={fields.decreeDate ?? ''} onChange={(v) => set('decreeDate', v || null)} error={errors.decreeDate} />
          <SelectField
            name="stageCode"
            label="Tahapan"
            value={fields.stageCode}
            placeholder="— Belum dinilai —"
            options={stages.filter((s) => s.active || s.code === fields.stageCode).map((s) => ({ value: s.code, label: s.label }))}
            onChange={(v) => set('stageCode', v)}
            error={errors.stageCode}
          />
          <DateField name="lastActiveOn" label="Terakhir diketahui aktif" value={fields.lastActiveOn ?? ''} onChange={(v) => set('lastActiveOn', v || null)} error={errors.lastActiveOn} />
        </div>
        <Checkbox name="isActive" label="Kelompok masih aktif" checked={fields.isActive} onChange={(v) => set('isActive', v)} />
        <TextAreaField name="notes" label="Catatan" value={fields.notes} onChange={(v) => set('notes', v)} error={errors.notes} />
      </Section>
      <ProblemNotice problem={problem} hrefOf={(id) => `#/poktan/${id}`} saveAnyway="Simpan tetap sebagai kelompok lain" onSaveAnyway={() => save(true)} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Menyimpan…' : poktan ? 'Simpan identitas' : 'Simpan poktan'}
        </button>
      </div>
    </form>
  );
}
