import { z } from 'zod';
import { getSetting, putSetting } from '../../../db/queries/settings.js';
import { localIsoDate } from '../../contract/format.js';
import { noInput } from '../../core/fields.js';
import { read, loadThenWrite } from '../../core/handler.js';
import { loadWorkbook } from '../../xlsx/read.js';
import { workbookFile } from '../../xlsx/write.js';
import { poktanListSchema } from '../poktan/schema.js';
import { applyPoktanImport, planPoktanImport, publicRow, type Mapping } from './poktan-import.js';
import { poktanExportWorkbook, poktanTemplateWorkbook } from './poktan-workbooks.js';
import { POKTAN_FIELDS, type PoktanFieldKey } from './poktan-columns.js';
import { databaseExportFile } from './database-workbook.js';

const MAPPING_KEY = 'import.poktan.mapping';
const fileInput = z.string().min(1, { error: 'Pilih berkas Excel.' }).max(96 * 1024 * 1024, { error: 'Berkas terlalu besar (paling besar 70 MB).' });
const mappingInput = z.partialRecord(z.enum(POKTAN_FIELDS.map((f) => f.key) as [PoktanFieldKey, ...PoktanFieldKey[]]), z.number().int().min(0).max(500)).nullable().default(null);

/** A mapping the user made for a file's headers is remembered for the next file with the same headers. */
const headerSignature = (headers: string[]) => headers.map((h) => h.toLowerCase().trim()).join('|');

export const excelHandlers = {
  'excel-poktan-template': read(noInput, async (ctx) => workbookFile(await poktanTemplateWorkbook(ctx.db), 'Templat Impor Poktan.xlsx')),

  'excel-poktan-export': read(poktanListSchema.omit({ limit: true }), async (ctx, filter) => workbookFile(await poktanExportWorkbook(ctx.db, filter), `Register Poktan ${localIsoDate()}.xlsx`)),

  'excel-database-export': read(noInput, (ctx) => databaseExportFile(ctx.db, `Arsip Sinergi KB ${localIsoDate()}.xlsx`)),

  /** Reads and checks a file; writes nothing. Without a mapping, one is suggested (or remembered). */
  'excel-poktan-preview': read(z.strictObject({ base64: fileInput, mapping: mappingInput }), async (ctx, input) => {
    const workbook = await loadWorkbook(input.base64);
    const remembered = getSetting(ctx.db, MAPPING_KEY) as { signature: string; mapping: Mapping } | undefined;
    const first = input.mapping ?? null;
    let plan = planPoktanImport(ctx.db, workbook, first);
    if (!first && remembered && remembered.signature === headerSignature(plan.headers)) plan = planPoktanImport(ctx.db, workbook, remembered.mapping);
    const counts = { new: 0, existing: 0, error: 0 };
    for (const row of plan.rows) counts[row.status] += 1;
    return { headers: plan.headers, mapping: plan.mapping, missing: plan.missing, counts, rows: plan.rows.map(publicRow) };
  }),

  /** Re-checks the file and writes every row in one transaction, or none. */
  'excel-poktan-import': loadThenWrite(
    z.strictObject({ base64: fileInput, mapping: mappingInput, existing: z.enum(['update', 'skip']) }),
    async (_ctx, input) => loadWorkbook(input.base64),
    (ctx, input, workbook) => {
      const plan = planPoktanImport(ctx.db, workbook, input.mapping);
      const result = applyPoktanImport(ctx.db, plan.rows, input.existing);
      putSetting(ctx.db, MAPPING_KEY, { signature: headerSignature(plan.headers), mapping: plan.mapping });
      return result;
    },
  ),
};
