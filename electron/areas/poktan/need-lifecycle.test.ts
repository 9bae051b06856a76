import { describe, expect, it } from 'vitest';
import { deriveNeed, nameKey, planAction, type NeedState } from './need-lifecycle.js';

const state = (over: Partial<NeedState> = {}): NeedState => ({ status: 'diidentifikasi', approved: null, delivered: 0, ...over });

describe('deriveNeed', () => {
  it('replays the history into the current status and quantities', () => {
    expect(deriveNeed([])).toEqual({ status: 'diidentifikasi', approved: null, delivered: 0 });
    const history = [
      { status: 'diidentifikasi' as const, quantity: null },
      { status: 'diusulkan' as const, quantity: null },
      { status: 'disetujui' as const, quantity: 10 },
      { status: 'diterima-sebagian' as const, quantity: 4 },
    ];
    expect(deriveNeed(history)).toEqual({ status: 'diterima-sebagian', approved: 10, delivered: 4 });
    expect(deriveNeed([...history, { status: 'diterima', quantity: 6 }])).toEqual({ status: 'diterima', approved: 10, delivered: 10 });
    expect(deriveNeed([...history.slice(0, 2), { status: 'ditolak', quantity: null }]).status).toBe('ditolak');
  });
});

describe('planAction', () => {
  it('follows the life cycle forward', () => {
    expect(planAction(state(), { kind: 'propose' }, '')).toEqual({ ok: true, eventStatus: 'diusulkan' });
    expect(planAction(state({ status: 'diusulkan' }), { kind: 'approve', quantity: 10 }, '')).toEqual({ ok: true, eventStatus: 'disetujui' });
    expect(planAction(state({ status: 'disetujui', approved: 10 }), { kind: 'deliver', quantity: 4 }, '')).toEqual({ ok: true, eventStatus: 'diterima-sebagian' });
    expect(planAction(state({ status: 'diterima-sebagian', approved: 10, delivered: 4 }), { kind: 'deliver', quantity: 6 }, '')).toEqual({ ok: true, eventStatus: 'diterima' });
  });

  it('refuses steps out of order, naming the current status', () => {
    expect(planAction(state(), { kind: 'deliver', quantity: 1 }, '')).toEqual({ ok: false, problems: { action: 'Kebutuhan berstatus "diidentifikasi" tidak dapat dicatat penerimaannya.' } });
    expect(planAction(state({ status: 'diterima', approved: 1, delivered: 1 }), { kind: 'reject' }, 'x')).toEqual({ ok: false, problems: { action: 'Kebutuhan berstatus "diterima" tidak dapat ditolak.' } });
    expect(planAction(state({ status: 'disetujui', approved: 2 }), { kind: 'propose' }, '').ok).toBe(false);
  });

  it('needs a reason to reject and a note to deliver more than approved', () => {
    expect(planAction(state({ status: 'diusulkan' }), { kind: 'reject' }, ' ')).toEqual({ ok: false, problems: { note: 'Tuliskan alasan penolakan.' } });
    expect(planAction(state({ status: 'disetujui', approved: 10, delivered: 0 }), { kind: 'deliver', quantity: 12 }, '')).toEqual({
      ok: false,
      problems: { quantity: 'Jumlah diterima seluruhnya (12) melebihi jumlah disetujui (10). Tuliskan keterangan bila memang demikian.' },
    });
    expect(planAction(state({ status: 'disetujui', approved: 10 }), { kind: 'deliver', quantity: 12 }, 'Tambahan dari CSR')).toEqual({ ok: true, eventStatus: 'diterima' });
    expect(planAction(state({ status: 'diusulkan' }), { kind: 'approve', quantity: 0 }, '')).toEqual({ ok: false, problems: { quantity: 'Jumlah disetujui harus lebih dari 0.' } });
  });
});

describe('nameKey', () => {
  it('ignores case, spacing and punctuation, not letters', () => {
    expect(nameKey('BKB Mawar')).toBe(nameKey(' b.k.b.  MAWAR '));
    expect(nameKey('BKB Mawar-1')).toBe(nameKey('BKB Mawar 1'));
    expect(nameKey('BKB Mawar')).not.toBe(nameKey('BKB Melati'));
    expect(nameKey('Melati')).toBe(nameKey('BKB Melati'));
    expect(nameKey('Kelompok BKB Melati')).toBe(nameKey('melati'));
    expect(nameKey('BKB')).toBe('bkb');
  });
});
