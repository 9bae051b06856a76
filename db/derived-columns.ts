// Columns the database derives from other records (kept by triggers, migrations 0090 and 0091):
// not a user's change, so the change log does not record them, packages to other PCs leave them
// out and a received record never overwrites them; each PC derives its own.

const DERIVED: Readonly<Record<string, readonly string[]>> = {
  poktan: ['open_needs', 'place_order'],
};

export function isDerivedColumn(table: string, column: string): boolean {
  return DERIVED[table]?.includes(column) ?? false;
}

/** The row without its derived columns. */
export function withoutDerived(table: string, row: Record<string, unknown>): Record<string, unknown> {
  return DERIVED[table] ? Object.fromEntries(Object.entries(row).filter(([column]) => !isDerivedColumn(table, column))) : row;
}
