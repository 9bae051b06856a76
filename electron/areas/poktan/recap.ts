import {
  deliveredByFunding,
  fulfilmentByKecamatan,
  groupsByKecamatanType,
  lackingBasicKit,
  openNeedsByKecamatanType,
  type KecamatanTypeCount,
} from '../../../db/queries/facility-recaps.js';
import { listKecamatan } from '../../../db/queries/places.js';
import { referenceLabeller } from '../../../db/queries/reference.js';
import type { Db } from '../../../db/open.js';
import { POKTAN_TYPES, type PoktanType } from '../../contract/poktan.js';

type ByType = Record<PoktanType, number>;
const zero = (): ByType => ({ bkb: 0, bkr: 0, bkl: 0, uppka: 0, pikr: 0 });
const total = (counts: ByType) => POKTAN_TYPES.reduce((sum, type) => sum + counts[type], 0);

function byKecamatan(rows: KecamatanTypeCount[]): Map<string, ByType> {
  const map = new Map<string, ByType>();
  for (const row of rows) {
    const counts = map.get(row.kecamatanCode) ?? zero();
    counts[row.type] = row.count;
    map.set(row.kecamatanCode, counts);
  }
  return map;
}

/** What was delivered in a year by funding source (named) and item: the recap's and the Rakorda report's table. */
export async function deliveredInYear(db: Db, year: number) {
  const fundingLabel = referenceLabeller(db, 'sumber-dana-sarana');
  return (await deliveredByFunding(db, year)).map((row) => ({ ...row, fundingLabel: row.fundingSource ? fundingLabel(row.fundingSource) : 'Tidak dicatat' }));
}

/** "Rekap Kebutuhan Sarana Poktan Tahun N": the four yearly answers, per kecamatan with totals; each read in slices (see facility-recaps.ts). */
export async function facilityRecap(db: Db, year: number) {
  const open = byKecamatan(await openNeedsByKecamatanType(db));
  const groups = byKecamatan(await groupsByKecamatanType(db));
  const lacking = byKecamatan(await lackingBasicKit(db));
  const fulfilment = new Map((await fulfilmentByKecamatan(db, year)).map((row) => [row.kecamatanCode, row]));
  const delivered = await deliveredInYear(db, year);

  const kecamatan = listKecamatan(db).map((kec) => {
    const quantities = fulfilment.get(kec.code) ?? { needed: 0, approved: 0, delivered: 0 };
    return {
      code: kec.code,
      name: kec.name,
      open: open.get(kec.code) ?? zero(),
      groups: groups.get(kec.code) ?? zero(),
      lacking: lacking.get(kec.code) ?? zero(),
      needed: quantities.needed,
      approved: quantities.approved,
      delivered: quantities.delivered,
      fulfilment: quantities.needed > 0 ? (quantities.delivered / quantities.needed) * 100 : null,
    };
  });
  const sumBy = (pick: (row: (typeof kecamatan)[number]) => ByType) =>
    Object.fromEntries(POKTAN_TYPES.map((type) => [type, kecamatan.reduce((sum, row) => sum + pick(row)[type], 0)])) as ByType;
  const needed = kecamatan.reduce((sum, row) => sum + row.needed, 0);
  const deliveredQuantity = kecamatan.reduce((sum, row) => sum + row.delivered, 0);
  return {
    year,
    kecamatan,
    delivered,
    totals: {
      open: sumBy((row) => row.open),
      groups: sumBy((row) => row.groups),
      lacking: sumBy((row) => row.lacking),
      needed,
      approved: kecamatan.reduce((sum, row) => sum + row.approved, 0),
      delivered: deliveredQuantity,
      fulfilment: needed > 0 ? (deliveredQuantity / needed) * 100 : null,
    },
  };
}

export type FacilityRecap = Awaited<ReturnType<typeof facilityRecap>>;
export { total as totalOfTypes };
