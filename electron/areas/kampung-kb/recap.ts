import type { KecamatanRecapRow } from '../../../db/queries/kampung-kb.js';
import { LEVELS, type Level } from '../../contract/kampung-kb.js';

/** Totals and coverage of the per-kecamatan recap, shared by the screen and the PDF. */
export function summarizeRecap(rows: KecamatanRecapRow[]) {
  const counts = Object.fromEntries([...LEVELS, 'belum-ada-data'].map((key) => [key, rows.reduce((t, r) => t + r.counts[key as Level], 0)])) as KecamatanRecapRow['counts'];
  const total = rows.reduce((t, r) => t + r.total, 0);
  const desaTotal = rows.reduce((t, r) => t + r.desaTotal, 0);
  const desaCovered = rows.reduce((t, r) => t + r.desaCovered, 0);
  const kecamatanCovered = rows.filter((r) => r.total > 0).length;
  return {
    counts,
    total,
    desaTotal,
    desaCovered,
    desaCoverage: desaTotal > 0 ? (desaCovered / desaTotal) * 100 : 0,
    kecamatanTotal: rows.length,
    kecamatanCovered,
    kecamatanCoverage: rows.length > 0 ? (kecamatanCovered / rows.length) * 100 : 0,
    kecamatanWithout: rows.filter((r) => r.total === 0).map((r) => r.kecamatanName),
  };
}
