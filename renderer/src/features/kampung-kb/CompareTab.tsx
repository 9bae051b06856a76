import { useState } from 'react';
import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatNumber, formatPercent } from '../../../../electron/contract/format.js';
import { LEVEL_LABELS, POKTAN_TARGETS } from '../../../../electron/contract/kampung-kb.js';
import { useLoad } from '../../api/useLoad.js';
import { SelectField } from '../../ui/fields.js';
import { Section } from '../../ui/layout.js';
import { useReference } from '../reference/useReference.js';
import { periodLabel } from './SnapshotEditor.js';

type Snapshots = ChannelOutput<'kampung-kb-get'>['snapshots'];
type Snapshot = ChannelOutput<'kampung-kb-snapshot-get'>;

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);

interface Row {
  label: string;
  /** null: not filled in for the period (a dash). */
  value(s: Snapshot): number | string | null;
  /** percent: a whole percentage as the level scores it, its change in points. */
  kind?: 'number' | 'index' | 'text' | 'percent';
}

/** An output item of the period's level (CPR, MKJP, unmet need), as the level scores it. */
const outputPercent = (key: string) => (s: Snapshot) => s.level.output.items.find((item) => item.key === key)?.value ?? null;

/** Two periods side by side, field by field, with the change between them. */
export function CompareTab({ snapshots }: { snapshots: Snapshots }) {
  const [leftId, setLeftId] = useState(snapshots[1]!.id);
  const [rightId, setRightId] = useState(snapshots[0]!.id);
  const left = useLoad('kampung-kb-snapshot-get', { id: leftId });
  const right = useLoad('kampung-kb-snapshot-get', { id: rightId });
  const reference = useReference();
  const options = snapshots.map((s) => ({ value: s.id, label: periodLabel(s.year, s.month) }));

  const rows: Row[] = [
    { label: 'Tingkat perkembangan', value: (s) => LEVEL_LABELS[s.level.level], kind: 'text' },
    { label: 'Indeks input', value: (s) => s.level.input.index, kind: 'index' },
    { label: 'Indeks proses', value: (s) => s.level.process.index, kind: 'index' },
    { label: 'Indeks output', value: (s) => s.level.output.index, kind: 'index' },
    { label: 'Jumlah keluarga', value: (s) => s.figures.families },
    { label: 'PUS', value: (s) => s.figures.pus },
    { label: 'Remaja', value: (s) => s.figures.teenagers },
    { label: 'Keluarga dengan balita', value: (s) => s.figures.familiesWithUnderFives },
    { label: 'Keluarga dengan remaja', value: (s) => s.figures.familiesWithTeens },
    { label: 'Keluarga dengan lansia', value: (s) => s.figures.familiesWithElderly },
    { label: 'Peserta BPJS Kesehatan', value: (s) => s.figures.bpjsMembers },
    { label: 'Kesertaan ber-KB (CPR)', value: outputPercent('cpr'), kind: 'percent' },
    { label: 'Pemakaian MKJP', value: outputPercent('mkjp'), kind: 'percent' },
    { label: 'Kebutuhan ber-KB tidak terpenuhi (IAT + TIAL)', value: outputPercent('unmetNeed'), kind: 'percent' },
    { label: 'Peserta KB aktif', value: (s) => sum(s.figures.kbUsers) },
    ...(reference.options?.['metode-kb'] ?? []).map((m) => ({ label: `  ${m.label}`, value: (s: Snapshot) => s.figures.kbUsers[m.code] ?? null })),
    ...(reference.options?.['alasan-tidak-ber-kb'] ?? []).map((r) => ({ label: `PUS tidak ber-KB: ${r.label}`, value: (s: Snapshot) => s.figures.nonUsers[r.code] ?? null })),
    ...POKTAN_TARGETS.map((p) => ({ label: `Peserta ${p.label}`, value: (s: Snapshot) => s.figures.poktanParticipants[p.key] })),
    { label: 'Sumber dana', value: (s) => s.profile.fundingSources.length },
    { label: 'Program yang ada', value: (s) => s.profile.programmes.length },
    { label: 'Mekanisme operasional', value: (s) => Object.keys(s.profile.mechanisms).length },
  ];

  const a = left.data;
  const b = right.data;
  return (
    <Section title="Bandingkan dua periode">
      <div className="form-grid">
        <SelectField name="compareLeft" label="Periode pembanding" value={leftId} options={options} onChange={setLeftId} />
        <SelectField name="compareRight" label="Periode yang dibandingkan" value={rightId} options={options} onChange={setRightId} />
      </div>
      {a && b ? (
        <table className="table compare" aria-label="Perbandingan periode">
          <thead>
            <tr>
              <th>Butir</th>
              <th className="number">{periodLabel(a.year, a.month)}</th>
              <th className="number">{periodLabel(b.year, b.month)}</th>
              <th className="number">Perubahan</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const before = row.value(a);
              const after = row.value(b);
              const changed = before !== after;
              return (
                <tr key={row.label} className={changed ? 'is-changed' : undefined}>
                  <th scope="row">{row.label}</th>
                  <td className="number">{show(before, row.kind)}</td>
                  <td className="number">{show(after, row.kind)}</td>
                  <td className="number">{change(before, after, row.kind)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>Memuat…</p>
      )}
    </Section>
  );
}

function show(value: number | string | null, kind: Row['kind']) {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  if (kind === 'percent') return `${formatNumber(value)}%`;
  return kind === 'index' ? formatNumber(value, 2) : formatNumber(value);
}

function change(before: number | string | null, after: number | string | null, kind: Row['kind']) {
  if (before === null || after === null) return before === after ? '–' : after === null ? 'tidak diisi' : 'baru diisi';
  if (typeof before === 'string' || typeof after === 'string') return before === after ? '–' : 'berubah';
  if (before === after) return '–';
  const difference = after - before;
  const sign = difference > 0 ? '+' : '−';
  const amount = kind === 'index' ? formatNumber(Math.abs(difference), 2) : formatNumber(Math.abs(difference));
  if (kind === 'percent') return `${sign}${amount} poin`;
  return before > 0 && kind !== 'index' ? `${sign}${amount} (${sign}${formatPercent((Math.abs(difference) / before) * 100)})` : `${sign}${amount}`;
}
