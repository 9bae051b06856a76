import { z } from 'zod';

// The national portal's classification of Kampung KB, as editable data. Every item turns a
// measured value into a score 1-4 through bands.
//
// THE BOUNDARY RULE (the one place it is stated): percentages are rounded half-up to whole
// numbers first, as the portal does; then a value gets the score of the band with the highest
// `from` that is ≤ the value. So with bands from 0→1, 30→2, 41→3, 51→4 a CPR of 40,4% counts
// as 40 (score 2) and 40,5% as 41 (score 3). The portal's gaps (12,0–12,1%) disappear because
// whole numbers cannot fall into them.

const band = z.strictObject({ from: z.number().min(0), score: z.number().int().min(1).max(4) });
const bands = z.array(band).min(1).refine((list) => list[0]!.from === 0, { error: 'Pita pertama harus mulai dari 0.' })
  .refine((list) => list.every((b, i) => i === 0 || b.from > list[i - 1]!.from), { error: 'Batas pita harus naik berurutan.' });

export const levelRulesSchema = z.strictObject({
  /** An index passes when the mean of its item scores is at least this. */
  passMark: z.number().min(1).max(4),
  input: z.strictObject({
    pokja: bands,
    fundingSources: bands,
    programmes: bands,
    supportUnits: bands,
    plkbAndRegulation: bands,
  }),
  process: z.strictObject({ dataSources: bands, mechanisms: bands, partners: bands }),
  output: z.strictObject({ poktanParticipation: bands, cpr: bands, mkjp: bands, unmetNeed: bands }),
  /** Programme codes counted as support units (not as programmes): secretariat, Rumah DataKu. */
  supportProgrammes: z.array(z.string()),
  /** KB method codes that are long-acting (MKJP). */
  longActingMethods: z.array(z.string()),
  /** Non-use reason codes that count as unmet need (IAT, TIAL). */
  unmetNeedReasons: z.array(z.string()),
});

export type LevelRules = z.infer<typeof levelRulesSchema>;
export type Bands = LevelRules['output']['cpr'];

const b = (...pairs: [number, number][]): Bands => pairs.map(([from, score]) => ({ from, score }));

/** The portal's thresholds (see DOMAIN.md, "Development level"). */
export const DEFAULT_LEVEL_RULES: LevelRules = {
  passMark: 3,
  input: {
    // 0 none, 1 exists, 2 exists with members or trained, 3 both.
    pokja: b([0, 1], [1, 2], [2, 3], [3, 4]),
    fundingSources: b([0, 1], [1, 2], [2, 3], [5, 4]),
    programmes: b([0, 1], [1, 2], [3, 3], [5, 4]),
    supportUnits: b([0, 1], [1, 2], [2, 3]),
    plkbAndRegulation: b([0, 1], [1, 2], [2, 3]),
  },
  process: {
    dataSources: b([0, 1], [1, 2], [2, 3], [4, 4]),
    mechanisms: b([0, 1], [1, 2], [3, 3], [5, 4]),
    partners: b([0, 1], [1, 2], [4, 3], [7, 4]),
  },
  output: {
    poktanParticipation: b([0, 1], [10, 2], [21, 3], [31, 4]),
    cpr: b([0, 1], [30, 2], [41, 3], [51, 4]),
    mkjp: b([0, 1], [20, 2], [23, 3], [25, 4]),
    // Lower is better: ≤6% scores 4, 7–9% 3, 10–12% 2, ≥13% 1.
    unmetNeed: b([0, 4], [7, 3], [10, 2], [13, 1]),
  },
  supportProgrammes: ['sekretariat', 'rumah-dataku'],
  longActingMethods: ['iud', 'mow', 'mop', 'implan'],
  unmetNeedReasons: ['iat', 'tial'],
};

/** Applies the boundary rule: the score of the last band whose `from` ≤ value. */
export function scoreOf(value: number, list: Bands): number {
  let score = list[0]!.score;
  for (const entry of list) if (value >= entry.from) score = entry.score;
  return score;
}

/** Percent rounded half-up to a whole number, as the portal does before banding; null without a denominator (nothing to compute it from). */
export function wholePercent(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.floor((numerator / denominator) * 100 + 0.5);
}

/** The lowest score of a band list: what an item scores when its value cannot be worked out. */
export const lowestScore = (list: Bands): number => Math.min(...list.map((band) => band.score));
