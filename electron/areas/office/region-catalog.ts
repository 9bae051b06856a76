import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import type { KecamatanInput } from '../../../db/queries/places.js';

// Official Kemendagri codes and names from idn-area-data (data licence ODbL 1.0, credited in
// the "Tentang" screen). The CSVs are read once per process; villages alone are 83.000 rows.

export interface Region {
  code: string;
  name: string;
}

let provinces: Promise<Region[]> | undefined;
let regencies: Promise<(Region & { provinceCode: string })[]> | undefined;

export function listProvinces(): Promise<Region[]> {
  provinces ??= getProvinces().then((rows) => rows.map(({ code, name }) => ({ code, name })));
  return provinces;
}

export async function listRegencies(provinceCode: string): Promise<Region[]> {
  regencies ??= getRegencies({ transform: true }).then((rows) =>
    rows.map(({ code, name, provinceCode }) => ({ code, name, provinceCode })),
  );
  return (await regencies).filter((row) => row.provinceCode === provinceCode).map(({ code, name }) => ({ code, name }));
}

/** Kecamatan of one kabupaten/kota with their desa/kelurahan, sorted by name. */
export async function loadRegencyPlaces(regencyCode: string): Promise<KecamatanInput[]> {
  const [districts, villages] = await Promise.all([getDistricts({ transform: true }), getVillages({ transform: true })]);
  const byName = (a: Region, b: Region) => a.name.localeCompare(b.name, 'id');
  const kecamatan = districts
    .filter((district) => district.regencyCode === regencyCode)
    .map(({ code, name }) => ({ code, name, desa: [] as Region[] }));
  const byCode = new Map(kecamatan.map((kec) => [kec.code, kec]));
  for (const village of villages) {
    byCode.get(village.districtCode)?.desa.push({ code: village.code, name: village.name });
  }
  for (const kec of kecamatan) kec.desa.sort(byName);
  return kecamatan.sort(byName);
}
