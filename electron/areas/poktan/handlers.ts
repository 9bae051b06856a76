import { z } from 'zod';
import { getKampungKb } from '../../../db/queries/kampung-kb.js';
import {
  deleteBatchEvents,
  findOpenNeed,
  getFacilityItem,
  getNeed,
  insertNeed,
  insertNeedEvent,
  listFacilityItems,
  listNeedEvents,
  listNeeds,
  saveFacilityItem,
  setNeedDeleted,
  storeNeedState,
  updateNeed,
} from '../../../db/queries/facility.js';
import { placeProblems } from '../office/place-checks.js';
import {
  countPoktan,
  countPoktanByType,
  findSimilarPoktan,
  getPoktan,
  insertPoktan,
  listPoktan,
  setPoktanDeleted,
  updatePoktan,
  type PoktanFields,
} from '../../../db/queries/poktan.js';
import { newId } from '../../../db/clock.js';
import type { Db } from '../../../db/open.js';
import { formatDate, formatNumber, localIsoDate } from '../../contract/format.js';
import { isOpenNeed, NEED_STATUS_LABELS, POKTAN_TYPE_LABELS } from '../../contract/poktan.js';
import type { ReferenceList } from '../../contract/reference.js';
import { DomainError, fieldError } from '../../core/errors.js';
import { noInput, year } from '../../core/fields.js';
import { read, write, type HandlerContext } from '../../core/handler.js';
import { foldLabel } from '../../core/names.js';
import { unknownCodes } from '../reference/codes.js';
import { deriveNeed, nameKey, planAction } from './need-lifecycle.js';
import { openTwinOf, restoreNeed } from './need-twins.js';
import { renderFacilityRecapPdf } from './recap-pdf.js';
import { facilityRecap } from './recap.js';
import {
  bulkDeliverySchema,
  byId,
  facilityItemSchema,
  needActionSchema,
  needFieldsSchema,
  type NeedActionInput,
  poktanFieldsSchema,
  poktanListSchema,
  poktanUpdateSchema,
} from './schema.js';

function requirePoktan(db: Db, id: string) {
  const poktan = getPoktan(db, id);
  if (!poktan) throw new DomainError('not-found', 'Poktan tidak ditemukan; mungkin sudah dihapus.');
  return poktan;
}

/** A funding source, where one is given, from the office's list (a need, a step of one). */
const fundingSourceCheck = {
  reads: ['fundingSource'],
  run: (ctx: HandlerContext, { fundingSource }: { fundingSource: string }) =>
    fundingSource ? unknownCodes(ctx.db, [{ path: 'fundingSource', list: 'sumber-dana-sarana', codes: [fundingSource] }]) : {},
} as const;

function requireNeed(db: Db, id: string) {
  const need = getNeed(db, id);
  if (!need) throw new DomainError('not-found', 'Kebutuhan sarana tidak ditemukan.');
  return need;
}

/** What a step of a need's life cycle would record, planned against its events so far. */
function planNeedAction(db: Db, need: { id: string }, input: Pick<NeedActionInput, 'action' | 'quantity' | 'note'>) {
  const action = input.action === 'approve' || input.action === 'deliver' ? { kind: input.action, quantity: input.quantity } : { kind: input.action };
  return planAction(deriveNeed(listNeedEvents(db, need.id)), action, input.note);
}

/** The fields of a group that poktanProblems reads. */
const REGISTER_CHECK_READS = ['type', 'kecamatanCode', 'desaCode', 'kampungKbId', 'stageCode'] as const;

/** Checks of a group that need the database: its places, its Kampung KB, its stage. */
function poktanProblems(db: Db, fields: Pick<PoktanFields, (typeof REGISTER_CHECK_READS)[number]>): Record<string, string> {
  const problems = placeProblems(db, fields.kecamatanCode, fields.desaCode);
  if (fields.kampungKbId) {
    const unit = getKampungKb(db, fields.kampungKbId);
    if (!unit || unit.deletedAt || unit.desaCode !== fields.desaCode) problems.kampungKbId = 'Kampung KB ini tidak berada di desa/kelurahan yang dipilih.';
  }
  if (fields.stageCode) Object.assign(problems, unknownCodes(db, [{ path: 'stageCode', list: `tahapan-${fields.type}` as ReferenceList, codes: [fields.stageCode] }]));
  return problems;
}

