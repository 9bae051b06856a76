import { indicatorsForYear, listValues, setValue, type IndicatorRow, type ValueLayer } from '../../../db/queries/rakorda.js';
import type { Db } from '../../../db/open.js';
import { DomainError } from '../../core/errors.js';
import { KABUPATEN } from '../rakorda/evaluation.js';
import { gridCellProblem, LAYER_LABELS, layerApplies } from '../rakorda/grid-rules.js';
import type { ImportSpec } from './import-engine.js';
import type { ImportField, ImportOptions } from './import-rows.js';
import { placeLookup } from './place-lookup.js';

export const RAKORDA_SHEET = 'Evaluasi Rakorda';

export interface GridRow {
  area: string;
  cells: { indicatorId: string; value: number }[];
}

/** One layer of one year, as the grid on the Evaluasi Rakorda screen shows it: rows kecamatan, columns indicators. */
function gridOf(db: Db, options: ImportOptions): { year: number; layer: ValueLayer; indicators: IndicatorRow[] } {
  if (options.year === null || options.layer === null) throw new DomainError('validation', 'Pilih tahun dan jenis isian (target, realisasi, …) terlebih dahulu.');
  return { year: options.year, layer: options.layer, indicators: indicatorsForYear(db, options.year).filter((i) => layerApplies(options.layer!, i)) };
}

/** "Kabupaten", "Kab. Lebak", "KABUPATEN LEBAK": the kabupaten's own row (targets only). */
const isKabupaten = (text: string) => /^kab(upaten)?\b/i.test(text.trim());

/** Targets and achievements per kecamatan: one file row per kecamatan, one column per indicator; an empty cell keeps what is stored. */
export const rakordaImport: ImportSpec<GridRow> = {
  sheet: RAKORDA_SHEET,
  sameRecord: 'kecamatan',
  fields(db, options) {
    const { year, layer, indicators } = gridOf(db, options);
    return [
      // The template says in its first header what it holds, "Kecamatan (target 2024)": see refuseFile.
      { key: 'kecamatan', header: `Kecamatan (${LAYER_LABELS[layer]} ${year})`, required: true, aliases: ['kecamatan', 'kec', 'nama kecamatan', 'wilayah'] },
      ...indicators.map((i): ImportField => ({ key: i.code, header: i.name, aliases: [i.code] })),
    ];
  },
  label: (row) => row.text('kecamatan'),

  /** A template of another layer or year reads as this one (its columns are the same indicators): refused, not written as the wrong figures. */
  refuseFile(headers, options) {
    const held = /\((target|realisasi|pembilang|penyebut|jumlah yang ada) (\d{4})\)/i.exec(headers[0] ?? '');
    if (!held || options.layer === null || options.year === null) return null;
    const chosen = `${LAYER_LABELS[options.layer]} ${options.year}`;
    const inFile = `${held[1]!.toLowerCase()} ${held[2]}`;
    return inFile === chosen ? null : `Berkas ini templat ${inFile}, sedangkan yang dipilih ${chosen}. Pilih tahun dan jenis isian yang sesuai dengan berkasnya, atau unduh templat ${chosen}.`;
  },

  checker(db, options) {
    const { year, layer, indicators } = gridOf(db, options);
    const places = placeLookup(db);
    const stored = new Set(listValues(db, [year]).filter((v) => v[layer] !== null).map((v) => v.area));
    return (row) => {
      const text = row.text('kecamatan');
      const kec = !text ? undefined : isKabupaten(text) ? { code: KABUPATEN, name: 'Kabupaten' } : places.kecamatanOf(text, row.problems);
      const cells: GridRow['cells'] = [];
      for (const indicator of indicators) {
        const value = row.decimal(indicator.code);
        if (value === null || !kec) continue;
        const problem = gridCellProblem(layer, indicator, kec.code, kec.name, value);
        if (problem) row.cellProblem(indicator.code, problem);
        else cells.push({ indicatorId: indicator.id, value });
      }
      if (!kec || row.problems.length > 0) return null;
      return { fields: { area: kec.code, cells }, existingId: stored.has(kec.code) ? kec.code : null, duplicateKey: kec.code };
    };
  },

  isEmpty: ({ cells }) => cells.length === 0,

  write(db, { area, cells }, _existingId, options) {
    const { year, layer } = gridOf(db, options);
    let changed = false;
    for (const cell of cells) changed = setValue(db, { year, layer, area, ...cell }) || changed;
    return changed;
  },

  template(db, options) {
    const { year, layer, indicators } = gridOf(db, options);
    const values = new Map(listValues(db, [year]).map((v) => [`${v.area}|${v.indicatorId}`, v[layer]]));
    const areas = [...(layer === 'target' ? [{ code: KABUPATEN, name: 'Kabupaten' }] : []), ...placeLookup(db).kecamatan];
    return {
      rows: areas.map((area) => [area.name, ...indicators.map((i) => values.get(`${area.code}|${i.id}`) ?? null)]),
      lists: [],
    };
  },
};
