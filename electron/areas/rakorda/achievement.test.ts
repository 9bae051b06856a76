import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../contract/format.js';
import { achievementPercent, aggregate, criterionOf, DEFAULT_EVALUATION_RULES as rules, flagsFor, rankAreas } from './achievement.js';

describe('achievementPercent', () => {
  it('is achieved ÷ target × 100 for higher-is-better, printed with two decimals', () => {
    expect(formatPercent(achievementPercent(10686, 10813, 'higher')!)).toBe('101,19%');
    expect(formatPercent(achievementPercent(3, 2, 'higher')!)).toBe('66,67%');
    expect(achievementPercent(0, 5, 'higher')).toBeNull();
    expect(achievementPercent(null, 5, 'higher')).toBeNull();
  });

  it('is target ÷ achieved × 100 for lower-is-better', () => {
    // Unmet need: target 10%, achieved 8% → 125%; achieved 12,5% → 80%.
    expect(achievementPercent(10, 8, 'lower')).toBe(125);
    expect(achievementPercent(10, 12.5, 'lower')).toBe(80);
    expect(achievementPercent(10, 0, 'lower')).toBeNull();
  });
});

describe('aggregate', () => {
  it('sums counts and recomputes rates from numerators and denominators', () => {
    const rows = [
      { achieved: 100, numerator: 30, denominator: 200 },
      { achieved: 50, numerator: 10, denominator: 50 },
      { achieved: null, numerator: null, denominator: null },
    ];
    expect(aggregate('sum', rows)).toEqual({ achieved: 150, numerator: null, denominator: null });
    // (30 + 10) ÷ (200 + 50) = 16%, not the mean of 15% and 20%.
    expect(aggregate('rate', rows)).toEqual({ achieved: 16, numerator: 40, denominator: 250 });
    expect(aggregate('sum', [{ achieved: null, numerator: null, denominator: null }])).toEqual({ achieved: null, numerator: null, denominator: null });
    // A numerator without its denominator, or the other way round, is left out of both sums.
    const halves = [...rows, { achieved: null, numerator: 50, denominator: null }, { achieved: null, numerator: null, denominator: 400 }];
    expect(aggregate('rate', halves)).toEqual({ achieved: 16, numerator: 40, denominator: 250 });
  });
});

describe('rankAreas', () => {
  it('ranks best first, ties share a rank and the next rank is skipped', () => {
    const ranks = rankAreas([
      { area: 'a', percent: 90 },
      { area: 'b', percent: 110.001 },
      { area: 'c', percent: 90.004 },
      { area: 'd', percent: 80 },
      { area: 'e', percent: null },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, a: 2, c: 2, d: 4 });
  });
});

describe('criterionOf', () => {
  it('applies the bands on the printed value', () => {
    expect(criterionOf(101.19, rules)).toBe('Sangat Baik');
    expect(criterionOf(99.996, rules)).toBe('Sangat Baik');
    expect(criterionOf(99.99, rules)).toBe('Baik');
    expect(criterionOf(90, rules)).toBe('Baik');
    expect(criterionOf(74.99, rules)).toBe('Kurang');
    expect(criterionOf(null, rules)).toBeNull();
    expect(criterionOf(null, rules, true)).toBe('Sangat Baik');
  });
});

describe('flagsFor', () => {
  const base = { percent: 100, target: 100, achieved: 100, existing: null, previousAchieved: null, unit: 'orang' };
  it('flags extreme achievements, reported above existing, and large changes', () => {
    expect(flagsFor(base, rules)).toEqual([]);
    expect(flagsFor({ ...base, percent: 151 }, rules)).toEqual(['Capaian di atas 150%: periksa kebenaran data.']);
    expect(flagsFor({ ...base, percent: 49.5 }, rules)).toEqual(['Capaian di bawah 50%: periksa kebenaran data.']);
    expect(flagsFor({ ...base, achieved: 12, existing: 10 }, rules)).toEqual(['Realisasi yang dilaporkan melebihi jumlah yang ada.']);
    expect(flagsFor({ ...base, achieved: 160, previousAchieved: 100 }, rules)).toEqual(['Realisasi naik 60% dari tahun lalu.']);
    expect(flagsFor({ ...base, achieved: 40, previousAchieved: 100 }, rules)).toEqual(['Realisasi turun 60% dari tahun lalu.']);
  });

  it('flags a percentage target below 1%, the value of a cell Excel shows as 27%, with or without a realisasi', () => {
    const rate = { percent: null, target: 0.27, achieved: null, existing: null, previousAchieved: null, unit: '%' };
    expect(flagsFor(rate, rules)).toEqual(['Target 0,27% sangat kecil: bila maksudnya 27%, isi 27.']);
    expect(flagsFor({ ...rate, target: 27 }, rules)).toEqual([]);
    expect(flagsFor({ ...rate, unit: 'orang' }, rules)).toEqual([]);
  });
});
