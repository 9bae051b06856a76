import { z } from 'zod';
import { getSetting, putSetting } from '../../../db/queries/settings.js';
import { localIsoDate } from '../../contract/format.js';
import { read, writeInSlices, type HandlerContext } from '../../core/handler.js';
import { slicer } from '../../core/turns.js';
import { noInput, year } from '../../core/fields.js';
import { keptWorkbook, workbookFile } from '../../xlsx/write.js';
import { kampungKbListSchema } from '../kampung-kb/schema.js';
import { poktanListSchema } from '../poktan/schema.js';
import { LAYER_LABELS } from '../rakorda/grid-rules.js';
import { checkStarts, fileKey, keepCheckedPlan, takeCheckedPlan } from './checked-plan.js';
import { databaseExportFile } from './database-workbook.js';
import { applyImport, importRead, planImport, previewOf, readImport } from './import-engine.js';
import { headerSignature, sameMapping, suggestMapping, type ImportOptions, type Mapping, type RememberedMapping } from './import-rows.js';
import { importProgress, withProgress } from './import-progress.js';
import { IMPORT_TABLE_NAMES, IMPORT_TABLES, type ImportTable } from './import-tables.js';
import { kampungKbExportWorkbook, rakordaExportWorkbook } from './list-workbooks.js';
import { poktanExportWorkbook } from './poktan-workbooks.js';
import { facilityRecapWorkbook, kampungKbRecapWorkbook } from './recap-workbooks.js';
import { templateWorkbook } from './template-workbook.js';

const fileInput = z.string().min(1, { error: 'Pilih berkas Excel.' }).max(96 * 1024 * 1024, { error: 'Berkas terlalu besar (paling besar 70 MB).' });
const mappingInput = z.record(z.string().max(60), z.number().int().min(0).max(500)).nullable().default(null);
const tableInput = {
  table: z.enum(IMPORT_TABLE_NAMES),
  /** The Rakorda grid's year and layer; other tables ignore them. */
  year: year().nullable().default(null),
  layer: z.enum(['target', 'achieved', 'numerator', 'denominator', 'existing']).nullable().default(null),
};
const optionsOf = (input: ImportOptions): ImportOptions => ({ year: input.year, layer: input.layer });

const mappingKey = (table: ImportTable) => `import.${table}.mapping`;

/** The mapping the user last made for this table's files, with the headers it was made for. */
const rememberedMapping = (ctx: HandlerContext, table: ImportTable) => (getSetting(ctx.db, mappingKey(table)) as RememberedMapping | undefined) ?? null;

/**
 * Only a mapping the user changed is remembered: the one suggested from the headers comes back by
 * itself, and storing it would make an import that changed no data a write (and a backup after it).
 * One remembered for these headers is replaced by the one used.
 */
function rememberMapping(ctx: HandlerContext, table: ImportTable, options: ImportOptions, headers: readonly string[], mapping: Mapping): void {
  const { spec } = IMPORT_TABLES[table];
  const signature = headerSignature(headers);
  if (!sameMapping(mapping, suggestMapping(spec.fields(ctx.db, options), headers)) || rememberedMapping(ctx, table)?.signature === signature) putSetting(ctx.db, mappingKey(table), { signature, mapping });
}

export const excelHandlers = {
  'excel-template': read(z.strictObject(tableInput), async (ctx, input) => {
    const { spec, title } = IMPORT_TABLES[input.table];
    const period = input.table === 'rakorda' && input.layer ? ` ${LAYER_LABELS[input.layer]} ${input.year}` : '';
    return workbookFile(`Templat Impor ${title}${period}.xlsx`, (book) => templateWorkbook(book, ctx.db, spec, optionsOf(input)));
  }),

  // Kept for saving by reference, as the archive: a province's register is tens of megabytes.
  'excel-poktan-export': read(poktanListSchema.omit({ limit: true }), async (ctx, filter) => keptWorkbook(`Register Poktan ${localIsoDate()}.xlsx`, (book) => poktanExportWorkbook(book, ctx.db, filter))),

  'excel-kampung-kb-export': read(kampungKbListSchema.omit({ limit: true }), async (ctx, filter) => workbookFile(`Daftar Kampung KB ${localIsoDate()}.xlsx`, (book) => kampungKbExportWorkbook(book, ctx.db, filter))),

  'excel-rakorda-export': read(z.strictObject({ year: year() }), async (ctx, { year }) => workbookFile(`Evaluasi Rakorda ${year}.xlsx`, (book) => rakordaExportWorkbook(book, ctx.db, year))),

  'excel-sarana-recap-export': read(z.strictObject({ year: year() }), async (ctx, { year }) => workbookFile(`Rekap Kebutuhan Sarana Poktan ${year}.xlsx`, (book) => facilityRecapWorkbook(book, ctx.db, year))),

  'excel-kampung-kb-recap-export': read(noInput, async (ctx) => workbookFile(`Rekap Kampung KB per Kecamatan ${localIsoDate()}.xlsx`, (book) => kampungKbRecapWorkbook(book, ctx.db))),

  'excel-database-export': read(noInput, (ctx) => databaseExportFile(ctx.db, `Arsip Sinergi KB ${localIsoDate()}.xlsx`)),

  /** How far the running check or import is (null when none runs), for the screen's progress bar. */
  'excel-progress': read(noInput, (ctx) => importProgress(ctx.app)),

  /** Reads and checks a file; writes nothing. Without a mapping, the one remembered for these headers, or one suggested. */
  'excel-preview': read(z.strictObject({ ...tableInput, base64: fileInput, mapping: mappingInput }), (ctx, input) =>
    withProgress(ctx.app, async (phase) => {
      const { spec } = IMPORT_TABLES[input.table];
      const since = checkStarts(ctx.db);
      const file = await readImport(ctx.db, spec, optionsOf(input), input.base64, input.mapping, rememberedMapping(ctx, input.table));
      const plan = await planImport(ctx.db, spec, optionsOf(input), file, phase('checking', slicer()));
      keepCheckedPlan(ctx.db, input.table, fileKey(input.base64, spec.sheet), optionsOf(input), plan, since);
      return previewOf(plan);
    }),
  ),

  /** Checks the file (or takes its preview's check) and writes every row in one transaction (in slices, with progress), or none. */
  'excel-import': writeInSlices(z.strictObject({ ...tableInput, base64: fileInput, mapping: mappingInput, existing: z.enum(['update', 'skip']) }), (ctx, input, transaction) =>
    withProgress(ctx.app, async (phase) => {
      const { spec } = IMPORT_TABLES[input.table];
      const options = optionsOf(input);
      // Checked again inside the write's transaction, unless nothing was written since the preview checked it.
      return transaction(async (pause) => {
        const checked = takeCheckedPlan(ctx.db, input.table, spec, fileKey(input.base64, spec.sheet), options, input.mapping);
        if (checked) {
          const result = await applyImport(ctx.db, spec, checked, input.existing, options, phase('writing', pause));
          rememberMapping(ctx, input.table, options, checked.headers, checked.mapping);
          return result;
        }
        const file = await readImport(ctx.db, spec, options, input.base64, input.mapping);
        const result = await importRead(ctx.db, spec, options, file, input.existing, phase('checking', pause), phase('writing', pause));
        rememberMapping(ctx, input.table, options, file.headers, file.mapping);
        return result;
      });
    }),
  ),
};
