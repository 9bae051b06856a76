import { formatNumber } from '../../../../electron/contract/format.js';
import { LEVEL_LABELS, scoredValueText, type IndexResult, type Level, type LevelResult } from '../../../../electron/contract/kampung-kb.js';
import { LevelBadge } from './LevelBadge.js';

const INDEXES = [
  ['input', 'Indeks input'],
  ['process', 'Indeks proses'],
  ['output', 'Indeks output'],
] as const;

function IndexCard({ title, result }: { title: string; result: IndexResult }) {
  return (
    <section className={`index-card${result.passes ? ' index-card--pass' : ''}`} aria-label={title}>
      <header>
        <h3>{title}</h3>
        <span className="index-card__value">
          {formatNumber(result.index, 2)} <small>{result.passes ? 'lulus' : 'belum lulus'}</small>
        </span>
      </header>
      <table className="table table--compact">
        <thead>
          <tr>
            <th>Butir</th>
            <th className="number">Nilai</th>
            <th className="number">Skor</th>
            <th>Untuk naik</th>
          </tr>
        </thead>
        <tbody>
          {result.items.map((item) => (
            <tr key={item.key}>
              <td>{item.label}</td>
              <td className="number">{scoredValueText(item)}</td>
              <td className="number">
                <span className={`score score--${item.score}`}>{item.score}</span>
              </td>
              <td className="muted">{item.nextStep ?? 'skor tertinggi'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Why a unit has its level: the three indices with every item's value and score. */
export function LevelPanel({ result, manualLevel, period }: { result: LevelResult; manualLevel: Level | null; period: string }) {
  return (
    <div className="level-panel">
      <p className="level-panel__summary">
        Tingkat perkembangan {period}: <LevelBadge level={result.level} /> <span className="muted">(hasil perhitungan)</span>
        {manualLevel && manualLevel !== result.level ? (
          <>
            {' '}
            · ditetapkan kantor: <LevelBadge level={manualLevel} manual />
          </>
        ) : null}
      </p>
      <p className="muted small">
        Indeks lulus bila rata-rata skornya paling sedikit 3. {LEVEL_LABELS.berkelanjutan}: ketiga indeks lulus; {LEVEL_LABELS.mandiri}: output lulus
        bersama input atau proses; {LEVEL_LABELS.berkembang}: input dan proses lulus; selain itu {LEVEL_LABELS.dasar}.
      </p>
      <div className="index-grid">
        {INDEXES.map(([key, title]) => (
          <IndexCard key={key} title={title} result={result[key]} />
        ))}
      </div>
    </div>
  );
}
