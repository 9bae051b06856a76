import type { IndicatorRow, ValueLayer } from '../../../db/queries/rakorda.js';
import { isAmbiguousFigure } from '../../contract/rakorda.js';
import { KABUPATEN } from './evaluation.js';
import { figure } from './schema.js';

// Which layer of the evaluation grid an indicator takes, for the grid and the Excel import alike.

export const LAYER_LABELS: Record<ValueLayer, string> = { target: 'target', achieved: 'realisasi', numerator: 'pembilang', denominator: 'penyebut', existing: 'jumlah yang ada' };

/** Whether a layer has a cell for the indicator at all (a rate has no direct realisasi, ...). */
export function layerApplies(layer: ValueLayer, indicator: IndicatorRow): boolean {
  if (layer === 'numerator' || layer === 'denominator') return indicator.aggregation === 'rate';
  if (layer === 'achieved') return indicator.aggregation !== 'rate';
  if (layer === 'target') return indicator.hasTarget;
  return true;
}

/** Whether the layer holds a count of the indicator (all of a sum's; a rate's but its target, a percentage). */
const countsIn = (layer: ValueLayer, indicator: IndicatorRow) => indicator.aggregation === 'sum' || layer !== 'target';

/** Why `value` cannot go into this cell, or null. */
export function gridCellProblem(layer: ValueLayer, indicator: IndicatorRow, area: string, areaName: string, value: number): string | null {
  if ((layer === 'numerator' || layer === 'denominator') && indicator.aggregation !== 'rate') return `${areaName}, ${indicator.name}: ${LAYER_LABELS[layer]} hanya untuk indikator rasio.`;
  if (layer === 'achieved' && indicator.aggregation === 'rate') return `${areaName}, ${indicator.name}: realisasi indikator rasio dihitung dari pembilang dan penyebut.`;
  if (layer === 'target' && !indicator.hasTarget) return `${areaName}, ${indicator.name}: indikator ini tidak bertarget.`;
  if (layer !== 'target' && area === KABUPATEN) return `Realisasi kabupaten dihitung dari kecamatan; isi ${LAYER_LABELS[layer]} per kecamatan.`;
  // The unit is the indicator's, not its pembilang's or penyebut's (a rate in % counts people in those).
  const unit = layer === 'numerator' || layer === 'denominator' ? '' : ` (${indicator.unit})`;
  if (indicator.wholeNumber && countsIn(layer, indicator) && !Number.isInteger(value)) return `${areaName}, ${indicator.name}: harus bilangan bulat${unit}.`;
  // A target or realisasi in percent is a share (CPR, MKJP, unmet need); pembilang and penyebut are counts.
  if (indicator.unit === '%' && (layer === 'target' || layer === 'achieved') && value > 100) return `${areaName}, ${indicator.name}: persentase tidak boleh lebih dari 100.`;
  return null;
}

// Made once: a grid save checks up to 20.000 cells with it.
const FIGURE = figure();

/** Why a grid cell's entry is not a figure the grid takes (text, "1,000", a negative), or null. */
export function figureProblem(value: number | string): string | null {
  if (typeof value === 'string' && isAmbiguousFigure(value)) {
    const text = value.trim();
    return `"${text}" bisa berarti ribuan atau desimal: tulis ${text.replace(',', '.')} untuk ribuan, atau ${text.replace(/0+$/, '').replace(/,$/, '')} untuk desimal.`;
  }
  const parsed = FIGURE.safeParse(value);
  return parsed.success ? null : parsed.error.issues[0]!.message;
}
