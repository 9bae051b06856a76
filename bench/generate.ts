import type { Dispatch } from '../electron/core/dispatch.js';

// Realistic data written through the app's own handlers (validation, transactions, levels),
// deterministic so runs compare: the same seed gives the same office every time.

export interface Scale {
  kampungKb: number;
  snapshotsEach: number;
  poktan: number;
  needs: number;
  evaluationYears: number;
}

export const DISTRICT: Scale = { kampungKb: 400, snapshotsEach: 5, poktan: 5_000, needs: 25_000, evaluationYears: 10 };

/**
 * Ten times the district's register. The app holds one kabupaten's places, so the province's volume
 * lands in Kabupaten Bogor's 40 kecamatan and 435 desa (about ten Kampung KB and 115 poktan per desa);
 * the evaluation grid stays per kecamatan of that kabupaten.
 */
export const PROVINCE: Scale = { kampungKb: 4_000, snapshotsEach: 5, poktan: 50_000, needs: 250_000, evaluationYears: 10 };

export const SCALES = { district: DISTRICT, province: PROVINCE } as const;
export type ScaleName = keyof typeof SCALES;

/**
 * Bump when the generated data changes, or when handlers store something derived that no
 * migration backfills, so cached data folders are made again.
 */
export const GENERATOR_VERSION = 3;

