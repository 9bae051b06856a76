import { listKecamatan } from '../../../db/queries/places.js';
import { indicatorsForYear, listValues, type IndicatorRow, type ValueRow } from '../../../db/queries/rakorda.js';
import { getSetting } from '../../../db/queries/settings.js';
import type { Db } from '../../../db/open.js';
import { formatIndicatorValue, formatNumber, formatPercentOrDash } from '../../contract/format.js';
import {
  achievementPercent,
  aggregate,
  criterionOf,
  DEFAULT_EVALUATION_RULES,
  evaluationRulesSchema,
  flagsFor,
  rankAreas,
  rate,
  type EvaluationRules,
} from './achievement.js';

export const KABUPATEN = 'kabupaten';
export const RULES_KEY = 'rakorda.evaluationRules';

export function loadEvaluationRules(db: Db): EvaluationRules {
  const stored = evaluationRulesSchema.safeParse(getSetting(db, RULES_KEY));
  return stored.success ? stored.data : DEFAULT_EVALUATION_RULES;
}

export interface AreaResult {
  area: string;
  name: string;
  target: number | null;
  achieved: number | null;
  percent: number | null;
  criterion: string | null;
  rank: number | null;
  flags: string[];
}

export interface IndicatorResult {
  indicator: IndicatorRow;
  kabupaten: AreaResult;
  kecamatan: AreaResult[];
  /** The kabupaten's figures in the two years before, oldest first, for comparison. */
  history: { year: number; target: number | null; achieved: number | null; percent: number | null }[];
}

const key = (year: number, indicatorId: string, area: string) => `${year}|${indicatorId}|${area}`;
const withPercentSign = (value: number | null, unit: string) => (unit === '%' ? formatPercentOrDash(value) : formatIndicatorValue(value, unit));

/** Kecamatan that entered a realisasi for the indicator: the kabupaten figure is summed from these. */
export const reportingKecamatan = (item: IndicatorResult): number => item.kecamatan.filter((row) => row.achieved !== null).length;

/** A year's evaluation: every indicator's kecamatan figures with ranks and flags, and the kabupaten's. */
export function buildEvaluation(db: Db, year: number): { year: number; rules: EvaluationRules; indicators: IndicatorResult[] } {
  const rules = loadEvaluationRules(db);
  const kecamatan = listKecamatan(db);
  const values = new Map(listValues(db, [year, year - 1, year - 2]).map((v) => [key(v.year, v.indicatorId, v.area), v]));
  const value = (y: number, indicatorId: string, area: string): ValueRow | undefined => values.get(key(y, indicatorId, area));
  const achievedOf = (indicator: IndicatorRow, v: ValueRow | undefined) =>
    !v ? null : indicator.aggregation === 'rate' ? rate(v.numerator, v.denominator) : v.achieved;

  /**
   * The kabupaten's target and achievement in a year. Its target is the one entered, else derived
   * from the kecamatan targets: their sum, or for a rate the rate the kabupaten would reach with
   * every kecamatan at its own target (the targets weighted by each kecamatan's denominator). A
   * derived target is compared only where a kecamatan has both a target and a realisasi: one with
   * a realisasi but no target would lift the percentage (a walk-through saw 129% from 8
   * kecamatan's realisasi over 6 kecamatan's targets), one with a target but no realisasi yet
   * would sink it (68,99% beside a realisasi above the target). `basis` says so when either happens.
   */
  const kabupatenOf = (indicator: IndicatorRow, y: number) => {
    const rows = kecamatan.map((k) => value(y, indicator.id, k.code)).filter((v): v is ValueRow => v !== undefined);
    const achieved = aggregate(indicator.aggregation, rows).achieved;
    const entered = value(y, indicator.id, KABUPATEN)?.target ?? null;
    const targeted = rows.filter((r) => r.target !== null);
    if (entered !== null || targeted.length === 0) return { target: entered, achieved, percent: achievementPercent(entered, achieved, indicator.direction), basis: null };
    const isRate = indicator.aggregation === 'rate';
    const reported = (r: ValueRow) => (isRate ? r.numerator !== null && r.denominator !== null && r.denominator > 0 : r.achieved !== null);
    const both = targeted.filter(reported);
    const sumOf = (list: ValueRow[], pick: (r: ValueRow) => number) => list.reduce((total, r) => total + pick(r), 0);
    const comparedTarget = both.length === 0 ? null : isRate ? sumOf(both, (r) => r.target! * r.denominator!) / sumOf(both, (r) => r.denominator!) : sumOf(both, (r) => r.target!);
    const compared = aggregate(indicator.aggregation, both).achieved;
    const target = isRate ? comparedTarget : sumOf(targeted, (r) => r.target!);
    const percent = achievementPercent(comparedTarget, compared, indicator.direction);
    const untargeted = rows.filter((r) => r.target === null && reported(r)).length;
    const unreported = targeted.length - both.length;
    const reasons = [
      ...(untargeted > 0 ? [`${formatNumber(untargeted)} kecamatan punya realisasi tanpa target`] : []),
      ...(unreported > 0 ? [`${formatNumber(unreported)} kecamatan punya target tanpa realisasi`] : []),
    ];
    const basis =
      reasons.length === 0
        ? null
        : both.length === 0
          ? `${reasons.join('; ')}; % kabupaten belum dapat dihitung.`
          : `${reasons.join('; ')}; % kabupaten dihitung dari ${formatNumber(both.length)} kecamatan yang punya keduanya (realisasi ${withPercentSign(compared, indicator.unit)} dari target ${withPercentSign(comparedTarget, indicator.unit)}).`;
    return { target, achieved, percent, basis };
  };

  const indicators = indicatorsForYear(db, year).map((indicator): IndicatorResult => {
    const lowerBest = indicator.direction === 'lower';
    const rows = kecamatan.map((k) => {
      const v = value(year, indicator.id, k.code);
      const achieved = achievedOf(indicator, v);
      const target = v?.target ?? null;
      const percent = achievementPercent(target, achieved, indicator.direction);
      const atBest = lowerBest && achieved === 0 && target !== null;
      return {
        area: k.code,
        name: k.name,
        target,
        achieved,
        percent,
        criterion: criterionOf(percent, rules, atBest),
        rank: null as number | null,
        flags: flagsFor({ percent, target, achieved, existing: v?.existing ?? null, previousAchieved: achievedOf(indicator, value(year - 1, indicator.id, k.code)), unit: indicator.unit }, rules),
      };
    });
    const ranks = rankAreas(rows);
    for (const row of rows) row.rank = ranks.get(row.area) ?? null;
    const current = kabupatenOf(indicator, year);
    const previous = kabupatenOf(indicator, year - 1);
    const twoYearsBefore = kabupatenOf(indicator, year - 2);
    const { basis, ...kab } = current;
    return {
      indicator,
      kecamatan: rows,
      kabupaten: {
        area: KABUPATEN,
        name: 'Kabupaten',
        ...kab,
        criterion: criterionOf(kab.percent, rules, lowerBest && kab.achieved === 0 && kab.target !== null),
        rank: null,
        flags: [
          ...(basis ? [basis] : []),
          ...flagsFor({ percent: kab.percent, target: kab.target, achieved: kab.achieved, existing: null, previousAchieved: previous.achieved, unit: indicator.unit }, rules),
        ],
      },
      history: [twoYearsBefore, previous, current].map(({ target, achieved, percent }, i) => ({ year: year - 2 + i, target, achieved, percent })),
    };
  });
  return { year, rules, indicators };
}
