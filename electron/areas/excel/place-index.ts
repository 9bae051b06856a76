import type { PlaceRow } from '../../../db/queries/places.js';
import { foldPlace } from './cells.js';

// The kabupaten's places by folded name, built from lists loaded once per import. No database
// here: the reader thread finds a row's places too (see row-checks.ts).

/** The kabupaten's kecamatan, and each one's desa by kecamatan code. */
export interface PlaceLists {
  kecamatan: PlaceRow[];
  desa: Record<string, PlaceRow[]>;
}

/**
 * A row's places are found case- and spacing-insensitively, and a wrong pair is named
 * ("… berada di Kecamatan X").
 */
export function placeIndex(lists: PlaceLists) {
  const { kecamatan } = lists;
  const kecamatanByName = new Map(kecamatan.map((k) => [foldPlace(k.name), k]));
  const desaByKecamatan = new Map(kecamatan.map((k) => [k.code, new Map((lists.desa[k.code] ?? []).map((d) => [foldPlace(d.name), d]))]));
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
      return kec ? (lists.desa[kec.code]?.[0]?.name ?? '') : '';
    },
    /** Every desa name once, sorted, for a template's drop-down list. */
    desaNames(): string[] {
      const names = new Set(kecamatan.flatMap((k) => (lists.desa[k.code] ?? []).map((d) => d.name)));
      return [...names].sort((a, b) => a.localeCompare(b, 'id'));
    },
  };
}

export type PlaceIndex = ReturnType<typeof placeIndex>;
