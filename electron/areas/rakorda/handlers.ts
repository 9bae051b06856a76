import { z } from 'zod';
import { listKecamatan } from '../../../db/queries/places.js';
import {
  addFollowup,
  getMeeting,
  getResolution,
  indicatorsForYear,
  lastYearWithValues,
  listIndicators,
  listResolutions,
  listValues,
  nextResolutionNumber,
  saveIndicator,
  saveMeeting,
  saveResolution,
  setResolutionDeleted,
  setValue,
  type IndicatorRow,
} from '../../../db/queries/rakorda.js';
import type { Db } from '../../../db/open.js';
import { putSetting } from '../../../db/queries/settings.js';
import { formatNumber } from '../../contract/format.js';
import { DomainError, fieldError } from '../../core/errors.js';
import { noInput } from '../../core/fields.js';
import { foldName } from '../../core/names.js';
import { read, write } from '../../core/handler.js';
import { unknownCodes } from '../reference/codes.js';
import { DEFAULT_EVALUATION_RULES, evaluationRulesSchema } from './achievement.js';
import { derivedSections } from './derived.js';
import { buildEvaluation, KABUPATEN, loadEvaluationRules, RULES_KEY } from './evaluation.js';
import { registerFigures } from './register-figures.js';
import { renderRakordaReportPdf } from './report-pdf.js';
import { figureProblem, gridCellProblem, LAYER_LABELS } from './grid-rules.js';
import { followupInput, gridInput, gridSaveInput, indicatorInput, meetingInput, resolutionInput, yearInput } from './schema.js';

/**
 * The rate cells of a year with a numerator and no denominator or the other way round, said after
 * a save: their realisasi stays blank, and nothing else on the screen tells why.
 */
function unpairedRates(db: Db, year: number, indicators: Map<string, IndicatorRow>, areas: Map<string, string>): string {
  const unpaired = listValues(db, [year]).filter((v) => indicators.get(v.indicatorId)?.aggregation === 'rate' && (v.numerator === null) !== (v.denominator === null));
  if (unpaired.length === 0) return '';
  const named = unpaired.slice(0, 3).map((v) => `${areas.get(v.area) ?? v.area}: ${indicators.get(v.indicatorId)!.name} (${v.numerator === null ? 'penyebut tanpa pembilang' : 'pembilang tanpa penyebut'})`);
  const more = unpaired.length > 3 ? `, dan ${formatNumber(unpaired.length - 3)} lainnya` : '';
  return `Realisasi ${formatNumber(unpaired.length)} isian rasio belum dapat dihitung: ${named.join('; ')}${more}.`;
}

