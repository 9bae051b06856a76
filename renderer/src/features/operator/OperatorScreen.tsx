import { useRef, useState, type FormEvent } from 'react';
import { useFocusWhenLost } from '../../ui/focus.js';
import { call } from '../../api/transport.js';
import { TextField } from '../../ui/fields.js';
import { FormActions } from '../../ui/layout.js';

/**
 * Asks who is working, because every change is recorded with a name. Names used before on this
 * PC are one click away, so switching people on a shared office PC takes no typing.
 */
export function OperatorScreen({ known, onChosen, onCancel }: { known: string[]; onChosen(): void; onCancel?: () => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusWhenLost(heading, null);

  async function choose(chosen: string) {
    setBusy(true);
    const result = await call('operator-set', { name: chosen });
    setBusy(false);
    if (!result.ok) return setError(result.error.fields?.name ?? result.error.message);
    onChosen();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void choose(name);
  }

  return (
    <main className="startup">
      <div className="startup__panel">
        <p className="wizard__brand">Sinergi KB</p>
        <h1 ref={heading} tabIndex={-1}>
          Siapa yang bekerja?
        </h1>
        <p>Nama Anda dicatat pada setiap perubahan data, sehingga riwayat perubahan menunjukkan siapa mengubah apa dan kapan.</p>
        {known.length > 0 ? (
          <div className="operator-choices" role="group" aria-label="Operator sebelumnya">
            {known.map((previous) => (
              <button key={previous} type="button" className="button" disabled={busy} onClick={() => void choose(previous)}>
                Lanjutkan sebagai {previous}
              </button>
            ))}
          </div>
        ) : null}
        <form onSubmit={submit} noValidate aria-label="Operator baru">
          <TextField
            name="operator"
            label={known.length > 0 ? 'Atau tuliskan nama lain' : 'Nama operator'}
            value={name}
            onChange={setName}
            error={error}
            required
            maxLength={80}
            autoComplete="name"
            autoFocus
          />
          <FormActions submit="Mulai bekerja" onCancel={onCancel} busy={busy} />
        </form>
      </div>
    </main>
  );
}
