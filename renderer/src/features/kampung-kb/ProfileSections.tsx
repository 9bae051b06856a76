import type { ReferenceOptions } from '../../../../electron/contract/reference.js';
import { Checkbox, CheckboxGroup } from '../../ui/choices.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { Section } from '../../ui/layout.js';
import { CountField } from '../../ui/numbers.js';
import type { Profile } from './snapshot-draft.js';
import { DateField } from '../../ui/dates.js';

export interface SectionProps<T> {
  value: T;
  set(path: (string | number)[], value: unknown): void;
  errors: Record<string, string>;
  warnings: Record<string, string>;
  options: ReferenceOptions;
}

/** Pokja, PLKB (or who guides instead) and regulation: the "kelembagaan" of the unit. */
export function InstitutionSection({ value, set, errors, options }: SectionProps<Profile>) {
  const e = (path: string) => errors[`profile.${path}`];
  return (
    <Section title="Pokja, PLKB dan regulasi">
      <div className="form-grid">
        <Checkbox name="pokja.exists" label="Pokja Kampung KB sudah terbentuk" checked={value.pokja.exists} onChange={(v) => set(['pokja', 'exists'], v)} error={e('pokja.exists')} />
        <Checkbox name="pokja.trained" label="Pokja sudah mendapat pelatihan" checked={value.pokja.trained} onChange={(v) => set(['pokja', 'trained'], v)} />
        <TextField name="pokja.skNumber" label="Nomor SK Pokja" value={value.pokja.skNumber} onChange={(v) => set(['pokja', 'skNumber'], v)} error={e('pokja.skNumber')} />
        <DateField name="pokja.skDate" label="Tanggal SK Pokja" value={value.pokja.skDate} onChange={(v) => set(['pokja', 'skDate'], v)} error={e('pokja.skDate')} />
        <CountField name="pokja.members" label="Jumlah anggota Pokja" value={value.pokja.members} onChange={(v) => set(['pokja', 'members'], v)} error={e('pokja.members')} />
        <CountField name="pokja.membersTrained" label="Anggota Pokja yang terlatih" value={value.pokja.membersTrained} onChange={(v) => set(['pokja', 'membersTrained'], v)} error={e('pokja.membersTrained')} />
        <TextField name="plkb.name" label="Nama PLKB/PKB pendamping" value={value.plkb.name} onChange={(v) => set(['plkb', 'name'], v)} error={e('plkb.name')} hint="Kosongkan bila tidak ada PLKB/PKB pendamping." />
        <TextField name="plkb.nip" label="NIP PLKB/PKB" value={value.plkb.nip} onChange={(v) => set(['plkb', 'nip'], v)} error={e('plkb.nip')} />
        <TextField name="plkb.contact" label="Kontak PLKB/PKB" value={value.plkb.contact} onChange={(v) => set(['plkb', 'contact'], v)} error={e('plkb.contact')} />
      </div>
      {value.plkb.name.trim() === '' ? (
        <CheckboxGroup name="profile.guidance" legend="Tanpa PLKB/PKB, Kampung KB dibina oleh" options={options['pembina-tanpa-plkb']} value={value.guidance} onChange={(v) => set(['guidance'], v)} error={e('guidance')} columns={3} />
      ) : null}
      <div className="form-grid">
        <SelectField
          name="profile.regulation"
          label="Regulasi tentang Kampung KB"
          value={value.regulation}
          placeholder="Tidak ada regulasi"
          options={options.regulasi.filter((o) => o.active || o.code === value.regulation).map((o) => ({ value: o.code, label: o.label }))}
          onChange={(v) => set(['regulation'], v)}
          error={e('regulation')}
        />
        <TextField name="profile.regulationNumber" label="Nomor regulasi" value={value.regulationNumber} onChange={(v) => set(['regulationNumber'], v)} error={e('regulationNumber')} />
        <Checkbox name="profile.hasRkm" label="Ada rencana kerja masyarakat (RKM)" checked={value.hasRkm} onChange={(v) => set(['hasRkm'], v)} />
      </div>
    </Section>
  );
}

/** Data and funding sources, programmes present, and operational mechanisms with their frequency. */
export function ProgrammeSection({ value, set, errors, options }: SectionProps<Profile>) {
  const e = (path: string) => errors[`profile.${path}`];
  return (
    <Section title="Sumber data, sumber dana, program dan mekanisme">
      <CheckboxGroup name="profile.dataSources" legend="Sumber data yang digunakan" options={options['sumber-data']} value={value.dataSources} onChange={(v) => set(['dataSources'], v)} error={e('dataSources')} columns={3} />
      <CheckboxGroup name="profile.fundingSources" legend="Sumber dana" options={options['sumber-dana']} value={value.fundingSources} onChange={(v) => set(['fundingSources'], v)} error={e('fundingSources')} columns={3} />
      <CheckboxGroup name="profile.programmes" legend="Program/kegiatan yang ada" options={options.program} value={value.programmes} onChange={(v) => set(['programmes'], v)} error={e('programmes')} columns={3} />
      <fieldset className="choices" aria-describedby={e('mechanisms') ? 'profile.mechanisms-error' : undefined}>
        <legend>Mekanisme operasional</legend>
        <div className="form-grid">
          {options.mekanisme
            .filter((m) => m.active || m.code in value.mechanisms)
            .map((mechanism) => (
              <SelectField
                key={mechanism.code}
                name={`mechanism-${mechanism.code}`}
                label={mechanism.label}
                value={value.mechanisms[mechanism.code] ?? ''}
                placeholder="Tidak dilaksanakan"
                options={options.frekuensi.filter((f) => f.active).map((f) => ({ value: f.code, label: f.label }))}
                onChange={(v) => set(['mechanisms', mechanism.code], v || undefined)}
              />
            ))}
        </div>
        {e('mechanisms') ? (
          <p className="field__error" id="profile.mechanisms-error">
            {e('mechanisms')}
          </p>
        ) : null}
      </fieldset>
    </Section>
  );
}