export const rakordaHandlers = {
  'rakorda-indicators': read(noInput, (ctx) => listIndicators(ctx.db)),

  'rakorda-indicator-save': write(
    indicatorInput,
    (ctx, indicator) => {
      if (indicator.id && !listIndicators(ctx.db).some((i) => i.id === indicator.id)) throw new DomainError('not-found', 'Indikator tidak ditemukan.');
      return saveIndicator(ctx.db, indicator);
    },
    {
      reads: ['id', 'name', 'code'],
      run: (ctx, indicator): Record<string, string> | void => {
        const others = listIndicators(ctx.db).filter((other) => other.id !== indicator.id);
        // Two columns of one name in the grid and the report cannot be told apart.
        const sameName = others.find((other) => foldName(other.name) === foldName(indicator.name));
        if (sameName) return { name: `Sudah ada indikator "${sameName.name}" (kode ${sameName.code}); gunakan nama lain, atau ubah indikator itu.` };
        const clash = others.find((other) => other.code === indicator.code);
        if (clash) return { code: `Sudah ada indikator "${clash.name}" dengan kode ${indicator.code}; beri nama yang berbeda.` };
      },
    },
    {
      reads: ['id', 'retiredFromYear'],
      run: (ctx, { id, retiredFromYear }) => {
        // A year's figures of a retired indicator leave its evaluation and report without a word.
        const lastYear = id && retiredFromYear !== null ? lastYearWithValues(ctx.db, id) : null;
        if (lastYear !== null && retiredFromYear! <= lastYear) {
          return { retiredFromYear: `Tahun ${lastYear} sudah berisi angka indikator ini: isi ${lastYear + 1} atau sesudahnya, atau kosongkan dulu angka tahun ${lastYear} bila memang tidak dipakai.` };
        }
      },
    },
  ),

  /** One layer (target, realisasi, ...) of a year's grid: rows kabupaten + kecamatan, columns indicators. */
  'rakorda-grid': read(gridInput, (ctx, { year, layer }) => {
    const indicators = indicatorsForYear(ctx.db, year);
    const areas = [{ code: KABUPATEN, name: 'Kabupaten (bila ditetapkan)' }, ...listKecamatan(ctx.db)];
    const cells: Record<string, number | null> = {};
    for (const v of listValues(ctx.db, [year])) cells[`${v.area}|${v.indicatorId}`] = v[layer];
    return { indicators, areas, cells };
  }),

  /** Saves the changed cells of one layer in one transaction; a wrong cell is named by row and column. */
  'rakorda-grid-save': write(gridSaveInput, (ctx, { year, layer, cells }) => {
    const indicators = new Map(indicatorsForYear(ctx.db, year).map((i) => [i.id, i]));
    const areas = new Map([[KABUPATEN, 'Kabupaten'], ...listKecamatan(ctx.db).map((k) => [k.code, k.name] as const)]);
    const problems: Record<string, string> = {};
    const figures: { area: string; indicatorId: string; value: number | null }[] = [];
    for (const { area: code, indicatorId, value } of cells) {
      const indicator = indicators.get(indicatorId);
      const area = areas.get(code);
      const where = `${code}|${indicatorId}`;
      if (!indicator || !area) problems[where] = 'Baris atau kolom tidak dikenal.';
      else if (typeof value === 'string') problems[where] = figureProblem(value)!;
      else {
        const problem = value === null ? null : (figureProblem(value) ?? gridCellProblem(layer, indicator, code, area, value));
        if (problem) problems[where] = problem;
        else figures.push({ area: code, indicatorId, value });
      }
    }
    if (Object.keys(problems).length > 0) throw fieldError(problems);
    for (const cell of figures) setValue(ctx.db, { year, layer, ...cell });
    const halves = layer === 'numerator' || layer === 'denominator' ? unpairedRates(ctx.db, year, indicators, areas) : '';
    return { saved: cells.length, message: [`${formatNumber(cells.length)} isian ${LAYER_LABELS[layer]} tahun ${year} disimpan.`, halves].filter(Boolean).join(' ') };
  }),

  /** The realisasi the registers hold for the year (Kampung KB, poktan), for the grid to fill in as unsaved edits. */
  'rakorda-register-figures': read(yearInput, (ctx, { year }) => registerFigures(ctx.db, year)),

  'rakorda-evaluation': read(yearInput, (ctx, { year }) => buildEvaluation(ctx.db, year)),

  'rakorda-rules-get': read(noInput, (ctx) => ({ rules: loadEvaluationRules(ctx.db), defaults: DEFAULT_EVALUATION_RULES })),

  'rakorda-rules-save': write(z.strictObject({ rules: evaluationRulesSchema }), (ctx, { rules }) => {
    putSetting(ctx.db, RULES_KEY, rules);
    return rules;
  }),

  'rakorda-meeting-get': read(yearInput, (ctx, { year }) => getMeeting(ctx.db, year)),

  'rakorda-meeting-save': write(
    meetingInput,
    (ctx, meeting) => {
      saveMeeting(ctx.db, meeting);
      return getMeeting(ctx.db, meeting.year)!;
    },
    {
      reads: ['participants'],
      run: (ctx, { participants }) => {
        const problems = unknownCodes(ctx.db, [{ path: 'participants', list: 'mitra', codes: participants.map((p) => p.partner) }]);
        if (new Set(participants.map((p) => p.partner)).size !== participants.length) problems.participants = 'Setiap instansi cukup dicatat sekali.';
        return problems;
      },
    },
  ),

  'rakorda-resolutions': read(yearInput, (ctx, { year }) => listResolutions(ctx.db, year)),

  'rakorda-resolution-save': write(
    resolutionInput,
    (ctx, input) => {
      if (input.id && !getResolution(ctx.db, input.id)) throw new DomainError('not-found', 'Rumusan tidak ditemukan.');
      return saveResolution(ctx.db, { ...input, number: input.number ?? nextResolutionNumber(ctx.db, input.year) });
    },
    { reads: ['responsible'], run: (ctx, { responsible }) => unknownCodes(ctx.db, [{ path: 'responsible', list: 'mitra', codes: responsible }]) },
  ),

  'rakorda-followup-add': write(followupInput, (ctx, { resolutionId, ...followup }) => {
    if (!getResolution(ctx.db, resolutionId)) throw new DomainError('not-found', 'Rumusan tidak ditemukan.');
    addFollowup(ctx.db, resolutionId, followup);
    return { resolutionId, status: followup.status };
  }),

  'rakorda-resolution-delete': write(z.strictObject({ id: z.string().min(1).max(64) }), (ctx, { id }) => {
    if (!getResolution(ctx.db, id)) throw new DomainError('not-found', 'Rumusan tidak ditemukan.');
    setResolutionDeleted(ctx.db, id);
    return { id };
  }),

  'rakorda-derived': read(yearInput, (ctx, { year }) => derivedSections(ctx.db, year)),

  'rakorda-report-pdf': read(yearInput, (ctx, { year }) => renderRakordaReportPdf(ctx.db, year)),
};
