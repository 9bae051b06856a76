import { describe, expect, it } from 'vitest';
import { mappingNotes } from './mapping-notes.js';

const fields = [
  { key: 'type', header: 'Jenis poktan', required: true },
  { key: 'name', header: 'Nama kelompok', required: true },
  { key: 'kecamatan', header: 'Kecamatan', required: true },
  { key: 'members', header: 'Jumlah anggota', required: false },
];

describe('notes on the columns chosen', () => {
  it('names the file’s columns that feed no field, and a column that feeds two', () => {
    const headers = ['Tipe', 'Nama', 'Kec', 'Ketua Kelompok', '', 'HP'];
    expect(mappingNotes({ headers, fields, mapping: { type: 0, name: 1, kecamatan: 0 } })).toEqual({
      unused: ['Kec', 'Ketua Kelompok', 'HP'],
      doubled: [{ header: 'Tipe', fields: ['Jenis poktan', 'Kecamatan'] }],
    });
    expect(mappingNotes({ headers: ['Tipe', 'Nama', 'Kec'], fields, mapping: { type: 0, name: 1, kecamatan: 2 } })).toEqual({ unused: [], doubled: [] });
  });
});
