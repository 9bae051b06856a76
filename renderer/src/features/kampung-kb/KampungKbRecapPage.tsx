import { formatNumber, formatPercent } from '../../../../electron/contract/format.js';
import { LEVEL_LABELS, LEVELS } from '../../../../electron/contract/kampung-kb.js';
import { useDownload } from '../../api/useDownload.js';
import { useLoad } from '../../api/useLoad.js';
import { ExportButtons } from '../../ui/ExportButtons.js';
import { Notice, PageHeader } from '../../ui/layout.js';

/** "Rekap Kampung KB per Kecamatan": the same numbers as the PDF, on screen. */
export function KampungKbRecapPage() {
  const recap = useLoad('kampung-kb-recap', {});
  const download = useDownload();

  const print = () => download('kampung-kb-recap-pdf', {});

  if (!recap.data) return <p>{recap.error ?? 'Memuat…'}</p>;
  const { rows, summary } = recap.data;
  const n = formatNumber;
  return (
    <>
      <PageHeader
        title="Rekap Kampung KB per Kecamatan"
        subtitle={`${n(summary.total)} Kampung KB · ${n(summary.kecamatanCovered)} dari ${n(summary.kecamatanTotal)} kecamatan (${formatPercent(summary.kecamatanCoverage)}) · ${n(summary.desaCovered)} dari ${n(summary.desaTotal)} desa/kelurahan (${formatPercent(summary.desaCoverage)})`}
        actions={
          <>
            <a className="button" href="#/kampung-kb">
              ← Daftar
            </a>
            <ExportButtons onExcel={() => download('excel-kampung-kb-recap-export', {})} onPrint={print} printLabel="Cetak rekap (PDF)" />
          </>
        }
      />
      {summary.kecamatanWithout.length === 0 ? (
        <Notice tone="success">Target satu Kampung KB di setiap kecamatan telah tercapai.</Notice>
      ) : (
        <Notice tone="warning">Target satu Kampung KB per kecamatan belum tercapai di: {summary.kecamatanWithout.join(', ')}.</Notice>
      )}
      <div className="table-scroll">
      <table className="table" aria-label="Rekap per kecamatan">
        <thead>
          <tr>
            <th>Kecamatan</th>
            {LEVELS.map((l) => (
              <th key={l} className="number">
                {LEVEL_LABELS[l]}
              </th>
            ))}
            <th className="number">Belum ada data</th>
            <th className="number">Jumlah</th>
            <th className="number">Desa ber-Kampung KB</th>
            <th>Target 1 per kecamatan</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.kecamatanCode}>
              <th scope="row">{row.kecamatanName}</th>
              {LEVELS.map((l) => (
                <td key={l} className="number">
                  {n(row.counts[l])}
                </td>
              ))}
              <td className="number">{n(row.counts['belum-ada-data'])}</td>
              <td className="number">
                <strong>{n(row.total)}</strong>
              </td>
              <td className="number">
                {n(row.desaCovered)} / {n(row.desaTotal)}
              </td>
              <td>{row.total > 0 ? <span className="badge badge--mandiri">Tercapai</span> : <span className="badge badge--dasar">Belum</span>}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Jumlah</th>
            {LEVELS.map((l) => (
              <td key={l} className="number">
                {n(summary.counts[l])}
              </td>
            ))}
            <td className="number">{n(summary.counts['belum-ada-data'])}</td>
            <td className="number">{n(summary.total)}</td>
            <td className="number">
              {n(summary.desaCovered)} / {n(summary.desaTotal)}
            </td>
            <td>
              {n(summary.kecamatanCovered)} dari {n(summary.kecamatanTotal)}
            </td>
          </tr>
        </tfoot>
      </table>
      </div>
    </>
  );
}
