import { useState, type FormEvent } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatMonthYear } from '../../../../electron/contract/format.js';
import type { Level } from '../../../../electron/contract/kampung-kb.js';
import { call } from '../../api/transport.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { useFlash } from '../../ui/flash.js';
import { Notice, Section } from '../../ui/layout.js';
import { focusFirstInvalid } from '../office/useOfficeDraft.js';
import { useReference } from '../reference/useReference.js';
import { KbSection, PopulationSection } from './FigureSections.js';
import { LevelPanel } from './LevelPanel.js';
import { InstitutionSection, ProgrammeSection } from './ProfileSections.js';
import { setIn, type SnapshotDraft } from './snapshot-draft.js';

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: formatMonthYear(2000, i + 1).replace(' 2000', '') }));

export const periodLabel = (year: number, month: number | null) => (month ? formatMonthYear(year, month) : `tahun ${year}`);

interface Props {
  kampungKbId: string;
  snapshotId: string | null;
  initial: SnapshotDraft;
  manualLevel: Level | null;
  initialLevel: ChannelOutput<'kampung-kb-snapshot-save'>['level'] | null;
  initialWarnings: Record<string, string>;
  note?: string | undefined;
  onSaved(snapshotId: string): void;
}

/** One period's profile and figures; saving never changes another period. */
export function SnapshotEditor({ kampungKbId, snapshotId, initial, manualLevel, initialLevel, initialWarnings, note, onSaved }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [warnings, setWarnings] = useState(initialWarnings);
  const [level, setLevel] = useState(initialLevel);
  const [formError, setFormError] = useState<string | null>(null);
  // Success goes to the flash message: saving a new period opens its own page, replacing this form.
  const flash = useFlash();
  const [busy, setBusy] = useState(false);
  const reference = useReference();

  const setProfile = (path: (string | number)[], value: unknown) => setDraft((d) => setIn(d, ['profile', ...path], value));
  const setFigures = (path: (string | number)[], value: unknown) => setDraft((d) => setIn(d, ['figures', ...path], value));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFormError(null);
    const payload = { ...draft, kampungKbId, ...(snapshotId ? { id: snapshotId } : {}) } as ChannelInput<'kampung-kb-snapshot-save'>;
    const result = await call('kampung-kb-snapshot-save', payload);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      setFormError(result.error.message);
      return focusFirstInvalid();
    }
    setErrors({});
    setWarnings(result.value.warnings);
    setLevel(result.value.level);
    const count = Object.keys(result.value.warnings).length;
    flash({
      message: `Data ${periodLabel(asYear(draft.year), asMonth(draft.month))} disimpan.${count ? ` Ada ${count} angka yang perlu diperiksa kembali (ditandai kuning).` : ''}`,
    });
    onSaved(result.value.id);
  }

  if (!reference.options) return <p>Memuat pilihan…</p>;
  const sectionProps = { errors, warnings, options: reference.options };
  return (
    <form onSubmit={submit} noValidate aria-label="Data Kampung KB per periode" className="stack">
      {note ? <Notice tone="info">{note}</Notice> : null}
      <Section title="Periode data" description="Angka dicatat per tahun (dan bulan bila diketahui). Mengubah data satu periode tidak mengubah periode lain.">
        <div className="form-grid form-grid--3">
          <TextField name="year" label="Tahun" inputMode="numeric" value={String(draft.year)} onChange={(v) => setDraft((d) => ({ ...d, year: /^\d+$/.test(v) ? Number(v) : v }))} error={errors.year} />
          <SelectField name="month" label="Bulan" value={draft.month ? String(draft.month) : ''} placeholder="— Tidak diketahui —" options={MONTHS} onChange={(v) => setDraft((d) => ({ ...d, month: v ? Number(v) : null }))} error={errors.month} />
        </div>
      </Section>
      <InstitutionSection value={draft.profile} set={setProfile} {...sectionProps} />
      <ProgrammeSection value={draft.profile} set={setProfile} {...sectionProps} />
      <PopulationSection value={draft.figures} set={setFigures} {...sectionProps} />
      <KbSection value={draft.figures} set={setFigures} {...sectionProps} />
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <div className="form-actions form-actions--sticky">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Menyimpan…' : 'Simpan data periode ini'}
        </button>
      </div>
      {level ? (
        <Section title="Tingkat perkembangan periode ini">
          <LevelPanel result={level} manualLevel={manualLevel} period={periodLabel(asYear(draft.year), asMonth(draft.month))} />
        </Section>
      ) : null}
    </form>
  );
}

const asYear = (value: number | string) => (typeof value === 'number' ? value : Number(value) || 0);
const asMonth = (value: number | string | null) => (typeof value === 'number' ? value : null);
