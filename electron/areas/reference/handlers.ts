import { z } from 'zod';
import { listReferenceOptions, saveOption } from '../../../db/queries/reference.js';
import { REFERENCE_LIST_NAMES } from '../../contract/reference.js';
import { requiredText, noInput } from '../../core/fields.js';
import { read, write } from '../../core/handler.js';

export const referenceHandlers = {
  'reference-list': read(noInput, (ctx) => listReferenceOptions(ctx.db)),

  /** Adds a choice or renames/retires one; codes are never changed, so past records keep their meaning. */
  'reference-save': write(
    z.strictObject({
      list: z.enum(REFERENCE_LIST_NAMES as [string, ...string[]]).transform((list) => list as (typeof REFERENCE_LIST_NAMES)[number]),
      code: z
        .string()
        .trim()
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Kode hanya huruf kecil, angka dan tanda hubung, misalnya "dana-desa".' })
        .max(60),
      label: requiredText(150),
      active: z.boolean().default(true),
    }),
    (ctx, option) => {
      saveOption(ctx.db, option);
      return listReferenceOptions(ctx.db)[option.list];
    },
  ),
};
