import { z } from 'zod';
import { getSetting, putSetting } from '../../../db/queries/settings.js';
import { localIsoDate } from '../../contract/format.js';
import { read, writeInSlices, type HandlerContext } from '../../core/handler.js';
import { slicer } from '../../core/turns.js';
import { noInput, year } from '../../core/fields.js';
import { readSheetOffThread } from '../../xlsx/read.js';
import { keptWorkbook, workbookFile } from '../../xlsx/write.js';
import { kampungKbListSchema } from '../kampung-kb/schema.js';
import { poktanListSchema } from '../poktan/schema.js';
import { LAYER_LABELS } from '../rakorda/grid-rules.js';
import { checkStarts, keepCheckedPlan, takeCheckedPlan } from './checked-plan.js';
import { databaseExportFile } from './database-workbook.js';
import { applyImport, planImport, previewOf, sameMapping, suggestMapping, type ImportOptions, type Mapping } from './import-engine.js';
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
/** A mapping the user made for a file's headers is remembered for the next file with the same headers. */
const headerSignature = (headers: readonly string[]) => headers.map((h) => h.toLowerCase().trim()).join('|');

function rememberedMapping(ctx: HandlerContext, table: ImportTable, headers: readonly string[]): Mapping | null {
  const remembered = getSetting(ctx.db, mappingKey(table)) as { signature: string; mapping: Mapping } | undefined;
  return remembered && remembered.signature === headerSignature(headers) ? remembered.mapping : null;
}

/**
 * Only a mapping the user changed is remembered: the one suggested from the headers comes back by
 * itself, and storing it would make an import that changed no data a write (and a backup after it).
 */
function rememberMapping(ctx: HandlerContext, table: ImportTable, headers: readonly string[], mapping: Mapping, suggested: Mapping): void {
  if (!sameMapping(mapping, suggested) || rememberedMapping(ctx, table, headers) !== null) putSetting(ctx.db, mappingKey(table), { signature: headerSignature(headers), mapping });
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
      const table = await readSheetOffThread(input.base64, spec.sheet);
      const mapping = input.mapping ?? rememberedMapping(ctx, input.table, table.headers);
      const since = checkStarts(ctx.db);
      const plan = await planImport(ctx.db, table, spec, optionsOf(input), mapping, phase('checking', slicer()));
      keepCheckedPlan(ctx.db, input.table, table, optionsOf(input), plan, since);
      return previewOf(plan);
    }),
  ),

  /** Reads the file (or takes its preview's table), checks it, and writes every row in one transaction (in slices, with progress), or none. */
  'excel-import': writeInSlices(z.strictObject({ ...tableInput, base64: fileInput, mapping: mappingInput, existing: z.enum(['update', 'skip']) }), (ctx, input, transaction) =>
    withProgress(ctx.app, async (phase) => {
      const { spec } = IMPORT_TABLES[input.table];
      const table = await readSheetOffThread(input.base64, spec.sheet);
      // Checked again inside the write's transaction, unless nothing was written since the preview checked it.
      return transaction(async (pause) => {
        const plan =
          takeCheckedPlan(ctx.db, input.table, spec, table, optionsOf(input), input.mapping) ??
          (await planImport(ctx.db, table, spec, optionsOf(input), input.mapping, phase('checking', pause)));
        const result = await applyImport(ctx.db, spec, plan, input.existing, optionsOf(input), phase('writing', pause));
        rememberMapping(ctx, input.table, plan.headers, plan.mapping, suggestMapping(spec.fields(ctx.db, optionsOf(input)), plan.headers));
        return result;
      });
    }),
  ),
};
