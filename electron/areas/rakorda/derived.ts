import { recapByKecamatan } from '../../../db/queries/kampung-kb.js';
import { countPoktanByType } from '../../../db/queries/poktan.js';
import type { Db } from '../../../db/open.js';
import { summarizeRecap } from '../kampung-kb/recap.js';
import { deliveredInYear } from '../poktan/recap.js';

/** The report's sections that come from the rest of the app, where data exists. */
export async function derivedSections(db: Db, year: number) {
  const kampungKbRows = recapByKecamatan(db);
  return {
    kampungKb: {
      rows: kampungKbRows.map((row) => ({ name: row.kecamatanName, total: row.total, desaCovered: row.desaCovered, desaTotal: row.desaTotal, met: row.total > 0 })),
      summary: summarizeRecap(kampungKbRows),
    },
    poktan: countPoktanByType(db).map(({ type, total, active }) => ({ type, total, active, activeShare: total > 0 ? (active / total) * 100 : null })),
    delivered: await deliveredInYear(db, year),
  };
}
