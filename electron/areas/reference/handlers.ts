import { z } from 'zod';
import { findOption, listReferenceOptions, saveOption } from '../../../db/queries/reference.js';
import { REFERENCE_LIST_NAMES, type ReferenceList } from '../../contract/reference.js';
import { DomainError, fieldError } from '../../core/errors.js';
import { noInput, requiredText } from '../../core/fields.js';
import { read, write } from '../../core/handler.js';
import { foldName } from '../../core/names.js';

export const referenceHandlers = {
  'reference-list': read(noInput, (ctx) => listReferenceOptions(ctx.db)),

  /** Adds a choice, or renames/retires one; codes never change, so past records keep their meaning. */
  'reference-save': write(
    z.strictObject({
      mode: z.enum(['add', 'update']),
      list: z.enum(REFERENCE_LIST_NAMES as [ReferenceList, ...ReferenceList[]]),
      code: z
        .string()
        .trim()
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Kode hanya huruf kecil, angka dan tanda hubung, misalnya "dana-desa".' })
        .max(60),
      label: requiredText(150),
      active: z.boolean().default(true),
    }),
    (ctx, { mode, ...option }) => {
      const existing = findOption(ctx.db, option.list, option.code);
      if (mode === 'add' && existing) throw fieldError({ label: `Pilihan "${existing.label}" sudah ada di daftar ini.` });
      if (mode === 'update' && !existing) throw new DomainError('not-found', 'Pilihan ini tidak ditemukan di daftar.');
      saveOption(ctx.db, option);
      return listReferenceOptions(ctx.db)[option.list];
    },
    {
      // Two choices of one name in a list cannot be told apart in a form or a filter (a rename made "Dasar" twice).
      reads: ['list', 'code', 'label'],
      run: (ctx, { list, code, label }) => {
        const other = listReferenceOptions(ctx.db)[list].find((option) => option.code !== code && foldName(option.label) === foldName(label));
        if (other) return { label: `Pilihan "${other.label}" sudah ada di daftar ini.` };
      },
    },
  ),
};
