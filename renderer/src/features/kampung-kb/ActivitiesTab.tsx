import { useRef, useState, type FormEvent } from 'react';
import type { ChannelFields, ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatDate } from '../../../../electron/contract/format.js';
import { call } from '../../api/transport.js';
import { useLoad } from '../../api/useLoad.js';
import { CheckboxGroup } from '../../ui/choices.js';
import { SelectField, TextAreaField, TextField } from '../../ui/fields.js';
import { useFlash } from '../../ui/flash.js';
import { Notice, Section, FormActions } from '../../ui/layout.js';
import { focusFirstInvalid } from '../office/useOfficeDraft.js';
import { useReference } from '../reference/useReference.js';
import { DateField } from '../../ui/dates.js';
import { cancelOnEscape } from '../../ui/escape.js';
import { useFocusOnOpen } from '../../ui/focus.js';

type Activity = ChannelOutput<'kampung-kb-activity-list'>[number];
type Fields = Omit<ChannelFields<'kampung-kb-activity-save'>, 'kampungKbId' | 'id'>;

const EMPTY: Fields = { title: '', heldOn: '', place: '', categoryCode: '', targetGroups: [], partners: [], description: '' };

/** Activities (intervensi) of a Kampung KB; their partner offices count in the process index. */
export function ActivitiesTab({ kampungKbId, onChanged }: { kampungKbId: string; onChanged(): void }) {
  const list = useLoad('kampung-kb-activity-list', { kampungKbId });
  const reference = useReference();
  const flash = useFlash();
  const [editing, setEditing] = useState<{ id: string | null; fields: Fields } | null>(null);

  async function remove(activity: Activity) {
    const result = await call('kampung-kb-activity-delete', { id: activity.id });
    if (!result.ok) return flash({ message: result.error.message });
    list.reload();
    onChanged();
    flash({
      message: `Kegiatan "${activity.title}" dihapus.`,
      action: {
        label: 'Urungkan',
        run: async () => {
          const { id: _id, kampungKbId: _k, ...fields } = activity;
          await call('kampung-kb-activity-save', { kampungKbId, ...fields });
          list.reload();
          onChanged();
        },
      },
    });
  }

  return (
    <>
      {editing ? (
        <ActivityForm
          kampungKbId={kampungKbId}
          editing={editing}
          onDone={(saved) => {
            setEditing(null);
            if (saved) {
              list.reload();
              onChanged();
              flash({ message: 'Kegiatan disimpan.' });
            }
          }}
        />
      ) : null}
      {/* Hidden, not removed, while the form is open: the form gives the keyboard back to it when it closes. */}
      <div className="form-actions form-actions--start" hidden={editing !== null}>
        <button type="button" className="button button--primary" onClick={() => setEditing({ id: null, fields: EMPTY })}>
          Catat kegiatan
        </button>
      </div>
      <Section title="Daftar kegiatan">
        <table className="table">
          <thead>
            <tr>
              <th>Tanggal</th>
              <th>Kegiatan</th>
              <th>Kategori</th>
              <th>Mitra yang terlibat</th>
              <th>
                <span className="visually-hidden">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(list.data ?? []).map((activity) => (
              <tr key={activity.id}>
                <td>{formatDate(activity.heldOn)}</td>
                <td>
                  {activity.title}
                  {activity.place ? <span className="muted"> · {activity.place}</span> : null}
                </td>
                <td>{reference.label('kategori-kegiatan', activity.categoryCode)}</td>
                <td>{activity.partners.map((p) => reference.label('mitra', p)).join(', ') || '–'}</td>
                <td className="actions">
                  <button type="button" className="button button--small" onClick={() => setEditing({ id: activity.id, fields: activity })}>
                    Ubah
                  </button>
                  <button type="button" className="button button--small button--danger" onClick={() => remove(activity)}>
                    Hapus
                  </button>
                </td>
              </tr>
            ))}
            {list.data?.length === 0 ? (
              <tr>
                <td colSpan={5} className="empty">
                  Belum ada kegiatan tercatat.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </Section>
    </>
  );
}

function ActivityForm({ kampungKbId, editing, onDone }: { kampungKbId: string; editing: { id: string | null; fields: Fields }; onDone(saved: boolean): void }) {
  const [fields, setFields] = useState(editing.fields);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const reference = useReference();
  const options = reference.options;
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnOpen(heading, options !== undefined);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { kampungKbId: _k, id: _i, ...clean } = fields as Fields & { kampungKbId?: string; id?: string };
    const result = await call('kampung-kb-activity-save', { kampungKbId, ...clean, ...(editing.id ? { id: editing.id } : {}) });
    if (result.ok) return onDone(true);
    setErrors(result.error.fields ?? {});
    setFormError(result.error.message);
    focusFirstInvalid();
  }

  if (!options) return <p>Memuat pilihan…</p>;
  return (
    <form onSubmit={submit} onKeyDown={cancelOnEscape(() => onDone(false))} noValidate aria-label="Kegiatan Kampung KB">
      <Section headingRef={heading} title={editing.id ? 'Ubah kegiatan' : 'Catat kegiatan'}>
        <div className="form-grid">
          <TextField name="activity.title" label="Nama kegiatan" required className="wide" value={fields.title} onChange={(v) => set('title', v)} error={errors.title} />
          <DateField name="activity.heldOn" label="Tanggal pelaksanaan" required value={fields.heldOn} onChange={(v) => set('heldOn', v)} error={errors.heldOn} />
          <TextField name="activity.place" label="Tempat" value={fields.place} onChange={(v) => set('place', v)} error={errors.place} />
          <SelectField
            name="activity.categoryCode"
            label="Kategori"
            required
            value={fields.categoryCode}
            placeholder="— Pilih kategori —"
            options={options['kategori-kegiatan'].filter((o) => o.active || o.code === fields.categoryCode).map((o) => ({ value: o.code, label: o.label }))}
            onChange={(v) => set('categoryCode', v)}
            error={errors.categoryCode}
          />
        </div>
        <CheckboxGroup name="activity.targetGroups" legend="Sasaran" options={options.sasaran} value={fields.targetGroups} onChange={(v) => set('targetGroups', v)} error={errors.targetGroups} columns={3} />
        <CheckboxGroup name="activity.partners" legend="Mitra/OPD yang terlibat" options={options.mitra} value={fields.partners} onChange={(v) => set('partners', v)} error={errors.partners} columns={3} />
        <TextAreaField name="activity.description" label="Keterangan" value={fields.description} onChange={(v) => set('description', v)} error={errors.description} />
        {formError ? <Notice tone="error">{formError}</Notice> : null}
        <FormActions submit="Simpan kegiatan" onCancel={() => onDone(false)} />
      </Section>
    </form>
  );
}
