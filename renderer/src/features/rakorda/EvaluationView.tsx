import { useState } from 'react';
import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatIndicatorValue, formatNumber, formatPercentOrDash } from '../../../../electron/contract/format.js';
import { DERIVED_TARGET_NOTE } from '../../../../electron/contract/rakorda.js';
import { useLoad } from '../../api/useLoad.js';
import { Notice, Section } from '../../ui/layout.js';
import { HistoryChart } from './HistoryChart.js';

type Evaluation = ChannelOutput<'rakorda-evaluation'>;
type Item = Evaluation['indicators'][number];

const figure = formatIndicatorValue;
const percent = formatPercentOrDash;

const criterionClass = (criterion: string | null, rules: Evaluation['rules']) => {
  const index = rules.criteria.findIndex((c) => c.label === criterion);
  return index < 0 ? '' : `criterion criterion--${Math.min(index, 3)}`;
};

/** The year's evaluation: the kabupaten table, then one indicator's kecamatan ranking and history. */
export function EvaluationView({ year }: { year: number }) {
  const evaluation = useLoad('rakorda-evaluation', { year });
  const [chosen, setChosen] = useState<string | null>(null);
  if (!evaluation.data) return <p>{evaluation.error ?? 'Memuat…'}</p>;
  const { indicators, rules } = evaluation.data;
  const item = indicators.find((i) => i.indicator.id === chosen) ?? indicators[0];
  const flagged = indicators.reduce((count, i) => count + [i.kabupaten, ...i.kecamatan].filter((r) => r.flags.length > 0).length, 0);
  return (
    <>
      {flagged > 0 ? <Notice tone="warning">{formatNumber(flagged)} angka perlu diverifikasi (ditandai ⚑). Data tetap tersimpan dan ikut dicetak dengan catatan.</Notice> : null}
      <Section title={`Capaian indikator kabupaten tahun ${year}`} description={`% capaian = realisasi ÷ target × 100; untuk indikator yang makin kecil makin baik (misalnya unmet need) = target ÷ realisasi × 100. ${DERIVED_TARGET_NOTE}`}>
        <table className="table" aria-label="Capaian indikator kabupaten">
          <thead>
            <tr>
              <th>No</th>
              <th>Indikator</th>
              <th>Satuan</th>
              <th className="number">Target</th>
              <th className="number">Realisasi</th>
              <th className="number">% capaian</th>
              <th>Kriteria</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((i, index) => (
              <tr key={i.indicator.id} className={i === item ? 'is-selected' : undefined}>
                <td>{index + 1}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => setChosen(i.indicator.id)}>
                    {i.indicator.name}
                  </button>
                  {i.indicator.direction === 'lower' ? <span className="muted small"> (makin kecil makin baik)</span> : null}
                  {i.kabupaten.flags.length > 0 ? <span className="flag" title={i.kabupaten.flags.join(' ')}> ⚑</span> : null}
                </td>
                <td>{i.indicator.unit}</td>
                <td className="number">{figure(i.kabupaten.target, i.indicator.unit)}</td>
                <td className="number">{figure(i.kabupaten.achieved, i.indicator.unit)}</td>
                <td className="number">{percent(i.kabupaten.percent)}</td>
                <td>{i.kabupaten.criterion ? <span className={criterionClass(i.kabupaten.criterion, rules)}>{i.kabupaten.criterion}</span> : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      {item ? <IndicatorDetail key={item.indicator.id} item={item} rules={rules} /> : null}
    </>
  );
}

function IndicatorDetail({ item, rules }: { item: Item; rules: Evaluation['rules'] }) {
  const rows = [...item.kecamatan].sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999) || a.name.localeCompare(b.name, 'id'));
  const unit = item.indicator.unit;
  return (
    <Section title={`${item.indicator.name}: per kecamatan`}>
      <div className="detail-grid">
        <table className="table table--compact" aria-label={`Peringkat kecamatan: ${item.indicator.name}`}>
          <thead>
            <tr>
              <th className="number">Peringkat</th>
              <th>Kecamatan</th>
              <th className="number">Target</th>
              <th className="number">Realisasi</th>
              <th className="number">% capaian</th>
              <th>Kriteria</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.area}>
                <td className="number">{row.rank ?? '–'}</td>
                <th scope="row">
                  {row.name}
                  {row.flags.length > 0 ? (
                    <span className="flag" title={row.flags.join(' ')}>
                      {' '}
                      ⚑ <span className="flag__text">{row.flags.join(' ')}</span>
                    </span>
                  ) : null}
                </th>
                <td className="number">{figure(row.target, unit)}</td>
                <td className="number">{figure(row.achieved, unit)}</td>
                <td className="number">{percent(row.percent)}</td>
                <td>{row.criterion ? <span className={criterionClass(row.criterion, rules)}>{row.criterion}</span> : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div>
          <h3 className="chart-title">Perbandingan dengan tahun sebelumnya (kabupaten)</h3>
          <HistoryChart history={item.history} unit={unit} />
          <table className="table table--compact" aria-label={`Perbandingan tahun: ${item.indicator.name}`}>
            <thead>
              <tr>
                <th>Tahun</th>
                <th className="number">Target</th>
                <th className="number">Realisasi</th>
                <th className="number">% capaian</th>
              </tr>
            </thead>
            <tbody>
              {item.history.map((h) => (
                <tr key={h.year}>
                  <th scope="row">{h.year}</th>
                  <td className="number">{figure(h.target, unit)}</td>
                  <td className="number">{figure(h.achieved, unit)}</td>
                  <td className="number">{percent(h.percent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </Section>
  );
}
