import type { Office } from '../../../../electron/areas/office/handlers.js';
import { formatDate, formatNumber, formatPercent, localIsoDate } from '../../../../electron/contract/format.js';
import { LEVEL_LABELS, LEVELS } from '../../../../electron/contract/kampung-kb.js';
import { POKTAN_TYPE_LABELS } from '../../../../electron/contract/poktan.js';
import { useLoad } from '../../api/useLoad.js';
import { PageHeader, Section } from '../../ui/layout.js';
import { Bars } from './Bars.js';
import { officeAndRegency } from '../../../../electron/contract/office.js';

/** Beranda: the office's situation at a glance, with bars where people would rather look than read. */
export function HomePage({ office }: { office: Office }) {
  const summary = useLoad('home-summary', {});
  const data = summary.data;
  return (
    <>
      <PageHeader title="Beranda" subtitle={`${officeAndRegency(office)}, ${formatDate(localIsoDate())}`} />
      <div className="stat-row">
        <div className="stat">
          <span className="stat__value">{data ? formatNumber(data.places.kecamatan) : '…'}</span>
          <span className="stat__label">Kecamatan</span>
        </div>
        <div className="stat">
          <span className="stat__value">{data ? formatNumber(data.places.desa) : '…'}</span>
          <span className="stat__label">Desa/kelurahan</span>
        </div>
        <div className="stat">
          <span className="stat__value">{data ? formatNumber(data.kampungKb.total) : '…'}</span>
          <span className="stat__label">Kampung KB</span>
        </div>
        <div className="stat">
          <span className="stat__value">{data ? formatNumber(data.poktan.reduce((sum, p) => sum + p.total, 0)) : '…'}</span>
          <span className="stat__label">Poktan terdaftar</span>
        </div>
      </div>
      {data ? (
        <div className="dashboard">
          <Section title="Kampung KB menurut tingkat perkembangan" description={`${formatNumber(data.kampungKb.kecamatanCovered)} dari ${formatNumber(data.kampungKb.kecamatanTotal)} kecamatan memiliki Kampung KB.`}>
            <Bars
              label="Kampung KB menurut tingkat"
              rows={[...LEVELS.map((l) => ({ label: LEVEL_LABELS[l], value: data.kampungKb.counts[l], tone: l })), { label: 'Belum ada data', value: data.kampungKb.counts['belum-ada-data'], tone: 'none' }]}
            />
            {data.kampungKb.kecamatanWithout.length > 0 ? (
              <p className="muted small">Belum memiliki Kampung KB: {data.kampungKb.kecamatanWithout.slice(0, 8).join(', ')}{data.kampungKb.kecamatanWithout.length > 8 ? `, dan ${formatNumber(data.kampungKb.kecamatanWithout.length - 8)} lainnya` : ''}.</p>
            ) : null}
          </Section>
          <Section title="Poktan menurut jenis" description="Batang gelap: kelompok aktif.">
            <Bars label="Poktan menurut jenis" rows={data.poktan.map((p) => ({ label: POKTAN_TYPE_LABELS[p.type], value: p.total, part: p.active, note: p.activeShare === null ? '' : `${formatPercent(p.activeShare)} aktif` }))} />
          </Section>
          <Section title="Kebutuhan sarana poktan">
            <Bars
              label="Kebutuhan sarana"
              rows={[
                { label: 'Kebutuhan terbuka (semua tahun usulan)', value: data.needs.open, tone: 'berkembang' },
                { label: `Kelompok menerima tahun ${data.needs.year}`, value: data.needs.delivered, tone: 'mandiri' },
              ]}
            />
            <p className="small">
              <a href="#/poktan/rekap">Lihat rekap sarana →</a>
            </p>
          </Section>
          <Section title={data.evaluation.year ? `Indikator utama tahun ${data.evaluation.year} terhadap target` : 'Indikator utama terhadap target'}>
            {data.evaluation.indicators.length === 0 ? (
              <p className="muted">Belum ada target dan realisasi yang diisi. Isi melalui menu Evaluasi Rakorda.</p>
            ) : (
              <table className="table table--compact" aria-label="Indikator utama">
                <thead>
                  <tr>
                    <th>Indikator</th>
                    <th className="number">% capaian</th>
                    <th>Kecamatan terendah</th>
                  </tr>
                </thead>
                <tbody>
                  {data.evaluation.indicators.map((i) => (
                    <tr key={i.name}>
                      <td>{i.name}</td>
                      <td className="number">
                        <span className="meter" style={{ ['--fill' as string]: `${Math.min(i.percent, 150) / 1.5}%` }}>
                          {formatPercent(i.percent)}
                        </span>
                        {i.reporting.kecamatan < i.reporting.of ? (
                          <span className="muted small block">
                            baru {formatNumber(i.reporting.kecamatan)} dari {formatNumber(i.reporting.of)} kecamatan melapor
                          </span>
                        ) : null}
                      </td>
                      <td>{i.weakest ? `${i.weakest.name}${i.weakest.alike > 0 ? ` dan ${formatNumber(i.weakest.alike)} kecamatan lain` : ''} (${formatPercent(i.weakest.percent)})` : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Section>
        </div>
      ) : (
        <p>{summary.error ?? 'Memuat…'}</p>
      )}
    </>
  );
}
