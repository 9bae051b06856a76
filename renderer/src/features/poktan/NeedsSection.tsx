import { Fragment, useRef, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatDate, formatNumber, localIsoDate } from '../../../../electron/contract/format.js';
import { CONDITION_LABELS, CONDITIONS, NEED_STATUS_LABELS, POKTAN_TYPE_LABELS, PRIORITIES, PRIORITY_LABELS } from '../../../../electron/contract/poktan.js';
import { call } from '../../api/transport.js';
import { useLoad } from '../../api/useLoad.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { useFlash } from '../../ui/flash.js';
import { Notice, Section, FormActions } from '../../ui/layout.js';
import { CountField } from '../../ui/numbers.js';
import { focusFirstInvalid } from '../office/useOfficeDraft.js';
import { useReference } from '../reference/useReference.js';
import { DateField } from '../../ui/dates.js';
import { useFocusOnOpen } from '../../ui/focus.js';
import { cancelOnEscape } from '../../ui/escape.js';

type Detail = ChannelOutput<'poktan-get'>;
type Need = Detail['needs'][number];
type Action = 'propose' | 'approve' | 'deliver' | 'reject';

const ACTIONS: Record<Need['status'], { action: Action; label: string }[]> = {
  diidentifikasi: [
    { action: 'propose', label: 'Usulkan' },
    { action: 'approve', label: 'Setujui' },
    { action: 'reject', label: 'Tolak' },
  ],
  diusulkan: [
    { action: 'approve', label: 'Setujui' },
    { action: 'reject', label: 'Tolak' },
  ],
  disetujui: [
    { action: 'deliver', label: 'Catat penerimaan' },
    { action: 'reject', label: 'Tolak' },
  ],
  'diterima-sebagian': [{ action: 'deliver', label: 'Catat penerimaan' }],
  diterima: [],
  ditolak: [],
};

