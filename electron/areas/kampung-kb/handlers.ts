import { z } from 'zod';
import { countActivities, getActivity, insertActivity, listActivities, setActivityDeleted, updateActivity } from '../../../db/queries/kampung-kb-activities.js';
import { getSnapshot, listSnapshots, previousSnapshot } from '../../../db/queries/kampung-kb-snapshots.js';
import {
  findModelUnit,
  getKampungKb,
  insertKampungKb,
  countKampungKb,
  countMatchingKampungKb,
  listKampungKb,
  listKampungKbInDesa,
  unitPlacesAndYears,
  recapByKecamatan,
  setKampungKbDeleted,
  updateKampungKb,
  type KampungKbFields,
} from '../../../db/queries/kampung-kb.js';
import { listKecamatan } from '../../../db/queries/places.js';
import { placeProblems } from '../office/place-checks.js';
import type { Db } from '../../../db/open.js';
import { localIsoDate } from '../../contract/format.js';
import { DomainError, fieldError } from '../../core/errors.js';
import { noInput } from '../../core/fields.js';
import { read, write } from '../../core/handler.js';
import { unknownCodes } from '../reference/codes.js';
import { snapshotWarnings } from './checks.js';
import { DEFAULT_LEVEL_RULES, levelRulesSchema } from './level-rules.js';
import { levelOfSnapshot, loadLevelRules, parseSnapshot, refreshUnitLevels, saveLevelRules } from './level-service.js';
import type { SnapshotFigures } from './snapshot-schema.js';
import { renderKampungKbProfilePdf } from './profile-pdf.js';
import { renderKampungKbRecapPdf } from './recap-pdf.js';
import { contentProblems, periodLabel, periodProblems, storeSnapshot } from './snapshot-save.js';
import { summarizeRecap } from './recap.js';
import { activitySaveSchema, byId, kampungKbCreateSchema, kampungKbListSchema, kampungKbUpdateSchema, snapshotSaveSchema, type SnapshotSaveInput } from './schema.js';

function requireUnit(db: Db, id: string) {
  const unit = getKampungKb(db, id);
  if (!unit || unit.deletedAt) throw new DomainError('not-found', 'Kampung KB tidak ditemukan; mungkin sudah dihapus.');
  return unit;
}

/** A period's own checks against its unit; a period to change must exist under that unit. */
function periodChecks(db: Db, input: Pick<SnapshotSaveInput, 'kampungKbId' | 'id' | 'year' | 'month'>): Record<string, string> {
  const existing = input.id ? getSnapshot(db, input.id) : null;
  if (input.id && (!existing || existing.kampungKbId !== input.kampungKbId)) throw new DomainError('not-found', 'Data periode ini tidak ditemukan.');
  return periodProblems(db, input, requireUnit(db, input.kampungKbId).declaredOn);
}

/**
 * A second Kampung KB in a desa is asked about once the form is otherwise right: a desa usually has
 * one (the same unit entered twice under two names), a large one may have one per RW or dusun.
 */
function refuseSecondInDesa(db: Db, desaCode: string, id: string | null): void {
  const other = listKampungKbInDesa(db, desaCode).find((unit) => unit.id !== id);
  if (!other) return;
  throw new DomainError(
    'conflict',
    `Di desa/kelurahan ini sudah ada ${other.name}. Buka Kampung KB itu, atau simpan tetap sebagai Kampung KB lain (misalnya untuk RW atau dusun lain).`,
    { desaCode: `Sudah ada ${other.name} di desa/kelurahan ini.` },
    { id: other.id, label: other.name },
  );
}

/** The identity's fields that checkKampungKb reads. */
const IDENTITY_CHECK_READS = ['kecamatanCode', 'desaCode', 'latitude', 'longitude', 'manualLevel', 'manualLevelNote', 'isModel', 'criteria'] as const;

/** Checks of the identity that need the database: places, dates, codes, the one model unit (the importer runs them on every row). */
export function checkKampungKb(db: Db, fields: KampungKbFields, id: string | null): void {
  const problems = placeProblems(db, fields.kecamatanCode, fields.desaCode);
  if ((fields.latitude === null) !== (fields.longitude === null)) problems.longitude = 'Isi lintang dan bujur bersama-sama, atau kosongkan keduanya.';
  if (fields.manualLevel && !fields.manualLevelNote) problems.manualLevelNote = 'Tuliskan dasar penetapan tingkat secara manual (misalnya nomor SK).';
  if (fields.isModel) {
    const model = findModelUnit(db, id);
    if (model) problems.isModel = `Kampung KB percontohan kabupaten sudah ditetapkan: ${model.name}. Cabut penetapan itu terlebih dahulu.`;
  }
  Object.assign(
    problems,
    unknownCodes(db, [
      { path: 'criteria.main', list: 'kriteria-utama', codes: fields.criteria.main },
      { path: 'criteria.area', list: 'kriteria-wilayah', codes: fields.criteria.area },
      { path: 'criteria.special', list: 'kriteria-khusus', codes: fields.criteria.special },
    ]),
  );
  if (Object.keys(problems).length > 0) throw fieldError(problems);
}

