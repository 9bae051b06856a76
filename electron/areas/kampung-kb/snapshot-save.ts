import { countPartners } from '../../../db/queries/kampung-kb-activities.js';
import { findSnapshotForPeriod, insertSnapshot, listSnapshots, updateSnapshot } from '../../../db/queries/kampung-kb-snapshots.js';
import type { Db } from '../../../db/open.js';
import { formatMonthYear, localIsoDate } from '../../contract/format.js';
import { unknownCodes } from '../reference/codes.js';
import { snapshotProblems } from './checks.js';
import { loadLevelRules, scoresOf } from './level-service.js';
import { computeLevel } from './level.js';
import type { SnapshotSaveInput } from './schema.js';

// Saving one period of a Kampung KB: the checks and the write that the period form and the
// Excel import of a period's figures share.

export const periodLabel = (year: number, month: number | null) => (month ? formatMonthYear(year, month) : `tahun ${year}`);

/** Why the period cannot be saved, by field path; empty when it can. */
export function snapshotSaveProblems(db: Db, input: SnapshotSaveInput, declaredOn: string): Record<string, string> {
  return { ...contentProblems(db, input), ...periodProblems(db, input, declaredOn) };
}

/** The period itself: not before the unit was declared, not in the future, not one the unit has already. */
export function periodProblems(db: Db, input: Pick<SnapshotSaveInput, 'kampungKbId' | 'id' | 'year' | 'month'>, declaredOn: string, today = localIsoDate()): Record<string, string> {
  const problems: Record<string, string> = {};
  const [currentYear, currentMonth] = today.split('-').map(Number) as [number, number];
  // A year after this one is refused by the schema, with the form's other problems.
  if (input.year === currentYear && input.month !== null && input.month > currentMonth) problems.month = 'Bulan data tidak boleh di masa depan.';
  const declaredYear = Number(declaredOn.slice(0, 4));
  if (input.year < declaredYear) problems.year = `Kampung KB ini baru dicanangkan tahun ${declaredYear}; data tahun ${input.year} belum ada.`;
  // A year is recorded either once (no month) or by month, never both: two figures for one year would be ambiguous.
  const sameYear = listSnapshots(db, input.kampungKbId).filter((s) => s.year === input.year && s.id !== input.id);
  if (sameYear.some((s) => (s.month === null) !== (input.month === null))) {
    problems.month = input.month === null
      ? `Data tahun ${input.year} sudah dicatat per bulan; pilih bulannya.`
      : `Data tahun ${input.year} sudah dicatat tanpa bulan; buka data itu untuk mengubahnya.`;
  }
  const clash = findSnapshotForPeriod(db, input.kampungKbId, input.year, input.month);
  if (clash && clash.id !== input.id) {
    problems.year = `Data ${periodLabel(input.year, input.month)} sudah ada untuk Kampung KB ini; buka data itu untuk mengubahnya.`;
  }
  return problems;
}

/** The period's profile and figures: against each other, and their codes against the lists. */
export function contentProblems(db: Db, { profile, figures }: Pick<SnapshotSaveInput, 'profile' | 'figures'>): Record<string, string> {
  return {
    ...snapshotProblems(profile, figures),
    ...unknownCodes(db, [
      { path: 'profile.guidance', list: 'pembina-tanpa-plkb', codes: profile.guidance },
      { path: 'profile.regulation', list: 'regulasi', codes: profile.regulation ? [profile.regulation] : [] },
      { path: 'profile.dataSources', list: 'sumber-data', codes: profile.dataSources },
      { path: 'profile.fundingSources', list: 'sumber-dana', codes: profile.fundingSources },
      { path: 'profile.programmes', list: 'program', codes: profile.programmes },
      { path: 'profile.mechanisms', list: 'mekanisme', codes: Object.keys(profile.mechanisms) },
      { path: 'profile.mechanisms', list: 'frekuensi', codes: Object.values(profile.mechanisms) },
      { path: 'figures.kbUsers', list: 'metode-kb', codes: Object.keys(figures.kbUsers) },
      { path: 'figures.nonUsers', list: 'alasan-tidak-ber-kb', codes: Object.keys(figures.nonUsers) },
    ]),
  };
}

/** Stores a checked period with its computed level; `changed` is false when it was stored as it is. */
export function storeSnapshot(db: Db, input: SnapshotSaveInput, existingId: string | null) {
  const partnerCount = countPartners(db, input.kampungKbId, input.year);
  const level = computeLevel({ profile: input.profile, figures: input.figures, partnerCount }, loadLevelRules(db));
  const fields = { year: input.year, month: input.month, profile: input.profile, figures: input.figures, ...scoresOf(level) };
  if (existingId) return { id: existingId, level, changed: updateSnapshot(db, existingId, fields) };
  return { id: insertSnapshot(db, { ...fields, kampungKbId: input.kampungKbId }), level, changed: true };
}
