import { useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatDate, localIsoDate } from '../../../../electron/contract/format.js';
import { call } from '../../api/transport.js';
import { useLoad } from '../../api/useLoad.js';
import { CheckboxGroup } from '../../ui/choices.js';
import { DateField } from '../../ui/dates.js';
import { SelectField, TextAreaField, TextField } from '../../ui/fields.js';
import { useFlash } from '../../ui/flash.js';
import { Section } from '../../ui/layout.js';
import { focusFirstInvalid } from '../office/useOfficeDraft.js';
import { useReference } from '../reference/useReference.js';

type Resolution = ChannelOutput<'rakorda-resolutions'>['own'][number];
const STATUS = [
  { value: 'belum', label: 'Belum' },
  { value: 'berjalan', label: 'Berjalan' },
  { value: 'selesai', label: 'Selesai' },
];
const statusLabel = (status: string) => STATUS.find((s) => s.value === status)?.label ?? status;

/** Numbered resolutions with responsible partners and follow-up; last years' open ones carried in. */
export function ResolutionsTab({ year }: { year: number }) {
  const list = useLoad('rakorda-resolutions', { year });
  const reference = useReference();
  const mitra = (codes: string[]) => codes.map((c) => reference.label('mitra', c)).join(', ');
  const table = (rows: Resolution[], caption: string, carried: boolean) => (
    <table className="table" aria-label={caption}>
      <thead>
        <tr>
          <th>{carried ? 'Tahun/No' : 'No'}</th>
          <th>Rumusan</th>
          <th>Penanggung jawab</th>
          <th>Target waktu</th>
          <th>Status dan tindak lanjut</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{carried ? `${r.year}/${r.number}` : r.number}</td>
            <td>{r.text}</td>
            <td>{mitra(r.responsible)}</td>
            <td>{r.targetDate ? formatDate(r.targetDate) : '–'}</td>
            <td>
              <span className={`badge badge--resolution-${r.status}`}>{statusLabel(r.status)}</span>
              <ul className="followups">
                {r.followups.map((f, i) => (
                  <li key={i}>
                    {formatDate(f.notedOn)}: {f.note}
                  </li>
                ))}
              </ul>
              <FollowupForm resolution={r} onSaved={list.reload} />
            </td>
          </tr>
        ))}
        {rows.length === 0 ? (
          <tr>
            <td colSpan={5} className="empty">
              {carried ? 'Tidak ada rumusan tahun sebelumnya yang belum selesai.' : 'Belum ada rumusan kesepakatan.'}
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
  if (!list.data) return <p>{list.error ?? 'Memuat…'}</p>;
  return (
    <>
      <Section title={`Rumusan kesepakatan Rakorda ${year}`}>
        {table(list.data.own, 'Rumusan kesepakatan', false)}
        <ResolutionForm year={year} onSaved={list.reload} />
      </Section>
      <Section title="Rumusan tahun sebelumnya yang belum selesai">{table(list.data.carried, 'Rumusan tahun sebelumnya', true)}</Section>
    </>
  );
}

function ResolutionForm({ year, onSaved }: { year: number; onSaved(): void }) {
  const reference = useReference();
  const flash = useFlash();
  const [text, setText] = useState('');
  const [responsible, setResponsible] = useState<string[]>([]);
  const [targetDate, setTargetDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formKey, setFormKey] = useState(0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await call('rakorda-resolution-save', { year, text, responsible, targetDate: targetDate || null });
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      return focusFirstInvalid();
    }
    setText('');
    setResponsible([]);
    setTargetDate('');
    setErrors({});
    setFormKey((k) => k + 1);
    flash({ message: 'Rumusan kesepakatan ditambahkan.' });
    onSaved();
  }

  return (
    <form key={formKey} onSubmit={submit} noValidate aria-label="Tambah rumusan" className="inline-panel">
      <h3>Tambah rumusan kesepakatan</h3>
      <TextAreaField name="resolution.text" label="Rumusan" value={text} onChange={setText} error={errors.text} />
      <CheckboxGroup name="resolution.responsible" legend="Penanggung jawab" options={reference.options?.mitra ?? []} value={responsible} onChange={setResponsible} error={errors.responsible} columns={3} />
      <div className="form-grid form-grid--3">
        <DateField name="resolution.targetDate" label="Target waktu" value={targetDate} onChange={setTargetDate} error={errors.targetDate} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Tambah rumusan
        </button>
      </div>
    </form>
  );
}

function FollowupForm({ resolution, onSaved }: { resolution: Resolution; onSaved(): void }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string>(resolution.status);
  const [notedOn, setNotedOn] = useState(localIsoDate());
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!open) {
    return (
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        Catat tindak lanjut
      </button>
    );
  }
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await call('rakorda-followup-add', { resolutionId: resolution.id, notedOn, note, status: status as Resolution['status'] });
    if (!result.ok) return setErrors(result.error.fields ?? {});
    setOpen(false);
    onSaved();
  }
  return (
    <form onSubmit={submit} noValidate aria-label={`Tindak lanjut rumusan ${resolution.number}`} className="followup-form">
      <DateField name={`followup-date-${resolution.id}`} label="Tanggal" value={notedOn} onChange={setNotedOn} error={errors.notedOn} />
      <TextField name={`followup-note-${resolution.id}`} label="Tindak lanjut" value={note} onChange={setNote} error={errors.note} />
      <SelectField name={`followup-status-${resolution.id}`} label="Status" value={status} options={STATUS} onChange={setStatus} />
      <button type="submit" className="button button--small button--primary">
        Simpan
      </button>
    </form>
  );
}
