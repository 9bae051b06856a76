import { formatNumber, formatShare } from '../../../../electron/contract/format.js';
import { AGE_BANDS, POKTAN_TARGETS } from '../../../../electron/contract/kampung-kb.js';
import { Section } from '../../ui/layout.js';
import { OptionalCountField, parseCount } from '../../ui/numbers.js';
import type { SectionProps } from './ProfileSections.js';
import { asNumber, knownNumber, total, type Figures } from './snapshot-draft.js';

const FAMILY_FIELDS = [
  ['families', 'Jumlah keluarga (KK)'],
  ['pus', 'Pasangan usia subur (PUS)'],
  ['teenagers', 'Jumlah remaja (10–24 tahun)'],
  ['familiesWithUnderFives', 'Keluarga dengan balita'],
  ['familiesWithTeens', 'Keluarga dengan remaja'],
  ['familiesWithElderly', 'Keluarga dengan lansia'],
  ['bpjsMembers', 'Peserta BPJS Kesehatan'],
] as const;

const percent = formatShare;

/** Blank is "belum diisi": the profile prints a dash, and checks and scores leave it out. */
const BLANK_NOTE = 'Kosongkan angka yang belum diketahui: angka kosong dicetak “–”, bukan 0.';

export function PopulationSection({ value, set, errors, warnings }: SectionProps<Figures>) {
  const male = total(value.population.male);
  const female = total(value.population.female);
  return (
    <Section title="Data kependudukan" description={BLANK_NOTE}>
      <div className="form-grid form-grid--3">
        {FAMILY_FIELDS.map(([key, label]) => (
          <OptionalCountField key={key} name={`figures.${key}`} label={label} value={value[key]} onChange={(v) => set([key], v)} error={errors[`figures.${key}`]} warning={warnings[`figures.${key}`]} />
        ))}
      </div>
      <details className="population">
        <summary>
          Penduduk menurut kelompok umur dan jenis kelamin (jumlah: {formatNumber(male + female)})
        </summary>
        <table className="table table--compact">
          <thead>
            <tr>
              <th>Kelompok umur</th>
              <th>Laki-laki</th>
              <th>Perempuan</th>
              <th>Jumlah</th>
            </tr>
          </thead>
          <tbody>
            {AGE_BANDS.map((band, index) => (
              <tr key={band}>
                <th scope="row">{band}</th>
                {(['male', 'female'] as const).map((sex) => (
                  <td key={sex}>
                    <input
                      className="cell-input"
                      inputMode="numeric"
                      aria-label={`${sex === 'male' ? 'Laki-laki' : 'Perempuan'} umur ${band}`}
                      value={String(value.population[sex][index] ?? 0)}
                      onChange={(event) => set(['population', sex, index], parseCount(event.target.value))}
                    />
                  </td>
                ))}
                <td className="number">{formatNumber(asNumber(value.population.male[index] ?? 0) + asNumber(value.population.female[index] ?? 0))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Jumlah</th>
              <td className="number">{formatNumber(male)}</td>
              <td className="number">{formatNumber(female)}</td>
              <td className="number">{formatNumber(male + female)}</td>
            </tr>
          </tfoot>
        </table>
        {errors['figures.population.male'] || errors['figures.population.female'] ? (
          <p className="field__error">{errors['figures.population.male'] ?? errors['figures.population.female']}</p>
        ) : null}
      </details>
    </Section>
  );
}

export function KbSection({ value, set, errors, warnings, options }: SectionProps<Figures>) {
  const users = total(value.kbUsers);
  const pus = knownNumber(value.pus);
  const methodError = errors['figures.kbUsers'];
  const reasonError = errors['figures.nonUsers'];
  return (
    <Section title="Data program KB" description={BLANK_NOTE}>
      <fieldset className="choices">
        <legend>Peserta KB aktif menurut metode</legend>
        <div className="form-grid form-grid--4">
          {options['metode-kb']
            .filter((m) => m.active || m.code in value.kbUsers)
            .map((method) => (
              <OptionalCountField key={method.code} name={`kbUsers.${method.code}`} label={method.label} value={value.kbUsers[method.code] ?? null} onChange={(v) => set(['kbUsers', method.code], v ?? undefined)} error={errors[`figures.kbUsers.${method.code}`]} />
            ))}
        </div>
        <p className={methodError ? 'field__error' : warnings['figures.kbUsers'] ? 'field__warning' : 'summary-line'} role={methodError ? 'alert' : undefined}>
          {methodError ?? warnings['figures.kbUsers'] ?? `Jumlah peserta KB aktif: ${formatNumber(users)} · CPR ${percent(users, pus)}`}
        </p>
      </fieldset>
      <fieldset className="choices">
        <legend>PUS tidak ber-KB menurut alasan</legend>
        <div className="form-grid form-grid--4">
          {options['alasan-tidak-ber-kb']
            .filter((r) => r.active || r.code in value.nonUsers)
            .map((reason) => (
              <OptionalCountField key={reason.code} name={`nonUsers.${reason.code}`} label={reason.label} value={value.nonUsers[reason.code] ?? null} onChange={(v) => set(['nonUsers', reason.code], v ?? undefined)} error={errors[`figures.nonUsers.${reason.code}`]} />
            ))}
        </div>
        {reasonError ? <p className="field__error">{reasonError}</p> : null}
      </fieldset>
      <fieldset className="choices">
        <legend>Peserta poktan</legend>
        <div className="form-grid form-grid--5">
          {POKTAN_TARGETS.map((poktan) => (
            <OptionalCountField
              key={poktan.key}
              name={`poktan.${poktan.key}`}
              label={`Peserta ${poktan.label}`}
              value={value.poktanParticipants[poktan.key]}
              onChange={(v) => set(['poktanParticipants', poktan.key], v)}
              error={errors[`figures.poktanParticipants.${poktan.key}`]}
              hint={knownNumber(value[poktan.target]) === null ? `Jumlah ${poktan.targetLabel} belum diisi` : `${percent(knownNumber(value.poktanParticipants[poktan.key]), knownNumber(value[poktan.target]))} dari ${poktan.targetLabel}`}
            />
          ))}
        </div>
      </fieldset>
    </Section>
  );
}
