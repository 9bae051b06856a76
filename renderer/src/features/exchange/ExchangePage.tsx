import { formatDateTime, formatNumber } from '../../../../electron/contract/format.js';
import { useLoad } from '../../api/useLoad.js';
import { Notice, PageHeader, Section } from '../../ui/layout.js';
import { ConflictsSection } from './ConflictsSection.js';
import { ReceiveSection } from './ReceiveSection.js';
import { SendSection } from './SendSection.js';

/** Data travelling between PCs as files: send, receive, settle conflicts, and the log of packages. */
export function ExchangePage() {
  const overview = useLoad('exchange-overview', {});
  const conflicts = useLoad('exchange-conflicts', {});
  const reload = () => {
    overview.reload();
    conflicts.reload();
  };
  if (overview.error && !overview.data) return <Notice tone="error">{overview.error}</Notice>;
  if (!overview.data) return <p>Memuat…</p>;
  const { packages } = overview.data;
  return (
    <>
      <PageHeader title="Kirim/Terima Data" subtitle="Pertukaran data antarkomputer tanpa internet: UPT KB kecamatan dan kantor dinas saling mengirim paket berkas." />
      <ConflictsSection conflicts={conflicts.data ?? []} onResolved={reload} />
      <SendSection overview={overview.data} openConflicts={conflicts.data?.length ?? 0} onChanged={reload} />
      <ReceiveSection onApplied={reload} />
      <Section title="Riwayat paket">
        <table className="table table--compact" aria-label="Riwayat paket">
          <thead>
            <tr>
              <th>Waktu</th>
              <th>Arah</th>
              <th>Komputer</th>
              <th className="number">Data</th>
              <th>Hasil</th>
              <th>Operator</th>
            </tr>
          </thead>
          <tbody>
            {packages.length === 0 ? (
              <tr>
                <td className="empty" colSpan={6}>
                  Belum ada paket dikirim atau diterima.
                </td>
              </tr>
            ) : null}
            {packages.map((entry) => (
              <tr key={`${entry.direction}:${entry.id}`}>
                <td className="nowrap">{formatDateTime(entry.handledAt)}</td>
                <td>{entry.direction === 'kirim' ? 'Dikirim' : 'Diterima'}</td>
                <td>{entry.partnerName || 'Komputer mana pun'}</td>
                <td className="number">{formatNumber(entry.records)}</td>
                <td>
                  {entry.direction === 'terima'
                    ? `${formatNumber(entry.added)} ditambahkan, ${formatNumber(entry.changed)} diperbarui, ${formatNumber(entry.deleted)} ke Sampah, ${formatNumber(entry.conflicts)} konflik`
                    : `${entry.whole ? 'Semua data' : 'Perubahan sejak paket terakhir'}${entry.kecamatanName ? `, Kecamatan ${entry.kecamatanName}` : ''}`}
                </td>
                <td>{entry.operator || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </>
  );
}
