import { describe, expect, it } from 'vitest';
import { snapshotProblems, snapshotWarnings } from './checks.js';
import { computeLevel, levelFrom, poktanParticipation } from './level.js';
import { DEFAULT_LEVEL_RULES, scoreOf, wholePercent } from './level-rules.js';
import { snapshotFiguresSchema, snapshotProfileSchema, type SnapshotFigures, type SnapshotProfile } from './snapshot-schema.js';

const rules = DEFAULT_LEVEL_RULES;
const profile = (over: Partial<SnapshotProfile> = {}): SnapshotProfile => ({ ...snapshotProfileSchema.parse({}), ...over });
const figures = (over: Partial<SnapshotFigures> = {}): SnapshotFigures => ({ ...snapshotFiguresSchema.parse({}), ...over });

/** Scores of one index's items, by key. */
const scores = (result: { items: { key: string; score: number }[] }) => Object.fromEntries(result.items.map((i) => [i.key, i.score]));

describe('the boundary rule', () => {
  it('rounds percentages half-up to whole numbers before banding', () => {
    expect(wholePercent(404, 1000)).toBe(40);
    expect(wholePercent(405, 1000)).toBe(41);
    expect(wholePercent(1, 0)).toBeNull();
    expect(scoreOf(40, rules.output.cpr)).toBe(2);
    expect(scoreOf(41, rules.output.cpr)).toBe(3);
  });

  it.each([
    // [rule, value, score]: each band edge and the value just below it.
    ['cpr', 29, 1], ['cpr', 30, 2], ['cpr', 40, 2], ['cpr', 41, 3], ['cpr', 50, 3], ['cpr', 51, 4],
    ['mkjp', 19, 1], ['mkjp', 20, 2], ['mkjp', 22, 2], ['mkjp', 23, 3], ['mkjp', 24, 3], ['mkjp', 25, 4],
    ['poktanParticipation', 9, 1], ['poktanParticipation', 10, 2], ['poktanParticipation', 20, 2],
    ['poktanParticipation', 21, 3], ['poktanParticipation', 30, 3], ['poktanParticipation', 31, 4],
    ['unmetNeed', 6, 4], ['unmetNeed', 7, 3], ['unmetNeed', 9, 3], ['unmetNeed', 10, 2], ['unmetNeed', 12, 2], ['unmetNeed', 13, 1],
  ] as const)('output %s at %i%% scores %i', (rule, value, score) => {
    expect(scoreOf(value, rules.output[rule])).toBe(score);
  });

  it.each([
    ['fundingSources', 0, 1], ['fundingSources', 1, 2], ['fundingSources', 2, 3], ['fundingSources', 4, 3], ['fundingSources', 5, 4],
    ['programmes', 0, 1], ['programmes', 2, 2], ['programmes', 3, 3], ['programmes', 4, 3], ['programmes', 5, 4],
    ['supportUnits', 0, 1], ['supportUnits', 1, 2], ['supportUnits', 2, 3],
    ['plkbAndRegulation', 0, 1], ['plkbAndRegulation', 1, 2], ['plkbAndRegulation', 2, 3],
  ] as const)('input %s of %i scores %i', (rule, value, score) => {
    expect(scoreOf(value, rules.input[rule])).toBe(score);
  });

  it.each([
    ['dataSources', 0, 1], ['dataSources', 1, 2], ['dataSources', 3, 3], ['dataSources', 4, 4],
    ['mechanisms', 0, 1], ['mechanisms', 2, 2], ['mechanisms', 3, 3], ['mechanisms', 4, 3], ['mechanisms', 5, 4],
    ['partners', 0, 1], ['partners', 3, 2], ['partners', 4, 3], ['partners', 6, 3], ['partners', 7, 4],
  ] as const)('process %s of %i scores %i', (rule, value, score) => {
    expect(scoreOf(value, rules.process[rule])).toBe(score);
  });
});

describe('levelFrom', () => {
  it.each([
    [true, true, true, 'berkelanjutan'],
    [true, false, true, 'mandiri'],
    [false, true, true, 'mandiri'],
    [true, true, false, 'berkembang'],
    [false, false, true, 'dasar'],
    [true, false, false, 'dasar'],
    [false, false, false, 'dasar'],
  ] as const)('input %s, process %s, output %s → %s', (input, process, output, level) => {
    expect(levelFrom(input, process, output)).toBe(level);
  });
});

