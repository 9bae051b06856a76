import type { ImportSpec } from './import-engine.js';
import { needsImport } from './needs-import.js';
import { poktanImport } from './poktan-import.js';

/** Every table the Impor/Ekspor screen can import, by the name the channels take. */
export const IMPORT_TABLES = {
  poktan: { spec: poktanImport as ImportSpec<unknown>, title: 'Poktan' },
  kebutuhan: { spec: needsImport as ImportSpec<unknown>, title: 'Kebutuhan Sarana' },
} as const;

export type ImportTable = keyof typeof IMPORT_TABLES;
export const IMPORT_TABLE_NAMES = Object.keys(IMPORT_TABLES) as [ImportTable, ...ImportTable[]];
