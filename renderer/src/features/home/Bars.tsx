import { formatNumber } from '../../../../electron/contract/format.js';

interface Row {
  label: string;
  value: number;
  /** A part of the value drawn darker inside the bar (e.g. active groups). */
  part?: number;
  tone?: string;
  note?: string;
}

/** Horizontal bars scaled to the largest value, each labelled with its number. */
export function Bars({ rows, label }: { rows: Row[]; label: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <ul className="bars" aria-label={label}>
      {rows.map((row) => (
        <li key={row.label}>
          <span className="bars__label">{row.label}</span>
          <span className="bars__track">
            {/* None is no bar (the bar's least width would show a sliver for 0). */}
            {row.value > 0 ? (
              <span className={`bars__bar bars__bar--${row.tone ?? 'default'}`} style={{ width: `${(row.value / max) * 100}%` }}>
                {row.part !== undefined ? <span className="bars__part" style={{ width: `${(row.part / row.value) * 100}%` }} /> : null}
              </span>
            ) : null}
          </span>
          <span className="bars__value">
            {formatNumber(row.value)}
            {row.note ? <span className="muted small"> · {row.note}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