// A hand-worked unit: 1.000 families, 600 PUS, 400 users (IUD 60, implant 40, MOW 10 = 110 MKJP).
const strongFigures = figures({
  families: 1000,
  pus: 600,
  teenagers: 300,
  familiesWithUnderFives: 200,
  familiesWithTeens: 250,
  familiesWithElderly: 150,
  kbUsers: { iud: 60, implan: 40, mow: 10, suntik: 200, pil: 90 },
  nonUsers: { iat: 20, tial: 16, hamil: 30 },
  // 25% + 30% + 40% + 25% + 30% = 150 / 5 = 30%
  poktanParticipants: { bkb: 50, bkr: 75, bkl: 60, uppka: 250, pikr: 90 },
});
const strongProfile = profile({
  pokja: { exists: true, skNumber: '12/2023', skDate: '2023-02-01', trained: true, members: 15, membersTrained: 8 },
  plkb: { name: 'Rina Marlina', nip: '', contact: '' },
  regulation: 'sk-desa',
  fundingSources: ['apbd', 'dana-desa', 'swadaya'],
  programmes: ['bkb', 'bkr', 'bkl', 'sekretariat', 'rumah-dataku'],
  dataSources: ['pk', 'rutin-bkkbn'],
  mechanisms: { 'rapat-perencanaan': 'bulanan', koordinasi: 'bulanan', pelaporan: 'bulanan' },
});

describe('computeLevel, hand-worked', () => {
  it('scores every item of a strong unit and calls it Berkelanjutan', () => {
    const result = computeLevel({ profile: strongProfile, figures: strongFigures, partnerCount: 4 }, rules);
    // Input: pokja 4, funding 3 (3 sources), programmes 3 (3 excl. support), support 3 (2), PLKB+SK 3 → 16/5 = 3,2
    expect(scores(result.input)).toEqual({ pokja: 4, fundingSources: 3, programmes: 3, supportUnits: 3, plkbAndRegulation: 3 });
    expect(result.input.index).toBe(3.2);
    // Process: data 3 (2 sources), mechanisms 3 (3), partners 3 (4) → 3
    expect(scores(result.process)).toEqual({ dataSources: 3, mechanisms: 3, partners: 3 });
    expect(result.process.index).toBe(3);
    // Output: participation 30% → 3; CPR 400/600 = 67% → 4; MKJP 110/400 = 28% → 4; unmet 36/600 = 6% → 4 → 3,75
    const values = Object.fromEntries(result.output.items.map((i) => [i.key, i.value]));
    expect(values).toEqual({ poktanParticipation: 30, cpr: 67, mkjp: 28, unmetNeed: 6 });
    expect(scores(result.output)).toEqual({ poktanParticipation: 3, cpr: 4, mkjp: 4, unmetNeed: 4 });
    expect(result.output.index).toBe(3.75);
    expect(result.level).toBe('berkelanjutan');
  });

  it('is Mandiri when the process index falls just below the pass mark', () => {
    // partners 3 → score 2: process (3 + 3 + 2) / 3 = 2,67
    const result = computeLevel({ profile: strongProfile, figures: strongFigures, partnerCount: 3 }, rules);
    expect(result.process.index).toBe(2.67);
    expect(result.process.passes).toBe(false);
    expect(result.level).toBe('mandiri');
  });

  it('is Berkembang when only the output fails', () => {
    // unmet need 78/600 = 13% → 1; MKJP 20% → 2: output (3 + 4 + 2 + 1) / 4 = 2,5
    const weak = figures({ ...strongFigures, kbUsers: { iud: 40, implan: 40, suntik: 320 }, nonUsers: { iat: 40, tial: 38 } });
    const result = computeLevel({ profile: strongProfile, figures: weak, partnerCount: 4 }, rules);
    expect(scores(result.output)).toEqual({ poktanParticipation: 3, cpr: 4, mkjp: 2, unmetNeed: 1 });
    expect(result.output.index).toBe(2.5);
    expect(result.level).toBe('berkembang');
  });

  it('is Dasar for a unit that has only just been declared', () => {
    const result = computeLevel({ profile: profile(), figures: figures(), partnerCount: 0 }, rules);
    expect(result.input.index).toBe(1);
    expect(result.process.index).toBe(1);
    // Nothing reported: no percentage can be worked out, each scores the lowest band (unmet need
    // too, where 0% would score 4) → 4/4 = 1
    expect(result.output.items.map((i) => [i.key, i.value, i.score, i.nextStep])).toEqual([
      ['poktanParticipation', null, 1, 'belum dapat dihitung: isi jumlah keluarga sasaran poktan'],
      ['cpr', null, 1, 'belum dapat dihitung: isi jumlah PUS'],
      ['mkjp', null, 1, 'belum dapat dihitung: isi peserta KB per metode'],
      ['unmetNeed', null, 1, 'belum dapat dihitung: isi jumlah PUS dan PUS tidak ber-KB karena IAT/TIAL'],
    ]);
    expect(result.output.index).toBe(1);
    expect(result.level).toBe('dasar');
  });

  it('scores an unmet need of 0% as the best band once the PUS and IAT/TIAL are counted, and not while IAT and TIAL are blank', () => {
    const result = computeLevel({ profile: profile(), figures: figures({ pus: 600, nonUsers: { iat: 0, tial: 0 } }), partnerCount: 0 }, rules);
    expect(result.output.items.find((i) => i.key === 'unmetNeed')).toMatchObject({ value: 0, score: 4 });
    expect(result.output.items.find((i) => i.key === 'cpr')).toMatchObject({ value: 0, score: 1 });
    const blank = computeLevel({ profile: profile(), figures: figures({ pus: 600, nonUsers: { hamil: 30 } }), partnerCount: 0 }, rules);
    expect(blank.output.items.find((i) => i.key === 'unmetNeed')).toMatchObject({ value: null, score: 1 });
  });

  it('scores the Pokja from none to exists with members and training', () => {
    const pokja = (over: Partial<SnapshotProfile['pokja']>) =>
      computeLevel({ profile: profile({ pokja: { ...profile().pokja, ...over } }), figures: figures(), partnerCount: 0 }, rules).input.items[0]!.score;
    expect(pokja({})).toBe(1);
    expect(pokja({ exists: true })).toBe(2);
    expect(pokja({ exists: true, members: 10 })).toBe(3);
    expect(pokja({ exists: true, trained: true })).toBe(3);
    expect(pokja({ exists: true, members: 10, trained: true })).toBe(4);
  });

  it('tells what the next score needs', () => {
    const result = computeLevel({ profile: strongProfile, figures: strongFigures, partnerCount: 3 }, rules);
    expect(result.process.items.find((i) => i.key === 'partners')!.nextStep).toBe('skor 3 bila ≥ 4');
    expect(result.output.items.find((i) => i.key === 'cpr')!.nextStep).toBeNull();
    const unmet = computeLevel({ profile: strongProfile, figures: figures({ ...strongFigures, nonUsers: { iat: 60 } }), partnerCount: 3 }, rules);
    expect(unmet.output.items.find((i) => i.key === 'unmetNeed')).toMatchObject({ value: 10, score: 2, nextStep: 'skor 3 bila ≤ 9%' });
  });
});

