import { poktanCells, poktanLabel } from './poktan-cells.js';

/**
 * The tables whose rows' cells are checked in the reader thread, by the name their ImportSpec
 * gives (`cells.check`): the check, built from lists the main thread loads and sends once per
 * file, and the row's name in the problem table. None may import the database.
 */
export const CELL_CHECKS = { poktan: { check: poktanCells, label: poktanLabel } };

export type CellCheckName = keyof typeof CELL_CHECKS;
