import { listDesa, listKecamatan, type PlaceRow } from '../../../db/queries/places.js';
import type { Db } from '../../../db/open.js';
import { foldPlace } from './cells.js';

/**
 * The kabupaten's kecamatan and desa by folded name, loaded once per import: a row's places
 * are found case- and spacing-insensitively, and a wrong pair is named ("… berada di Kecamatan X").
 */
export function placeLookup(db: Db) {
  const kecamatan = listKecamatan(db);
  const kecamatanByName = new Map(kecamatan.map((k) => [foldPlace(k.name), k]));
  const desaByKecamatan = new Map(kecamatan.map((k) => [k.code, new Map(listDesa(db, k.code).map((d) => [foldPlace(d.name), d]))]));
  const desaAnywhere = new Map<string, string>();
  for (const k of kecamatan) for (const name of desaByKecamatan.get(k.code)!.keys()) desaAnywhere.set(name, k.name);

  return {
    kecamatan,
    /** The kecamatan named, or the problem with the name. */
    kecamatanOf(text: string, problems: string[]): PlaceRow | undefined {
      const found = kecamatanByName.get(foldPlace(text));
      if (!found) problems.push(`Kecamatan "${text}" tidak dikenal di kabupaten ini.`);
      return found;
    },
    desaOf(kec: PlaceRow, text: string, problems: string[]): PlaceRow | undefined {
      const found = desaByKecamatan.get(kec.code)!.get(foldPlace(text));
      if (!found) {
        const elsewhere = desaAnywhere.get(foldPlace(text));
        problems.push(elsewhere ? `Desa/kelurahan "${text}" berada di Kecamatan ${elsewhere}, bukan ${kec.name}.` : `Desa/kelurahan "${text}" tidak dikenal di Kecamatan ${kec.name}.`);
      }
      return found;
    },
    /** For a template's example row: a desa that lies in the kecamatan shown beside it. */
    firstDesaOf(kec: PlaceRow | undefined): string {
      return kec ? ([...desaByKecamatan.get(kec.code)!.values()][0]?.name ?? '') : '';
    },
    /** Every desa name once, sorted, for a template's drop-down list. */
    desaNames(): string[] {
      const names = new Set<string>();
      for (const k of kecamatan) for (const d of listDesa(db, k.code)) names.add(d.name);
      return [...names].sort((a, b) => a.localeCompare(b, 'id'));
    },
  };
}

export type PlaceLookup = ReturnType<typeof placeLookup>;
