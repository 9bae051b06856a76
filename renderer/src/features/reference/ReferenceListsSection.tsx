import { useState, type FormEvent } from 'react';
import { REFERENCE_LIST_NAMES, REFERENCE_LISTS, type ReferenceList, type RefOption } from '../../../../electron/contract/reference.js';
import { call } from '../../api/transport.js';
import { codeFromLabel } from '../../ui/code-from-label.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { useFlash } from '../../ui/flash.js';
import { Section } from '../../ui/layout.js';
import { useReference } from './useReference.js';

/** The editable lists behind the forms' choices: rename, retire, add. */
export function ReferenceListsSection() {
  const reference = useReference();
  const [list, setList] = useState<ReferenceList>('sumber-dana');
  const options = reference.options?.[list] ?? [];
  return (
    <Section
      title="Daftar pilihan"
      description="Pilihan pada formulir (sumber dana, metode KB, mitra, dan lainnya). Pilihan yang tidak dipakai lagi dinonaktifkan, bukan dihapus, agar data lama tetap terbaca."
    >
      <div className="form-grid">
        <SelectField
          name="referenceList"
          label="Daftar"
          value={list}
          options={REFERENCE_LIST_NAMES.map((name) => ({ value: name, label: REFERENCE_LISTS[name] }))}
          onChange={(v) => setList(v as ReferenceList)}
        />
      </div>
      <table className="table table--compact" aria-label={`Pilihan ${REFERENCE_LISTS[list]}`}>
        <thead>
          <tr>
            <th>Nama pilihan</th>
            <th>Kode</th>
            <th>Aktif</th>
            <th>
              <span className="visually-hidden">Tindakan</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {options.map((option) => (
            <OptionRow key={`${list}-${option.code}`} list={list} option={option} onSaved={reference.reload} />
          ))}
        </tbody>
      </table>
      <AddOption key={list} list={list} onSaved={reference.reload} />
    </Section>
  );
}

function OptionRow({ list, option, onSaved }: { list: ReferenceList; option: RefOption; onSaved(): void }) {
  const [label, setLabel] = useState(option.label);
  const [active, setActive] = useState(option.active);
  const [error, setError] = useState<string | null>(null);
  const flash = useFlash();
  const changed = label !== option.label || active !== option.active;

  async function save() {
    const result = await call('reference-save', { mode: 'update', list, code: option.code, label, active });
    if (!result.ok) return setError(result.error.fields?.label ?? result.error.message);
    setError(null);
    flash({ message: `Pilihan "${label}" disimpan.` });
    onSaved();
  }

  return (
    <tr>
      <td>
        <input className="cell-input cell-input--text" aria-label={`Nama pilihan ${option.code}`} value={label} onChange={(e) => setLabel(e.target.value)} aria-invalid={error ? true : undefined} />
        {error ? <p className="field__error">{error}</p> : null}
      </td>
      <td>
        <code>{option.code}</code>
      </td>
      <td>
        <input type="checkbox" aria-label={`${option.label} aktif`} checked={active} onChange={(e) => setActive(e.target.checked)} />
      </td>
      <td className="actions">
        <button type="button" className="button button--small" disabled={!changed} onClick={save}>
          Simpan
        </button>
      </td>
    </tr>
  );
}

function AddOption({ list, onSaved }: { list: ReferenceList; onSaved(): void }) {
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | undefined>();
  const flash = useFlash();

  async function add(event: FormEvent) {
    event.preventDefault();
    const code = codeFromLabel(label);
    if (!code) return setError('Wajib diisi.');
    const result = await call('reference-save', { mode: 'add', list, code, label, active: true });
    if (!result.ok) return setError(result.error.fields?.label ?? result.error.fields?.code ?? result.error.message);
    setError(undefined);
    setLabel('');
    flash({ message: `Pilihan "${label}" ditambahkan ke ${REFERENCE_LISTS[list]}.` });
    onSaved();
  }

  return (
    <form className="inline-form" onSubmit={add} noValidate aria-label="Tambah pilihan">
      <TextField name="newOption" label="Tambah pilihan baru" value={label} onChange={setLabel} error={error} />
      <button type="submit" className="button">
        Tambah
      </button>
    </form>
  );
}
