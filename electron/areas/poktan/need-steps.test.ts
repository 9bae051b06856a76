import { describe, expect, it } from 'vitest';
import { stepsTo } from './need-steps.js';

const identified = [{ status: 'diidentifikasi' as const, quantity: 2 }];

describe('the events that bring a need to a stated status', () => {
  it('adds only the steps needed, approval before delivery', () => {
    expect(stepsTo(identified, { status: 'diidentifikasi', approved: null, delivered: 0 })).toEqual([]);
    expect(stepsTo(identified, { status: 'diusulkan', approved: null, delivered: 0 })).toEqual([{ status: 'diusulkan', quantity: null }]);
    expect(stepsTo(identified, { status: 'diterima-sebagian', approved: 2, delivered: 1 })).toEqual([
      { status: 'disetujui', quantity: 2 },
      { status: 'diterima-sebagian', quantity: 1 },
    ]);
    // Approved, then refused: the approval stays in the history.
    expect(stepsTo(identified, { status: 'ditolak', approved: 2, delivered: 0 })).toEqual([
      { status: 'disetujui', quantity: 2 },
      { status: 'ditolak', quantity: null },
    ]);
  });

  it('continues a recorded need and refuses to move it back or contradict its figures', () => {
    const partly = [...identified, { status: 'disetujui' as const, quantity: 2 }, { status: 'diterima-sebagian' as const, quantity: 1 }];
    expect(stepsTo(partly, { status: 'diterima', approved: 2, delivered: 2 })).toEqual([{ status: 'diterima', quantity: 1 }]);
    expect(stepsTo(partly, { status: 'disetujui', approved: 2, delivered: 0 })).toHaveProperty('message', 'Status tercatat "Diterima sebagian" tidak dapat diubah menjadi "Disetujui" lewat impor; ubah di layar Poktan & Sarana.');
    expect(stepsTo(partly, { status: 'diterima', approved: 3, delivered: 3 }, 'paket')).toEqual({
      field: 'approved',
      message: 'Jumlah disetujui tercatat 2 paket, di berkas 3 paket: persetujuan yang sudah dicatat tidak diubah lewat impor. Bila pencatatannya keliru, hapus kebutuhan ini di layar Poktan & Sarana, lalu impor lagi.',
    });
    // Five received of two approved, then a file saying three: a correction downwards, not a status that disagrees with its figures.
    const over = [...identified, { status: 'disetujui' as const, quantity: 2 }, { status: 'diterima' as const, quantity: 5 }];
    expect(stepsTo(over, { status: 'diterima', approved: 2, delivered: 3 })).toEqual({
      field: 'delivered',
      message: 'Jumlah diterima tercatat 5, di berkas 3: penerimaan yang sudah dicatat tidak dapat dikurangi lewat impor. Bila pencatatannya keliru, hapus kebutuhan ini di layar Poktan & Sarana, lalu impor lagi.',
    });
    expect(stepsTo(identified, { status: 'diterima', approved: 2, delivered: 1 })).toEqual({ field: 'status', message: 'Status "Diterima" tidak cocok dengan jumlahnya (disetujui 2, diterima 1).' });
    expect(stepsTo(identified, { status: 'disetujui', approved: null, delivered: 0 })).toEqual({ field: 'approved', message: 'Isi jumlah disetujui untuk status "Disetujui".' });
  });
});
