import { openNeedsByKecamatanType } from '../../../db/queries/facility-recaps.js';
import { recapByKecamatan } from '../../../db/queries/kampung-kb.js';
import { countPlaces } from '../../../db/queries/places.js';
import { listValues } from '../../../db/queries/rakorda.js';
import type { Db } from '../../../db/open.js';
import { formatPercent, localIsoDate } from '../../contract/format.js';
import { noInput } from '../../core/fields.js';
import { read } from '../../core/handler.js';
import { summarizeRecap } from '../kampung-kb/recap.js';
import { derivedSections } from '../rakorda/derived.js';
import { buildEvaluation, reportingKecamatan } from '../rakorda/evaluation.js';

/** The most recent year with evaluation figures, this year first. */
function latestEvaluationYear(db: Db, thisYear: number): number | null {
  for (const year of [thisYear, thisYear - 1, thisYear - 2]) if (listValues(db, [year]).some((v) => v.achieved !== null || v.numerator !== null)) return year;
  return null;
}

export const homeHandlers = {
  /** The office's situation at a glance, for the Beranda. */
  'home-summary': read(noInput, async (ctx) => {
    const thisYear = Number(localIsoDate().slice(0, 4));
    const kampungKb = summarizeRecap(recapByKecamatan(ctx.db));
    const derived = await derivedSections(ctx.db, thisYear);
    const evaluationYear = latestEvaluationYear(ctx.db, thisYear);
    const indicators = evaluationYear
      ? buildEvaluation(ctx.db, evaluationYear)
          .indicators.filter((i) => i.indicator.hasTarget && i.kabupaten.percent !== null)
          .map((i) => {
            const ranked = i.kecamatan.filter((k) => k.percent !== null).sort((a, b) => a.percent! - b.percent!);
            const weakest = ranked[0];
            // Several at the same lowest figure (18 at 0%, say): the first by name stands for them, with their count.
            const alike = weakest ? ranked.filter((k) => formatPercent(k.percent!) === formatPercent(weakest.percent!)).length - 1 : 0;
            return {
              name: i.indicator.name,
              percent: i.kabupaten.percent!,
              criterion: i.kabupaten.criterion,
              weakest: weakest ? { name: weakest.name, percent: weakest.percent!, alike } : null,
              // A kabupaten figure from a few kecamatan reads low beside each kecamatan's own.
              reporting: { kecamatan: reportingKecamatan(i), of: i.kecamatan.length },
            };
          })
      : [];
    return {
      places: countPlaces(ctx.db),
      kampungKb: { total: kampungKb.total, counts: kampungKb.counts, kecamatanCovered: kampungKb.kecamatanCovered, kecamatanTotal: kampungKb.kecamatanTotal, kecamatanWithout: kampungKb.kecamatanWithout },
      poktan: derived.poktan,
      needs: {
        year: thisYear,
        open: (await openNeedsByKecamatanType(ctx.db)).reduce((sum, row) => sum + row.count, 0),
        delivered: derived.delivered.reduce((sum, row) => sum + row.groups, 0),
      },
      evaluation: { year: evaluationYear, indicators },
    };
  }),
};
