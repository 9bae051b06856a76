import { formatNumber } from '../../contract/format.js';
import { NEED_STATUS_LABELS, type NeedStatus } from '../../contract/poktan.js';
import { deriveNeed, isDelivery, type NeedEvent, type NeedState } from './need-lifecycle.js';

// A need described by its end state (a row of an office's spreadsheet: status, approved,
// delivered) is stored as the events that lead there, so its history and its status agree.

export type NeedTarget = NeedState;

const ORDER: Record<NeedStatus, number> = { diidentifikasi: 0, diusulkan: 1, disetujui: 2, 'diterima-sebagian': 3, diterima: 4, ditolak: 5 };
const label = (status: NeedStatus) => NEED_STATUS_LABELS[status];
// A recorded approval or delivery is never undone one step at a time (the history would lie).
const REDO = 'Bila pencatatannya keliru, hapus kebutuhan ini di layar Poktan & Sarana, lalu impor lagi.';

/** Why a need cannot reach a stated state, and which of the row's figures says it. */
export interface StepProblem {
  field: 'status' | 'approved' | 'delivered';
  message: string;
}

/**
 * The events that move a need from its recorded events to the target state, or why they cannot:
 * a status never moves back, and the quantities must agree with the status. Quantities are
 * named with the need's unit when it is given.
 */
export function stepsTo(events: readonly NeedEvent[], target: NeedTarget, unit = ''): NeedEvent[] | StepProblem {
  const amount = (quantity: number) => (unit ? `${formatNumber(quantity)} ${unit}` : formatNumber(quantity));
  const problem = (field: StepProblem['field'], message: string): StepProblem => ({ field, message });
  const state = deriveNeed(events);
  const same = (a: NeedState) => a.status === target.status && a.approved === target.approved && a.delivered === target.delivered;
  if (same(state)) return [];
  const delivering = isDelivery(state.status);
  const backwards = ORDER[target.status] < ORDER[state.status] || state.status === 'ditolak' || (delivering && target.status === 'ditolak');
  if (backwards) return problem('status', `Status tercatat "${label(state.status)}" tidak dapat diubah menjadi "${label(target.status)}" lewat impor; ubah di layar Poktan & Sarana.`);

  const steps: NeedEvent[] = [];
  if (target.status === 'diusulkan') steps.push({ status: 'diusulkan', quantity: null });
  else if (target.status !== 'diidentifikasi') {
    if (target.approved !== null && state.approved === null) steps.push({ status: 'disetujui', quantity: target.approved });
    else if (target.approved !== null && state.approved !== target.approved) {
      return problem('approved', `Jumlah disetujui tercatat ${amount(state.approved ?? 0)}, di berkas ${amount(target.approved)}: persetujuan yang sudah dicatat tidak diubah lewat impor. ${REDO}`);
    } else if (target.approved === null && target.status !== 'ditolak') return problem('approved', `Isi jumlah disetujui untuk status "${label(target.status)}".`);
    const more = target.delivered - state.delivered;
    if (more < 0) {
      return problem('delivered', `Jumlah diterima tercatat ${amount(state.delivered)}, di berkas ${amount(target.delivered)}: penerimaan yang sudah dicatat tidak dapat dikurangi lewat impor. ${REDO}`);
    }
    if (target.status === 'ditolak') steps.push({ status: 'ditolak', quantity: null });
    else if (more > 0) steps.push({ status: target.delivered >= (target.approved ?? 0) ? 'diterima' : 'diterima-sebagian', quantity: more });
  }
  if (!same(deriveNeed([...events, ...steps]))) {
    return problem('status', `Status "${label(target.status)}" tidak cocok dengan jumlahnya (disetujui ${target.approved === null ? '–' : amount(target.approved)}, diterima ${amount(target.delivered)}).`);
  }
  return steps;
}
