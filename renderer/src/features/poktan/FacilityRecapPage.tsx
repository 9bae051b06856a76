import { useState, type ReactNode } from 'react';
import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatNumber, localIsoDate, formatPercentOrDash } from '../../../../electron/contract/format.js';
import { POKTAN_TYPE_LABELS, POKTAN_TYPES, type PoktanType } from '../../../../electron/contract/poktan.js';
import { useDownload } from '../../api/useDownload.js';
import { useLoad } from '../../api/useLoad.js';
import { ExportButtons } from '../../ui/ExportButtons.js';
import { SelectField } from '../../ui/fields.js';
import { PageHeader, Section } from '../../ui/layout.js';

type Recap = ChannelOutput<'sarana-recap'>;
const n = formatNumber;
const sumTypes = (counts: Record<PoktanType, number>) => POKTAN_TYPES.reduce((sum, t) => sum + counts[t], 0);

function TypeTable({ label, recap, pick, totals }: { label: string; recap: Recap; pick(row: Recap['kecamatan'][number]): Record<PoktanType, number>; totals: Record<PoktanType, number> }) {
  return (
    <table className="table table--compact" aria-label={label}>
      <thead>
        <tr>
          <th>Kecamatan</th>
          {POKTAN_TYPES.map((t) => (
            <th key={t} className="number">
              {POKTAN_TYPE_LABELS[t]}
            </th>
          ))}
          <th className="number">Jumlah</th>
        </tr>
      </thead>
      <tbody>
        {recap.kecamatan.map((row) => (
          <tr key={row.code}>
            <th scope="row">{row.name}</th>
            {POKTAN_TYPES.map((t) => (
              <td key={t} className="number">
                {n(pick(row)[t])}
              </td>
            ))}
            <td className="number">{n(sumTypes(pick(row)))}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Jumlah</th>
          {POKTAN_TYPES.map((t) => (
            <td key={t} className="number">
              {n(totals[t])}
            </td>
          ))}
          <td className="number">{n(sumTypes(totals))}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** The yearly facility questions on screen, the same numbers as the PDF. */
export function FacilityRecapPage({ nav }: { nav: ReactNode }) {
  const thisYear = Number(localIsoDate().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const recap = useLoad('sarana-recap', { year });
  const download = useDownload();

  const print = () => download('sarana-recap-pdf', { year });

  const data = recap.data;
  return (
    <>
      <PageHeader
        title={`Rekap Kebutuhan Sarana Poktan Tahun ${year}`}
        actions={<ExportButtons onExcel={() => download('excel-sarana-recap-export', { year })} onPrint={print} printLabel="Cetak rekap (PDF)" />}
      />
      {nav}
      <div className="form-grid form-grid--4">
        <SelectField name="recapYear" label="Tahun" value={String(year)} options={Array.from({ length: 8 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: y }))} onChange={(v) => setYear(Number(v))} />
      </div>
      {!data ? (
        <p>{recap.error ?? 'Memuat…'}</p>
      ) : (
        <>
          <Section title="Kebutuhan yang belum terpenuhi" description="Jumlah kebutuhan sarana yang masih terbuka (diidentifikasi, diusulkan, disetujui, diterima sebagian) per kecamatan dan jenis poktan.">
            <TypeTable label="Kebutuhan terbuka per kecamatan" recap={data} pick={(row) => row.open} totals={data.totals.open} />
          </Section>
          <Section title={`Sarana diterima tahun ${year} menurut sumber dana`}>
            <table className="table table--compact" aria-label="Sarana diterima menurut sumber dana">
              <thead>
                <tr>
                  <th>Sumber dana</th>
                  <th>Barang</th>
                  <th className="number">Kelompok</th>
                  <th className="number">Jumlah</th>
                </tr>
              </thead>
              <tbody>
                {data.delivered.map((row) => (
                  <tr key={`${row.fundingSource}-${row.itemName}`}>
                    <td>{row.fundingLabel}</td>
                    <td>{row.itemName}</td>
                    <td className="number">{n(row.groups)}</td>
                    <td className="number">
                      {n(row.quantity)} {row.unit}
                    </td>
                  </tr>
                ))}
                {data.delivered.length === 0 ? (
                  <tr>
                    <td colSpan={4} className="empty">
                      Tidak ada penerimaan sarana yang tercatat pada tahun {year}.
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </Section>
          <Section title="Kelompok aktif yang belum menerima kit dasar">
            <TypeTable label="Belum menerima kit dasar" recap={data} pick={(row) => row.lacking} totals={data.totals.lacking} />
          </Section>
          <Section title={`Tingkat pemenuhan kebutuhan yang diusulkan tahun ${year}`} description="% pemenuhan = jumlah diterima ÷ jumlah dibutuhkan × 100; kebutuhan yang ditolak tidak dihitung.">
            <table className="table table--compact" aria-label="Tingkat pemenuhan per kecamatan">
              <thead>
                <tr>
                  <th>Kecamatan</th>
                  <th className="number">Dibutuhkan</th>
                  <th className="number">Disetujui</th>
                  <th className="number">Diterima</th>
                  <th className="number">% pemenuhan</th>
                </tr>
              </thead>
              <tbody>
                {data.kecamatan.map((row) => (
                  <tr key={row.code}>
                    <th scope="row">{row.name}</th>
                    <td className="number">{n(row.needed)}</td>
                    <td className="number">{n(row.approved)}</td>
                    <td className="number">{n(row.delivered)}</td>
                    <td className="number">{formatPercentOrDash(row.fulfilment)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Jumlah</th>
                  <td className="number">{n(data.totals.needed)}</td>
                  <td className="number">{n(data.totals.approved)}</td>
                  <td className="number">{n(data.totals.delivered)}</td>
                  <td className="number">{formatPercentOrDash(data.totals.fulfilment)}</td>
                </tr>
              </tfoot>
            </table>
          </Section>
        </>
      )}
    </>
  );
}
