import { countActiveKampungKbByKecamatan } from '../../../db/queries/kampung-kb.js';
import type { Db } from '../../../db/open.js';
import { listKecamatan } from '../../../db/queries/places.js';
import { countActivePoktanByKecamatan, type ActivePoktanCount } from '../../../db/queries/poktan.js';
import { indicatorsForYear, listValues } from '../../../db/queries/rakorda.js';
import type { PoktanType } from '../../contract/poktan.js';

// Realisasi the registers already hold, for the indicators of the common set that count what the
// app keeps: active Kampung KB declared by the year's end, the members of active BKB/BKR/BKL
// groups founded by then, active PIK-R groups. Offered to the grid as edits to check and save,
// never written by themselves: the register is as complete as the office keeps it, and its
// groups' members are today's, not the year's (the grid's note says so).

type Count = { units: Map<string, number>; poktan: ActivePoktanCount[] };

const poktanTotal = (type: PoktanType, measure: 'groups' | 'members') => (counts: Count, kecamatan: string) =>
  counts.poktan.filter((row) => row.kecamatanCode === kecamatan && row.type === type).reduce((total, row) => total + row[measure], 0);

/** Indicator code → its figure for one kecamatan. */
const FROM_REGISTER: Record<string, (counts: Count, kecamatan: string) => number> = {
  kkb: (counts, kecamatan) => counts.units.get(kecamatan) ?? 0,
  'bkb-aktif': poktanTotal('bkb', 'members'),
  'bkr-aktif': poktanTotal('bkr', 'members'),
  'bkl-aktif': poktanTotal('bkl', 'members'),
  'pikr-aktif': poktanTotal('pikr', 'groups'),
};

/** The year's realisasi of those indicators per kecamatan ("area|indicatorId" → figure), and the indicators' names. */
export function registerFigures(db: Db, year: number): { cells: Record<string, number>; indicators: string[] } {
  // Only indicators entered as a sum in the realisasi layer: a rate is entered as its two parts.
  const indicators = indicatorsForYear(db, year).filter((indicator) => indicator.code in FROM_REGISTER && indicator.aggregation === 'sum');
  const counts: Count = { units: countActiveKampungKbByKecamatan(db, `${year}-12-31`), poktan: countActivePoktanByKecamatan(db, year) };
  // A 0 is given only where the kecamatan has a target to measure it against: elsewhere it would
  // only add rows of "– 0 – –" to the evaluation and pages of them to the report.
  const targeted = new Set(listValues(db, [year]).filter((v) => v.target !== null).map((v) => `${v.area}|${v.indicatorId}`));
  const kecamatan = listKecamatan(db);
  const cells: Record<string, number> = {};
  for (const indicator of indicators) {
    for (const { code } of kecamatan) {
      const key = `${code}|${indicator.id}`;
      const figure = FROM_REGISTER[indicator.code]!(counts, code);
      if (figure > 0 || targeted.has(key)) cells[key] = figure;
    }
  }
  return { cells, indicators: indicators.map((indicator) => indicator.name) };
}
