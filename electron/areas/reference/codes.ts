import { findOption } from '../../../db/queries/reference.js';
import type { Db } from '../../../db/open.js';
import type { ReferenceList } from '../../contract/reference.js';

/**
 * Checks that every code belongs to its reference list. Returns messages by field path, so the
 * form can show "Pilihan tidak dikenal" beside the field that carried it.
 */
export function unknownCodes(db: Db, checks: { path: string; list: ReferenceList; codes: readonly string[] }[]): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const check of checks) {
    const unknown = check.codes.filter((code) => !findOption(db, check.list, code));
    if (unknown.length > 0) problems[check.path] = `Pilihan tidak dikenal: ${unknown.join(', ')}.`;
  }
  return problems;
}