/** Implausible values against the period before this one (both reads and saves show them). */
function warningsAgainstPrevious(db: Db, kampungKbId: string, year: number, month: number | null, figures: SnapshotFigures) {
  const previous = previousSnapshot(db, kampungKbId, year, month);
  return snapshotWarnings(figures, previous ? { label: periodLabel(previous.year, previous.month), figures: parseSnapshot(previous).figures } : null);
}

export const kampungKbHandlers = {
  'kampung-kb-list': read(kampungKbListSchema, (ctx, { limit, ...filter }) => {
    const rows = listKampungKb(ctx.db, filter, limit);
    const kecamatan = listKecamatan(ctx.db);
    // The summary is of all units, whatever the filter: counted, not listed a second time.
    const all = unitPlacesAndYears(ctx.db);
    const covered = new Set(all.map((row) => row.kecamatanCode));
    return {
      rows,
      matched: rows.length < limit ? rows.length : countMatchingKampungKb(ctx.db, filter),
      summary: {
        total: countKampungKb(ctx.db),
        kecamatanTotal: kecamatan.length,
        kecamatanCovered: covered.size,
        kecamatanWithout: kecamatan.filter((k) => !covered.has(k.code)).map((k) => k.name),
        declaredYears: [...new Set(all.map((row) => row.year))].sort((a, b) => b - a),
      },
    };
  }),

  'kampung-kb-get': read(byId, (ctx, { id }) => {
    const unit = requireUnit(ctx.db, id);
    const snapshots = listSnapshots(ctx.db, id).map(({ profile: _p, figures: _f, ...summary }) => summary);
    return { unit, snapshots, activityCount: countActivities(ctx.db, id) };
  }),

  'kampung-kb-create': write(
    kampungKbCreateSchema,
    (ctx, { confirmOtherInDesa, ...fields }) => {
      if (!confirmOtherInDesa) refuseSecondInDesa(ctx.db, fields.desaCode, null);
      return getKampungKb(ctx.db, insertKampungKb(ctx.db, fields))!;
    },
    { reads: IDENTITY_CHECK_READS, run: (ctx, fields) => checkKampungKb(ctx.db, fields, null) },
  ),

  'kampung-kb-update': write(
    kampungKbUpdateSchema,
    (ctx, { id, confirmOtherInDesa, ...fields }) => {
      // Asked only when the unit moves to another desa: two units a desa has already are not asked about again.
      if (!confirmOtherInDesa && getKampungKb(ctx.db, id)!.desaCode !== fields.desaCode) refuseSecondInDesa(ctx.db, fields.desaCode, id);
      updateKampungKb(ctx.db, id, fields);
      return getKampungKb(ctx.db, id)!;
    },
    {
      reads: ['id', ...IDENTITY_CHECK_READS],
      run: (ctx, { id, ...fields }) => {
        requireUnit(ctx.db, id);
        checkKampungKb(ctx.db, fields, id);
      },
    },
  ),

  /** Soft delete: the unit moves out of every list and can be brought back with kampung-kb-restore. */
  'kampung-kb-delete': write(byId, (ctx, { id }) => {
    const unit = requireUnit(ctx.db, id);
    setKampungKbDeleted(ctx.db, id, true);
    return { id, name: unit.name };
  }),

  'kampung-kb-restore': write(byId, (ctx, { id }) => {
    const unit = getKampungKb(ctx.db, id);
    if (!unit) throw new DomainError('not-found', 'Kampung KB tidak ditemukan.');
    setKampungKbDeleted(ctx.db, id, false);
    return { id, name: unit.name };
  }),

  'kampung-kb-snapshot-get': read(byId, (ctx, { id }) => {
    const row = getSnapshot(ctx.db, id);
    if (!row) throw new DomainError('not-found', 'Data Kampung KB periode ini tidak ditemukan.');
    const unit = requireUnit(ctx.db, row.kampungKbId);
    const parsed = parseSnapshot(row);
    return {
      id: row.id,
      kampungKbId: row.kampungKbId,
      year: row.year,
      month: row.month,
      ...parsed,
      level: levelOfSnapshot(ctx.db, row),
      manualLevel: unit.manualLevel,
      warnings: warningsAgainstPrevious(ctx.db, row.kampungKbId, row.year, row.month, parsed.figures),
    };
  }),

  /** A starting point for a new period: the latest period's profile and figures, or empty ones. */
  'kampung-kb-snapshot-draft': read(z.strictObject({ kampungKbId: z.string().min(1) }), (ctx, { kampungKbId }) => {
    requireUnit(ctx.db, kampungKbId);
    const latest = listSnapshots(ctx.db, kampungKbId)[0];
    const year = Number(localIsoDate().slice(0, 4));
    if (!latest) return { year, month: null, ...parseSnapshot({ profile: '{}', figures: '{}' }), copiedFrom: null };
    return { year: Math.min(latest.year + 1, year), month: null, ...parseSnapshot(latest), copiedFrom: periodLabel(latest.year, latest.month) };
  }),

  /** Saves one period's figures; other periods are never touched. Warnings do not block. */
  'kampung-kb-snapshot-save': write(
    snapshotSaveSchema,
    (ctx, input) => {
      // The check found the period (when it has an id) under this unit.
      const { id, level } = storeSnapshot(ctx.db, input, input.id ?? null);
      return { id, level, warnings: warningsAgainstPrevious(ctx.db, input.kampungKbId, input.year, input.month, input.figures) };
    },
    { reads: ['kampungKbId', 'id', 'year', 'month'], run: (ctx, input) => periodChecks(ctx.db, input) },
    { reads: ['profile', 'figures'], run: (ctx, input) => contentProblems(ctx.db, input) },
  ),

  'kampung-kb-activity-list': read(z.strictObject({ kampungKbId: z.string().min(1) }), (ctx, { kampungKbId }) =>
    listActivities(ctx.db, kampungKbId),
  ),

  'kampung-kb-activity-save': write(
    activitySaveSchema,
    (ctx, { kampungKbId, id, ...fields }) => {
      if (id) {
        const existing = getActivity(ctx.db, id);
        if (!existing || existing.kampungKbId !== kampungKbId) throw new DomainError('not-found', 'Kegiatan tidak ditemukan.');
        updateActivity(ctx.db, id, fields);
      }
      const savedId = id ?? insertActivity(ctx.db, kampungKbId, fields);
      refreshUnitLevels(ctx.db, kampungKbId);
      return getActivity(ctx.db, savedId)!;
    },
    {
      reads: ['kampungKbId', 'categoryCode', 'targetGroups', 'partners'],
      run: (ctx, { kampungKbId, categoryCode, targetGroups, partners }) => {
        requireUnit(ctx.db, kampungKbId);
        return unknownCodes(ctx.db, [
          { path: 'categoryCode', list: 'kategori-kegiatan', codes: [categoryCode] },
          { path: 'targetGroups', list: 'sasaran', codes: targetGroups },
          { path: 'partners', list: 'mitra', codes: partners },
        ]);
      },
    },
  ),

  'kampung-kb-activity-delete': write(byId, (ctx, { id }) => {
    const activity = getActivity(ctx.db, id);
    if (!activity) throw new DomainError('not-found', 'Kegiatan tidak ditemukan.');
    setActivityDeleted(ctx.db, id, true);
    refreshUnitLevels(ctx.db, activity.kampungKbId);
    return { id, title: activity.title };
  }),

  'kampung-kb-rules-get': read(noInput, (ctx) => ({ rules: loadLevelRules(ctx.db), defaults: DEFAULT_LEVEL_RULES })),

  'kampung-kb-rules-save': write(z.strictObject({ rules: levelRulesSchema }), (ctx, { rules }) => ({
    recomputed: saveLevelRules(ctx.db, rules),
  })),

  'kampung-kb-recap': read(noInput, (ctx) => {
    const rows = recapByKecamatan(ctx.db);
    return { rows, summary: summarizeRecap(rows) };
  }),

  'kampung-kb-profile-pdf': read(z.strictObject({ id: z.string().min(1), snapshotId: z.string().min(1).optional() }), (ctx, input) =>
    renderKampungKbProfilePdf(ctx.db, input.id, input.snapshotId),
  ),

  'kampung-kb-recap-pdf': read(noInput, (ctx) => renderKampungKbRecapPdf(ctx.db)),
};
