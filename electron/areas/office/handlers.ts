import { z } from 'zod';
import { getOffice, upsertOffice, type OfficeRow } from '../../../db/queries/office.js';
import { countPlaces, listDesa, listKecamatan, replacePlaces } from '../../../db/queries/places.js';
import { fieldError } from '../../core/errors.js';
import { fieldMessages } from '../../core/messages.js';
import { noInput } from '../../core/fields.js';
import { loadThenWrite, read } from '../../core/handler.js';
import { renderLetterheadTestPdf } from './letterhead-test-pdf.js';
import { listProvinces, listRegencies, loadRegencyPlaces } from './region-catalog.js';
import { officeInput } from './schema.js';

/** The office as the renderer sees it: the logo as a data URL instead of bytes. */
export interface Office extends Omit<OfficeRow, 'logo' | 'logoMime'> {
  logoDataUrl: string | null;
}

function toOffice(row: OfficeRow | null): Office | null {
  if (!row) return null;
  const { logo, logoMime, ...rest } = row;
  return { ...rest, logoDataUrl: logo && logoMime ? `data:${logoMime};base64,${logo.toString('base64')}` : null };
}

export const officeHandlers = {
  'region-provinces': read(noInput, () => listProvinces()),

  'region-regencies': read(z.strictObject({ provinceCode: z.string().regex(/^\d{2}$/) }), (_ctx, input) =>
    listRegencies(input.provinceCode),
  ),

  'office-get': read(noInput, (ctx) => toOffice(getOffice(ctx.db))),

  /** Checks a draft (e.g. one wizard step) against the same schema as office-save; writes nothing. */
  'office-check': read(z.record(z.string(), z.unknown()), (_ctx, draft) => {
    const result = officeInput.safeParse(draft);
    return result.success ? {} : fieldMessages(result.error);
  }),

  /** Saves the office; choosing a (new) kabupaten loads its kecamatan and desa in the same transaction. */
  'office-save': loadThenWrite(
    officeInput,
    async (ctx, input) => {
      const province = (await listProvinces()).find((p) => p.code === input.provinceCode);
      if (!province) throw fieldError({ provinceCode: 'Provinsi tidak dikenal.' });
      const regency = (await listRegencies(input.provinceCode)).find((r) => r.code === input.regencyCode);
      if (!regency) throw fieldError({ regencyCode: 'Kabupaten/kota ini tidak berada di provinsi yang dipilih.' });
      const unchanged = getOffice(ctx.db)?.regencyCode === regency.code && countPlaces(ctx.db).kecamatan > 0;
      return {
        names: { provinceName: province.name, regencyName: regency.name },
        places: unchanged ? null : await loadRegencyPlaces(regency.code),
      };
    },
    (ctx, input, loaded) => {
      const current = getOffice(ctx.db);
      if (loaded.places) replacePlaces(ctx.db, loaded.places);
      const logo =
        input.logo.action === 'set'
          ? { logoMime: input.logo.mimeType, logo: input.logo.bytes }
          : input.logo.action === 'remove'
            ? { logoMime: null, logo: null }
            : { logoMime: current?.logoMime ?? null, logo: current?.logo ?? null };
      const { logo: _change, ...fields } = input;
      return toOffice(upsertOffice(ctx.db, { ...fields, ...loaded.names, ...logo }))!;
    },
  ),

  'places-summary': read(noInput, (ctx) => countPlaces(ctx.db)),

  'places-kecamatan': read(noInput, (ctx) => listKecamatan(ctx.db)),

  'places-desa': read(z.strictObject({ kecamatanCode: z.string().min(1) }), (ctx, input) =>
    listDesa(ctx.db, input.kecamatanCode),
  ),

  'office-letterhead-pdf': read(noInput, (ctx) => renderLetterheadTestPdf(ctx.db)),
};
