import type { ImportSpec } from './import-engine.js';
import { kampungKbFiguresImport } from './kampung-kb-figures-import.js';
import { kampungKbImport } from './kampung-kb-import.js';
import { needsImport } from './needs-import.js';
import { poktanImport } from './poktan-import.js';
import { rakordaImport } from './rakorda-import.js';

/** Every table the Impor/Ekspor screen can import, by the name the channels take. */
export const IMPORT_TABLES = {
  poktan: { spec: poktanImport as ImportSpec<unknown>, title: 'Poktan' },
  kebutuhan: { spec: needsImport as ImportSpec<unknown>, title: 'Kebutuhan Sarana' },
  'kampung-kb': { spec: kampungKbImport as ImportSpec<unknown>, title: 'Kampung KB' },
  'kampung-kb-angka': { spec: kampungKbFiguresImport as ImportSpec<unknown>, title: 'Angka Periode Kampung KB' },
  rakorda: { spec: rakordaImport as ImportSpec<unknown>, title: 'Target dan Capaian Rakorda' },
} as const;

export type ImportTable = keyof typeof IMPORT_TABLES;
export const IMPORT_TABLE_NAMES = Object.keys(IMPORT_TABLES) as [ImportTable, ...ImportTable[]];
