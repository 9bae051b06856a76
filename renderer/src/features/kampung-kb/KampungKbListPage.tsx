import { useState } from 'react';
import type { ChannelInput } from '../../../../electron/contract/channels.js';
import { formatDate, formatNumber } from '../../../../electron/contract/format.js';
import { LEVEL_LABELS, LEVELS } from '../../../../electron/contract/kampung-kb.js';
import { useDownload } from '../../api/useDownload.js';
import { useLoad } from '../../api/useLoad.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { Notice, PageHeader } from '../../ui/layout.js';
import { LevelBadge } from './LevelBadge.js';

type Filter = Omit<Required<ChannelInput<'kampung-kb-list'>>, 'limit'>;
const PAGE = 200;

const COLUMNS: { key: Filter['sort'] | null; label: string }[] = [
  { key: 'name', label: 'Nama Kampung KB' },
  { key: 'kecamatan', label: 'Kecamatan / desa' },
  { key: 'declared', label: 'Dicanangkan' },
  { key: 'level', label: 'Tingkat' },
  { key: null, label: 'Data terakhir' },
];

export function KampungKbListPage() {
  const [filter, setFilter] = useState<Filter>({ search: '', kecamatanCode: '', level: '', declaredYear: null, sort: 'kecamatan', descending: false });
  const [shown, setShown] = useState(PAGE);
  const list = useLoad('kampung-kb-list', { ...filter, limit: shown });
  const download = useDownload();
  const kecamatan = useLoad('places-kecamatan', {});
  const set = <K extends keyof Filter>(key: K, value: Filter[K]) => {
    setFilter((current) => ({ ...current, [key]: value }));
    setShown(PAGE);
  };
  const sortBy = (key: Filter['sort']) => {
    setFilter((f) => ({ ...f, sort: key, descending: f.sort === key ? !f.descending : false }));
    setShown(PAGE);
  };
  const summary = list.data?.summary;
  const rows = list.data?.rows ?? [];
  const matched = list.data?.matched ?? 0;

  return (
    <>
      <PageHeader
        title="Kampung KB"
        subtitle={
          summary
            ? `${formatNumber(summary.total)} Kampung KB di ${formatNumber(summary.kecamatanCovered)} dari ${formatNumber(summary.kecamatanTotal)} kecamatan`
            : undefined
        }
        actions={
          <>
            <button type="button" className="button" onClick={() => download('excel-kampung-kb-export', filter)}>
              Ekspor ke Excel
            </button>
            <a className="button" href="#/kampung-kb/aturan">
              Aturan klasifikasi
            </a>
            <a className="button" href="#/kampung-kb/rekap">
              Rekap per kecamatan
            </a>
            <a className="button button--primary" href="#/kampung-kb/baru">
              Tambah Kampung KB
            </a>
          </>
        }
      />
      {summary && summary.kecamatanWithout.length > 0 ? (
        <Notice tone="info">
          <strong>Kecamatan tanpa Kampung KB ({formatNumber(summary.kecamatanWithout.length)}):</strong> {summary.kecamatanWithout.join(', ')}
        </Notice>
      ) : null}
      <form className="filters" role="search" aria-label="Saring Kampung KB" onSubmit={(e) => e.preventDefault()}>
        <TextField name="search" label="Cari" type="search" placeholder="Nama, desa, kecamatan…" value={filter.search} onChange={(v) => set('search', v)} />
        <SelectField
          name="kecamatanFilter"
          label="Kecamatan"
          value={filter.kecamatanCode}
          placeholder="Semua kecamatan"
          options={(kecamatan.data ?? []).map((k) => ({ value: k.code, label: k.name }))}
          onChange={(v) => set('kecamatanCode', v)}
        />
        <SelectField
          name="levelFilter"
          label="Tingkat perkembangan"
          value={filter.level}
          placeholder="Semua tingkat"
          options={[...LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] })), { value: 'belum-ada-data', label: 'Belum ada data' }]}
          onChange={(v) => set('level', v as Filter['level'])}
        />
        <SelectField
          name="yearFilter"
          label="Tahun pencanangan"
          value={filter.declaredYear ? String(filter.declaredYear) : ''}
          placeholder="Semua tahun"
          options={(summary?.declaredYears ?? []).map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(v) => set('declaredYear', v ? Number(v) : null)}
        />
      </form>
      {list.error ? <Notice tone="error">{list.error}</Notice> : null}
      <p className="table-caption" aria-live="polite">
        {list.loading && !list.data ? 'Memuat…' : `${formatNumber(rows.length)} dari ${formatNumber(matched)} Kampung KB ditampilkan`}
      </p>
      <table className="table">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column.label} aria-sort={column.key && filter.sort === column.key ? (filter.descending ? 'descending' : 'ascending') : undefined}>
                {column.key ? (
                  <button type="button" className="sort" onClick={() => sortBy(column.key!)}>
                    {column.label}
                    {filter.sort === column.key ? (filter.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <a href={`#/kampung-kb/${row.id}`}>{row.name}</a>
                {row.isModel ? <span className="badge badge--model">Percontohan</span> : null}
                {!row.isActive ? <span className="badge badge--none">Tidak aktif</span> : null}
              </td>
              <td>
                {row.kecamatanName}
                <span className="muted"> / {row.desaName}</span>
              </td>
              <td>{formatDate(row.declaredOn)}</td>
              <td>
                <LevelBadge level={row.level} manual={row.manualLevel !== null} />
              </td>
              <td>{row.latestYear ?? '–'}</td>
            </tr>
          ))}
          {rows.length === 0 && !list.loading ? (
            <tr>
              <td colSpan={5} className="empty">
                {summary?.total ? 'Tidak ada Kampung KB yang cocok dengan saringan.' : 'Belum ada Kampung KB. Klik "Tambah Kampung KB" untuk mulai.'}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {matched > rows.length ? (
        <button type="button" className="button" onClick={() => setShown(shown + PAGE)}>
          Tampilkan {formatNumber(Math.min(PAGE, matched - rows.length))} berikutnya
        </button>
      ) : null}
      {/* The note explains the asterisk, so it comes only with one. */}
      {rows.some((row) => row.manualLevel !== null) ? <p className="muted small">* Tingkat ditetapkan oleh kantor; hasil perhitungan tetap tampil di halaman Kampung KB.</p> : null}
    </>
  );
}
