import type { PoktanFields } from '../../../db/queries/poktan.js';
import { POKTAN_TYPE_LABELS } from '../../contract/poktan.js';
import type { ReferenceList, ReferenceOptions } from '../../contract/reference.js';
import { fieldMessages } from '../../core/messages.js';
import { nameKey } from '../poktan/need-lifecycle.js';
import { poktanFieldsSchema } from '../poktan/schema.js';
import { foldPlace } from './cells.js';
import type { RowReader } from './import-rows.js';
import { placeIndex, type PlaceLists } from './place-index.js';
import { parsePoktanType } from './poktan-columns.js';

// A poktan row's check that needs no database, run in the reader thread: the group's type,
// places and stage found in lists loaded once, its cells read, and the form's schema. Matching
// the group with a registered one is left to the main thread (poktan-import.ts).

/** What the check needs from the database, sent to the reader thread once per file. */
export interface PoktanCellContext {
  places: PlaceLists;
  stages: ReferenceOptions;
}

export interface PoktanDraft {
  fields: PoktanFields;
  /** The folded name a registered group is matched by. */
  key: string;
  /** The fields the file has a column for: a registered group keeps its stored values of the others. */
  given: (keyof PoktanFields)[];
}

/**
 * The file column each form field is read from: a form message about the field goes under it,
 * and a registered group keeps its stored value of a field whose column the file lacks.
 */
const COLUMN_OF = {
  type: 'type',
  name: 'name',
  kecamatanCode: 'kecamatan',
  desaCode: 'desa',
  address: 'address',
  chairName: 'chairName',
  chairPhone: 'chairPhone',
  members: 'members',
  foundedYear: 'foundedYear',
  decreeNumber: 'decreeNumber',
  decreeDate: 'decreeDate',
  stageCode: 'stage',
  isActive: 'active',
} as const satisfies Partial<Record<keyof PoktanFields, string>>;
const FILE_FIELDS = Object.keys(COLUMN_OF) as (keyof typeof COLUMN_OF)[];
// A message about the form as a whole ("_") goes under the name.
const MESSAGE_COLUMN: Record<string, string> = { ...COLUMN_OF, _: 'name' };

/** A mobile number typed into a number cell loses its leading 0 (81234567890): it gets it back. */
const phoneText = (text: string) => (/^8\d{8,12}$/.test(text) ? `0${text}` : text);

export function poktanCells(context: PoktanCellContext): (row: RowReader) => PoktanDraft | null {
  const places = placeIndex(context.places);
  const { stages } = context;
  return (row) => {
    const type = row.text('type') ? parsePoktanType(row.text('type')) : null;
    if (row.text('type') && !type) row.problems.push(`Jenis poktan "${row.text('type')}" tidak dikenal (BKB, BKR, BKL, UPPKA/UPPKS, PIK-R).`);
    const kec = row.text('kecamatan') ? places.kecamatanOf(row.text('kecamatan'), row.problems) : undefined;
    const desa = kec && row.text('desa') ? places.desaOf(kec, row.text('desa'), row.problems) : undefined;
    const members = row.whole('members');
    const foundedYear = row.whole('foundedYear');
    const decreeDate = row.date('decreeDate');
    const stage = type && row.text('stage') ? stages[`tahapan-${type}` as ReferenceList].find((s) => foldPlace(s.label) === foldPlace(row.text('stage'))) : undefined;
    if (type && row.text('stage') && !stage) {
      const known = stages[`tahapan-${type}` as ReferenceList].filter((s) => s.active).map((s) => s.label);
      row.problems.push(`Tahapan "${row.text('stage')}" tidak dikenal untuk ${POKTAN_TYPE_LABELS[type]}${known.length > 0 ? ` (${known.join(', ')})` : '; daftar tahapannya masih kosong'}.`);
    }
    const active = row.yesNo('active');
    // The form's own checks (a founding year in the future, …) run beside the cell problems, so
    // that a row names everything to fix at once; they need the group's type and place. A cell
    // that could not be read is left empty for them.
    if (!type || !kec || !desa) return null;

    const input = {
      type,
      name: row.text('name'),
      kecamatanCode: kec.code,
      desaCode: desa.code,
      address: row.text('address'),
      chairName: row.text('chairName'),
      chairPhone: phoneText(row.text('chairPhone')),
      members: members ?? 0,
      foundedYear,
      decreeNumber: row.text('decreeNumber'),
      decreeDate,
      stageCode: stage?.code ?? '',
      isActive: active ?? true,
    };
    let parsed = poktanFieldsSchema.safeParse(input);
    if (!parsed.success) {
      row.formProblems(fieldMessages(parsed.error), MESSAGE_COLUMN);
      // The fields that passed still go through the register's checks below, without the failed ones.
      const failed = new Set(parsed.error.issues.map((issue) => issue.path[0]));
      parsed = poktanFieldsSchema.safeParse(Object.fromEntries(Object.entries(input).filter(([key]) => !failed.has(key))));
      if (!parsed.success) return null;
    }
    const { confirmDuplicate: _confirm, ...fields } = parsed.data;
    // Of the form's register checks (poktanProblems), the places and the stage were found in the
    // lists above; a similar name is matched on the main thread.
    if (row.problems.length > 0) return null;
    // The required columns are always there: a file without one is not checked.
    return { fields, key: nameKey(fields.name), given: FILE_FIELDS.filter((field) => row.has(COLUMN_OF[field])) };
  };
}

/** What the problem table shows to identify the row. */
export const poktanLabel = (row: RowReader) => row.text('name');
