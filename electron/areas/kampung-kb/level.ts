import { LEVEL_LABELS, POKTAN_TARGETS, type IndexResult, type Level, type LevelResult, type ScoredItem } from '../../contract/kampung-kb.js';
import { lowestScore, scoreOf, wholePercent, type Bands, type LevelRules } from './level-rules.js';
import { sum, type SnapshotFigures, type SnapshotProfile } from './snapshot-schema.js';

// The portal's input/process/output method (DOMAIN.md, "Development level"), with every item's
// value and score kept so the screen and the PDF can show why a unit has its level.

export interface LevelInputs {
  profile: SnapshotProfile;
  figures: SnapshotFigures;
  /** Distinct partner offices involved in the unit's activities of the snapshot's year. */
  partnerCount: number;
}

function item(key: string, label: string, value: number, unit: ScoredItem['unit'], bands: Bands): ScoredItem {
  const score = scoreOf(value, bands);
  return { key, label, value, unit, score, nextStep: nextStep(value, score, bands, unit === 'persen' ? '%' : '') };
}

/**
 * A percentage whose denominator was not filled in (no PUS, no users) cannot be worked out: it
 * scores the lowest band, not the band of 0% (for unmet need, lower is better: 0% would score 4).
 */
function percentItem(key: string, label: string, value: number | null, bands: Bands, missing: string): ScoredItem {
  if (value === null) return { key, label, value, unit: 'persen', score: lowestScore(bands), nextStep: `belum dapat dihitung: isi ${missing}` };
  return item(key, label, value, 'persen', bands);
}

/** What the next better score needs: a higher value, or (lower-is-better bands) a lower one. */
function nextStep(value: number, score: number, bands: Bands, suffix: string): string | null {
  const index = bands.findIndex((band) => band.score === score + 1);
  const better = bands[index];
  if (!better) return null;
  if (better.from > value) return `skor ${better.score} bila ≥ ${better.from}${suffix}`;
  // Values are whole numbers, so a band ends one below where the next begins.
  const following = bands[index + 1];
  if (!following) return null;
  const end = following.from - 1;
  return `skor ${better.score} bila ≤ ${end}${suffix}`;
}

function indexOf(items: ScoredItem[], passMark: number): IndexResult {
  const index = Math.round((sum(items.map((i) => i.score)) / items.length) * 100) / 100;
  return { items, index, passes: index >= passMark };
}

function pokjaLevel(pokja: SnapshotProfile['pokja']): number {
  if (!pokja.exists) return 0;
  const hasMembers = pokja.members > 0;
  const trained = pokja.trained || pokja.membersTrained > 0;
  return 1 + (hasMembers ? 1 : 0) + (trained ? 1 : 0);
}

/** The total of the counts filled in for these codes; null when none of them is. */
export function filledSum(counts: Record<string, number>, codes: readonly string[]): number | null {
  const filled = codes.filter((code) => code in counts);
  return filled.length === 0 ? null : sum(filled.map((code) => counts[code]!));
}

/** Mean participation (%) over the poktan whose participants and (non-empty) target group are filled in; null when none is. */
export function poktanParticipation(figures: SnapshotFigures): number | null {
  const rates = POKTAN_TARGETS.flatMap((p) => {
    const [participants, target] = [figures.poktanParticipants[p.key], figures[p.target]];
    return participants !== null && target !== null && target > 0 ? [participants / target] : [];
  });
  return rates.length === 0 ? null : Math.floor((sum(rates) / rates.length) * 100 + 0.5);
}

export function computeLevel({ profile, figures, partnerCount }: LevelInputs, rules: LevelRules): LevelResult {
  const support = new Set(rules.supportProgrammes);
  const programmes = profile.programmes.filter((code) => !support.has(code)).length;
  const supportUnits = profile.programmes.filter((code) => support.has(code)).length;
  const plkbAndRegulation = (profile.plkb.name.trim() ? 1 : 0) + (profile.regulation ? 1 : 0);

  const input = indexOf(
    [
      item('pokja', 'Pokja Kampung KB', pokjaLevel(profile.pokja), 'tingkat', rules.input.pokja),
      item('fundingSources', 'Sumber dana', profile.fundingSources.length, 'jumlah', rules.input.fundingSources),
      item('programmes', 'Program/kegiatan yang ada', programmes, 'jumlah', rules.input.programmes),
      item('supportUnits', 'Sekretariat dan Rumah DataKu', supportUnits, 'jumlah', rules.input.supportUnits),
      item('plkbAndRegulation', 'Pendampingan PLKB dan regulasi', plkbAndRegulation, 'jumlah', rules.input.plkbAndRegulation),
    ],
    rules.passMark,
  );

  const process = indexOf(
    [
      item('dataSources', 'Sumber data yang digunakan', profile.dataSources.length, 'jumlah', rules.process.dataSources),
      item('mechanisms', 'Mekanisme operasional', Object.keys(profile.mechanisms).length, 'jumlah', rules.process.mechanisms),
      item('partners', 'Mitra/OPD dalam kegiatan', partnerCount, 'jumlah', rules.process.partners),
    ],
    rules.passMark,
  );

  // A blank PUS (null), like a PUS of 0, leaves the rates over it not computable; so do the
  // long-acting methods, or the IAT and TIAL reasons, when none of them is filled in (blank is
  // not 0: a period that left IAT and TIAL blank scored an unmet need of 0%, the best band).
  const users = sum(figures.kbUsers);
  const longActing = filledSum(figures.kbUsers, rules.longActingMethods);
  const unmet = filledSum(figures.nonUsers, rules.unmetNeedReasons);
  const output = indexOf(
    [
      percentItem('poktanParticipation', 'Partisipasi keluarga dalam poktan', poktanParticipation(figures), rules.output.poktanParticipation, 'jumlah keluarga sasaran poktan'),
      percentItem('cpr', 'Kesertaan ber-KB (CPR)', wholePercent(users, figures.pus ?? 0), rules.output.cpr, 'jumlah PUS'),
      percentItem('mkjp', 'Pemakaian MKJP', longActing === null ? null : wholePercent(longActing, users), rules.output.mkjp, 'peserta KB per metode'),
      percentItem('unmetNeed', 'Kebutuhan ber-KB tidak terpenuhi (IAT + TIAL)', unmet === null ? null : wholePercent(unmet, figures.pus ?? 0), rules.output.unmetNeed, 'jumlah PUS dan PUS tidak ber-KB karena IAT/TIAL'),
    ],
    rules.passMark,
  );

  return { input, process, output, level: levelFrom(input.passes, process.passes, output.passes) };
}

/** Berkelanjutan: all pass; Mandiri: output with input or process; Berkembang: input and process only. */
export function levelFrom(input: boolean, process: boolean, output: boolean): Level {
  if (input && process && output) return 'berkelanjutan';
  if (output && (input || process)) return 'mandiri';
  if (input && process) return 'berkembang';
  return 'dasar';
}

export const levelLabel = (level: Level): string => LEVEL_LABELS[level];