/** A group's facility needs: what, how many, and each step from need to delivery. */
export function NeedsSection({ poktan, needs, onChanged }: { poktan: Detail['poktan']; needs: Need[]; onChanged(): void }) {
  const reference = useReference();
  const [adding, setAdding] = useState(false);
  const [acting, setActing] = useState<{ need: Need; action: Action } | null>(null);
  const flash = useFlash();

  async function remove(need: Need) {
    const result = await call('need-delete', { id: need.id });
    if (!result.ok) return flash({ message: result.error.message });
    onChanged();
    flash({
      message: `Kebutuhan "${need.itemName}" dihapus.`,
      action: {
        label: 'Urungkan',
        run: async () => {
          await call('need-restore', { id: need.id });
          onChanged();
        },
      },
    });
  }
  return (
    <Section title="Kebutuhan sarana dan prasarana">
      <table className="table needs-table" aria-label="Kebutuhan sarana">
        <thead>
          <tr>
            <th>Barang</th>
            <th className="number">Dibutuhkan</th>
            <th className="number">Disetujui</th>
            <th className="number">Diterima</th>
            <th>Tahun usulan</th>
            <th>Sumber dana</th>
            <th>Status</th>
            <th>
              <span className="visually-hidden">Tindakan</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {needs.map((need) => (
            <Fragment key={need.id}>
              <tr className="need-row">
                <td>{need.itemName}</td>
                <td className="number">
                  {formatNumber(need.quantityNeeded)} {need.unit}
                </td>
                <td className="number">{need.quantityApproved === null ? '–' : `${formatNumber(need.quantityApproved)} ${need.unit}`}</td>
                <td className="number">
                  {formatNumber(need.quantityDelivered)} {need.unit}
                </td>
                <td>{need.yearProposed}</td>
                <td>{need.fundingSource ? reference.label('sumber-dana-sarana', need.fundingSource) : '–'}</td>
                <td>
                  <span className={`badge badge--status-${need.status}`}>{NEED_STATUS_LABELS[need.status]}</span>
                </td>
                <td className="actions">
                  <div className="row-actions">
                    {ACTIONS[need.status].map(({ action, label }) => (
                      <button key={action} type="button" className={`button button--small${action === 'reject' ? ' button--danger' : ''}`} onClick={() => setActing({ need, action })}>
                        {label}
                      </button>
                    ))}
                    <button type="button" className="button button--small button--danger" aria-label={`Hapus kebutuhan ${need.itemName}`} onClick={() => remove(need)}>
                      Hapus
                    </button>
                  </div>
                </td>
              </tr>
              <tr className="history-row">
                <td colSpan={8}>
                  <details className="history">
                    <summary>Riwayat ({need.events.length})</summary>
                    <ol>
                      {need.events.map((event) => (
                        <li key={event.id}>
                          {formatDate(event.happenedOn)}: {NEED_STATUS_LABELS[event.status]}
                          {event.quantity !== null ? ` ${formatNumber(event.quantity)} ${need.unit}` : ''}
                          {event.fundingSource ? ` · ${reference.label('sumber-dana-sarana', event.fundingSource)}` : ''}
                          {event.note ? ` · ${event.note}` : ''}
                          {event.batchId ? ' · penyaluran massal' : ''}
                        </li>
                      ))}
                    </ol>
                  </details>
                </td>
              </tr>
            </Fragment>
          ))}
          {needs.length === 0 ? (
            <tr>
              <td colSpan={8} className="empty">
                Belum ada kebutuhan sarana tercatat untuk kelompok ini.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {acting ? (
        <NeedActionForm
          key={`${acting.need.id}-${acting.action}`}
          need={acting.need}
          action={acting.action}
          onDone={(changed) => {
            // Only this form closes: a save that finishes after the user opened another step leaves that one open.
            const done = acting;
            setActing((current) => (current === done ? null : current));
            if (changed) onChanged();
          }}
        />
      ) : null}
      {adding ? (
        <NeedForm
          poktan={poktan}
          onDone={(changed) => {
            setAdding(false);
            if (changed) onChanged();
          }}
        />
      ) : null}
      {/* Hidden, not removed, while its form is open: the form gives the keyboard back to it when it closes. */}
      <button type="button" className="button" hidden={adding} onClick={() => setAdding(true)}>
        Tambah kebutuhan sarana
      </button>
    </Section>
  );
}

const ACTION_TITLES: Record<Action, string> = {
  propose: 'Usulkan kebutuhan',
  approve: 'Catat persetujuan',
  deliver: 'Catat penerimaan barang',
  reject: 'Catat penolakan',
};

function NeedActionForm({ need, action, onDone }: { need: Need; action: Action; onDone(changed: boolean): void }) {
  const reference = useReference();
  const flash = useFlash();
  const remaining = Math.max((need.quantityApproved ?? need.quantityNeeded) - need.quantityDelivered, 0);
  const [happenedOn, setHappenedOn] = useState(localIsoDate());
  const [quantity, setQuantity] = useState<number | string>(action === 'approve' ? need.quantityNeeded : remaining);
  const [fundingSource, setFundingSource] = useState(need.fundingSource);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnOpen(heading);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await call('need-act', { needId: need.id, action, happenedOn, quantity: quantity as number, fundingSource, note });
    if (!result.ok) {
      setErrors(result.error.fields ?? { action: result.error.message });
      return focusFirstInvalid();
    }
    flash({ message: `${need.itemName}: ${NEED_STATUS_LABELS[result.value.status].toLowerCase()}.` });
    onDone(true);
  }

  const withQuantity = action === 'approve' || action === 'deliver';
  return (
    <form onSubmit={submit} onKeyDown={cancelOnEscape(() => onDone(false))} noValidate aria-label={ACTION_TITLES[action]} className="inline-panel">
      <h3 ref={heading} tabIndex={-1}>
        {ACTION_TITLES[action]}: {need.itemName}
      </h3>
      <div className={withQuantity ? 'form-grid form-grid--need-step' : 'form-grid form-grid--3'}>
        <DateField name="act.happenedOn" label="Tanggal" value={happenedOn} onChange={setHappenedOn} error={errors.happenedOn} />
        {withQuantity ? <CountField name="act.quantity" label={action === 'approve' ? `Jumlah disetujui (${need.unit})` : `Jumlah diterima (${need.unit})`} value={quantity} onChange={setQuantity} error={errors.quantity} /> : null}
        {action === 'approve' || action === 'deliver' ? (
          <SelectField name="act.fundingSource" label="Sumber dana" value={fundingSource} placeholder="— Pilih —" options={(reference.options?.['sumber-dana-sarana'] ?? []).filter((o) => o.active).map((o) => ({ value: o.code, label: o.label }))} onChange={setFundingSource} error={errors.fundingSource} />
        ) : null}
        <TextField name="act.note" label={action === 'reject' ? 'Alasan penolakan' : 'Keterangan'} value={note} onChange={setNote} error={errors.note} />
      </div>
      {errors.action ? <Notice tone="error">{errors.action}</Notice> : null}
      <FormActions submit="Simpan" onCancel={() => onDone(false)} />
    </form>
  );
}

function NeedForm({ poktan, onDone }: { poktan: Detail['poktan']; onDone(changed: boolean): void }) {
  const items = useLoad('facility-item-list', {});
  const reference = useReference();
  const [itemId, setItemId] = useState('');
  const [itemName, setItemName] = useState('');
  const [unit, setUnit] = useState('');
  const [quantityNeeded, setQuantityNeeded] = useState<number | string>(1);
  const [quantityAvailable, setQuantityAvailable] = useState<number | string>(0);
  const [condition, setCondition] = useState('');
  const [priority, setPriority] = useState<(typeof PRIORITIES)[number]>('sedang');
  const [yearProposed, setYearProposed] = useState(localIsoDate().slice(0, 4));
  const [fundingSource, setFundingSource] = useState('');
  const [identifiedOn, setIdentifiedOn] = useState(localIsoDate());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnOpen(heading);
  const catalogue = (items.data ?? []).filter((i) => i.poktanType === poktan.type && i.active);
  // The quantities say their unit, as the step forms do ("Jumlah disetujui (paket)").
  const shownUnit = itemId ? (catalogue.find((i) => i.id === itemId)?.unit ?? '') : unit.trim();
  const inUnit = shownUnit ? ` (${shownUnit})` : '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await call('need-save', {
      poktanId: poktan.id,
      itemId: itemId || null,
      itemName,
      unit,
      quantityNeeded: quantityNeeded as number,
      quantityAvailable: quantityAvailable as number,
      condition: (condition || null) as never,
      priority,
      yearProposed: /^\d+$/.test(yearProposed) ? Number(yearProposed) : (yearProposed as never),
      fundingSource,
      identifiedOn,
    });
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      return focusFirstInvalid();
    }
    onDone(true);
  }

  return (
    <form onSubmit={submit} onKeyDown={cancelOnEscape(() => onDone(false))} noValidate aria-label="Tambah kebutuhan sarana" className="inline-panel">
      <h3 ref={heading} tabIndex={-1}>
        Tambah kebutuhan sarana
      </h3>
      <div className="form-grid form-grid--3">
        <SelectField
          name="need.itemId"
          label={`Barang dari katalog ${POKTAN_TYPE_LABELS[poktan.type]}`}
          value={itemId}
          placeholder="— Barang lain (tulis sendiri) —"
          options={catalogue.map((i) => ({ value: i.id, label: `${i.name}${i.isBasicKit ? ' (kit dasar)' : ''}` }))}
          onChange={setItemId}
          error={errors.itemId}
        />
        {itemId ? null : (
          <>
            <TextField name="need.itemName" label="Nama barang" value={itemName} onChange={setItemName} error={errors.itemName} />
            <TextField name="need.unit" label="Satuan" value={unit} onChange={setUnit} error={errors.unit} hint="paket, set, buah, …" />
          </>
        )}
        <CountField name="need.quantityNeeded" label={`Jumlah dibutuhkan${inUnit}`} value={quantityNeeded} onChange={setQuantityNeeded} error={errors.quantityNeeded} />
        <CountField name="need.quantityAvailable" label={`Jumlah yang sudah ada${inUnit}`} value={quantityAvailable} onChange={setQuantityAvailable} error={errors.quantityAvailable} />
        <SelectField name="need.condition" label="Kondisi yang sudah ada" value={condition} placeholder="— Tidak ada/tidak dinilai —" options={CONDITIONS.map((c) => ({ value: c, label: CONDITION_LABELS[c] }))} onChange={setCondition} error={errors.condition} />
        <SelectField name="need.priority" label="Prioritas" value={priority} options={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }))} onChange={(v) => setPriority(v as typeof priority)} />
        <TextField name="need.yearProposed" label="Tahun usulan" inputMode="numeric" value={yearProposed} onChange={setYearProposed} error={errors.yearProposed} />
        <DateField name="need.identifiedOn" label="Tanggal diidentifikasi" value={identifiedOn} onChange={setIdentifiedOn} error={errors.identifiedOn} />
        <SelectField name="need.fundingSource" label="Usulan sumber dana" value={fundingSource} placeholder="— Belum ditentukan —" options={(reference.options?.['sumber-dana-sarana'] ?? []).filter((o) => o.active).map((o) => ({ value: o.code, label: o.label }))} onChange={setFundingSource} error={errors.fundingSource} />
      </div>
      <FormActions submit="Simpan kebutuhan" onCancel={() => onDone(false)} />
    </form>
  );
}
