import { listDesa, listKecamatan } from '../../../db/queries/places.js';
import type { Db } from '../../../db/open.js';
import { placeIndex, type PlaceLists } from './place-index.js';

/** The kabupaten's kecamatan and their desa, loaded once per import. */
export function loadPlaces(db: Db): PlaceLists {
  const kecamatan = listKecamatan(db);
  return { kecamatan, desa: Object.fromEntries(kecamatan.map((k) => [k.code, listDesa(db, k.code)])) };
}

/** The kabupaten's places by folded name (see place-index.ts). */
export const placeLookup = (db: Db) => placeIndex(loadPlaces(db));