/**
 * A similar name is only a warning, asked about once the form is otherwise right (not beside the
 * schema's problems): once the user confirmed, it is not looked up.
 */
function refuseSimilarName(db: Db, fields: PoktanFields, confirmed: boolean, id: string | null): void {
  if (confirmed) return;
  const similar = findSimilarPoktan(db, fields.type, fields.desaCode, nameKey(fields.name), id);
  if (similar) {
    throw new DomainError(
      'conflict',
      `Sudah ada ${POKTAN_TYPE_LABELS[fields.type]} bernama "${similar.name}" di desa/kelurahan ini. Buka kelompok itu, atau simpan tetap sebagai kelompok lain.`,
      { name: `Mirip dengan "${similar.name}" yang sudah terdaftar di desa/kelurahan ini.` },
      { id: similar.id, label: similar.name },
    );
  }
}

/** Re-derives a need's status and quantities from its events after they changed (written only if they differ). */
export function refreshNeed(db: Db, needId: string) {
  storeNeedState(db, needId, deriveNeed(listNeedEvents(db, needId)));
}

export const poktanHandlers = {
  'poktan-list': read(poktanListSchema, (ctx, { limit, ...filter }) => {
    const rows = listPoktan(ctx.db, filter, limit);
    return {
      rows,
      total: rows.length < limit ? rows.length : countPoktan(ctx.db, filter),
      counts: countPoktanByType(ctx.db),
    };
  }),

  'poktan-get': read(byId, (ctx, { id }) => {
    const poktan = requirePoktan(ctx.db, id);
    const needs = listNeeds(ctx.db, id).map((need) => ({ ...need, events: listNeedEvents(ctx.db, need.id) }));
    return { poktan, needs };
  }),

  'poktan-create': write(
    poktanFieldsSchema,
    (ctx, { confirmDuplicate, ...fields }) => {
      refuseSimilarName(ctx.db, fields, confirmDuplicate, null);
      return getPoktan(ctx.db, insertPoktan(ctx.db, fields, nameKey(fields.name)))!;
    },
    { reads: REGISTER_CHECK_READS, run: (ctx, fields) => poktanProblems(ctx.db, fields) },
  ),

  'poktan-update': write(
    poktanUpdateSchema,
    (ctx, { id, confirmDuplicate, ...fields }) => {
      refuseSimilarName(ctx.db, fields, confirmDuplicate, id);
      updatePoktan(ctx.db, id, fields, nameKey(fields.name));
      return getPoktan(ctx.db, id)!;
    },
    {
      reads: ['id', ...REGISTER_CHECK_READS],
      run: (ctx, { id, ...fields }) => {
        requirePoktan(ctx.db, id);
        return poktanProblems(ctx.db, fields);
      },
    },
  ),

  'poktan-delete': write(byId, (ctx, { id }) => {
    const poktan = requirePoktan(ctx.db, id);
    setPoktanDeleted(ctx.db, id, true);
    return { id, name: poktan.name };
  }),

  'poktan-restore': write(byId, (ctx, { id }) => {
    setPoktanDeleted(ctx.db, id, false);
    return { id, name: requirePoktan(ctx.db, id).name };
  }),

  'facility-item-list': read(noInput, (ctx) => listFacilityItems(ctx.db)),

  'facility-item-save': write(facilityItemSchema, (ctx, item) => {
    const clash = listFacilityItems(ctx.db).find((other) => other.poktanType === item.poktanType && other.name.toLowerCase() === item.name.toLowerCase() && other.id !== item.id);
    if (clash) throw fieldError({ name: `"${clash.name}" sudah ada di katalog ${POKTAN_TYPE_LABELS[item.poktanType]}.` });
    return getFacilityItem(ctx.db, saveFacilityItem(ctx.db, item))!;
  }),

  /** Creates or edits a need's description; its status only moves through need-act. */
  'need-save': write(
    needFieldsSchema,
    (ctx, { poktanId, id, identifiedOn, ...input }) => {
      const item = input.itemId ? getFacilityItem(ctx.db, input.itemId) : null;
      const fields = { ...input, itemName: item?.name ?? input.itemName, unit: item?.unit ?? input.unit };
      if (id) {
        const existing = getNeed(ctx.db, id);
        if (!existing || existing.poktanId !== poktanId) throw new DomainError('not-found', 'Kebutuhan sarana tidak ditemukan.');
        updateNeed(ctx.db, id, fields);
        return getNeed(ctx.db, id)!;
      }
      const needId = insertNeed(ctx.db, poktanId, fields);
      insertNeedEvent(ctx.db, { needId, status: 'diidentifikasi', happenedOn: identifiedOn ?? localIsoDate(), quantity: fields.quantityNeeded, fundingSource: '', note: '', batchId: null });
      return getNeed(ctx.db, needId)!;
    },
    {
      reads: ['poktanId', 'itemId'],
      run: (ctx, { poktanId, itemId }) => {
        const poktan = requirePoktan(ctx.db, poktanId);
        const item = itemId ? getFacilityItem(ctx.db, itemId) : null;
        if (itemId && (!item || item.poktanType !== poktan.type)) return { itemId: `Barang ini tidak ada di katalog ${POKTAN_TYPE_LABELS[poktan.type]}.` };
      },
    },
    fundingSourceCheck,
    {
      reads: ['poktanId', 'id', 'itemId', 'itemName', 'yearProposed'],
      run: (ctx, { poktanId, id, itemId, itemName, yearProposed }) => {
        const name = (itemId ? getFacilityItem(ctx.db, itemId)?.name : itemName) ?? '';
        // A finished need may move beside an open one; twins recorded before this rule stay editable as long as their item and year stay.
        const stored = id ? getNeed(ctx.db, id) : null;
        if (stored && (!isOpenNeed(stored.status) || (stored.yearProposed === yearProposed && foldLabel(stored.itemName) === foldLabel(name)))) return;
        const twin = openTwinOf(ctx.db, { id: id ?? null, poktanId, yearProposed, itemId: itemId ?? null, itemName: name });
        if (twin) {
          return {
            [itemId ? 'itemId' : 'itemName']: `"${twin.itemName}" sudah tercatat untuk tahun ${yearProposed} dan belum selesai (${NEED_STATUS_LABELS[twin.status].toLowerCase()}, ${formatNumber(twin.quantityNeeded)} ${twin.unit} dibutuhkan); lanjutkan kebutuhan itu di tabel, atau isi tahun usulan lain.`,
          };
        }
      },
    },
  ),

  'need-delete': write(byId, (ctx, { id }) => {
    const need = requireNeed(ctx.db, id);
    setNeedDeleted(ctx.db, id, true);
    return { id, itemName: need.itemName };
  }),

  'need-restore': write(byId, (ctx, { id }) => {
    restoreNeed(ctx.db, id);
    const need = requireNeed(ctx.db, id);
    return { id, itemName: need.itemName };
  }),

  /** One step of the life cycle, kept as an event with its date, quantity and note. */
  'need-act': write(
    needActionSchema,
    (ctx, input) => {
      const need = requireNeed(ctx.db, input.needId);
      const plan = planNeedAction(ctx.db, need, input);
      if (!plan.ok) throw fieldError(plan.problems);
      const quantity = input.action === 'approve' || input.action === 'deliver' ? input.quantity : null;
      insertNeedEvent(ctx.db, { needId: need.id, status: plan.eventStatus, happenedOn: input.happenedOn, quantity, fundingSource: input.fundingSource, note: input.note, batchId: null });
      if (input.action === 'approve' && input.fundingSource) updateNeed(ctx.db, need.id, { ...need, fundingSource: input.fundingSource });
      refreshNeed(ctx.db, need.id);
      return getNeed(ctx.db, need.id)!;
    },
    fundingSourceCheck,
    {
      reads: ['needId', 'happenedOn'],
      run: (ctx, { needId, happenedOn }) => {
        const lastDate = listNeedEvents(ctx.db, requireNeed(ctx.db, needId).id).reduce((latest, event) => (event.happenedOn > latest ? event.happenedOn : latest), '');
        if (happenedOn < lastDate) return { happenedOn: `Tanggal tidak boleh sebelum langkah sebelumnya (${formatDate(lastDate)}).` };
      },
    },
    {
      reads: ['needId', 'action', 'quantity', 'note'],
      run: (ctx, input) => {
        const need = requireNeed(ctx.db, input.needId);
        const problems: Record<string, string> = {};
        if (input.action === 'approve' && input.quantity > need.quantityNeeded && !input.note) {
          problems.quantity = `Jumlah disetujui (${formatNumber(input.quantity)}) melebihi jumlah dibutuhkan (${formatNumber(need.quantityNeeded)}). Tuliskan keterangan bila memang demikian.`;
        }
        const plan = planNeedAction(ctx.db, need, input);
        return plan.ok ? problems : { ...problems, ...plan.problems };
      },
    },
  ),

  /**
   * One delivery to many groups (e.g. 31 BKB kits in March from DAK): each group's open need for
   * the item is approved where needed and filled; a group without one gets a need recorded.
   * All of it is one batch, undone as one with need-bulk-undo.
   */
  'need-bulk-deliver': write(bulkDeliverySchema, (ctx, input) => {
    const item = getFacilityItem(ctx.db, input.itemId);
    if (!item) throw fieldError({ itemId: 'Barang tidak ditemukan di katalog.' });
    const problems = unknownCodes(ctx.db, [{ path: 'fundingSource', list: 'sumber-dana-sarana', codes: [input.fundingSource] }]);
    const groups = [...new Set(input.poktanIds)].map((id) => requirePoktan(ctx.db, id));
    const wrongType = groups.filter((g) => g.type !== item.poktanType);
    if (wrongType.length > 0) {
      problems.poktanIds = `${item.name} hanya untuk ${POKTAN_TYPE_LABELS[item.poktanType]}; ${formatNumber(wrongType.length)} kelompok terpilih berjenis lain (misalnya ${wrongType[0]!.name}).`;
    }
    if (Object.keys(problems).length > 0) throw fieldError(problems);
    const batchId = newId();
    const event = { happenedOn: input.happenedOn, fundingSource: input.fundingSource, note: input.note, batchId };
    for (const group of groups) {
      let need = findOpenNeed(ctx.db, group.id, item.id);
      if (!need) {
        const needId = insertNeed(ctx.db, group.id, {
          itemId: item.id,
          itemName: item.name,
          unit: item.unit,
          quantityNeeded: input.quantityEach,
          quantityAvailable: 0,
          condition: null,
          priority: 'sedang',
          yearProposed: Number(input.happenedOn.slice(0, 4)),
          fundingSource: input.fundingSource,
          notes: 'Dicatat melalui penyaluran massal.',
        });
        insertNeedEvent(ctx.db, { ...event, needId, status: 'diidentifikasi', quantity: input.quantityEach });
        need = getNeed(ctx.db, needId)!;
      }
      const state = deriveNeed(listNeedEvents(ctx.db, need.id));
      if (state.status === 'diidentifikasi' || state.status === 'diusulkan') {
        // Approved for what the group needs, at least what it now receives.
        insertNeedEvent(ctx.db, { ...event, needId: need.id, status: 'disetujui', quantity: Math.max(need.quantityNeeded, state.delivered + input.quantityEach) });
      }
      const approved = deriveNeed(listNeedEvents(ctx.db, need.id)).approved ?? 0;
      const delivered = state.delivered + input.quantityEach;
      insertNeedEvent(ctx.db, { ...event, needId: need.id, status: delivered >= approved ? 'diterima' : 'diterima-sebagian', quantity: input.quantityEach });
      refreshNeed(ctx.db, need.id);
    }
    return { batchId, groups: groups.length, quantity: groups.length * input.quantityEach, itemName: item.name, unit: item.unit };
  }),

  'need-bulk-undo': write(z.strictObject({ batchId: z.string().min(1).max(64) }), (ctx, { batchId }) => {
    const touched = deleteBatchEvents(ctx.db, batchId);
    if (touched.length === 0) throw new DomainError('not-found', 'Penyaluran ini tidak ditemukan atau sudah dibatalkan.');
    for (const needId of touched) {
      // A need the batch itself recorded has no events left: it goes too.
      if (listNeedEvents(ctx.db, needId).length === 0) setNeedDeleted(ctx.db, needId, true);
      else refreshNeed(ctx.db, needId);
    }
    return { needs: touched.length };
  }),

  'sarana-recap': read(z.strictObject({ year: year() }), (ctx, { year }) => facilityRecap(ctx.db, year)),

  'sarana-recap-pdf': read(z.strictObject({ year: year() }), (ctx, { year }) => renderFacilityRecapPdf(ctx.db, year)),
};
