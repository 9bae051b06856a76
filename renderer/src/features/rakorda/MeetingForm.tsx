import { useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatNumber } from '../../../../electron/contract/format.js';
import { call } from '../../api/transport.js';
import { useLoad } from '../../api/useLoad.js';
import { DateField } from '../../ui/dates.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { useFlash } from '../../ui/flash.js';
import { Notice, Section } from '../../ui/layout.js';
import { CountField } from '../../ui/numbers.js';
import { focusFirstInvalid } from '../office/useOfficeDraft.js';
import { useReference } from '../reference/useReference.js';

type Meeting = NonNullable<ChannelOutput<'rakorda-meeting-get'>>;

export function MeetingTab({ year }: { year: number }) {
  const meeting = useLoad('rakorda-meeting-get', { year });
  if (meeting.loading && !meeting.data) return <p>Memuat…</p>;
  return <MeetingForm key={year} year={year} initial={meeting.data ?? null} />;
}

/** Theme, date, venue, who opened it, participant organisations with counts, and speakers. */
function MeetingForm({ year, initial }: { year: number; initial: Meeting | null }) {
  const reference = useReference();
  const flash = useFlash();
  const [theme, setTheme] = useState(initial?.theme ?? '');
  const [heldOn, setHeldOn] = useState(initial?.heldOn ?? '');
  const [venue, setVenue] = useState(initial?.venue ?? '');
  const [openedBy, setOpenedBy] = useState(initial?.openedBy ?? '');
  const [participants, setParticipants] = useState<{ partner: string; count: number | string }[]>(initial?.participants ?? []);
  const [speakers, setSpeakers] = useState(initial?.speakers ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const partners = (reference.options?.mitra ?? []).filter((o) => o.active);
  const total = participants.reduce((sum, p) => sum + (typeof p.count === 'number' ? p.count : 0), 0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await call('rakorda-meeting-save', { year, theme, heldOn: heldOn || null, venue, openedBy, participants: participants as Meeting['participants'], speakers });
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      setFormError(result.error.message);
      return focusFirstInvalid();
    }
    setErrors({});
    setFormError(null);
    flash({ message: `Data Rakorda tahun ${year} disimpan.` });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Pertemuan Rakorda" className="stack">
      <Section title={`Rapat Koordinasi Daerah: evaluasi tahun ${year}`}>
        <div className="form-grid">
          <TextField name="theme" label="Tema" className="wide" value={theme} onChange={setTheme} error={errors.theme} />
          <DateField name="heldOn" label="Tanggal pelaksanaan" value={heldOn} onChange={setHeldOn} error={errors.heldOn} />
          <TextField name="venue" label="Tempat" value={venue} onChange={setVenue} error={errors.venue} />
          <TextField name="openedBy" label="Dibuka oleh" value={openedBy} onChange={setOpenedBy} error={errors.openedBy} hint="Misalnya: Bupati Lebak" />
        </div>
      </Section>
      <Section title={`Peserta (${formatNumber(total)} orang)`}>
        {participants.map((p, index) => (
          <div key={index} className="form-grid form-grid--3 repeat-row">
            <SelectField
              name={`participant-${index}`}
              label={`Instansi ${index + 1}`}
              value={p.partner}
              placeholder="— Pilih instansi/organisasi —"
              options={partners.map((o) => ({ value: o.code, label: o.label }))}
              onChange={(v) => setParticipants(participants.map((x, i) => (i === index ? { ...x, partner: v } : x)))}
              error={errors[`participants.${index}.partner`]}
            />
            <CountField name={`participant-count-${index}`} label={`Jumlah peserta instansi ${index + 1}`} value={p.count} onChange={(v) => setParticipants(participants.map((x, i) => (i === index ? { ...x, count: v } : x)))} error={errors[`participants.${index}.count`]} />
            <button type="button" className="button button--small button--danger repeat-row__remove" onClick={() => setParticipants(participants.filter((_, i) => i !== index))}>
              Hapus baris
            </button>
          </div>
        ))}
        {errors.participants ? <p className="field__error">{errors.participants}</p> : null}
        <button type="button" className="button" onClick={() => setParticipants([...participants, { partner: '', count: 1 }])}>
          Tambah instansi peserta
        </button>
      </Section>
      <Section title="Narasumber">
        {speakers.map((s, index) => (
          <div key={index} className="form-grid form-grid--3 repeat-row">
            <TextField name={`speaker-name-${index}`} label={`Nama narasumber ${index + 1}`} value={s.name} onChange={(v) => setSpeakers(speakers.map((x, i) => (i === index ? { ...x, name: v } : x)))} error={errors[`speakers.${index}.name`]} />
            <TextField name={`speaker-position-${index}`} label="Jabatan" value={s.position} onChange={(v) => setSpeakers(speakers.map((x, i) => (i === index ? { ...x, position: v } : x)))} />
            <TextField name={`speaker-topic-${index}`} label="Materi" value={s.topic} onChange={(v) => setSpeakers(speakers.map((x, i) => (i === index ? { ...x, topic: v } : x)))} />
          </div>
        ))}
        <button type="button" className="button" onClick={() => setSpeakers([...speakers, { name: '', position: '', topic: '' }])}>
          Tambah narasumber
        </button>
      </Section>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Simpan data rapat
        </button>
      </div>
    </form>
  );
}
