import { useState } from 'react';
import type { ConflictChoice, ConflictView } from '../../../../electron/contract/exchange.js';
import { formatDateTime } from '../../../../electron/contract/format.js';
import { call } from '../../api/transport.js';
import { useFlash } from '../../ui/flash.js';
import { Section } from '../../ui/layout.js';

/** One record changed on both PCs: the differing fields side by side, and the three ways to settle it. */
function ConflictCard({ conflict, onResolved }: { conflict: ConflictView; onResolved(): void }) {
  const flash = useFlash();
  const [taken, setTaken] = useState<Set<string>>(new Set());
  const [error, setError] = useState('');

  async function resolve(choice: ConflictChoice) {
    const result = await call('exchange-resolve', { id: conflict.id, choice, takeTheirs: [...taken] });
    if (!result.ok) return setError(result.error.message);
    flash({ message: `Konflik ${conflict.recordLabel} diselesaikan.` });
    onResolved();
  }

  const toggle = (column: string) => {
    const next = new Set(taken);
    if (next.has(column)) next.delete(column);
    else next.add(column);
    setTaken(next);
  };

  return (
    <article className="conflict" aria-label={`Konflik ${conflict.recordLabel}`}>
      <h3>
        {conflict.entityLabel}: {conflict.recordLabel}
      </h3>
      <p className="muted">
        {conflict.reason === 'duplicate'
          ? `Data dari ${conflict.partnerName} memakai kunci yang sama dengan data lain di komputer ini.`
          : `Diubah di komputer ini dan di ${conflict.partnerName} (oleh ${conflict.theirOperator || 'operator tanpa nama'}) sejak pertukaran terakhir.`}{' '}
        Diterima {formatDateTime(conflict.receivedAt)}.
      </p>
      <table className="table table--compact">
        <thead>
          <tr>
            <th>Kolom</th>
            <th>Data di komputer ini</th>
            <th>Data dari {conflict.partnerName}</th>
            <th>Ambil data kiriman</th>
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((field) => (
            <tr key={field.column}>
              <th scope="row">{field.label}</th>
              <td>{field.mine}</td>
              <td>{field.theirs}</td>
              <td>
                <input type="checkbox" aria-label={`Ambil ${field.label} dari data kiriman`} checked={taken.has(field.column)} onChange={() => toggle(field.column)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error ? <p className="field__error">{error}</p> : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void resolve('mine')}>
          Pertahankan data saya
        </button>
        <button type="button" className="button" onClick={() => void resolve('theirs')}>
          Ambil data kiriman
        </button>
        <button type="button" className="button button--primary" disabled={taken.size === 0} onClick={() => void resolve('fields')}>
          Simpan pilihan per kolom
        </button>
      </div>
    </article>
  );
}

export function ConflictsSection({ conflicts, onResolved }: { conflicts: ConflictView[]; onResolved(): void }) {
  if (conflicts.length === 0) return null;
  return (
    <Section title={`Konflik menunggu keputusan (${conflicts.length})`} description="Data ini diubah di dua komputer. Tidak ada yang ditimpa: pilih data mana yang dipakai, seluruhnya atau per kolom.">
      {conflicts.map((conflict) => (
        <ConflictCard key={conflict.id} conflict={conflict} onResolved={onResolved} />
      ))}
    </Section>
  );
}
