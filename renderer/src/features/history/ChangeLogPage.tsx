import { useState, type ReactNode } from 'react';
import { AUDIT_PAGE_SIZE } from '../../../../electron/contract/audit.js';
import { formatNumber } from '../../../../electron/contract/format.js';
import { useLoad } from '../../api/useLoad.js';
import { DateField } from '../../ui/dates.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { Notice, PageHeader } from '../../ui/layout.js';
import { ChangeTable } from './ChangeTable.js';

const EMPTY = { from: '', to: '', operator: '', entity: '', search: '' };

/** Every recorded change, newest first, filtered by date, operator, kind of data and text. */
export function ChangeLogPage({ nav }: { nav: ReactNode }) {
  const [filter, setFilter] = useState(EMPTY);
  const [page, setPage] = useState(0);
  const set = (key: keyof typeof EMPTY, value: string) => {
    setFilter({ ...filter, [key]: value });
    setPage(0);
  };
  const list = useLoad('audit-list', { ...filter, from: filter.from || null, to: filter.to || null, page });
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / AUDIT_PAGE_SIZE)) : 1;
  return (
    <>
      <PageHeader title="Riwayat & Sampah" subtitle="Setiap perubahan data dicatat bersama nama operator dan waktunya, dalam transaksi yang sama dengan perubahannya." />
      {nav}
      <form className="filters filters--history" role="search" aria-label="Saring riwayat" onSubmit={(event) => event.preventDefault()}>
        <DateField name="from" label="Dari tanggal" value={filter.from} onChange={(value) => set('from', value)} error={list.fields.from} />
        <DateField name="to" label="Sampai tanggal" value={filter.to} onChange={(value) => set('to', value)} error={list.fields.to} />
        <SelectField name="operatorFilter" label="Operator" value={filter.operator} placeholder="Semua operator" options={(data?.operators ?? []).map((name) => ({ value: name, label: name }))} onChange={(value) => set('operator', value)} />
        <SelectField name="entityFilter" label="Jenis data" value={filter.entity} placeholder="Semua jenis data" options={(data?.entities ?? []).map((entity) => ({ value: entity.code, label: entity.label }))} onChange={(value) => set('entity', value)} />
        <TextField name="search" label="Cari" type="search" placeholder="Nama, barang, catatan…" value={filter.search} onChange={(value) => set('search', value)} />
      </form>
      {list.error ? <Notice tone="error">{list.error}</Notice> : null}
      {/* A filter that could not be applied shows no list: the last one would read as its result. */}
      {list.error ? null : (
        <>
          <p aria-live="polite">{data ? `${formatNumber(data.total)} perubahan tercatat` : 'Memuat…'}</p>
          <ChangeTable entries={data?.entries ?? []} showRecord label="Riwayat perubahan" />
        </>
      )}
      {pages > 1 && !list.error ? (
        <div className="pager">
          <button type="button" className="button button--small" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Sebelumnya
          </button>
          <span>
            Halaman {formatNumber(page + 1)} dari {formatNumber(pages)}
          </span>
          <button type="button" className="button button--small" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            Berikutnya
          </button>
        </div>
      ) : null}
    </>
  );
}
