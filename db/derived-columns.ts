// Columns a PC derives from other records, never a user's change.
//
// DERIVED (kept by triggers, migrations 0090, 0091 and 0093; a new group's are set by its INSERT,
// or after a package by refreshDerived, migration 0095): the change log does not record them,
// packages to other PCs leave them out and a received record never overwrites them.
//
// RECOMPUTED (written by the app: a need's status and quantities from its events, a period's level
// from its figures, activities and the rules): they travel with their row, but a write that changes
// only them (and updated_at) is not logged, they are never a conflict between PCs, and they are
// recomputed after a package is applied. The events and figures they come from are logged.

const DERIVED: Readonly<Record<string, readonly string[]>> = {
  poktan: ['open_needs', 'place_order'],
  kampung_kb: ['latest_level', 'latest_year'],
};

const RECOMPUTED: Readonly<Record<string, readonly string[]>> = {
  facility_need: ['status', 'quantity_approved', 'quantity_delivered'],
  kampung_kb_snapshot: ['computed_level', 'input_index', 'process_index', 'output_index'],
};

const NONE: readonly string[] = [];

export function isDerivedColumn(table: string, column: string): boolean {
  return DERIVED[table]?.includes(column) ?? false;
}

export const recomputedColumns = (table: string): readonly string[] => RECOMPUTED[table] ?? NONE;

/** The row without its derived columns. */
export function withoutDerived(table: string, row: Record<string, unknown>): Record<string, unknown> {
  return DERIVED[table] ? Object.fromEntries(Object.entries(row).filter(([column]) => !isDerivedColumn(table, column))) : row;
}