/** A small deterministic generator (mulberry32), so every run builds the same data. */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ (t + t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FLOWERS = ['Mawar', 'Melati', 'Anggrek', 'Kenanga', 'Dahlia', 'Cempaka', 'Teratai', 'Seroja', 'Flamboyan', 'Bougenville'];
const WORDS = ['Harapan', 'Sejahtera', 'Mandiri', 'Bahagia', 'Lestari', 'Makmur', 'Sehati', 'Bersinar'];
const TYPES = ['bkb', 'bkr', 'bkl', 'uppka', 'pikr'] as const;

async function value<T>(dispatch: Dispatch, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

export async function generate(dispatch: Dispatch, scale: Scale, seed = 42, log: (line: string) => void = () => {}) {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  await value(dispatch, 'office-save', {
    provinceCode: '32',
    regencyCode: '32.01',
    officeName: 'Dinas Pengendalian Penduduk dan Keluarga Berencana',
    address: 'Jl. Tegar Beriman, Cibinong',
    headName: 'Dr. H. Ahmad Sulaeman, M.Si.',
    headRank: 'Pembina Utama Muda (IV/c)',
    headPosition: 'Kepala Dinas',
    headNip: '197001012000031001',
    signaturePlace: 'Cibinong',
  });
  const kecamatan = await value<{ code: string; name: string }[]>(dispatch, 'places-kecamatan', {});
  const desa = (await Promise.all(kecamatan.map(async (k) => (await value<{ code: string; name: string }[]>(dispatch, 'places-desa', { kecamatanCode: k.code })).map((d) => ({ ...d, kecamatanCode: k.code }))))).flat();
  const thisYear = new Date().getFullYear();

  for (let i = 0; i < scale.kampungKb; i += 1) {
    const place = desa[i % desa.length]!;
    const unit = await value<{ id: string }>(dispatch, 'kampung-kb-create', { name: `Kampung KB ${place.name}${i >= desa.length ? ` ${Math.floor(i / desa.length) + 1}` : ''}`, kecamatanCode: place.kecamatanCode, desaCode: place.code, declaredOn: `${int(2016, thisYear - scale.snapshotsEach)}-0${int(1, 9)}-1${int(0, 9)}`, confirmOtherInDesa: i >= desa.length });
    for (let s = 0; s < scale.snapshotsEach; s += 1) {
      const families = int(400, 2500);
      const pus = Math.floor(families * 0.6);
      const users = Math.floor(pus * (0.4 + rand() * 0.3));
      await value(dispatch, 'kampung-kb-snapshot-save', {
        kampungKbId: unit.id,
        year: thisYear - scale.snapshotsEach + s,
        profile: { pokja: rand() > 0.3 ? { exists: true, members: int(0, 20) } : { exists: false }, fundingSources: ['apbd', 'dana-desa'].slice(0, int(0, 2)), programmes: ['bkb', 'bkr', 'bkl', 'sekretariat'].slice(0, int(0, 4)), dataSources: ['pk'] },
        figures: { families, pus, teenagers: Math.floor(families * 0.3), familiesWithUnderFives: Math.floor(families * 0.25), familiesWithTeens: Math.floor(families * 0.3), familiesWithElderly: Math.floor(families * 0.2), kbUsers: { suntik: Math.floor(users * 0.6), pil: Math.floor(users * 0.2), implan: Math.floor(users * 0.1), iud: Math.floor(users * 0.1) }, nonUsers: { iat: Math.floor(pus * 0.05), tial: Math.floor(pus * 0.04) } },
      });
    }
  }
  log(`${scale.kampungKb} Kampung KB × ${scale.snapshotsEach} periode`);

  const groups: { id: string; type: (typeof TYPES)[number] }[] = [];
  for (let i = 0; i < scale.poktan; i += 1) {
    const place = pick(desa);
    const type = TYPES[i % TYPES.length]!;
    const group = await value<{ id: string }>(dispatch, 'poktan-create', { type, name: `${type.toUpperCase()} ${pick(FLOWERS)} ${pick(WORDS)} ${i + 1}`, kecamatanCode: place.kecamatanCode, desaCode: place.code, chairName: `Ibu ${pick(WORDS)}`, members: int(10, 60), isActive: rand() > 0.15 });
    groups.push({ id: group.id, type });
  }
  log(`${scale.poktan} poktan`);

  const items = await value<{ id: string; poktanType: string }[]>(dispatch, 'facility-item-list', {});
  // Each of a group's needs takes its own item and year (one open need per item, group and year): the smallest catalogue, two items, over three years.
  if (scale.needs > scale.poktan * 6) throw new Error('At most six needs per group: two catalogue items over three years.');
  for (let i = 0; i < scale.needs; i += 1) {
    const group = groups[i % groups.length]!;
    // A group's k-th need takes the next item of its catalogue, and the year before once all are used: one need per item, group and year.
    const k = Math.floor(i / groups.length);
    const catalogue = items.filter((it) => it.poktanType === group.type);
    const item = catalogue[k % catalogue.length]!;
    const needed = int(1, 3);
    const need = await value<{ id: string }>(dispatch, 'need-save', { poktanId: group.id, itemId: item.id, quantityNeeded: needed, yearProposed: thisYear - (Math.floor(k / catalogue.length) % 3), fundingSource: pick(['apbn', 'apbd', 'dana-desa']), identifiedOn: `${thisYear - 1}-01-15` });
    const steps = int(0, 3);
    if (steps >= 1) await value(dispatch, 'need-act', { needId: need.id, action: 'propose', happenedOn: `${thisYear - 1}-02-01` });
    if (steps >= 2) await value(dispatch, 'need-act', { needId: need.id, action: 'approve', happenedOn: `${thisYear - 1}-03-01`, quantity: needed, fundingSource: 'apbn' });
    if (steps >= 3) await value(dispatch, 'need-act', { needId: need.id, action: 'deliver', happenedOn: `${thisYear - 1}-04-01`, quantity: int(1, needed) });
  }
  log(`${scale.needs} kebutuhan sarana dengan riwayat`);

  const indicators = await value<{ id: string; aggregation: string; hasTarget: boolean }[]>(dispatch, 'rakorda-indicators', {});
  for (let y = 0; y < scale.evaluationYears; y += 1) {
    const year = thisYear - 1 - y;
    for (const layer of ['target', 'achieved', 'numerator', 'denominator'] as const) {
      const cells = kecamatan.flatMap((k) =>
        indicators
          .filter((ind) => (layer === 'target' ? ind.hasTarget : layer === 'achieved' ? ind.aggregation === 'sum' : ind.aggregation === 'rate'))
          .map((ind) => ({ area: k.code, indicatorId: ind.id, value: layer === 'denominator' ? int(5000, 20000) : layer === 'target' && ind.aggregation === 'rate' ? int(10, 80) : int(100, 2000) })),
      );
      await value(dispatch, 'rakorda-grid-save', { year, layer, cells });
    }
  }
  log(`${scale.evaluationYears} tahun × ${kecamatan.length} kecamatan × ${indicators.length} indikator`);
  return { kecamatan, desa, groups };
}
