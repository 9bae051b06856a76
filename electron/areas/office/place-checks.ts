import { isDesaOf, isKecamatan } from '../../../db/queries/places.js';
import type { Db } from '../../../db/open.js';

/** The kecamatan is this kabupaten's and the desa lies in it; messages keyed by field. */
export function placeProblems(db: Db, kecamatanCode: string, desaCode: string): Record<string, string> {
  if (!isKecamatan(db, kecamatanCode)) return { kecamatanCode: 'Kecamatan tidak dikenal di kabupaten ini.' };
  if (!isDesaOf(db, desaCode, kecamatanCode)) return { desaCode: 'Desa/kelurahan ini tidak berada di kecamatan yang dipilih.' };
  return {};
}
