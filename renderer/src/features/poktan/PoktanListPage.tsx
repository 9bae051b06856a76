import { useState, type ReactNode } from 'react';
import type { ChannelFields } from '../../../../electron/contract/channels.js';
import { formatNumber } from '../../../../electron/contract/format.js';
import { POKTAN_TYPE_LABELS, POKTAN_TYPES } from '../../../../electron/contract/poktan.js';
import type { ReferenceList } from '../../../../electron/contract/reference.js';
import { useDownload } from '../../api/useDownload.js';
import { useLoad } from '../../api/useLoad.js';
import { Checkbox } from '../../ui/choices.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { Notice, PageHeader } from '../../ui/layout.js';
import { useReference } from '../reference/useReference.js';
import { BulkDeliveryPanel } from './BulkDeliveryPanel.js';

type Filter = Omit<ChannelFields<'poktan-list'>, 'limit'>;
const PAGE = 200;

/** The register "by name by address", with filters, counts per type and bulk selection. */
export function PoktanListPage({ nav }: { nav: ReactNode }) {
  const [filter, setFilter] = useState<Filter>({ search: '', type: '', kecamatanCode: '', desaCode: '', stageCode: '', active: 'semua', openNeeds: false });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [shown, setShown] = useState(PAGE);
  const [bulkOpen, setBulkOpen] = useState(false);
  const list = useLoad('poktan-list', { ...filter, limit: shown });
  const kecamatan = useLoad('places-kecamatan', {});
  const desa = useLoad('places-desa', { kecamatanCode: filter.kecamatanCode || '-' }, filter.kecamatanCode);
  const reference = useReference();
  const download = useDownload();
  const set = <K extends keyof Filter>(key: K, value: Filter[K]) => {
    setFilter((f) => ({ ...f, [key]: value, ...(key === 'kecamatanCode' ? { desaCode: '' } : {}), ...(key === 'type' ? { stageCode: '' } : {}) }));
    setShown(PAGE);
  };
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const visible = rows;
  const allVisibleSelected = visible.length > 0 && visible.every((row) => selected.has(row.id));
  const toggle = (id: string, on: boolean) => setSelected((current) => {
    const next = new Set(current);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  });

  return (
    <>
      <PageHeader
        title="Poktan & Sarana"
        subtitle="Register kelompok kegiatan dan kebutuhan sarana prasarananya"
        actions={
          <>
            <button type="button" className="button" onClick={() => download('excel-poktan-export', filter)}>
              Ekspor ke Excel
            </button>
            <a className="button button--primary" href="#/poktan/baru">
              Tambah poktan
            </a>
          </>
        }
      />
      {nav}
      <div className="stat-row" aria-label="Jumlah poktan per jenis">
        {(list.data?.counts ?? []).map((count) => (
          <div key={count.type} className="stat stat--small">
            <span className="stat__value">{formatNumber(count.total)}</span>
            <span className="stat__label">
              {POKTAN_TYPE_LABELS[count.type]} · {formatNumber(count.active)} aktif
            </span>
          </div>
        ))}
      </div>
      <form className="filters filters--poktan" role="search" aria-label="Saring poktan" onSubmit={(e) => e.preventDefault()}>
        <TextField name="search" label="Cari" type="search" placeholder="Nama, ketua, alamat, desa…" value={filter.search} onChange={(v) => set('search', v)} />
        <SelectField name="typeFilter" label="Jenis" value={filter.type} placeholder="Semua jenis" options={POKTAN_TYPES.map((t) => ({ value: t, label: POKTAN_TYPE_LABELS[t] }))} onChange={(v) => set('type', v as Filter['type'])} />
        <SelectField name="kecamatanFilter" label="Kecamatan" value={filter.kecamatanCode} placeholder="Semua kecamatan" options={(kecamatan.data ?? []).map((k) => ({ value: k.code, label: k.name }))} onChange={(v) => set('kecamatanCode', v)} />
        <SelectField name="desaFilter" label="Desa/kelurahan" value={filter.desaCode} disabled={!filter.kecamatanCode} placeholder="Semua desa" options={filter.kecamatanCode ? (desa.data ?? []).map((d) => ({ value: d.code, label: d.name })) : []} onChange={(v) => set('desaCode', v)} />
        <SelectField
          name="stageFilter"
          label="Tahapan"
          value={filter.stageCode}
          disabled={!filter.type}
          placeholder={filter.type ? 'Semua tahapan' : 'Pilih jenis dahulu'}
          options={filter.type ? (reference.options?.[`tahapan-${filter.type}` as ReferenceList] ?? []).map((s) => ({ value: s.code, label: s.label })) : []}
          onChange={(v) => set('stageCode', v)}
        />
        <SelectField name="activeFilter" label="Status" value={filter.active} options={[{ value: 'semua', label: 'Semua' }, { value: 'aktif', label: 'Aktif' }, { value: 'tidak-aktif', label: 'Tidak aktif' }]} onChange={(v) => set('active', v as Filter['active'])} />
        <Checkbox name="openNeedsFilter" label="Hanya yang masih punya kebutuhan sarana" checked={filter.openNeeds} onChange={(v) => set('openNeeds', v)} />
      </form>
      {list.error ? <Notice tone="error">{list.error}</Notice> : null}
      <div className="selection-bar">
        <span aria-live="polite">
          {formatNumber(rows.length)} dari {formatNumber(total)} poktan ditampilkan{selected.size > 0 ? ` · ${formatNumber(selected.size)} dipilih` : ''}
        </span>
        {selected.size > 0 ? (
          <>
            <button type="button" className="button button--small" onClick={() => setSelected(new Set())}>
              Batalkan pilihan
            </button>
            <button type="button" className="button button--small button--primary" onClick={() => setBulkOpen(true)}>
              Catat penyaluran sarana untuk {formatNumber(selected.size)} kelompok
            </button>
          </>
        ) : null}
      </div>
      {bulkOpen ? (
        <BulkDeliveryPanel
          poktanIds={[...selected]}
          types={[...new Set(rows.filter((r) => selected.has(r.id)).map((r) => r.type))]}
          onClose={(done) => {
            setBulkOpen(false);
            if (done) {
              setSelected(new Set());
              list.reload();
            }
          }}
          onUndone={list.reload}
        />
      ) : null}
      <table className="table">
        <thead>
          <tr>
            <th>
              <input
                type="checkbox"
                aria-label="Pilih semua poktan yang ditampilkan"
                checked={allVisibleSelected}
                onChange={(e) => setSelected(e.target.checked ? new Set([...selected, ...visible.map((r) => r.id)]) : new Set([...selected].filter((id) => !visible.some((r) => r.id === id))))}
              />
            </th>
            <th>Jenis</th>
            <th>Nama kelompok</th>
            <th>Kecamatan / desa</th>
            <th>Ketua</th>
            <th className="number">Anggota</th>
            <th>Tahapan</th>
            <th className="number">Kebutuhan terbuka</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => (
            <tr key={row.id}>
              <td>
                <input type="checkbox" aria-label={`Pilih ${row.name}`} checked={selected.has(row.id)} onChange={(e) => toggle(row.id, e.target.checked)} />
              </td>
              <td>
                <span className="badge badge--type">{POKTAN_TYPE_LABELS[row.type]}</span>
              </td>
              <td>
                <a href={`#/poktan/${row.id}`}>{row.name}</a>
                {/* On its own line: beside a long name it would wrap under some names and not others. */}
                {!row.isActive ? (
                  <div className="cell-badge">
                    <span className="badge badge--none">Tidak aktif</span>
                  </div>
                ) : null}
                {row.address ? <div className="muted small">{row.address}</div> : null}
              </td>
              <td>
                {row.kecamatanName}
                <span className="muted"> / {row.desaName}</span>
              </td>
              <td>
                {row.chairName || '–'}
                {row.chairPhone ? <div className="muted small">{row.chairPhone}</div> : null}
              </td>
              <td className="number">{formatNumber(row.members)}</td>
              <td>{row.stageCode ? reference.label(`tahapan-${row.type}` as ReferenceList, row.stageCode) : '–'}</td>
              <td className="number">{row.openNeeds > 0 ? formatNumber(row.openNeeds) : '–'}</td>
            </tr>
          ))}
          {rows.length === 0 && !list.loading ? (
            <tr>
              <td colSpan={8} className="empty">
                {(list.data?.counts ?? []).some((c) => c.total > 0) ? 'Tidak ada poktan yang cocok dengan saringan.' : 'Belum ada poktan. Klik "Tambah poktan" untuk mendaftarkan kelompok.'}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {total > rows.length ? (
        <button type="button" className="button" onClick={() => setShown(shown + PAGE)}>
          Tampilkan {formatNumber(Math.min(PAGE, total - rows.length))} berikutnya
        </button>
      ) : null}
    </>
  );
}
