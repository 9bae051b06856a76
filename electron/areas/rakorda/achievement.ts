import { z } from 'zod';

// Targets against achievements: the percentage, its criterion, the kecamatan ranking and the
// flags for verification. Pure functions over plain numbers, so every rule is testable.

export type Direction = 'higher' | 'lower';

/**
 * Achievement % with two decimals' precision kept for display (10.813 ÷ 10.686 → 101,19%).
 * Higher is better: achieved ÷ target × 100. Lower is better (e.g. unmet need): target ÷
 * achieved × 100, so staying under the target scores above 100%; an achievement of 0 on a
 * lower-is-better indicator is the best possible and has no finite percentage (null).
 */
export function achievementPercent(target: number | null, achieved: number | null, direction: Direction): number | null {
  if (target === null || achieved === null || target <= 0) return null;
  if (direction === 'higher') return (achieved / target) * 100;
  return achieved > 0 ? (target / achieved) * 100 : null;
}

/**
 * Sum for counts; numerators over denominators (× 100) for rates, of the areas that have both: a
 * numerator without its denominator would lift the rate, a denominator alone sink it.
 */
export function aggregate(
  aggregation: 'sum' | 'rate',
  rows: { achieved: number | null; numerator: number | null; denominator: number | null }[],
): { achieved: number | null; numerator: number | null; denominator: number | null } {
  const total = (values: (number | null)[]) => {
    const filled = values.filter((v): v is number => v !== null);
    return filled.length === 0 ? null : filled.reduce((a, b) => a + b, 0);
  };
  if (aggregation === 'sum') return { achieved: total(rows.map((r) => r.achieved)), numerator: null, denominator: null };
  const paired = rows.filter((r) => r.numerator !== null && r.denominator !== null);
  const numerator = total(paired.map((r) => r.numerator));
  const denominator = total(paired.map((r) => r.denominator));
  return { achieved: rate(numerator, denominator), numerator, denominator };
}

export function rate(numerator: number | null, denominator: number | null): number | null {
  return numerator === null || denominator === null || denominator <= 0 ? null : (numerator / denominator) * 100;
}

/** Competition ranking (1, 2, 2, 4) by achievement %, best first; areas without a % are unranked. */
export function rankAreas(rows: { area: string; percent: number | null }[]): Map<string, number> {
  const ranked = rows.filter((r) => r.percent !== null).sort((a, b) => b.percent! - a.percent!);
  const ranks = new Map<string, number>();
  ranked.forEach((row, index) => {
    const previous = ranked[index - 1];
    ranks.set(row.area, previous && round2(previous.percent!) === round2(row.percent!) ? ranks.get(previous.area)! : index + 1);
  });
  return ranks;
}

// Ties are judged on the printed value (two decimals), as a reader of the table would.
const round2 = (value: number) => Math.round(value * 100) / 100;

export const evaluationRulesSchema = z.strictObject({
  /** Criterion bands by achievement %, best first; the first whose minimum is met applies. */
  criteria: z
    .array(z.strictObject({ min: z.number().min(0), label: z.string().trim().min(1).max(40) }))
    .min(1)
    .refine((list) => list.every((c, i) => i === 0 || c.min < list[i - 1]!.min), { error: 'Batas kriteria harus menurun dari yang terbaik.' }),
  flagAbove: z.number().min(100),
  flagBelow: z.number().min(0).max(100),
  /** A change in the achievement from last year of this many percent or more is flagged. */
  flagChange: z.number().min(1),
});

export type EvaluationRules = z.infer<typeof evaluationRulesSchema>;

export const DEFAULT_EVALUATION_RULES: EvaluationRules = {
  criteria: [
    { min: 100, label: 'Sangat Baik' },
    { min: 90, label: 'Baik' },
    { min: 75, label: 'Cukup' },
    { min: 0, label: 'Kurang' },
  ],
  flagAbove: 150,
  flagBelow: 50,
  flagChange: 50,
};

const upToTwoDecimals = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const pct = (v: number) => upToTwoDecimals.format(v);

/** The criterion of an achievement %; a lower-is-better indicator at 0 gets the best one. */
export function criterionOf(percent: number | null, rules: EvaluationRules, bestWhenNull = false): string | null {
  if (percent === null) return bestWhenNull ? rules.criteria[0]!.label : null;
  const value = round2(percent);
  return (rules.criteria.find((c) => value >= c.min) ?? rules.criteria.at(-1)!).label;
}

/** Reasons to verify a figure before it is presented; none of them blocks saving. */
export function flagsFor(
  input: { percent: number | null; target: number | null; achieved: number | null; existing: number | null; previousAchieved: number | null; unit: string },
  rules: EvaluationRules,
): string[] {
  const flags: string[] = [];
  // A cell formatted as a percentage in Excel holds 0,27 for 27%: copied as its value, it reads as a target of 0,27%.
  if (input.unit === '%' && input.target !== null && input.target > 0 && input.target < 1) {
    flags.push(`Target ${pct(input.target)}% sangat kecil: bila maksudnya ${pct(input.target * 100)}%, isi ${pct(input.target * 100)}.`);
  }
  if (input.percent !== null && input.percent > rules.flagAbove) flags.push(`Capaian di atas ${pct(rules.flagAbove)}%: periksa kebenaran data.`);
  if (input.percent !== null && input.percent < rules.flagBelow) flags.push(`Capaian di bawah ${pct(rules.flagBelow)}%: periksa kebenaran data.`);
  if (input.achieved !== null && input.existing !== null && input.achieved > input.existing) flags.push('Realisasi yang dilaporkan melebihi jumlah yang ada.');
  if (input.achieved !== null && input.previousAchieved !== null && input.previousAchieved > 0) {
    const change = ((input.achieved - input.previousAchieved) / input.previousAchieved) * 100;
    if (Math.abs(change) >= rules.flagChange) flags.push(`Realisasi ${change > 0 ? 'naik' : 'turun'} ${pct(Math.abs(change))}% dari tahun lalu.`);
  }
  return flags;
}
