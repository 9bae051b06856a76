import { formatNumber } from '../../../../electron/contract/format.js';

interface Point {
  year: number;
  target: number | null;
  achieved: number | null;
}

/** Target and realisation side by side per year, as plain SVG bars. */
export function HistoryChart({ history, unit }: { history: Point[]; unit: string }) {
  const max = Math.max(1, ...history.flatMap((h) => [h.target ?? 0, h.achieved ?? 0]));
  const width = 360;
  const height = 170;
  const groupWidth = width / history.length;
  const bar = Math.min(34, groupWidth / 3);
  const y = (value: number) => height - 30 - (value / max) * (height - 50);
  const label = (value: number) => (unit === '%' ? formatNumber(value, 2) : formatNumber(Math.round(value)));
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label="Grafik target dan realisasi per tahun">
      {history.map((h, i) => {
        const x = i * groupWidth + groupWidth / 2;
        return (
          <g key={h.year}>
            {h.target !== null ? (
              <>
                <rect x={x - bar - 2} y={y(h.target)} width={bar} height={height - 30 - y(h.target)} className="chart__target" />
                <text x={x - bar / 2 - 2} y={y(h.target) - 4} textAnchor="middle" className="chart__value">
                  {label(h.target)}
                </text>
              </>
            ) : null}
            {h.achieved !== null ? (
              <>
                <rect x={x + 2} y={y(h.achieved)} width={bar} height={height - 30 - y(h.achieved)} className="chart__achieved" />
                <text x={x + bar / 2 + 2} y={y(h.achieved) - 4} textAnchor="middle" className="chart__value">
                  {label(h.achieved)}
                </text>
              </>
            ) : null}
            <text x={x} y={height - 12} textAnchor="middle" className="chart__axis">
              {h.year}
            </text>
          </g>
        );
      })}
      <g className="chart__legend">
        <rect x={8} y={4} width={10} height={10} className="chart__target" />
        <text x={22} y={13}>Target</text>
        <rect x={74} y={4} width={10} height={10} className="chart__achieved" />
        <text x={88} y={13}>Realisasi</text>
      </g>
    </svg>
  );
}
