import { formatNumber } from '../../contract/format.js';
import type { NeedStatus } from '../../contract/poktan.js';

// The life cycle of a facility need: diidentifikasi → diusulkan → disetujui → diterima sebagian
// → diterima, or ditolak. Each step is stored as an event; the need's status and quantities are
// always derived from its events, so the history and the current state cannot disagree.

export type NeedAction =
  | { kind: 'propose' }
  | { kind: 'approve'; quantity: number }
  | { kind: 'deliver'; quantity: number }
  | { kind: 'reject' };

export interface NeedEvent {
  status: NeedStatus;
  quantity: number | null;
}

export interface NeedState {
  status: NeedStatus;
  approved: number | null;
  delivered: number;
}

export const isDelivery = (status: NeedStatus) => status === 'diterima' || status === 'diterima-sebagian';

/** Replays events (oldest first) into the need's current state. */
export function deriveNeed(events: readonly NeedEvent[]): NeedState {
  let state: NeedState = { status: 'diidentifikasi', approved: null, delivered: 0 };
  for (const event of events) {
    if (isDelivery(event.status)) {
      const delivered = state.delivered + (event.quantity ?? 0);
      state = { ...state, delivered, status: delivered >= (state.approved ?? 0) ? 'diterima' : 'diterima-sebagian' };
    } else if (event.status === 'disetujui') {
      state = { ...state, status: 'disetujui', approved: event.quantity ?? 0 };
    } else {
      state = { ...state, status: event.status };
    }
  }
  return state;
}

const ALLOWED: Record<NeedAction['kind'], readonly NeedStatus[]> = {
  propose: ['diidentifikasi'],
  approve: ['diidentifikasi', 'diusulkan'],
  deliver: ['disetujui', 'diterima-sebagian'],
  reject: ['diidentifikasi', 'diusulkan', 'disetujui'],
};

const ACTION_NAMES: Record<NeedAction['kind'], string> = {
  propose: 'diusulkan',
  approve: 'disetujui',
  deliver: 'dicatat penerimaannya',
  reject: 'ditolak',
};

/**
 * Checks an action against the need's state. Returns the status the new event records, or the
 * problems by field in Bahasa Indonesia.
 */
export function planAction(
  state: NeedState,
  action: NeedAction,
  note: string,
): { ok: true; eventStatus: NeedStatus } | { ok: false; problems: Record<string, string> } {
  if (!ALLOWED[action.kind].includes(state.status)) {
    return { ok: false, problems: { action: `Kebutuhan berstatus "${state.status.replace('-', ' ')}" tidak dapat ${ACTION_NAMES[action.kind]}.` } };
  }
  switch (action.kind) {
    case 'propose':
      return { ok: true, eventStatus: 'diusulkan' };
    case 'reject':
      return note.trim() ? { ok: true, eventStatus: 'ditolak' } : { ok: false, problems: { note: 'Tuliskan alasan penolakan.' } };
    case 'approve':
      return action.quantity > 0 ? { ok: true, eventStatus: 'disetujui' } : { ok: false, problems: { quantity: 'Jumlah disetujui harus lebih dari 0.' } };
    case 'deliver': {
      if (action.quantity <= 0) return { ok: false, problems: { quantity: 'Jumlah diterima harus lebih dari 0.' } };
      const approved = state.approved ?? 0;
      const total = state.delivered + action.quantity;
      if (total > approved && !note.trim()) {
        return {
          ok: false,
          problems: {
            quantity: `Jumlah diterima seluruhnya (${formatNumber(total)}) melebihi jumlah disetujui (${formatNumber(approved)}). Tuliskan keterangan bila memang demikian.`,
          },
        };
      }
      return { ok: true, eventStatus: total >= approved ? 'diterima' : 'diterima-sebagian' };
    }
  }
}

/**
 * Folds a group name for duplicate detection: "B.K.B  Mawar ", "bkb mawar" and "Mawar" are the
 * same group (the type word in front is left out; the type itself is compared separately).
 */
export function nameKey(name: string): string {
  const folded = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  const withoutType = folded.replace(/^(kelompok)?(bkb|bkr|bkl|uppka|uppks|pikr)/, '');
  return withoutType === '' ? folded : withoutType;
}
