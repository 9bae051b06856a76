import { useState, type ReactNode, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { POKTAN_TYPE_LABELS, POKTAN_TYPES, type PoktanType } from '../../../../electron/contract/poktan.js';
import { call } from '../../api/transport.js';
import { useLoad } from '../../api/useLoad.js';
import { Checkbox } from '../../ui/choices.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { useFlash } from '../../ui/flash.js';
import { PageHeader, Section, FormActions } from '../../ui/layout.js';

type Item = ChannelOutput<'facility-item-list'>[number];

/** The editable catalogue of facility items per poktan type, with their unit and basic-kit flag. */
export function FacilityCatalogPage({ nav }: { nav: ReactNode }) {
  const items = useLoad('facility-item-list', {});
  const [editing, setEditing] = useState<Item | null>(null);
  return (
    <>
      <PageHeader title="Katalog sarana poktan" subtitle="Barang yang dapat dibutuhkan setiap jenis poktan. Kit dasar adalah yang seharusnya dimiliki setiap kelompok." />
      {nav}
      <ItemForm key={editing?.id ?? 'baru'} item={editing} onDone={() => { setEditing(null); items.reload(); }} />
      {POKTAN_TYPES.map((type) => (
        <Section key={type} title={POKTAN_TYPE_LABELS[type]}>
          <table className="table table--compact" aria-label={`Katalog ${POKTAN_TYPE_LABELS[type]}`}>
            <thead>
              <tr>
                <th>Barang</th>
                <th>Satuan</th>
                <th>Kit dasar</th>
                <th>Status</th>
                <th>
                  <span className="visually-hidden">Tindakan</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {(items.data ?? [])
                .filter((item) => item.poktanType === type)
                .map((item) => (
                  <tr key={item.id}>
                    <td>{item.name}</td>
                    <td>{item.unit}</td>
                    <td>{item.isBasicKit ? 'Ya' : '–'}</td>
                    <td>{item.active ? 'Aktif' : 'Tidak dipakai lagi'}</td>
                    <td className="actions">
                      <button type="button" className="button button--small" onClick={() => setEditing(item)}>
                        Ubah
                      </button>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </Section>
      ))}
    </>
  );
}

function ItemForm({ item, onDone }: { item: Item | null; onDone(): void }) {
  const [poktanType, setPoktanType] = useState<PoktanType>(item?.poktanType ?? 'bkb');
  const [name, setName] = useState(item?.name ?? '');
  const [unit, setUnit] = useState(item?.unit ?? '');
  const [isBasicKit, setIsBasicKit] = useState(item?.isBasicKit ?? false);
  const [active, setActive] = useState(item?.active ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const flash = useFlash();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await call('facility-item-save', { ...(item ? { id: item.id } : {}), poktanType, name, unit, isBasicKit, active });
    if (!result.ok) return setErrors(result.error.fields ?? {});
    setErrors({});
    setName('');
    setUnit('');
    flash({ message: `${result.value.name} disimpan di katalog.` });
    onDone();
  }

  return (
    <form onSubmit={submit} noValidate aria-label={item ? 'Ubah barang katalog' : 'Tambah barang katalog'}>
      <Section title={item ? `Ubah: ${item.name}` : 'Tambah barang ke katalog'}>
        <div className="form-grid form-grid--3">
          <SelectField name="item.poktanType" label="Jenis poktan" value={poktanType} options={POKTAN_TYPES.map((t) => ({ value: t, label: POKTAN_TYPE_LABELS[t] }))} onChange={(v) => setPoktanType(v as PoktanType)} error={errors.poktanType} />
          <TextField name="item.name" label="Nama barang" value={name} onChange={setName} error={errors.name} />
          <TextField name="item.unit" label="Satuan" value={unit} onChange={setUnit} error={errors.unit} hint="paket, set, buah, …" />
        </div>
        <div className="form-row">
          <Checkbox name="item.isBasicKit" label="Termasuk kit dasar" checked={isBasicKit} onChange={setIsBasicKit} />
          <Checkbox name="item.active" label="Masih dipakai" checked={active} onChange={setActive} />
        </div>
        <FormActions submit={item ? 'Simpan barang' : 'Tambah ke katalog'} onCancel={item ? onDone : undefined} />
      </Section>
    </form>
  );
}