describe('poktanParticipation', () => {
  it('leaves poktan with no target families out of the average', () => {
    expect(poktanParticipation(figures({ familiesWithUnderFives: 100, poktanParticipants: { bkb: 25, bkr: 0, bkl: 0, uppka: 0, pikr: 0 } }))).toBe(25);
    expect(poktanParticipation(figures())).toBeNull();
  });

  it('leaves poktan whose participants or target families were left blank out of the average', () => {
    const participants = { bkb: 25, bkr: null, bkl: 10, uppka: null, pikr: null };
    // BKB 25/100; BKL has participants but its families were left blank; BKR has families but no participants.
    expect(poktanParticipation(figures({ familiesWithUnderFives: 100, familiesWithTeens: 80, familiesWithElderly: null, poktanParticipants: participants }))).toBe(25);
  });
});

describe('figures left blank', () => {
  it('cannot work out the rates over a PUS left blank, but scores the ones it can', () => {
    const result = computeLevel({ profile: profile(), figures: figures({ pus: null, kbUsers: { iud: 30, suntik: 70 } }), partnerCount: 0 }, rules);
    expect(result.output.items.map((i) => [i.key, i.value, i.nextStep?.startsWith('belum dapat dihitung') ?? false])).toEqual([
      ['poktanParticipation', null, true],
      ['cpr', null, true],
      ['mkjp', 30, false],
      ['unmetNeed', null, true],
    ]);
  });

  it('are compared with nothing by the checks, where a 0 would be', () => {
    const blank = figures({ pus: null, families: null, kbUsers: { suntik: 70 }, familiesWithUnderFives: 40, poktanParticipants: { bkb: 30, bkr: null, bkl: null, uppka: null, pikr: null } });
    expect(snapshotProblems(profile(), blank, '2026-11-27')).toEqual({});
    expect(snapshotWarnings(figures({ pus: 900, families: null }), { label: '2023', figures: figures({ pus: null, families: 500 }) })).toEqual({});
    const zero = figures({ pus: 0, families: 0, kbUsers: { suntik: 70 }, familiesWithUnderFives: 40 });
    expect(Object.keys(snapshotProblems(profile(), zero, '2026-11-27'))).toEqual(['figures.kbUsers', 'figures.familiesWithUnderFives']);
  });

  it('refuses a Pokja decree dated in the future', () => {
    const pokja = (skDate: string) => profile({ pokja: { ...profile().pokja, exists: true, skNumber: '12/2026', skDate } });
    expect(snapshotProblems(pokja('2027-12-01'), figures(), '2026-11-27')).toEqual({ 'profile.pokja.skDate': 'Tanggal SK Pokja tidak boleh di masa depan.' });
    expect(snapshotProblems(pokja('2026-11-27'), figures(), '2026-11-27')).toEqual({});
  });
});
